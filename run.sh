#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Fairwell (release) and launches it on the default local database,
# which is created with demo data on the first run. Extra arguments go to the
# app, e.g. ./run.sh --lang de   or   ./run.sh --db /tmp/other.sqlite
#
# With no display (no DISPLAY or WAYLAND_DISPLAY) and no arguments, it writes
# the exit dashboards report of the last twelve months for the default
# database instead, as a PDF in your home folder, and says where.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/build-deps.sh
fairwell_install_packages "${FAIRWELL_BUILD_PACKAGES[@]}"

cmake --preset release >/dev/null
cmake --build --preset release --target fairwell

fairwell=./build/release/app/fairwell

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" || $# -gt 0 ]]; then
    exec "$fairwell" "$@"
fi

# Where the app keeps its local database (QStandardPaths::AppDataLocation).
database="${XDG_DATA_HOME:-$HOME/.local/share}/Fairwell/Fairwell/fairwell.sqlite"
if [[ ! -f "$database" ]]; then
    mkdir -p "$(dirname "$database")"
    "$fairwell" --generate-demo "$database" --size small
fi

today=$(date +%F)
report="$HOME/fairwell-report-$today.pdf"
# Twelve months ending today: from the day after the same date a year ago.
from=$(date -d "$(date -d "12 months ago" +%F) + 1 day" +%F)
"$fairwell" report --db "$database" --from "$from" --to "$today" --out "$report"
echo "No display here, so instead of the window: the exit dashboards report for the last twelve months is in $report"
