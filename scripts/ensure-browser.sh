#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser tests.
# As root it installs the package with apt; otherwise it says what to install and fails.
set -euo pipefail
if [ -x /usr/bin/chromium ] || [ -x /usr/lib/chromium/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Debian's chromium package: run 'sudo apt-get install chromium' and try again." >&2
exit 1
