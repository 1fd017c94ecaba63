#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Fairwell with warnings as errors and runs the whole test suite with
# ctest. The test servers (PostgreSQL, SMTP) are started and stopped by ctest
# fixtures, so `ctest` in build/ci runs the same suite. Extra arguments go to
# ctest, e.g. ./test.sh -L storage
set -euo pipefail
cd "$(dirname "$0")"
source packaging/build-deps.sh
fairwell_install_packages "${FAIRWELL_BUILD_PACKAGES[@]}" "${FAIRWELL_TEST_PACKAGES[@]}"

cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci --parallel "$(nproc)" --timeout 600 "$@"
