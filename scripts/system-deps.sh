#!/usr/bin/env bash
# Installs the Debian packages a feature needs, only when missing: chromium, postgresql, redis.
# Root installs directly, others through passwordless sudo; without either it says what to run.
set -euo pipefail

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
  echo "system-deps: missing ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
  [[ " ${missing[*]} " == *" chromium "* ]] && echo "system-deps: or, with internet access: .venv/bin/playwright install chromium" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]} (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq >/dev/null
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
