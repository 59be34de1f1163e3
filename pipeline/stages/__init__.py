"""The pipeline's stages: `run` functions, and a thin `main` for the stages DVC calls.

read (ingest + extract): CVs -> documents/<file>.json -> facts/<file>.json, cached per file;
score: facts + submissions + review -> candidates.jsonl, ranking.csv, metrics.json;
report: -> report/. `cvscreen screen` runs the same in one go.
"""
