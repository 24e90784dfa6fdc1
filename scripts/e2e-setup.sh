#!/bin/sh
# Install what the end-to-end tests need, outside the repository (idempotent):
# code-server 4.100.3 (a real VS Code that installs offline), playwright-core, and Debian Chromium,
# fonts-noto-cjk and ripgrep. Recipe: ../shared/notes/vscode-offline.md.
# Cache folder: $POLICY_LINT_E2E_CACHE (default ~/.cache/policy-lint-e2e).
set -eu
DIR="${POLICY_LINT_E2E_CACHE:-$HOME/.cache/policy-lint-e2e}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

need_apt=""
command -v chromium >/dev/null 2>&1 || need_apt="$need_apt chromium"
command -v rg >/dev/null 2>&1 || need_apt="$need_apt ripgrep"
[ -d /usr/share/fonts/opentype/noto ] || need_apt="$need_apt fonts-noto-cjk"
if [ -n "$need_apt" ] || [ ! -e /usr/include/krb5.h ] && [ ! -e /usr/include/krb5/krb5.h ]; then
  echo "e2e-setup: installing Debian packages:$need_apt (and build headers)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk ripgrep libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev >/dev/null
fi

ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
if [ -f "$DIR/.ready" ] && [ -f "$ENTRY" ]; then
  echo "e2e-setup: code-server already installed in $DIR"
  exit 0
fi
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{"private":true}' > package.json
echo "e2e-setup: installing code-server 4.100.3 and playwright-core into $DIR"
npm install --no-audit --no-fund --ignore-scripts code-server@4.100.3 playwright-core@1 >/dev/null
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null
npm_config_yes=true npm rebuild node-pty @vscode/spdlog @parcel/watcher kerberos native-watchdog >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
cd "$DIR"
npm_config_yes=true npm rebuild argon2 >/dev/null
touch "$DIR/.ready"
echo "e2e-setup: ready ($DIR)"
