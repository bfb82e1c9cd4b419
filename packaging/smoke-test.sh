#!/usr/bin/env bash
# Smoke test of a frozen counter: does the bundle start and can it serve?
#
#   packaging/smoke-test.sh [BUNDLE_DIR]      (default dist/kiosk)
#
# Runs offscreen (no display needed) against a throwaway configuration in a temp folder:
#   1. `kiosk --help` lists the commands;
#   2. `kiosk config example` prints a file that `kiosk config check` accepts;
#   3. `kiosk db upgrade` creates the database from the bundled migrations and the data key;
#   4. `kiosk doctor` passes (exit 0) — fonts, on-screen keyboard, database, key, PC/SC
#      (the optional card check only with SMOKE_CARD=1);
#   5. `kiosk support-bundle` writes an archive (when the command exists);
#   6. `kiosk demo --headless` completes a scenario (when the command exists);
#   7. the pre-entry page, its wording and QR library are in the bundle (`kiosk preentry build
#      --no-postal`), and a pre-entry code is read (`kiosk preentry check`).
# The data packs (reading dictionary, postal data) are installed with linux/install-data.sh
# from the kiosk-data-*.tar.gz beside the bundle (or taken from SMOKE_DATA_PACKS, a folder) into
# a temp folder the program is pointed at (KIOSK_DATA_PACKS); doctor must find both, read the
# dictionary and the postal data through them, and must fail without them.
# With SMOKE_POSTGRES_URL set, steps 3-4 run against that PostgreSQL database as well.
# Needs a running pcscd with a reader; when none answers and pcscd is installed, the script
# starts `pcscd -f` for the duration of the test and stops it afterwards.
set -euo pipefail

bundle="${1:-dist/kiosk}"
exe="$bundle/kiosk"
if [ ! -x "$exe" ]; then
  echo "smoke: $exe not found (build first: packaging/build-linux.sh)" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d -t kiosk-smoke-XXXXXX)"
pcscd_pid=""
cleanup() {
  if [ -n "$pcscd_pid" ]; then kill "$pcscd_pid" 2>/dev/null || true; wait "$pcscd_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

export QT_QPA_PLATFORM=offscreen
# Only this run's settings: drop any KIOSK_* of the calling shell.
for name in $(env | sed -n 's/^\(KIOSK_[A-Z0-9_]*\)=.*/\1/p'); do unset "$name"; done

step() { echo "smoke: $*"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

if [ -n "${SMOKE_DATA_PACKS:-}" ]; then
  packs="$SMOKE_DATA_PACKS"
else
  mapfile -t archives < <(ls -1v "$(dirname "$bundle")"/kiosk-data-*.tar.gz 2>/dev/null || true)
  [ ${#archives[@]} -gt 0 ] || fail "no data packs (kiosk-data-*.tar.gz) beside $bundle"
  step "installing the data packs: ${archives[*]##*/}"
  packs="$tmp/packs"
  bash "$here/linux/install-data.sh" --dest "$packs" "${archives[@]}" || fail "install-data.sh"
fi
export KIOSK_DATA_PACKS="$packs"

step "kiosk --help"
"$exe" --help >"$tmp/help.txt" || fail "kiosk --help exited $?"
grep -q "doctor" "$tmp/help.txt" || fail "kiosk --help does not list doctor"

cat >"$tmp/kiosk.toml" <<TOML
[municipality]
name = "清瀬市"
code = "132217"

[paths]
data_dir = "$tmp/data"

[privacy]
key_store = "file"
TOML
mkdir -p "$tmp/data/outbox"

step "kiosk config example | kiosk config check"
"$exe" config example >"$tmp/example.toml"
# The example names no municipality (a counter must be told which it serves): give one.
KIOSK_MUNICIPALITY_NAME=清瀬市 KIOSK_MUNICIPALITY_CODE=132217 "$exe" config check "$tmp/example.toml" \
  >/dev/null || fail "the example configuration does not check"
"$exe" --config "$tmp/kiosk.toml" config check || fail "config check"

step "kiosk db upgrade (bundled migrations)"
"$exe" --config "$tmp/kiosk.toml" db upgrade || fail "db upgrade"
[ -f "$tmp/data/data.key" ] || fail "no data key was created"

if ! command -v pgrep >/dev/null || ! pgrep -x pcscd >/dev/null; then
  pcscd_bin="$(command -v pcscd || echo /usr/sbin/pcscd)"
  if [ -x "$pcscd_bin" ]; then
    step "starting $pcscd_bin -f for the test"
    "$pcscd_bin" -f >"$tmp/pcscd.log" 2>&1 &
    pcscd_pid=$!
    sleep 2
  fi
fi

# The card check is left out unless SMOKE_CARD=1: virtual readers on a shared test machine
# may hold other tests' cards, coming and going while we look.
skip="--skip card"
[ "${SMOKE_CARD:-0}" = 1 ] && skip=""
step "kiosk doctor $skip"
if ! "$exe" --config "$tmp/kiosk.toml" doctor $skip >"$tmp/doctor.txt" 2>&1; then
  cat "$tmp/doctor.txt" >&2
  fail "kiosk doctor says the counter cannot serve"
fi
cat "$tmp/doctor.txt"
"$exe" --config "$tmp/kiosk.toml" doctor --json $skip >"$tmp/doctor.json" || fail "doctor --json"
grep -q '"can_serve": true' "$tmp/doctor.json" || fail "doctor --json does not say can_serve"
grep -q '^\[OK  \] Postal data (郵便番号データ): Japan Post data .* (data pack in ' "$tmp/doctor.txt" \
  || fail "doctor did not read the postal data pack"
grep -q '^\[OK  \] Reading dictionary (振り仮名候補: SudachiDict): SudachiDict .* (data pack in ' \
  "$tmp/doctor.txt" || fail "doctor did not read the reading dictionary pack"

step "振り仮名 candidates from the dictionary pack"
"$exe" form furigana "渡辺　陽菜" >"$tmp/furigana.txt" || fail "kiosk form furigana"
grep -q "ワタナベ" "$tmp/furigana.txt" || fail "no reading from the dictionary pack"

step "kiosk doctor without the data packs"
mkdir -p "$tmp/no-packs"
if KIOSK_DATA_PACKS="$tmp/no-packs" "$exe" --config "$tmp/kiosk.toml" doctor $skip \
  >"$tmp/doctor-no-packs.txt" 2>&1; then
  fail "doctor says a counter without postal data can serve"
fi
grep -q '^\[FAIL\] Postal data' "$tmp/doctor-no-packs.txt" || fail "no postal data is no failure"
grep -q '^\[WARN\] Reading dictionary.*振り仮名 candidates are off' "$tmp/doctor-no-packs.txt" \
  || fail "no reading dictionary is not reported"

if [ -n "${SMOKE_POSTGRES_URL:-}" ]; then
  # The PostgreSQL driver is a binary wheel PyInstaller must have carried along.
  step "kiosk db upgrade + doctor on PostgreSQL"
  KIOSK_DATABASE_URL="$SMOKE_POSTGRES_URL" "$exe" --config "$tmp/kiosk.toml" db upgrade \
    || fail "db upgrade on PostgreSQL"
  KIOSK_DATABASE_URL="$SMOKE_POSTGRES_URL" "$exe" --config "$tmp/kiosk.toml" doctor $skip \
    >"$tmp/doctor-pg.txt" 2>&1 || { cat "$tmp/doctor-pg.txt" >&2; fail "doctor on PostgreSQL"; }
  grep -q "Database (データベース): postgresql" "$tmp/doctor-pg.txt" \
    || fail "doctor did not look at PostgreSQL"
fi

if "$exe" support-bundle --help >/dev/null 2>&1; then
  step "kiosk support-bundle"
  "$exe" --config "$tmp/kiosk.toml" support-bundle --output "$tmp/support.zip" \
    || fail "support-bundle"
  [ -s "$tmp/support.zip" ] || fail "support-bundle wrote nothing"
fi

if "$exe" demo --help 2>/dev/null | grep -q -- "--headless"; then
  step "kiosk demo --headless"
  "$exe" --config "$tmp/kiosk.toml" demo --headless --out "$tmp/demo" || fail "headless demo"
  screens=$(find "$tmp/demo" -path '*screens*' -name '*.png' | wc -l)
  pdfs=$(find "$tmp/demo" -path '*forms*' -name '*.pdf' | wc -l)
  [ "$screens" -gt 0 ] || fail "the headless demo saved no screens"
  [ "$pdfs" -gt 0 ] || fail "the headless demo printed no forms"
  step "headless demo: $screens screens, $pdfs PDFs"
else
  step "kiosk demo --headless is not available in this build: scenario skipped"
fi

step "kiosk preentry build --no-postal; kiosk preentry check"
"$exe" --config "$tmp/kiosk.toml" preentry build --no-postal "$tmp/page" || fail "preentry build"
for f in index.html app.js qrcode.js qrcode.LICENSE.txt i18n/index.json i18n/vi.json; do
  [ -s "$tmp/page/$f" ] || fail "the pre-entry page lacks $f"
done
grep -q '"next": "Tiếp"' "$tmp/page/i18n/vi.json" || fail "the page's wording is not the tablet's"
"$exe" preentry check 'KM1:NCFWTL+H9KOMPF6846OVQOU6WW6Z9ADFAGY0RZIV5T25BFI04U0+/AH/QYDDJGK:M5B.NXA6SHL*0NA20OMAQ1' \
  || fail "preentry check"

step "passed ($bundle)"
