#!/usr/bin/env bash
# Install or update the counter's data packs (the reading dictionary, the postal data).
#
#   install-data.sh [--dest DIR] [--keep N] PACK.tar.gz...
#
# A pack is a kiosk-data-NAME-VERSION.tar.gz from packaging/build-linux.sh: one folder NAME/
# holding pack.json and the data file. Each is unpacked into DIR/NAME-VERSION/ and DIR/NAME is
# switched to it in one step (a running counter keeps the files it opened until it restarts);
# the N newest versions of each pack are kept (default 2: the current one and the one before).
# DIR defaults to $INSTALL_ROOT/opt/kiosk/data, where every installed build's `data` points.
# Files are read-only for everyone (0644, folders 0755): the service user reads them.
# Exit status: 0 installed (or already there); 1 a pack is not a data pack; 2 usage.
set -euo pipefail

R="${INSTALL_ROOT:-}"
R="${R%/}"
dest="$R/opt/kiosk/data"
keep=2
packs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dest) dest="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "data: unknown option $1" >&2; exit 2 ;;
    *) packs+=("$1"); shift ;;
  esac
done
[ ${#packs[@]} -gt 0 ] || { echo "data: name the packs to install (kiosk-data-*.tar.gz)" >&2; exit 2; }

say() { echo "data: $*"; }
die() { echo "data: $*" >&2; exit 1; }
field() {  # the string value of "$1" in pack.json $2
  sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" "$2" | head -1
}

install -d -m 0755 "$dest"
for pack in "${packs[@]}"; do
  [ -f "$pack" ] || die "$pack does not exist"
  incoming="$(mktemp -d "$dest/.incoming.XXXXXX")"
  trap 'rm -rf "$incoming"' EXIT
  tar -C "$incoming" --no-same-owner -xzf "$pack" || die "$pack is not a readable archive"
  mapfile -t tops < <(find "$incoming" -mindepth 1 -maxdepth 1)
  [ ${#tops[@]} -eq 1 ] && [ -f "${tops[0]}/pack.json" ] || die "$pack is not a data pack (no pack.json)"
  name="$(field name "${tops[0]}/pack.json")"
  version="$(field version "${tops[0]}/pack.json")"
  file="$(field file "${tops[0]}/pack.json")"
  case "$name" in furigana|postal) ;; *) die "$pack: unknown pack '$name'" ;; esac
  [[ "$version" =~ ^[A-Za-z0-9._-]{1,40}$ ]] || die "$pack: bad version '$version'"
  [[ "$file" =~ ^[A-Za-z0-9._-]+$ ]] && [ -f "${tops[0]}/$file" ] || die "$pack: its data file is missing"
  target="$dest/$name-$version"
  if [ -d "$target" ] && [ "$(readlink "$dest/$name" 2>/dev/null || true)" = "$name-$version" ]; then
    say "$name $version is already installed"
  else
    rm -rf "$target"
    chmod -R u=rwX,go=rX "${tops[0]}"
    mv "${tops[0]}" "$target"
    ln -sfn "$name-$version" "$dest/$name.new"
    mv -T "$dest/$name.new" "$dest/$name"
    say "installed $name $version in $target"
  fi
  rm -rf "$incoming"
  trap - EXIT
  # Older versions beyond the newest $keep go (never the current one).
  mapfile -t versions < <(ls -1dt "$dest/$name"-*/ 2>/dev/null | sed 's:/$::')
  for ((i = keep; i < ${#versions[@]}; i++)); do
    if [ "$(basename "${versions[$i]}")" != "$(readlink "$dest/$name")" ]; then
      say "removing $(basename "${versions[$i]}")"
      rm -rf "${versions[$i]}"
    fi
  done
done
