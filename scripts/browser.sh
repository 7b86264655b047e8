#!/usr/bin/env bash
# The browser the console's tests drive: Debian's Chromium (Playwright's own download is not reachable everywhere),
# with Noto CJK fonts so Chinese and Japanese render and measure as they do for reviewers.
#   scripts/browser.sh check     # exit 1 with the install command when something is missing
#   scripts/browser.sh install   # apt-get install what is missing (as root, or through sudo)
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=(chromium fonts-noto-cjk)

missing() {
  [[ -x "$CHROMIUM" ]] || echo chromium
  # grep reads the whole list (no -q): an early exit would kill fc-list with SIGPIPE, which pipefail reports as
  # a missing font.
  fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || echo fonts-noto-cjk
}

case "${1:-check}" in
  check)
    todo="$(missing | tr '\n' ' ')"
    if [[ -n "${todo// /}" ]]; then
      echo "Missing for the browser tests: $todo— run: scripts/browser.sh install (apt-get install -y ${PACKAGES[*]})" >&2
      exit 1
    fi
    echo "browser: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    ;;
  install)
    todo="$(missing | tr '\n' ' ')"
    [[ -z "${todo// /}" ]] && { echo "browser: already installed"; exit 0; }
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO="sudo"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y $todo
    ;;
  *)
    echo "usage: scripts/browser.sh check|install" >&2
    exit 2
    ;;
esac
