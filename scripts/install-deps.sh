#!/usr/bin/env bash
# Installs, on Debian 12 as root, every package ETS Workbench needs to build, test and run.
# Does nothing when they are all there already, so the other scripts call it every time.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libreoffice-writer libreoffice-calc libreoffice-dev libreoffice-dev-common python3-uno
  libreoffice-l10n-fr libreoffice-l10n-nl
  libboost-dev nlohmann-json3-dev libgtest-dev libxml2-dev libxml2-utils libzip-dev libicu-dev
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core
  pandoc libxtst6
  clang libclang-rt-14-dev
  syncthing iproute2
)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${missing[*]}. Run this script as root (or with sudo)." >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
