#!/usr/bin/env bash
# `npm run demo`: install if needed, build if a source changed, and serve Scorelens on the
# embedded database with demo data. Listens on 127.0.0.1 only (the demo's password is published);
# HOST=0.0.0.0 npm run demo serves other machines too.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -d node_modules ] || npm ci

# The build is reused when nothing it is made from is newer than it.
SOURCES=(app components lib db drizzle public proxy.ts instrumentation.ts next.config.mjs
  postcss.config.mjs tsconfig.json package.json package-lock.json)
build_is_current() {
  [ -f .next/BUILD_ID ] || return 1
  [ -z "$(find "${SOURCES[@]}" -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]
}
if build_is_current; then
  echo "Reusing the build in .next (no source changed since it was made)."
else
  echo "Building Scorelens (the first time takes a few minutes)…"
  npx next build
fi
exec npx next start -H "${HOST:-127.0.0.1}" -p "${PORT:-3000}"
