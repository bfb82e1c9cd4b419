#!/usr/bin/env bash
# Back up a counter's database and its data key (暗号鍵), to two different places.
#
#   backup.sh --dest DIR --key-dest DIR [--data-dir DIR] [--database-url URL] [--key-file FILE]
#
# - SQLite (the default, DATA_DIR/kiosk.sqlite3): an online, consistent copy made with the
#   sqlite3 tool's .backup (safe while the counter runs); without the tool, stop the counter
#   first (the file is then copied as is).
# - PostgreSQL (--database-url postgresql://…): pg_dump in custom format.
# - The key file is copied to --key-dest (mode 0600). Keep the key and the database backups
#   on different media: whoever holds both holds the personal data.
#
# Defaults follow packaging/linux/install.sh: data in /var/lib/kiosk, key /var/lib/kiosk/data.key.
# Writes DEST/kiosk-YYYYmmddTHHMMSS.sqlite3 (or .pgdump) and KEY_DEST/data-YYYYmmddTHHMMSS.key;
# prints both paths.
set -euo pipefail

data_dir=/var/lib/kiosk
database_url=""
key_file=""
dest=""
key_dest=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dest) dest="$2"; shift 2 ;;
    --key-dest) key_dest="$2"; shift 2 ;;
    --data-dir) data_dir="$2"; shift 2 ;;
    --database-url) database_url="$2"; shift 2 ;;
    --key-file) key_file="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "backup: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$dest" ] && [ -n "$key_dest" ] || { echo "backup: --dest and --key-dest are required" >&2; exit 2; }
key_file="${key_file:-$data_dir/data.key}"
stamp="$(date -u +%Y%m%dT%H%M%S)"
umask 077
mkdir -p "$dest" "$key_dest"

case "$database_url" in
  postgresql://*|postgres://*|postgresql+psycopg://*)
    url="postgresql://${database_url#*://}"
    out="$dest/kiosk-$stamp.pgdump"
    pg_dump --format=custom --no-owner --file="$out" "$url"
    ;;
  ""|sqlite://*)
    db="${database_url#sqlite:///}"
    [ -n "$db" ] || db="$data_dir/kiosk.sqlite3"
    [ -f "$db" ] || { echo "backup: no database at $db" >&2; exit 1; }
    out="$dest/kiosk-$stamp.sqlite3"
    if command -v sqlite3 >/dev/null; then
      sqlite3 "$db" ".timeout 10000" ".backup '$out'"
      check="$(sqlite3 "$out" 'PRAGMA integrity_check;')"
      [ "$check" = "ok" ] || { echo "backup: the copy fails its integrity check: $check" >&2; exit 1; }
    else
      if systemctl is-active --quiet kiosk.service 2>/dev/null; then
        echo "backup: install sqlite3, or stop kiosk.service first" >&2
        exit 1
      fi
      cp "$db" "$out"
    fi
    ;;
  *) echo "backup: unsupported database URL" >&2; exit 2 ;;
esac

[ -f "$key_file" ] || { echo "backup: no key file at $key_file (keyring? see docs/backup.md)" >&2; exit 1; }
key_out="$key_dest/data-$stamp.key"
cp "$key_file" "$key_out"
chmod 600 "$key_out" "$out"
echo "database: $out"
echo "key: $key_out"
