#!/usr/bin/env bash
# `npm run demo`: install if needed, build, and serve Scorelens on the embedded database with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -d node_modules ] || npm ci
npx next build
exec npx next start -p "${PORT:-3000}"
