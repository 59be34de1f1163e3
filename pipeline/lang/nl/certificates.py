"""Certificate aliases, training names and the words that tell a followed training apart.

Written for tender 30175 (spec S6) from how Dutch youth-care CVs name their courses; the
counted set itself comes from params (points.certificates.counted). Patterns are regular
expressions; an alias list is tried in order and the first hit names the certificate.
"""

# Certificate -> alias patterns. Abbreviations are case-sensitive, descriptions not.
CERTIFICATE_ALIASES = {
    "CGT": (
        r"(?<![\w-])CGT(?![\w])",
        r"(?i:cognitie(?:ve|f)[\s-]+gedrags-?\s*therap\w*)",  # also "gedrags-\ntherapie"
        r"(?i:cognitief[\s-]+gedrags-?\s*therapeutisch\w*)",
        r"(?i:cognitive[\s-]+behaviou?ral[\s-]+therapy)",
        r"(?<![\w-])CBT(?![\w])",
    ),
    "COMET": (
        r"(?<![\w-])(?:COMET|Comet)(?![\w])",
        r"(?i:competentievergrotende\s+methodiek)",
    ),
    "ACT": (
        r"(?<![\w()/-])ACT(?![\w])",
        r"(?i:acceptance\s*(?:and|&|en)\s*commitment)",
        r"(?i:acceptatie[\s-]*(?:en|&)\s*commitment\w*)",
    ),
}

# Aliases that are a qualification in themselves (only reached by completing the training):
# they count anywhere in the CV, without training or completion words beside them.
QUALIFICATIONS = (
    r"(?i:cognitief[\s-]+gedragstherapeutisch\s+(?:werker|medewerker|therapeut))",
)

# Other meanings of the same letters: words right after the hit ("ACT-team") ...
TRAPS_AFTER = {
    "ACT": r"^[\s-]*(?i:team|model|bord|werkwijze|methodiek)",
}
# ... or anywhere in the same entry or sentence.
TRAPS_NEAR = {
    "ACT": r"(?i:assertive\s+community|\bf-?act\b)",
}

# A method named in passing ("werkend vanuit CGT-principes") rather than a course.
METHOD_ONLY = r"^[\s-]*(?:principes|technieken|interventies|werkwijze|gericht)\b"

# Words that name a course, training or certificate.
TRAINING_WORDS = (
    r"(?i:training|trainingen|cursus|basiscursus|opleiding|certifica\w*|gecertificeerd|scholing|"
    r"leergang|workshop|e-learning|course|certified|getuigschrift|trainer|module|"
    r"basisaantekening|deelnamebewijs|accreditatie|geaccrediteerd|opgeleid)"
)

# Words that say the training was followed or completed.
COMPLETION_WORDS = (
    r"(?i:gevolgd|behaald|afgerond|gecertificeerd|geaccrediteerd|certificaat|getuigschrift|"
    r"deelnamebewijs|opgeleid|completed|obtained|certified|certificate|attended)"
)

# Words that say the training is planned or still running: it does not count yet.
PLANNED_WORDS = (
    r"(?i:\b(?:gepland|planned|ingeschreven\s+voor|aangemeld\s+voor|(?:ge)?start(?:s|en|t)?|"
    r"nog\s+bezig|bezig\s+met|lopend|loopt\s+nog|momenteel|op\s+dit\s+moment|"
    r"volg\s+ik\s+(?:nu|momenteel)|ik\s+volg|gaan\s+volgen|ga\s+(?:\w+\s+){0,4}volgen|"
    r"in\s+opleiding|verwacht\w*|afronding\s+in|in\s+progress|ongoing|currently|enrolled|"
    r"expected|to\s+start|will\s+start)\b)"
)

# Words of a diploma line, which is no course even when it says "opleiding" or "certificaat".
DIPLOMA_WORDS = (
    r"(?i:\b(?:diploma|bachelor|master|hbo|mbo|wo|propedeuse|havo|vwo|vmbo|atheneum|gymnasium|"
    r"pabo|niveau\s+[1-4]|bsc|msc|ba|ma|associate\s+degree|ad)\b)"
)

# Words of a course line among the diplomas ("2018 Basistraining Geweldloos Verzet").
COURSE_LINE_WORDS = (
    r"(?i:training|cursus|workshop|e-learning|leergang|certificaat|deelnamebewijs|"
    r"getuigschrift|course|certificate)"
)

# Table header rows inside a courses section ("Jaar | Cursus / training | Resultaat").
TABLE_HEADER = (
    r"(?i:^(?:jaar|periode|datum|year|date)\b.*\b(?:cursus|training|naam|course|resultaat)\b.*$)"
)

# Detail after a dash that still belongs to the training's name.
NAME_KIND_WORDS = (
    "basiscursus", "basistraining", "verdiepingstraining", "trainersopleiding", "introductiedag",
    "foundation training", "opleiding tot trainer", "basisopleiding", "vervolgtraining",
)

# After a comma these words say the rest is the provider or the form, not the name
# ("Kinder-EHBO, Het Oranje Kruis", "Meldcode, e-learning").
PROVIDER_OR_FORM = (
    r"(?i:\b(?:het|de|rino|kruis|instituut|institute|academie|academy|stichting|kenniscentrum|"
    r"hogeschool|universiteit|nji|augeo|e-learning|online|webinar|incompany|in-company|"
    r"nascholing|intern|interne|in-house|schoolintern\w*|klassikaal|opfris\w*|refresher)\b)"
)

# Trainings recognised outside a courses section when followed/completed is said of them.
KNOWN_TRAININGS = {
    "Triple P": r"(?i:triple\s*p)\b",
    "Signs of Safety": r"(?i:signs\s+of\s+safety)",
    "Geweldloos Verzet / Nieuwe Autoriteit": r"(?i:geweldloo[sz]e?\s+verzet|nieuwe\s+autoriteit)",
    "Kanjertraining": r"(?i:kanjertraining)",
    "Meldcode": r"(?i:meldcode)",
    "Rots en Water": r"(?i:rots\s+(?:en|&)\s+water)",
    "Traumasensitief werken": r"(?i:trauma[\s-]?sensitief)",
    "Oplossingsgericht werken": r"(?i:oplossingsgericht\s+werken)",
    "Motiverende gespreksvoering": r"(?i:motiverende\s+gespreksvoering)",
    "Video-hometraining": r"(?i:video[\s-]?hometraining|\bVHT\b)",
    "Gordon": r"(?i:\bgordon\b)",
    "Incredible Years": r"(?i:incredible\s+years)",
    "Theraplay": r"(?i:theraplay)",
    "PMTO": r"\bPMTO\b",
    "Marte Meo": r"(?i:marte\s+meo)",
    "Agressieregulatie": r"(?i:agressie(?:regulatie|hantering|training))",
    "EMDR": r"\bEMDR\b",
    "Kinder-EHBO": r"(?i:kinder[\s-]?ehbo)",
}
