"""cvscreen: screen Dutch CVs against a public tender, with evidence for every fact."""

__version__ = "0.1.0"
