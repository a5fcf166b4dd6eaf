#!/usr/bin/env bash
# The one place Debian packages come from: the Makefile and .ci/run call it, nobody installs by hand.
# Usage: scripts/install-system-deps.sh GROUP...   (groups: chromium, libreoffice, tesseract)
# A group whose commands are already on the PATH costs nothing. Exit 1, with one line naming the
# packages, when something is missing and cannot be installed (no root, no apt, no network).
set -u

packages_for() {
  case "$1" in
    chromium) echo "chromium" ;;
    libreoffice) echo "libreoffice-writer-nogui" ;;
    tesseract) echo "tesseract-ocr tesseract-ocr-rus" ;;
    *) echo "install-system-deps: unknown group '$1' (chromium, libreoffice, tesseract)" >&2; return 2 ;;
  esac
}

present() {
  case "$1" in
    chromium) command -v chromium >/dev/null 2>&1 ;;
    libreoffice) command -v soffice >/dev/null 2>&1 ;;
    tesseract) command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx rus ;;
  esac
}

missing=()
for group in "$@"; do
  pkgs=$(packages_for "$group") || exit 2
  present "$group" || missing+=($pkgs)
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
echo "installing Debian packages: ${missing[*]}" >&2
if command -v apt-get >/dev/null 2>&1 \
   && $sudo apt-get update -qq >/dev/null 2>&1 \
   && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
  exit 0
fi
echo "install-system-deps: could not install ${missing[*]}; install them with: apt-get install ${missing[*]}" >&2
exit 1
