#!/usr/bin/env bash
# Install cvscreen into ./.venv, with the Debian packages it uses (Tesseract for scans).
#   bash scripts/install.sh          # to screen CVs
#   bash scripts/install.sh --test   # also test tools and the headless browser for report tests
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

debian=(tesseract-ocr tesseract-ocr-nld)
$want_test && debian+=(chromium chromium-driver time)  # time: /usr/bin/time -v in the bomb tests

missing=()
for package in "${debian[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "cvscreen: please install: ${missing[*]} (scanned CVs will be marked needs_ocr without them)" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if $want_test; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi

# The trained models are DVC outputs, not files in git: build them (seconds, same bytes each time).
if git rev-parse --git-dir >/dev/null 2>&1; then
  PATH="$PWD/.venv/bin:$PATH" .venv/bin/dvc repro --quiet train
else
  .venv/bin/python -m pipeline.models.train --params params.yaml
fi
