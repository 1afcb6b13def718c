#!/usr/bin/env bash
# System packages some tests need: headless Chromium for the HTML report test and chromium-driver for
# the local page's browser test (Selenium drives it), a CJK font with
# TrueType outlines for composing Chinese test PDFs (pdfminer cannot read fpdf2's CFF/OTF CJK output),
# and LibreOffice Writer and Calc to open the annotated Word files and print the workbook as a person
# would (without recommends: small).
# Installs only when missing and when we are allowed to (root with apt-get); otherwise those tests skip.
set -u
need=""
writer=""
command -v soffice >/dev/null 2>&1 || writer="libreoffice-writer"
[ -e /usr/lib/libreoffice/program/libsclo.so ] || writer="$writer libreoffice-calc"
command -v chromium >/dev/null 2>&1 || need="chromium fonts-noto-cjk"
command -v chromedriver >/dev/null 2>&1 || need="$need chromium-driver"
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need="$need fonts-wqy-microhei"
if [ -z "$need" ] && [ -z "$writer" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  [ -n "$need" ] && echo "installing $need for the browser and PDF tests" >&2
  apt-get update -qq || true
  if [ -n "$need" ]; then
    # shellcheck disable=SC2086 # word splitting of the package list is intended
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null \
      || echo "$need could not be installed; the tests that need them will skip" >&2
  fi
  if [ -n "$writer" ]; then
    echo "installing $writer for the Word comments and workbook print tests" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $writer >/dev/null \
      || echo "$writer could not be installed; the LibreOffice test will skip" >&2
  fi
fi
exit 0
