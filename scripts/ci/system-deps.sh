#!/usr/bin/env bash
# System packages the tests need that npm cannot ship: Debian's Chromium for the browser runtime test
# (tests/runtimes drives it with playwright-core; we never download a browser build of our own), and a
# Java runtime for openapi-generator (the round trip test; its JAR itself comes from npm).
set -euo pipefail

missing=()
if [ -x /usr/bin/chromium ]; then
  echo "✔ chromium already installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
else
  missing+=(chromium)
fi
if command -v java >/dev/null 2>&1; then
  echo "✔ java already installed ($(java -version 2>&1 | head -n 1))"
else
  missing+=(default-jre-headless)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for package in "${missing[@]}"; do echo "✔ ${package} installed"; done
