#!/usr/bin/env bash
# `npm test`: the whole suite from a fresh clone. Installs what the tests need
# where it can (Debian, as root), otherwise says exactly what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# The PDF measurements read single glyphs' positions with mutool.
command -v mutool >/dev/null || missing+=(mupdf-tools)
# The DOCX tests convert the exported file to PDF the way an office without Word opens it.
command -v soffice >/dev/null || command -v libreoffice >/dev/null || missing+=(libreoffice-writer-nogui)
[ -f /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf ] || missing+=(fonts-lxgw-wenkai)
# A second Kaiti face: the font-folder tests present it under an office's file names.
[ -f /usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf ] || missing+=(fonts-arphic-gkai00mp)
# A fallback face for characters beyond the role faces (CJK Ext. B such as 𠀀, and emoji such as 👍).
[ -f /usr/share/fonts/truetype/hanazono/HanaMinB.ttf ] || missing+=(fonts-hanazono)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing for the tests: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need: ${missing[*]}." >&2
    echo "On Debian/Ubuntu: sudo apt-get install ${missing[*]} — then run npm test again." >&2
    exit 1
  fi
fi

# npm install rather than npm ci: see the note in .ci/run.
[ -d node_modules/.bin ] || npm install --no-audit --no-fund
export NEXT_TELEMETRY_DISABLED=1
npx tsc --noEmit -p .
node prisma/render-schemas.mjs --check
# Vitest's own summary, plus one plain closing line CI tools read: "Tests: N passed, N failed, N skipped".
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@" || status=$?
node -e '
  const r = require("./test-results/vitest.json");
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit "$status"
