#!/usr/bin/env bash
# Build the production wheel: the reader's hot modules compiled to C with mypyc (needs a C
# compiler and the Python headers; the module list is in pyproject.toml).
#   scripts/build-wheel.sh [OUT_DIR]        (default: dist/)
# then `pip install dist/cnsr-*.whl`. The build runs on a copy of the working tree: mypyc
# writes its modules next to the sources, where they would shadow later edits of an editable
# install.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
python=$(pwd)/.venv/bin/python
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
git ls-files -co --exclude-standard | tar -cf - -T - | tar -xf - -C "$copy"
(cd "$copy" && HATCH_BUILD_HOOK_ENABLE_MYPYC=true "$python" -m pip wheel -q --no-deps \
  -w "$out" . 2> >(grep -v "^WARNING: Location" >&2))
ls "$out"/cnsr-*.whl
