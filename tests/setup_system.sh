#!/usr/bin/env bash
# System packages some tests need: headless Chromium for the HTML report test, and a CJK font with
# TrueType outlines for composing Chinese test PDFs (pdfminer cannot read fpdf2's CFF/OTF CJK output).
# Installs only when missing and when we are allowed to (root with apt-get); otherwise those tests skip.
set -u
need=""
command -v chromium >/dev/null 2>&1 || need="chromium fonts-noto-cjk"
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need="$need fonts-wqy-microhei"
if [ -z "$need" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing $need for the browser and PDF tests" >&2
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null) \
    || echo "$need could not be installed; the tests that need them will skip" >&2
fi
exit 0
