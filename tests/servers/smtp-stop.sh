#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest fixture: stops the SMTP test server smtp-start.sh started and
# removes its folder, whatever state the tests left it in. With --keep it
# only stops the server, leaving ports, certificates and mailbox for
# `smtp-start.sh --restart STATE_DIR`.
# Usage: smtp-stop.sh [--keep] STATE_DIR
set -uo pipefail
keep=0
if [ "${1:-}" = "--keep" ]; then
    keep=1
    shift
fi
state="$1"
[ -f "$state/smtp.dir" ] || exit 0
dir=$(cat "$state/smtp.dir")

if [ -f "$dir/recorder.pid" ]; then
    pid=$(cat "$dir/recorder.pid")
    # Only our recorder: the process id may have been reused since. Once it
    # has ended it may linger as a zombie (its parent, the start script, is
    # gone), with an empty command line.
    alive() { grep -q smtp_recorder "/proc/$pid/cmdline" 2>/dev/null; }
    if [ -n "$pid" ] && alive; then
        kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 1 100); do
            alive || break
            sleep 0.05
        done
        alive && kill -KILL "$pid" 2>/dev/null
        while alive; do
            sleep 0.05
        done
    fi
    rm -f "$dir/recorder.pid"
fi
[ "$keep" -eq 1 ] && exit 0

rm -f "$dir/alive"
case "$dir" in
    /tmp/fairwell-smtp.*) rm -rf "$dir" ;;
esac
rm -f "$state/smtp.dir" "$state/smtp.env"
exit 0
