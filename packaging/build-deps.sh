# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by ./run.sh and ./test.sh: installs the Debian 12 packages Fairwell
# needs to build, run and test, and only those that are missing, so a second
# run costs a second.

FAIRWELL_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libcurl4-openssl-dev libsqlite3-dev libpq-dev
    fonts-dejavu-core librsvg2-bin
    qtkeychain-qt6-dev libsecret-1-0
)
FAIRWELL_TEST_PACKAGES=(
    libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
    postgresql locales python3-aiosmtpd xvfb xauth
    desktop-file-utils appstream dpkg-dev file lintian
    openssl gnome-keyring libsecret-tools dbus poppler-utils
)

fairwell_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null || return 1
}
