"""Words that present a candidate as self-employed (spec K3: a warning, never a fail).

Own lists from Dutch CV phrasings; the agency words keep a detacheerder's KvK number or
company band from being read as the candidate's own business.
"""

# Self-employment signals (regular expressions, case-insensitive unless written otherwise).
SELF_EMPLOYED = {
    "zzp": r"(?i:\bzzp(?:'?er|-?er|’er)?s?\b)",
    "zelfstandige": r"(?i:\bzelfstandig(?:e)?\s+(?:ondernemer|professional|gevestigd|zonder\s+"
                    r"personeel)\b|\bals\s+zelfstandige\b|\bzelfstandige\b(?=\s*[,|–-]|\s*$))",
    "eigen praktijk": r"(?i:\beigen\s+(?:praktijk|bedrijf|onderneming|adviespraktijk)\b)",
    "freelance": r"(?i:\bfreelance(?:r)?\b|\bself[\s-]employed\b)",
    "kvk": r"(?i:\b(?:kvk|kamer\s+van\s+koophandel)(?:[\s-]*(?:nummer|nr\.?|number))?[\s:.]*"
           r"\d{8}\b)",
    "eigenaar": r"\b(?i:eigenaar|oprichter|owner|founder)(?:\s*(?:[/&]|en)\s*\w+)?\s+(?i:van|of)\s+"
                r"(?:[A-Z'\"‘“]|(?i:praktijk|bureau|mijn\s+eigen|eigen))|"
                r"(?i:^(?:eigenaar|oprichter|owner|founder)\b\s*[,|–-])",
    "eenmanszaak": r"(?i:\beenmanszaak\b)",
    "btw": r"(?i:\b(?:btw|vat)(?:[\s-]*(?:nummer|nr\.?|id|identificatienummer|number))?[\s:.]*"
           r"NL\s?\d{9}\s?B\s?\d{2}\b)",
}

# Words of a staffing agency or employer band: a signal on such a line is not the candidate's.
AGENCY_WORDS = (
    r"(?i:\bB\.?\s?V\.?(?![\w])|\bN\.?V\.?(?![\w])|detacher\w*|uitzend\w*|bemiddel\w*|recruit\w*|"
    r"werving|payroll|intermediair|kandidaatprofiel|bureau\b|vertrouwelijk)"
)

# Signals that name a status ("zzp"), not a business: on an employment label they are the
# candidate's even beside the agency's name.
STATUS_SIGNALS = ("zzp", "zelfstandige", "freelance")

# Labels of the candidate's own employment on an agency form ("Dienstverband: zzp via X B.V."):
# on such a line the agency words do not make the signal the agency's.
EMPLOYMENT_LABELS = (
    r"(?i:^\s*(?:dienstverband|contractvorm|arbeidsrelatie|arbeidsvorm|werkvorm|"
    r"inzet|contract|status|employment)\b)"
)

# Words that deny the signal ("geen zzp", "niet als zzp'er").
NEGATIONS = r"(?i:\b(?:geen|niet|nooit|no|not|never)\b)"

# Words that put the self-employment in the past.
PAST_WORDS = (
    r"(?i:\b(?:voorheen|vroeger|eerder|destijds|gestopt|beëindigd|opgeheven|tot\s+(?:19|20)\d{2}|"
    r"was\s+ik|werkte\s+ik|heb\s+ik\s+\w+\s+gewerkt|formerly|previously|until\s+(?:19|20)\d{2})\b)"
)

