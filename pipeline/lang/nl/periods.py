"""Words CVs use to write a period of work or study ("sep 2019 – heden", "2015 t/m 2018").

Own list from Dutch, Flemish and English CV conventions (Europass "CURRENT", Flemish
"heden"/"nu"). Month names and abbreviations are shared with the SKJ recognizer and live in
`months.py`; they are re-exported here so the period recognizer reads one module.
Regex fragments are written for re.IGNORECASE.
"""

from pipeline.lang.nl.months import MONTHS

__all__ = ["MONTHS", "OPEN_START_WORDS", "PRESENT_WORDS", "RANGE_SEPARATORS"]

# An end that means "until now" (the reference date); longest first matters, the recognizer sorts.
PRESENT_WORDS = (
    "heden", "nu", "tot heden", "tot op heden", "op heden", "huidig", "lopend", "present",
    "current", "now", "today", "to date", "ongoing", "actueel",
)

# Between start and end. "tot" and "t/m" both end with the end month included (spec: a period
# runs to the last day of its end month).
RANGE_SEPARATORS = (
    r"-", r"–", r"—", r"−", r"~", r"tot\s+en\s+met", r"t/m", r"t\.m\.", r"tm", r"tot", r"to",
    r"until", r"till", r"through", r"à",
)

# A start without an end, meaning "until now": "sinds 2020", "vanaf januari 2021".
OPEN_START_WORDS = ("sinds", "vanaf", "since")
