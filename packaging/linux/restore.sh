#!/usr/bin/env bash
# Restore a counter's database and data key from backup.sh's files. Stop the counter first.
#
#   restore.sh --database FILE --key FILE [--data-dir DIR] [--database-url URL]
#              [--key-file FILE] [--owner USER]
#
# SQLite: the file replaces DATA_DIR/kiosk.sqlite3 (its -wal/-shm files are removed; the old
# database is kept beside it as kiosk.sqlite3.before-restore-STAMP). PostgreSQL: pg_restore
# --clean into the database of --database-url. The key replaces the key file (mode 0600).
# Afterwards run `kiosk db upgrade` (a backup from an older release) and `kiosk doctor`.
set -euo pipefail

data_dir=/var/lib/kiosk
database_url=""
key_file=""
database=""
key=""
owner=""
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database="$2"; shift 2 ;;
    --key) key="$2"; shift 2 ;;
    --data-dir) data_dir="$2"; shift 2 ;;
    --database-url) database_url="$2"; shift 2 ;;
    --key-file) key_file="$2"; shift 2 ;;
    --owner) owner="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "restore: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -f "$database" ] && [ -f "$key" ] || { echo "restore: --database and --key must name files" >&2; exit 2; }
if systemctl is-active --quiet kiosk.service 2>/dev/null; then
  echo "restore: stop the counter first: systemctl stop kiosk.service" >&2
  exit 1
fi
key_file="${key_file:-$data_dir/data.key}"
stamp="$(date -u +%Y%m%dT%H%M%S)"
umask 077
mkdir -p "$data_dir" "$(dirname "$key_file")"

case "$database_url" in
  postgresql://*|postgres://*|postgresql+psycopg://*)
    url="postgresql://${database_url#*://}"
    pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$url" "$database"
    ;;
  ""|sqlite://*)
    db="${database_url#sqlite:///}"
    [ -n "$db" ] || db="$data_dir/kiosk.sqlite3"
    if [ -f "$db" ]; then mv "$db" "$db.before-restore-$stamp"; fi
    rm -f "$db-wal" "$db-shm"
    cp "$database" "$db"
    chmod 600 "$db"
    [ -z "$owner" ] || chown "$owner:" "$db"
    ;;
  *) echo "restore: unsupported database URL" >&2; exit 2 ;;
esac

if [ -f "$key_file" ]; then mv "$key_file" "$key_file.before-restore-$stamp"; fi
cp "$key" "$key_file"
chmod 600 "$key_file"
[ -z "$owner" ] || chown "$owner:" "$key_file"
echo "restored: database and key. Next: kiosk db upgrade && kiosk doctor"
