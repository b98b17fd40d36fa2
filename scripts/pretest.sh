#!/usr/bin/env bash
# Runs before `npm test`: packages on a fresh clone, and Debian's Chromium for Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci
bash e2e/ensure-chromium.sh
