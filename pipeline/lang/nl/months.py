"""Month names and abbreviations as CVs write them, mapped to month numbers.

Dutch full names and the usual abbreviations (with and without the trailing dot, which the
matcher strips), plus English names for CVs written in English. Keys are lower case.
Shared by every recognizer that reads dates in words (SKJ expiry, periods).
"""

MONTHS = {
    # Dutch
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # English (abbreviations shared with Dutch are above)
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
}
