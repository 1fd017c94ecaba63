#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest fixture: stops the server postgres-start.sh started and removes its
# folder, whatever state the tests left it in.
# Usage: postgres-stop.sh STATE_DIR
set -uo pipefail
state="$1"
[ -f "$state/postgres.dir" ] || exit 0
dir=$(cat "$state/postgres.dir")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -d "$dir/data" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    else
        "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    fi
fi
case "$dir" in
    /tmp/fairwell-pg.*) rm -rf "$dir" ;;
esac
rm -f "$state/postgres.dir" "$state/postgres.env"
exit 0
