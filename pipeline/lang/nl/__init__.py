"""Dutch (and English) CV vocabularies: one data module per kind of list, UPPER_CASE constants."""
