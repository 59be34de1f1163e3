"""What a line looks like when a CV has no heading words to say what it is.

Designed CVs draw their headings as pictures, so the text holds a list of references, a list
of courses and a closing motivation with nothing above them. Own patterns, from the shapes
such lines take in Dutch CVs ("Gerda Slot – teamleider, Stichting X – 0570-61 22 90",
"- Motiverende gespreksvoering (2021)").
"""

# A short line that names a course and when: a bullet or a year, at most this many words.
COURSE_LINE_MAX_WORDS = 12
# Words of a course line that has no year ("basistraining", "certificaat").
COURSE_WORDS = (
    r"(?i:\b(?:training|basistraining|cursus|basiscursus|certificaat|gecertificeerd|"
    r"workshop|e-learning|opleiding\s+tot|leergang|course|certificate)\b)"
)
# A person's name at the start of a line, then a dash, comma or bar: a reference's line.
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+"
NAME_THEN_SEPARATOR = (
    rf"^(?:(?:Mw|Mevr|Dhr|Mr|Mrs|Ms|Dr|Drs)\.?\s+)?(?:[A-Z]\.\s?){{0,3}}{NAME_WORD}"
    rf"(?:\s+(?:(?:van|de|der|den|ten|ter|el|al|la|le)\s+)*{NAME_WORD}){{0,3}}\s*[–—,|-]\s+\S"
)
MIN_REFERENCE_LINES = 2  # one such line could be anything; two in a row are a list
# A closing first-person paragraph of at least this many words, after the CV's entries.
MIN_MOTIVATION_WORDS = 20
