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

fail() {
  echo "install-system-deps: missing ${missing[*]} ($1); install with: sudo apt-get install ${missing[*]}" >&2
  exit 1
}
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || fail "not root, no password-less sudo"
  sudo="sudo -n"
fi
command -v apt-get >/dev/null 2>&1 || fail "no apt-get on this machine"
echo "installing Debian packages: ${missing[*]}" >&2
apt="-o Acquire::Retries=1 -o Acquire::http::Timeout=20"
$sudo apt-get $apt update -qq >/dev/null 2>&1 || fail "apt-get update failed: no network?"
DEBIAN_FRONTEND=noninteractive $sudo apt-get $apt install -y -qq "${missing[@]}" >/dev/null 2>&1 \
  || fail "apt-get install failed"
exit 0
