"""Lines that number or title the pages of a CV rather than say anything about the candidate.

Own patterns from Dutch and English CV templates ("CV Anouk de Boer | pagina 1 van 2", "– 2 –").
"""

# A running header or footer line ("CV Anouk de Boer | pagina 1 van 2"): never body text.
RUNNING_LINE = (
    r"(?i:\bpagina\s+\d+(?:\s+van\s+\d+)?|\bpage\s+\d+(?:\s+of\s+\d+)?|"
    r"curriculum\s+vitae\s*[|–-]|[|–-]\s*curriculum\s+vitae|\bCV\b\s*[|–-]|[|–-]\s*CV\b|"
    r"^[–-]?\s*\d{1,2}\s*[–-]?$|^\d{1,2}\s*/\s*\d{1,2}$)"
)
