"""spaCy components that recognise the facts a tender asks about, one fact per module.

Importing this package registers every factory (`cvscreen.<name>.v1`).
"""

from pipeline.recognizers import (  # noqa: F401
    candidate_name,
    certificates,
    diplomas,
    language,
    motivation,
    references,
    registrations,
    roles,
    zzp,
)
