#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-package.sh SOURCE_DIR BUILD_DIR [RELEASE_DIR]
# Validates the desktop file and AppStream metainfo, builds the Debian package
# from BUILD_DIR with `cpack -G DEB` into a temporary folder (so no half-built
# package is left in the source or build tree), checks its contents and
# control fields, and runs lintian (errors fail the test, warnings are only
# shown).
#
# With RELEASE_DIR, BUILD_DIR is a sanitized build whose binary needs libasan
# and must never be packaged: the package is made from a plain Release build
# of the same sources in RELEASE_DIR instead (configured here, tests off; it
# stays between runs so that the next one only rebuilds what changed).
set -euo pipefail

if [ $# -ne 2 ] && [ $# -ne 3 ]; then
    echo "usage: $0 SOURCE_DIR BUILD_DIR [RELEASE_DIR]" >&2
    exit 2
fi
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
app_id=org.fairwell.Fairwell
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

need_tool() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: '$1' is not installed (Debian package: $2; it is in packaging/build-deps.sh)" >&2
        exit 1
    fi
}

need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
need_tool cpack cmake
need_tool dpkg-deb dpkg
need_tool dpkg-shlibdeps dpkg-dev
need_tool lintian lintian

if [ $# -eq 3 ]; then
    release=$3
    echo "== release build for the package (in $release)"
    # Only the generator is taken from BUILD_DIR; the compiler launcher
    # (ccache) comes from the environment like in any other build.
    generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$build/CMakeCache.txt")
    if ! cmake -S "$src" -B "$release" -G "${generator:-Ninja}" \
            -DCMAKE_BUILD_TYPE=Release -DFAIRWELL_BUILD_TESTS=OFF -DFAIRWELL_BUILD_BENCHMARKS=OFF \
            >"$release.log" 2>&1 \
        || ! cmake --build "$release" >>"$release.log" 2>&1; then
        cat "$release.log" >&2
        echo "FAIL: the release build for the package failed (log: $release.log)" >&2
        exit 1
    fi
    if grep -q -- '-fsanitize' "$release/CMakeCache.txt"; then
        echo "FAIL: $release is built with sanitizers (CXXFLAGS or LDFLAGS in the environment?)" >&2
        exit 1
    fi
    build=$(cd "$release" && pwd)
fi

if [ ! -x "$build/app/fairwell" ]; then
    echo "FAIL: $build/app/fairwell is missing: build the 'fairwell' target first" \
         "(cmake --build $build --target fairwell)" >&2
    exit 1
fi
if [ ! -f "$build/CPackConfig.cmake" ]; then
    echo "FAIL: $build/CPackConfig.cmake is missing: is packaging/packaging.cmake included from the root CMakeLists.txt?" >&2
    exit 1
fi
# --- Metadata files, as written ------------------------------------------------
echo "== desktop-file-validate"
if ! desktop-file-validate "$src/packaging/$app_id.desktop"; then
    fail "desktop-file-validate found problems in packaging/$app_id.desktop"
fi
echo "== appstreamcli validate --no-net"
# --no-net: the check must not depend on reaching the homepage URL.
if ! appstreamcli validate --no-net "$src/packaging/$app_id.metainfo.xml"; then
    fail "appstreamcli found problems in packaging/$app_id.metainfo.xml"
fi

# --- Build the package -----------------------------------------------------------
out=$(mktemp -d "${TMPDIR:-/tmp}/fairwell-deb.XXXXXX")
trap 'rm -rf "$out"' EXIT

echo "== cpack -G DEB (into $out)"
if ! (cd "$out" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1); then
    cat "$out/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
shopt -s nullglob
debs=("$out"/*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
    cat "$out/cpack.log" >&2
    echo "FAIL: expected one .deb in $out, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
echo "built $(basename "$deb")"

# --- Contents ----------------------------------------------------------------------
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
expect_file() {
    if ! grep -qxF "./$1" <<<"$contents"; then
        fail "the package does not hold /$1"
    fi
}
expect_file usr/bin/fairwell
expect_file "usr/share/applications/$app_id.desktop"
expect_file "usr/share/metainfo/$app_id.metainfo.xml"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
expect_file usr/share/man/man1/fairwell.1.gz
expect_file usr/share/doc/fairwell/copyright
expect_file usr/share/doc/fairwell/changelog.gz
# The bitmap icons are rendered at build time when a converter exists (see
# packaging.cmake), so they are expected exactly when one is installed here.
if command -v rsvg-convert >/dev/null 2>&1 || [ -x /usr/bin/convert ]; then
    for size in 48 128 256; do
        expect_file "usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
fi

# The installed copies must be the valid ones, and the compressed files real
# gzip streams that say what they are.
root="$out/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" \
    || fail "the installed desktop file does not validate"
if ! gzip -cd "$root/usr/share/man/man1/fairwell.1.gz" | grep -q '^\.TH FAIRWELL 1'; then
    fail "usr/share/man/man1/fairwell.1.gz is not the gzipped fairwell(1) man page"
fi
if ! gzip -cd "$root/usr/share/doc/fairwell/changelog.gz" | head -n 1 | grep -q '^fairwell ('; then
    fail "usr/share/doc/fairwell/changelog.gz is not the gzipped Debian changelog"
fi
if ! grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
        "$root/usr/share/doc/fairwell/copyright"; then
    fail "usr/share/doc/fairwell/copyright is not a machine-readable (DEP-5) copyright file"
fi

# --- Control fields ------------------------------------------------------------------
echo "== dpkg-deb -I"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = fairwell ] || fail "Package is '$(field Package)', not 'fairwell'"
[ -n "$(field Version)" ] || fail "the package has no Version"
depends=$(field Depends)
# Qt loads these at run time, so dpkg-shlibdeps cannot find them: they must
# have been named by hand.
for dep in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libsecret-1-0; do
    if ! grep -Eq "(^|[ ,])$dep([ ,(]|$)" <<<"$depends"; then
        fail "Depends does not name $dep: $depends"
    fi
done
# And these come from dpkg-shlibdeps: without them SHLIBDEPS did not run.
for dep in libqt6core6 libc6; do
    if ! grep -Eq "(^|[ ,])$dep([ ,(]|$)" <<<"$depends"; then
        fail "Depends does not name $dep (is CPACK_DEBIAN_PACKAGE_SHLIBDEPS on?): $depends"
    fi
done
# A sanitized binary needs the sanitizer runtimes: such a package is broken
# for users whatever else is right.
if grep -Eq '(^|[ ,])lib(asan|ubsan|tsan|lsan)[0-9]' <<<"$depends"; then
    fail "Depends names a sanitizer runtime, so the packaged binary is a sanitized build: $depends"
fi
if ! dpkg-deb -f "$deb" Description | grep -q 'GPL-3.0-or-later'; then
    fail "the package description does not state the licence GPL-3.0-or-later"
fi

# --- lintian ------------------------------------------------------------------------------
echo "== lintian"
# lintian's own exit status also reflects warnings in some versions, so
# the verdict is taken from the E: lines; status 2 means lintian itself
# failed, which must not pass for a clean package.
lintian_status=0
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1) || lintian_status=$?
if [ -n "$lintian_out" ]; then
    printf '%s\n' "$lintian_out"
fi
if [ "$lintian_status" -gt 1 ]; then
    fail "lintian could not check the package (exit status $lintian_status)"
elif grep -q '^E: ' <<<"$lintian_out"; then
    fail "lintian reported errors (the E: lines above)"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "packaging checks passed: $(basename "$deb")"
