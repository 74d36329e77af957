#!/usr/bin/env bash
# System packages the tests need that npm cannot ship: Debian's Chromium for the browser runtime test
# (tests/runtimes drives it with playwright-core; we never download a browser build of our own).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "✔ chromium already installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  exit 0
fi

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "✔ chromium installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
