"""Languages in Dutch words, for the CV-language requirement's reasons (codes as the language
recognizer gives them) and for reading a tender's "opgesteld in het Nederlands"."""

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "Engels", "de": "Duits", "fr": "Frans"}

# How a tender names each language (adjective and noun forms).
LANGUAGE_WORDS = {
    "nl": r"nederlands\w*", "en": r"engels\w*", "de": r"duits\w*", "fr": r"frans\w*",
}
