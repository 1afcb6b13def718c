#!/usr/bin/env bash
# System packages some tests need (headless Chromium for the HTML report test).
# Installs only when missing and when we are allowed to (root with apt-get); otherwise those tests skip.
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium for the HTML report test" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
    || echo "chromium could not be installed; the browser test will skip" >&2
fi
exit 0
