"""The pipeline's stages, each a `run` function plus a thin `main` that DVC calls.

ingest: CVs -> documents/<file>.json; extract: documents -> facts/<file>.json;
score: facts + submissions + review -> candidates.jsonl, ranking.csv, metrics.json;
report: -> report/. `cvscreen screen` runs the same four in one go.
"""
