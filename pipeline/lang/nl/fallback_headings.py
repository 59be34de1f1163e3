"""Section headings that end a block when the sections component found no span for a label.

The certificates, references, motivation and zzp recognizers read the sections found by
`cvscreen.sections.v1`; where it found none of a label they look for that label's heading
themselves and end the block at the next line that looks like any heading. Written for the
Dutch and English CV headings seen in tender submissions (own list, lower case, no colon).
"""

ANY_HEADING_WORDS = (
    "personalia", "persoonsgegevens", "persoonlijke gegevens", "gegevens kandidaat", "contact",
    "contactgegevens", "profiel", "over mij", "samenvatting", "werkervaring", "ervaring",
    "loopbaan", "beroepservaring", "relevante werkervaring", "opleiding", "opleidingen",
    "diploma's en opleiding", "opleiding en diploma's", "cursussen", "trainingen", "certificaten",
    "cursussen en trainingen", "cursussen & trainingen", "cursussen en certificaten",
    "cursussen & certificaten", "trainingen en cursussen", "vorming en bijscholing",
    "bijscholing", "nascholing", "vaardigheden", "competenties", "kerncompetenties",
    "competenties en vaardigheden", "vaardigheden en talen", "competenties & talen", "talen",
    "taalvaardigheid", "referenties", "motivatie", "nevenactiviteiten", "vrijwilligerswerk",
    "hobby's", "hobby", "interesses", "overig", "overige", "methodieken", "digitaal",
    "sterke punten", "beroepsregistratie", "registraties",
    "about me", "profile", "summary", "work experience", "experience", "education",
    "education and training", "courses", "courses and certificates", "certificates",
    "skills", "language skills", "languages", "digital skills", "references", "motivation",
    "hobbies", "interests", "personal details", "professional registration", "driving licence",
)

# A running header or footer line ("CV Anouk de Boer | pagina 1 van 2"): never body text.
RUNNING_LINE = (
    r"(?i:\bpagina\s+\d+(?:\s+van\s+\d+)?|\bpage\s+\d+(?:\s+of\s+\d+)?|"
    r"curriculum\s+vitae\s*[|–-]|[|–-]\s*curriculum\s+vitae|\bCV\b\s*[|–-]|[|–-]\s*CV\b|"
    r"^[–-]?\s*\d{1,2}\s*[–-]?$|^\d{1,2}\s*/\s*\d{1,2}$)"
)
