#!/usr/bin/env bash
# Set up a development machine: Debian packages (fonts, PDF rendering, PostgreSQL, Chromium)
# when run as root on Debian, then a virtual environment in .venv with cnsr and its dev tools.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  fonts-noto-cjk           # Chinese labels in charts and PDF report cards
  fonts-droid-fallback     # a TTF CJK font for generated test PDFs
  libpango-1.0-0 libpangoft2-1.0-0   # WeasyPrint
  poppler-utils            # pdftoppm, for looking at rendered PDFs
  postgresql               # store tests against a real server
  chromium chromium-driver # browser tests (never downloaded by Playwright)
)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
else
  echo "setup: not root or not Debian; install these yourself if missing: ${DEBIAN_PACKAGES[*]}"
fi

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[dev]" 2> >(grep -v "^WARNING: Location" >&2)
echo "setup: done — try .venv/bin/cnsr --help"
