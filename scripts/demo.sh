#!/usr/bin/env bash
# `npm run demo`: install, migrate, load the demo data and start the app on
# SQLite (data/app.db) at http://localhost:3000. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm install --no-audit --no-fund
npm run db:migrate
npm run db:seed
npm run build
echo "法治年报: http://localhost:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}"
