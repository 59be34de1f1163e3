"""Section headings that end a block when the sections component found no span for a label.

The certificates, references, motivation and zzp recognizers read the sections found by
`cvscreen.sections.v1`; where it found none of a label they look for that label's heading
themselves and end the block at the next line that looks like any heading. Written for the
Dutch and English CV headings seen in tender submissions (lower case, no colon).
"""

from pipeline.lang.nl.sections import SECTION_HEADINGS

# Every heading the sections component knows, plus the joined forms it accepts as one heading
# ("cursussen en trainingen"), which a block must not take for two.
ANY_HEADING_WORDS = (
    *SECTION_HEADINGS,
    "competenties en vaardigheden", "vaardigheden en talen", "competenties & talen",
    "cursussen en trainingen", "cursussen & trainingen", "cursussen en certificaten",
    "cursussen & certificaten", "trainingen en cursussen", "courses and certificates",
)

# A running header or footer line ("CV Anouk de Boer | pagina 1 van 2"): never body text.
RUNNING_LINE = (
    r"(?i:\bpagina\s+\d+(?:\s+van\s+\d+)?|\bpage\s+\d+(?:\s+of\s+\d+)?|"
    r"curriculum\s+vitae\s*[|–-]|[|–-]\s*curriculum\s+vitae|\bCV\b\s*[|–-]|[|–-]\s*CV\b|"
    r"^[–-]?\s*\d{1,2}\s*[–-]?$|^\d{1,2}\s*/\s*\d{1,2}$)"
)
