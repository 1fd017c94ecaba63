#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a libFuzzer target with the `fuzz` preset (clang 14, AddressSanitizer
# and UBSan; the app's own build is GCC) and runs it for a while from the
# seed corpus. Fails on a crash, a sanitizer report, a broken invariant, or
# an input slower than the -timeout. ctest runs it (label notes); by hand:
#   tests/fuzz/run-fuzzer.sh . build/fuzz-by-hand fuzz_template_renderer 300
#
# usage: run-fuzzer.sh SOURCE_DIR WORK_DIR TARGET SECONDS
set -euo pipefail

source_dir=$(cd "$1" && pwd)
mkdir -p "$2"
work=$(cd "$2" && pwd)
target=$3
seconds=$4
build="$work/build"
corpus="$work/corpus/$target" # what the fuzzer learns; kept for the next run
seeds="$work/seeds"
artifacts="$work/artifacts"
mkdir -p "$corpus" "$seeds" "$artifacts"

if ! command -v clang++-14 >/dev/null; then
    echo "clang++-14 is missing: the packages of FAIRWELL_TEST_PACKAGES in packaging/build-deps.sh provide it" >&2
    exit 1
fi

# The presets are the source folder's; -B puts the build under the calling
# build folder, so a clean build folder means a clean fuzz build.
started=$(date +%s)
(cd "$source_dir" && cmake --preset fuzz -B "$build" >/dev/null)
cmake --build "$build" --target "$target"
echo "Fuzz build: $(($(date +%s) - started)) s"

# The shipped templates as they are now, beside the committed seeds.
python3 - "$source_dir/resources/defaults/templates.json" "$seeds" <<'PYTHON'
import json, pathlib, sys
folder = pathlib.Path(sys.argv[2])
with open(sys.argv[1], encoding="utf-8") as file:
    templates = json.load(file)["templates"]
for index, template in enumerate(templates):
    for part in ("subject", "body"):
        (folder / f"default-{index}-{part}.txt").write_text(template[part], encoding="utf-8")
PYTHON

# Leaks are checked too (ASAN_OPTIONS from the test preset may say so already).
cd "$work"
"$build/tests/fuzz/$target" \
    -max_total_time="$seconds" \
    -timeout=10 \
    -max_len=4096 \
    -rss_limit_mb=2048 \
    -dict="$source_dir/tests/fuzz/template.dict" \
    -artifact_prefix="$artifacts/" \
    -print_final_stats=1 \
    "$corpus" "$seeds" "$source_dir/tests/fuzz/corpus"
