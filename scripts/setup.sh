#!/usr/bin/env bash
# Installs the Debian packages khenthuong builds against, if any is missing (libxlsxwriter, libzip, libgsf,
# GMime, pkg-config). Safe to run again: it does nothing when everything is there.
set -euo pipefail
packages=(pkg-config libxlsxwriter-dev libzip-dev libgsf-1-dev libgmime-3.0-dev libglib2.0-dev)
modules=(xlsxwriter libzip libgsf-1 gmime-3.0 glib-2.0)
missing=0
command -v pkg-config >/dev/null 2>&1 || missing=1
if [ "$missing" = 0 ]; then
  for m in "${modules[@]}"; do pkg-config --exists "$m" || { missing=1; break; }; done
fi
if [ "$missing" = 1 ]; then
  echo "setup: installing ${packages[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi
