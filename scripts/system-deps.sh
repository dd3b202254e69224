#!/usr/bin/env bash
# Debian packages the project needs, installed only when missing.
#   system-deps.sh python  - what creating the virtualenv needs
#   system-deps.sh test    - what the test suite needs besides Python packages
set -euo pipefail

need=()
case "${1:-test}" in
  python)
    # Debian ships the venv module without ensurepip unless python3-venv is installed.
    python3 -c "import ensurepip" >/dev/null 2>&1 || need+=(python3-venv)
    ;;
  test)
    # The browser tests drive Debian's Chromium; `playwright install` cannot download here.
    [ -x /usr/bin/chromium ] || need+=(chromium)
    ;;
esac

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}"
fi
