#!/usr/bin/env bash
# Installs the Debian packages a feature needs, only when missing: chromium, postgresql, redis-server.
# Root installs directly, others through passwordless sudo. Without either, Chromium comes from Playwright's
# own download (needs internet); with --optional a package that cannot be installed is only reported.
set -euo pipefail

optional=false
if [ "${1:-}" = "--optional" ]; then optional=true; shift; fi
declare -A probe=([chromium]=/usr/bin/chromium [postgresql]=/usr/lib/postgresql [redis-server]=/usr/bin/redis-server)
missing=()
for package in "$@"; do
  [ -e "${probe[$package]:-/nonexistent}" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  if [[ " ${missing[*]} " == *" chromium "* ]] && .venv/bin/playwright install chromium >/dev/null 2>&1; then
    echo "system-deps: Chromium installed with 'playwright install chromium'" >&2
    missing=("${missing[@]/chromium}")
    [ -z "${missing[*]// /}" ] && exit 0
  fi
  echo "system-deps: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
  $optional && exit 0
  exit 1
fi
echo "system-deps: installing ${missing[*]} (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq >/dev/null
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
