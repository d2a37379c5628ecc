#!/bin/sh
# Installs Debian's headless-capable Chromium for the browser test (test/explorer/browser.test.ts)
# when it is missing, with DejaVu fonts (they cover Vietnamese diacritics). Run by `npm test` (the pretest script) so a fresh machine needs nothing else; safe to run again.
set -eu
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: /usr/bin/chromium is missing and this user cannot install it (run: apt-get install -y chromium)" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
