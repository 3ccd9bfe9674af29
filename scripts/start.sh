#!/usr/bin/env bash
# `npm start`: installs what it needs, builds, and serves VS Code 1.100.3 (code-server) on
# 127.0.0.1:${PORT:-8080} with the extension loaded in development mode and seeds/ open.
# Prints the URL to open; runs in the foreground until Ctrl+C.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund --loglevel=warn
fi
echo "==> build"
node scripts/build.mjs
echo "==> code-server 4.100.3"
bash scripts/ensure-code-server.sh >/dev/null
exec node scripts/serve.mjs
