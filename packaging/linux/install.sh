#!/usr/bin/env bash
# Install, upgrade or roll back the counter on a Linux PC (Debian 12 or similar), as root.
#
#   install.sh BUNDLE [PACK...]       install/upgrade from a built bundle: a folder holding
#                                     `kiosk` (dist/kiosk) or a kiosk-*.tar.gz from
#                                     packaging/build-linux.sh --tarball; with the data packs
#                                     named, or else those beside the bundle
#                                     (kiosk-data-*.tar.gz in the same folder)
#   install.sh PACK...                update data packs only (the reading dictionary
#                                     kiosk-data-furigana-*, the postal data kiosk-data-postal-*:
#                                     new versions come out between program releases), restart
#                                     the counter, run `kiosk doctor`
#   install.sh --rollback [--with-database]
#                                     go back to the previous build; with --with-database also
#                                     put back the database and key saved before that upgrade
#   install.sh --list                 the installed builds, the current one marked
#
# Setting up (first install; asked on the terminal when not given, skipped once done):
#   --municipality-name NAME          the municipality, e.g. 清瀬市
#   --municipality-code CODE          its 6-digit 全国地方公共団体コード (check digit verified)
#   --admin LOGIN --admin-name NAME   the first administrator (職員ID, display name)
#   --admin-password-stdin            read the administrator's password from standard input
#                                     (installing without a terminal)
# The administrator's authenticator (TOTP) is shown as a QR code to scan with a phone.
#
# Options: --unit NAME (the systemd unit to install, enable and restart: kiosk.service, the
# default; kiosk-sway.service for two monitors; kiosk-sync.service on a counter floor's
# delivery machine), --no-service (do not touch systemd: tests), --user NAME (service user,
# default kiosk), --keep N (builds kept, default 3).
# Environment: INSTALL_ROOT (default /; every path below is under it, for staging and tests).
#
# Layout (all kept across upgrades except the builds themselves):
#   /opt/kiosk/releases/<version>-<commit>-<stamp>/   one folder per installed build
#   /opt/kiosk/current  -> the running build;  /opt/kiosk/previous -> the one before
#   /opt/kiosk/data/<pack> -> <pack>-<version>/       data packs (install-data.sh), shared by
#                                                     every build: each build's `data` links here
#   /etc/kiosk/kiosk.toml                             configuration (created once, never replaced)
#   /var/lib/kiosk/                                   data folder: database, data.key, logs, outbox
#   /var/lib/kiosk/backups/pre-<release>/             database + key saved before each upgrade
#
# An upgrade: copy the new build, save the database and key, stop the counter, switch
# `current`, run the schema migrations as the service user, start the counter, run
# `kiosk doctor`. If the migrations fail, `current` is switched back and the counter restarted
# on the old build. Exit status: 0 installed and set up; 1 failed (or installed but not set up:
# the last line says what to run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
R="${INSTALL_ROOT:-}"
R="${R%/}"
OPT="$R/opt/kiosk"
ETC="$R/etc/kiosk"
VAR="$R/var/lib/kiosk"
CONFIG="$ETC/kiosk.toml"
user=kiosk
service=yes
unit=kiosk.service
keep=3
mode=install
with_database=no
bundle=""
packs=()
muni_name=""
muni_code=""
admin=""
admin_name=""
admin_password_stdin=no

while [ $# -gt 0 ]; do
  case "$1" in
    --rollback) mode=rollback; shift ;;
    --with-database) with_database=yes; shift ;;
    --list) mode=list; shift ;;
    --no-service) service=no; shift ;;
    --unit) unit="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --municipality-name) muni_name="$2"; shift 2 ;;
    --municipality-code) muni_code="$2"; shift 2 ;;
    --admin) admin="$2"; shift 2 ;;
    --admin-name) admin_name="$2"; shift 2 ;;
    --admin-password-stdin) admin_password_stdin=yes; shift ;;
    -h|--help) sed -n '2,45p' "$0"; exit 0 ;;
    -*) echo "install: unknown option $1" >&2; exit 2 ;;
    *kiosk-data-*.tar.gz) packs+=("$1"); shift ;;
    *) bundle="$1"; shift ;;
  esac
done

say() { echo "install: $*"; }
die() { echo "install: $*" >&2; exit 1; }
as_user() {
  if [ "$(id -un)" = "$user" ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}
kiosk_cmd() { as_user env KIOSK_CONFIG="$CONFIG" "$OPT/current/kiosk" "$@"; }
# As root: the configuration file belongs to root (the service user may only read it).
kiosk_root() { env KIOSK_CONFIG="$CONFIG" "$OPT/current/kiosk" "$@"; }
svc() { [ "$service" = yes ] && systemctl "$@"; }

list() {
  local cur
  cur="$(readlink "$OPT/current" 2>/dev/null || true)"
  for d in "$OPT"/releases/*/; do
    [ -d "$d" ] || continue
    d="${d%/}"
    if [ "$d" = "$cur" ]; then echo "* $(basename "$d")"; else echo "  $(basename "$d")"; fi
  done
}

switch_to() {  # atomically point `current` at $1, `previous` at what current was
  local target="$1" old
  old="$(readlink "$OPT/current" 2>/dev/null || true)"
  ln -sfn "$target" "$OPT/current.new"
  mv -T "$OPT/current.new" "$OPT/current"
  if [ -n "$old" ] && [ "$old" != "$target" ]; then
    ln -sfn "$old" "$OPT/previous.new"
    mv -T "$OPT/previous.new" "$OPT/previous"
  fi
}

ensure_user() {
  if ! id -u "$user" >/dev/null 2>&1; then
    say "creating the service user $user"
    useradd --system --home-dir /var/lib/kiosk --no-create-home --shell /usr/sbin/nologin \
      --comment "kakanai-madoguchi counter" "$user"
    # The compositor needs the display and input devices; the keyboard's click sound, audio.
    for group in video input render audio; do
      if getent group "$group" >/dev/null; then usermod -a -G "$group" "$user"; fi
    done
  fi
}

ensure_folders() {
  install -d -m 0755 "$OPT" "$OPT/releases"
  install -d -m 0750 -o root -g "$(id -gn "$user")" "$ETC"
  install -d -m 0700 -o "$user" -g "$(id -gn "$user")" "$VAR" "$VAR/backups" "$VAR/logs" "$VAR/outbox"
  if [ ! -f "$CONFIG" ]; then
    say "writing a first configuration to $CONFIG (edit it, then run kiosk doctor)"
    {
      echo "# Written by install.sh; edit freely (kept across upgrades). Reference:"
      echo "# docs/configuration.md. Check with: kiosk --config $CONFIG config check"
      echo
      echo "[paths]"
      echo "data_dir = \"$VAR\""
      echo
      echo "[privacy]"
      echo "key_store = \"file\""
    } >"$CONFIG"
    chown root:"$(id -gn "$user")" "$CONFIG"
    chmod 0640 "$CONFIG"
  fi
}

install_system_files() {
  [ "$service" = yes ] || return 0
  local rel="$1"
  [ -f "$rel/packaging/linux/$unit" ] || die "no unit $unit in this build (see --help)"
  install -m 0644 "$rel/packaging/linux/$unit" "$R/etc/systemd/system/$unit"
  if [ "$unit" = kiosk-sway.service ] && [ ! -f "$ETC/sway.config" ]; then
    install -m 0644 "$rel/packaging/linux/sway.config" "$ETC/sway.config"
  fi
  if [ ! -f "$R/etc/udev/rules.d/99-kiosk-touch.rules" ]; then
    install -m 0644 "$rel/packaging/linux/99-kiosk-touch.rules" "$R/etc/udev/rules.d/99-kiosk-touch.rules"
  fi
  systemctl daemon-reload
  systemctl enable "$unit" >/dev/null
}

prune() {
  local d cur prev
  cur="$(readlink "$OPT/current" 2>/dev/null || true)"
  prev="$(readlink "$OPT/previous" 2>/dev/null || true)"
  # Oldest first (by installation time).
  mapfile -t all < <( (ls -1dtr "$OPT"/releases/*/ 2>/dev/null || true) | sed 's:/$::')
  local n=${#all[@]}
  for ((i = 0; i < n; i++)); do
    d="${all[$i]}"
    if [ "$d" != "$cur" ] && [ "$d" != "$prev" ] && [ $((n - i)) -gt "$keep" ]; then
      say "removing old build $(basename "$d")"
      rm -rf "$d"
    fi
  done
}

database_url() {  # the configured database URL, as the counter resolves it (empty: SQLite)
  sed -n 's/^[[:space:]]*url[[:space:]]*=[[:space:]]*"\(postgres[^"]*\)".*/\1/p' "$CONFIG" | head -1
}

save_data() {  # $1: folder for the pre-upgrade copy of database + key
  local dest="$1" url
  url="${KIOSK_DATABASE_URL:-$(database_url)}"
  if [ -z "$url" ] && [ ! -f "$VAR/kiosk.sqlite3" ]; then
    return 0  # first install: nothing to save
  fi
  if [ ! -f "$VAR/data.key" ]; then
    say "no key file in $VAR (keyring?): saving the database only"
  fi
  install -d -m 0700 "$dest"
  bash "$here/backup.sh" --dest "$dest" --key-dest "$dest" --data-dir "$VAR" \
    --database-url "$url" >"$dest/backup.log" 2>&1 \
    || { cat "$dest/backup.log" >&2; die "could not save the database before the upgrade"; }
  say "saved the database and key in $dest"
}

set_up() {  # the municipality (as root: it writes the configuration), the first administrator
  local muni=(config set-municipality) first=(staff first-admin)
  if [ -n "$muni_name$muni_code" ]; then
    muni+=(--name "$muni_name" --code "$muni_code")
  else
    muni+=(--if-unset)
  fi
  [ -z "$admin" ] || first+=(--login "$admin")
  [ -z "$admin_name" ] || first+=(--name "$admin_name")
  [ "$admin_password_stdin" = no ] || first+=(--password-stdin)
  say "setting up: the municipality"
  kiosk_root "${muni[@]}" || return 1
  say "setting up: the first administrator"
  kiosk_cmd "${first[@]}" || return 1
}

install_packs() {  # the packs named, or else those beside the bundle ($1: the bundle)
  local found=("${packs[@]}")
  if [ ${#found[@]} -eq 0 ] && [ -n "${1:-}" ]; then
    mapfile -t found < <(ls -1v "$(dirname "$1")"/kiosk-data-*.tar.gz 2>/dev/null || true)
  fi
  if [ ${#found[@]} -eq 0 ]; then
    say "no data packs given or beside the bundle: keeping those in $OPT/data"
    return 0
  fi
  bash "$here/install-data.sh" --dest "$OPT/data" "${found[@]}" || die "data packs not installed"
}

check_system_packages() {  # $1: the bundle folder; its libraries of the OS must be installed
  local listing="$1/_internal/system-packages.txt" missing=() pkg
  [ -f "$listing" ] || return 0
  command -v dpkg-query >/dev/null || { say "no dpkg: not checking $listing"; return 0; }
  while read -r pkg; do
    [ -n "$pkg" ] || continue
    dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done <"$listing"
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "install: this build uses libraries of Debian packages that are not installed; install" \
    "them first: apt-get install --no-install-recommends ${missing[*]}" >&2
  return 1
}

do_data() {
  ensure_user
  ensure_folders
  install_packs ""
  svc restart "$unit" || true
  [ -x "$OPT/current/kiosk" ] || { say "no build installed yet: install one next"; return 0; }
  kiosk_cmd doctor || say "kiosk doctor reports problems: fix them before serving residents"
}

do_install() {
  [ -n "$bundle" ] || die "name the bundle to install (folder or .tar.gz)"
  local src="$bundle" tmp=""
  if [ -f "$bundle" ]; then
    tmp="$(mktemp -d)"
    tar -C "$tmp" -xzf "$bundle"
    src="$tmp/kiosk"
  fi
  [ -x "$src/kiosk" ] || die "$bundle does not hold a kiosk executable"
  check_system_packages "$src" || { [ -z "$tmp" ] || rm -rf "$tmp"; exit 1; }
  local info version commit stamp name rel
  info="$(cat "$src/_internal/build-info.json" 2>/dev/null || echo '{}')"
  version="$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' <<<"$info")"
  commit="$(sed -n 's/.*"commit": *"\([^"+]*\).*/\1/p' <<<"$info")"
  stamp="$(date -u +%Y%m%dT%H%M%S)"
  name="${version:-unknown}-${commit:-local}-$stamp"
  rel="$OPT/releases/$name"
  local n=1
  while [ -e "$rel" ]; do n=$((n + 1)); rel="$OPT/releases/$name-$n"; done
  name="$(basename "$rel")"

  ensure_user
  ensure_folders
  say "installing build $name"
  mkdir -p "$rel"
  cp -a "$src/." "$rel/"
  mkdir -p "$rel/packaging/linux"
  cp -a "$here/." "$rel/packaging/linux/"
  [ -z "$tmp" ] || rm -rf "$tmp"
  # The data packs live beside the builds, in /opt/kiosk/data; the program looks in its `data`.
  rm -rf "$rel/data"
  ln -s ../../data "$rel/data"
  install_packs "$bundle"

  save_data "$VAR/backups/pre-$name"
  svc stop "$unit" || true
  local old
  old="$(readlink "$OPT/current" 2>/dev/null || true)"
  switch_to "$rel"
  say "upgrading the database schema"
  if ! kiosk_cmd db upgrade; then
    if [ -n "$old" ]; then
      say "the schema upgrade failed: switching back to $(basename "$old")"
      switch_to "$old"
      svc start "$unit" || true
    fi
    die "upgrade failed; nothing changed (see the messages above)"
  fi
  install_system_files "$rel"
  local set_up_ok=yes
  set_up || set_up_ok=no
  svc start "$unit" || true
  prune
  say "installed $name"
  kiosk_cmd doctor || say "kiosk doctor reports problems: fix them before serving residents"
  if [ "$set_up_ok" = no ]; then
    die "installed, but not set up: run install.sh again on a terminal, or give \
--municipality-name, --municipality-code and --admin-password-stdin (see --help)"
  fi
}

do_rollback() {
  local prev cur name
  prev="$(readlink "$OPT/previous" 2>/dev/null || true)"
  cur="$(readlink "$OPT/current" 2>/dev/null || true)"
  [ -n "$prev" ] && [ -d "$prev" ] || die "no previous build to roll back to"
  name="$(basename "$cur")"
  svc stop "$unit" || true
  switch_to "$prev"
  if [ "$with_database" = yes ]; then
    local saved="$VAR/backups/pre-$name" db key url
    db="$( (ls -1 "$saved"/kiosk-*.sqlite3 "$saved"/kiosk-*.pgdump 2>/dev/null || true) | tail -1)"
    key="$( (ls -1 "$saved"/data-*.key 2>/dev/null || true) | tail -1)"
    [ -n "$db" ] && [ -n "$key" ] || die "no saved database in $saved"
    url="${KIOSK_DATABASE_URL:-$(database_url)}"
    say "putting back the database and key saved before $name"
    bash "$here/restore.sh" --database "$db" --key "$key" --data-dir "$VAR" \
      --database-url "$url" --owner "$user"
  fi
  install_system_files "$prev"
  svc start "$unit" || true
  say "rolled back to $(basename "$prev")"
  kiosk_cmd doctor || say "kiosk doctor reports problems; a database written by the newer build \
needs: install.sh --rollback --with-database (data entered since the upgrade is then lost)"
}

if [ "$mode" = install ] && [ -z "$bundle" ] && [ ${#packs[@]} -gt 0 ]; then
  mode=data
fi
case "$mode" in
  data) do_data ;;
  list) list ;;
  rollback) do_rollback ;;
  install) do_install ;;
esac
