#!/usr/bin/env bash
# Sets up a development / demo / CI machine for the counter, idempotently.
#
# - Debian system packages: the PC/SC stack (pcscd, libccid, the vsmartcard-vpcd driver that our
#   card emulator plugs into), what pyscard needs to build (swig, libpcsclite-dev, a C compiler),
#   PostgreSQL (the test run starts its own throwaway cluster), the libraries Qt needs offscreen,
#   tools the tests use to look at PDFs, and Chromium for the pre-entry page's browser tests.
# - A virtual environment in .venv with the project installed editable plus its test extras.
#
# Runs as root, or through sudo when not root. Safe to run again: it only adds what is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

DEBIAN_PACKAGES=(
  # PC/SC: the daemon, the USB CCID driver for real readers, the virtual reader for the emulator
  pcscd libccid vsmartcard-vpcd pcsc-tools
  # building pyscard
  libpcsclite-dev swig gcc python3-dev python3-venv
  # the frozen build cuts Qt's ICU data to the counter's languages (packaging/icu_trim.py)
  icu-devtools
  # throwaway PostgreSQL clusters in tests, and floor deployments
  postgresql
  # Qt (offscreen in tests, xcb/wayland at a counter), Qt Virtual Keyboard audio, fonts
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0
  fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho fonts-ipamj-mincho
  # scripts of the resident screens' languages the BIZ UD fonts lack (简体字, 한글, नेपाली)
  fonts-wqy-microhei fonts-nanum fonts-lohit-deva-nepali
  # reading PDFs back in tests, and the QR decoder's runtime
  poppler-utils
  # the pre-entry page's browser tests: Debian's Chromium, headless, driven by Playwright (its
  # driver ships in the Python wheel); chromium-driver for Selenium where Playwright cannot run
  chromium chromium-driver
  # misc
  ca-certificates procps
  # online backups of the SQLite database (packaging/linux/backup.sh)
  sqlite3
)

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # Installing pcscd/postgresql must not try to start services in a container without init.
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi

stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "setup: installing the project and its test tools into .venv"
  .venv/bin/python -m pip install -q --upgrade pip setuptools wheel
  # Playwright drives the system Chromium (/usr/bin/chromium): never let it fetch a browser.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 .venv/bin/python -m pip install -q -e ".[dev]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
echo "setup: ready (.venv/bin/kiosk)"
