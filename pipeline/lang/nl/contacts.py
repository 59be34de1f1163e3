"""How Dutch CVs write contact details: e-mail, phone numbers, web addresses, postcodes.

Own patterns, from Dutch conventions ("06-12345678", "020 123 45 67", "+31 (0)6 1234 5678",
"1234 AB"). Regular expressions, matched as written (case matters for postcode letters).
"""

# A narrow column may wrap an address inside its domain ("info@kompasbegeleidin\ng.example.nl").
EMAIL = r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\n(?=[\w.-]*\.[a-z]{2,}\b)[\w-]+)?(?:\.[\w-]+)+"
# A national number (a leading 0) or an international one (+31, 0031); groups of digits with
# spaces, dots, dashes, slashes or brackets between them. Its digit count is checked in code.
PHONE = (
    r"(?<![\w+])(?:(?:\+|00)\d{2}[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)\d(?:[\s.()/–-]{0,3}\d){7,11}"
    r"(?!\d)"
)
NATIONAL_PHONE_DIGITS = 10  # 0 + nine digits
INTERNATIONAL_PHONE_DIGITS = (10, 13)  # country code included
URL = r"(?i:(?:https?://|www\.)\S+|\b(?:linkedin|github|instagram)\.com/\S+)"
# 1234 AB; SA, SD and SS are not issued as postcode letters.
POSTCODE = r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b"
