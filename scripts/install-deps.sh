#!/usr/bin/env bash
# Installs what building and testing need on a fresh Debian machine (run as root, or with sudo available).
# Usage: scripts/install-deps.sh build|test
set -euo pipefail
need=()
have_pkg() { dpkg -s "$1" >/dev/null 2>&1; }
for p in libcmark-dev libgoogle-perftools-dev; do have_pkg "$p" || need+=("$p"); done
if [ "${1:-build}" = test ]; then
  for p in chromium chromium-driver default-jre-headless time; do have_pkg "$p" || need+=("$p"); done
fi
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ "${1:-build}" = test ]; then
  python3 -m pip install -q --disable-pip-version-check -r tests/requirements.txt 2>&1 | grep -v "Running pip as the 'root' user" || true
fi
