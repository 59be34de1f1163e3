"""Words that find a candidate's own motivation text (spec S7), Dutch and English.

Own lists, written from how motivation parts of CVs and letters are titled and opened.
"""

# Heading of a motivation section (lower case, without colon); a trailing "(...)" is allowed.
# Free-worded headings ("Waarom ik reageer", "Waarom deze opdracht mij past") are matched whole.
MOTIVATION_HEADING = (
    r"(?:(?:persoonlijke|mijn|korte)\s+)?motivatie(?:brief)?"
    r"(?:\s+(?:kandidaat|van\s+de\s+kandidaat|voor\s+(?:deze|de)\s+"
    r"(?:opdracht|functie|rol|aanvraag|vacature|pilot|uitvraag)))?"
    r"(?:\s*(?:en|&)\s+(?:visie|ambitie|drijfveren))?(?:\s*\([^)]*\))?|"
    r"(?:mijn\s+)?drijfveren|"
    r"waarom\s+(?:ik|mij|deze|dit|juist)(?:\s+[^\W\d_]+){0,5}\??|"
    r"waarom(?:\s+[^\W\d_]+){1,4}\?|"  # "Waarom Huizen?": a question to the reader
    r"in\s+(?:mijn|[^\W\d_]+s?)\s+eigen\s+woorden|"  # an agency's "In Sannes eigen woorden"
    r"wat\s+ik\s+(?:kom\s+)?(?:(?:mee)?breng(?:en)?|bied(?:en)?|toevoeg(?:en)?|bijdraag|"
    r"bijdragen)(?:\s+[^\W\d_]+){0,3}|"
    r"sollicitatiebrief|begeleidende\s+brief|"
    r"(?:personal\s+)?motivation(?:\s+letter)?|why\s+me\??|cover\s+letter"
)

# The salutation that opens a letter part addressed to the client.
LETTER_OPENING = r"^(?:beste|geachte|dear|hallo)\b[^\n]{0,60}[,:]?$"

# The closing that ends a letter part.
LETTER_CLOSING = (
    r"(?i:^(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?|^hoogachtend|"
    r"^(?:kind|best)\s+regards|^yours\s+(?:sincerely|faithfully))"
)

# First-person words: a motivation is written by the candidate.
FIRST_PERSON = ("ik", "mij", "mijn", "me", "i", "my", "myself")

# Third-person words of a recruiter's profile.
THIRD_PERSON = ("zij", "hij", "haar", "zijn", "ze", "she", "he", "her", "his")

# Words that address this assignment: only a first-person text with these can stand in for a
# missing motivation section.
# ("In deze functie begeleidde ik ..." is about a past job, so "functie"/"rol" are no cue.)
ASSIGNMENT_CUES = (
    r"(?i:\bdeze\s+(?:opdracht|pilot|vacature|aanvraag|uitvraag|tender|aanbesteding)\b|"
    r"\bsolliciteer\b|\breageer\s+ik\b|\bstel\s+ik\s+mij\b|\bmijn\s+kandidatuur\b|"
    r"\bgraag\s+(?:wil|zou)\s+ik\s+(?:\w+\s+){0,3}(?:bijdragen|meewerken|inzetten)\b|"
    r"\bthis\s+(?:assignment|position|pilot|vacancy|tender)\b|\bi\s+am\s+applying\b)"
)

