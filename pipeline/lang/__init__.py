"""Language data: vocabularies as plain data modules, one package per language."""
