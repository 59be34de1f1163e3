"""Stopword lists per language, to tell the main language of a CV's body text.

Taken from spaCy's language data (spacy.lang.<code>.stop_words); only words that belong to
one language alone are used by the language recognizer, so "in", "is", "was" decide nothing.
"""

from spacy.lang.de.stop_words import STOP_WORDS as GERMAN
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH
from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH

LANGUAGE_STOP_WORDS = {"nl": DUTCH, "en": ENGLISH, "de": GERMAN, "fr": FRENCH}
