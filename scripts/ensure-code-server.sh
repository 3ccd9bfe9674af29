#!/usr/bin/env bash
# Idempotent installer for the offline test VS Code (code-server 4.100.3 = VS Code 1.100.3),
# Debian's Chromium and the fonts/libraries it needs. Facts: ../shared/recipes/vscode-offline-testing.md
#
# Prints nothing but progress on stderr; on success the last stdout line is the code-server
# entry script path. Reuses everything already installed. When it cannot install (not root
# and something is missing), it stops with a message naming what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CODE_SERVER_VERSION="4.100.3"
CACHE="${POLICY_TRACKER_CACHE:-$ROOT/.cache}/code-server"
ENTRY="$CACHE/node_modules/code-server/out/node/entry.js"
RG_VERSION_DIR="vscode-ripgrep-cache-1.15.11"
RG_TARBALL="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

log() { echo "[ensure-code-server] $*" >&2; }

# Debian package -> a file that proves it is installed.
declare -A PROBE=(
  [chromium]=/usr/bin/chromium
  [fonts-noto-cjk]=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
  [ripgrep]=/usr/bin/rg
  [libkrb5-dev]=/usr/include/krb5.h
  [libx11-dev]=/usr/include/X11/Xlib.h
  [libxkbfile-dev]=/usr/include/X11/extensions/XKBfile.h
  [libsecret-1-dev]=/usr/include/libsecret-1/libsecret/secret.h
  [pkg-config]=/usr/bin/pkg-config
)

code_server_ok() {
  [[ -f "$ENTRY" ]] && [[ -f "$CACHE/node_modules/code-server/package.json" ]] &&
    grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CACHE/node_modules/code-server/package.json" &&
    [[ -f "$CACHE/.installed-$CODE_SERVER_VERSION" ]]
}

missing=()
for pkg in "${!PROBE[@]}"; do
  if [[ ! -e "${PROBE[$pkg]}" ]] && ! dpkg -s "$pkg" >/dev/null 2>&1; then missing+=("$pkg"); fi
done
# The build packages are only needed to (re)install code-server.
if code_server_ok; then
  needed=()
  for pkg in "${missing[@]}"; do
    case "$pkg" in chromium|fonts-noto-cjk) needed+=("$pkg") ;; esac
  done
  missing=("${needed[@]+"${needed[@]}"}")
fi

if ((${#missing[@]})); then
  if [[ "$(id -u)" != 0 ]]; then
    log "Missing Debian packages / 缺少 Debian 软件包: ${missing[*]}"
    log "Run as root, or install them first / 请以 root 运行，或先安装：sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 3
  fi
  if ! command -v apt-get >/dev/null; then
    log "apt-get not found; install these packages by hand / 未找到 apt-get，请手动安装: ${missing[*]}"
    exit 3
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if code_server_ok; then
  log "code-server $CODE_SERVER_VERSION already installed in $CACHE"
  echo "$ENTRY"
  exit 0
fi

if ! command -v node >/dev/null; then log "node not found / 未找到 node"; exit 3; fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$node_major" != 20 ]]; then
  log "warning: code-server $CODE_SERVER_VERSION expects Node 20, this is Node $node_major"
fi

# @vscode/ripgrep's postinstall downloads from GitHub unless this cached tarball exists.
TMP_ROOT="${TMPDIR:-/tmp}"
RG_CACHE="$TMP_ROOT/$RG_VERSION_DIR"
if [[ ! -s "$RG_CACHE/$RG_TARBALL" ]]; then
  RG_BIN="$(command -v rg || true)"
  if [[ -z "$RG_BIN" ]]; then log "ripgrep (rg) missing / 缺少 ripgrep"; exit 3; fi
  log "packing $RG_BIN into $RG_CACHE/$RG_TARBALL"
  mkdir -p "$RG_CACHE"
  staging="$(mktemp -d)"
  cp "$RG_BIN" "$staging/rg"
  tar -czf "$RG_CACHE/$RG_TARBALL.tmp" -C "$staging" rg
  mv "$RG_CACHE/$RG_TARBALL.tmp" "$RG_CACHE/$RG_TARBALL"
  rm -rf "$staging"
fi

log "npm install code-server@$CODE_SERVER_VERSION into $CACHE (about 1.5 minutes)"
mkdir -p "$CACHE"
[[ -f "$CACHE/package.json" ]] || echo '{"name":"code-server-cache","private":true}' >"$CACHE/package.json"
npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false npm_config_audit=false \
  npm install --prefix "$CACHE" --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
if [[ ! -f "$ENTRY" ]]; then log "code-server install did not produce $ENTRY"; exit 4; fi
touch "$CACHE/.installed-$CODE_SERVER_VERSION"
log "code-server $CODE_SERVER_VERSION installed"
echo "$ENTRY"
