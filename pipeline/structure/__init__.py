"""The structure layer: spaCy components that annotate a CV once, for every recognizer.

Regions (header, footer, footnote, table), sections, dates and periods, entries and contacts
are found here, in one way each; the recognizers in `pipeline.recognizers` read them instead of
keeping private patterns. Importing this package registers every factory.
"""

from pipeline.structure import contacts, dates, periods, sections, shapes  # noqa: F401
