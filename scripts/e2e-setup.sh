#!/bin/sh
# Install what the end-to-end tests (npm run test:e2e) need, outside the repository, idempotently:
#   - Debian packages, only those missing: chromium, fonts-noto-cjk (or Chinese renders as boxes in the
#     screenshots), ripgrep (code-server's own postinstall would download it from GitHub), and the
#     headers and compilers for code-server's native modules;
#   - code-server 4.100.3 (a real VS Code that installs offline; the last release that runs on Node 20)
#     and playwright-core, into the cache folder (the offline recipe is the code below: install with
#     --ignore-scripts, rebuild the native modules, copy the Debian ripgrep in place of the download).
# Cache folder: $POLICY_LINT_E2E_CACHE (default ~/.cache/policy-lint-e2e). playwright-core lives there
# too, not in the repository's package.json: the tests resolve it from the cache (createRequire), so
# `npm ci` stays as it was for everybody who does not run the end-to-end tests.
# A second run prints "already installed" and changes nothing. To reinstall: delete the cache folder.
set -eu
DIR="${POLICY_LINT_E2E_CACHE:-$HOME/.cache/policy-lint-e2e}"
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION="${POLICY_LINT_PLAYWRIGHT_VERSION:-1.65.1}"
STAMP="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
started=$(date +%s)
say() { echo "e2e-setup: $*"; }

major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" != 20 ]; then
  say "warning: Node $(node -v); code-server $CODE_SERVER_VERSION is built for Node 20"
fi

# --- Debian packages: install only what is missing --------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=""
for p in chromium fonts-noto-cjk ripgrep; do installed "$p" || missing="$missing $p"; done
if [ ! -f "$DIR/.ready" ] || [ "$(cat "$DIR/.ready")" != "$STAMP" ]; then
  # Only needed to build code-server's native modules.
  for p in libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev build-essential python3; do
    installed "$p" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  say "installing Debian packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  say "Debian packages present (chromium, fonts-noto-cjk, ripgrep)"
fi

# --- code-server and playwright-core in the cache folder ---------------------------------------------
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
if [ -f "$DIR/.ready" ] && [ "$(cat "$DIR/.ready")" = "$STAMP" ] && [ -f "$ENTRY" ]; then
  say "$STAMP already installed in $DIR"
  exit 0
fi
rm -f "$DIR/.ready"
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{"private":true}' > package.json
# Every package's scripts are skipped (--ignore-scripts): code-server's postinstall downloads from GitHub.
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
say "installing $STAMP into $DIR"
npm install --ignore-scripts --save-exact "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null
cd node_modules/code-server/lib/vscode
say "installing VS Code's own dependencies"
npm install --omit=dev --ignore-scripts >/dev/null
say "building the native modules (node-pty, spdlog, watcher, kerberos, native-watchdog)"
npm rebuild node-pty @vscode/spdlog @parcel/watcher kerberos native-watchdog >/dev/null
# Its postinstall would download ripgrep from GitHub: use Debian's.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
cd "$DIR"
npm rebuild argon2 >/dev/null
# Smoke test: both must load.
node "$ENTRY" --version >/dev/null
node -e "require('playwright-core')"
echo "$STAMP" > "$DIR/.ready"
say "ready in $(( $(date +%s) - started )) s ($DIR)"
