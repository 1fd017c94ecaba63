#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a desktop session of its own that has a keyring:
# a private D-Bus session bus with gnome-keyring-daemon's Secret Service,
# unlocked, in a temporary HOME (so the developer's own keyring is never
# touched). FAIRWELL_TEST_KEYRING=present and FAIRWELL_TEST_HOME tell the
# test where it runs.
# With --none, the command runs with no D-Bus session at all (and no X
# display to start one from): the "no keyring" case; FAIRWELL_TEST_KEYRING
# is then "absent".
# Usage: with-keyring.sh [--none] COMMAND [ARGS...]
set -euo pipefail
home=$(mktemp -d /tmp/fairwell-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"

if [ "${1:-}" = "--none" ]; then
    shift
    status=0
    env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$home" XDG_RUNTIME_DIR="$home/run" \
        FAIRWELL_TEST_KEYRING=absent FAIRWELL_TEST_HOME="$home" "$@" || status=$?
    exit $status
fi

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring: $tool is missing (install 'dbus' and 'gnome-keyring')." >&2
        exit 1
    fi
done
export HOME="$home" XDG_RUNTIME_DIR="$home/run" FAIRWELL_TEST_KEYRING=present FAIRWELL_TEST_HOME="$home"
unset DISPLAY WAYLAND_DISPLAY
# The keyring's unlock password must not be empty, or it stays locked.
status=0
dbus-run-session -- sh -c \
    'eval "$(printf fairwell-test | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null; exec "$@"' \
    sh "$@" || status=$?
exit $status
