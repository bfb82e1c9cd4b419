#!/usr/bin/env bash
# Build the frozen Linux x86-64 counter with PyInstaller: DIST/kiosk/ (one folder, `kiosk` in it).
#
#   packaging/build-linux.sh [--tarball]
#
# Environment: VENV (default .venv, created by scripts/setup.sh), DIST (default dist),
# WORK (default build/pyinstaller). Installs PyInstaller into the venv if it is missing
# (exit status 3 when that is impossible, e.g. no access to the package index), builds under
# `nice`, writes build-info.json into the bundle (version, commit, date: shown by
# `kiosk doctor`), and prints the build time and the bundle size. With --tarball it also packs
# DIST/kiosk-VERSION-linux-x86_64.tar.gz, the file packaging/linux/install.sh installs.
#
# The data packs are not in the program (forms/datapacks.py): the reading dictionary
# (SudachiDict) and Japan Post's postal data change on their own schedules, so they are
# DIST/data/{furigana,postal}/ (what packaging/smoke-test.sh points the program at) and
# DIST/kiosk-data-furigana-VERSION.tar.gz, DIST/kiosk-data-postal-VERSION.tar.gz (made once per
# version: the data's own), installed with packaging/linux/install.sh beside the program.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV="${VENV:-.venv}"
DIST="${DIST:-dist}"
WORK="${WORK:-build/pyinstaller}"
PY="$VENV/bin/python"
tarball=no
[ "${1:-}" = "--tarball" ] && tarball=yes

if [ ! -x "$PY" ]; then
  echo "build: $PY not found: run scripts/setup.sh first" >&2
  exit 2
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "build: installing PyInstaller into $VENV"
  if ! "$PY" -m pip install -q "pyinstaller>=6.10,<7"; then
    echo "build: PyInstaller cannot be installed" >&2
    exit 3
  fi
fi

version="$("$PY" -c 'import kiosk; print(kiosk.__version__)')"
commit="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null || true)" ]; then
  commit="$commit+modified"
fi
echo "build: kiosk $version ($commit) with PyInstaller $("$PY" -m PyInstaller --version)"

start=$(date +%s)
nice -n 10 "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/kiosk.spec
elapsed=$(( $(date +%s) - start ))

bundle="$DIST/kiosk"
internal="$bundle/_internal"
"$PY" - "$internal/build-info.json" "$version" "$commit" <<'PYEOF'
import json, platform, sys
from datetime import UTC, datetime
path, version, commit = sys.argv[1:4]
info = {
    "version": version,
    "commit": commit,
    "built_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "platform": f"{platform.system().lower()}-{platform.machine()}",
    "python": platform.python_version(),
}
with open(path, "w", encoding="utf-8") as fh:
    json.dump(info, fh, indent=2)
    fh.write("\n")
PYEOF

bytes=$(du -sb "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "build: finished in ${elapsed} s"
echo "build: bundle size $(( bytes / 1024 / 1024 )) MiB in ${files} files ($bundle)"

# The data packs, from the Python packages the build environment has.
rm -rf "$DIST/data"
mapfile -t packs < <("$PY" - "$DIST/data" <<'PYEOF'
import sys
from pathlib import Path
from forms.datapacks import assemble_all
for pack in assemble_all(Path(sys.argv[1])):
    print(pack.name, pack.version)
PYEOF
)
data_bytes=0
for line in "${packs[@]}"; do
  read -r name version <<<"$line"
  archive="$DIST/kiosk-data-$name-$version.tar.gz"
  if [ ! -s "$archive" ]; then
    nice -n 10 tar -C "$DIST/data" --owner=0 --group=0 -czf "$archive.part" "$name"
    mv "$archive.part" "$archive"
  fi
  size=$(du -sbL "$DIST/data/$name" | cut -f1)
  data_bytes=$(( data_bytes + size ))
  echo "build: data pack $name $version: $(( size / 1024 / 1024 )) MiB," \
    "archive $(( $(stat -c %s "$archive") / 1024 / 1024 )) MiB ($archive)"
done
echo "build: program $(( bytes / 1024 / 1024 )) MiB + data packs $(( data_bytes / 1024 / 1024 )) MiB" \
  "= $(( (bytes + data_bytes) / 1024 / 1024 )) MiB installed"
if [ "$tarball" = yes ]; then
  archive="$DIST/kiosk-$version-linux-x86_64.tar.gz"
  tar -C "$DIST" -czf "$archive" kiosk
  echo "build: archive $(( $(stat -c %s "$archive") / 1024 / 1024 )) MiB ($archive)"
fi
