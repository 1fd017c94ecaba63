#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Fairwell (release) and launches it on the default local database,
# which is created with demo data on the first run. Extra arguments go to the
# app, e.g. ./run.sh --lang de   or   ./run.sh --db /tmp/other.sqlite
set -euo pipefail
cd "$(dirname "$0")"
source packaging/build-deps.sh
fairwell_install_packages "${FAIRWELL_BUILD_PACKAGES[@]}"

cmake --preset release >/dev/null
cmake --build --preset release --target fairwell

exec ./build/release/app/fairwell "$@"
