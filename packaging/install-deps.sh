#!/bin/sh
# Installs everything ChipCompare needs to build, test and run on Debian 12, as root.
# Kept in one place so the README's two commands and CI install exactly the same packages.
# The last line is for the package test: dpkg-shlibdeps and file (CPack's Depends), and the
# validators of the package and its desktop files; clang and its runtime libraries (libFuzzer, the sanitizers) build the fuzz targets.
# libsimdjson-dev is the catalog reader's JSON parser; libminizip-dev opens .xlsx and .ods workbooks,
# found through pkgconf (CMake's FindPkgConfig); its unzip.h includes zlib.h, yet libminizip-dev
# does not pull in zlib1g-dev: both are named here (a fresh Debian 12 lacks them).
# python3 runs the catalog generator of bench_catalog (tests/bench/generate-catalog.py).
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
    ca-certificates cmake g++ make \
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libsimdjson-dev libminizip-dev zlib1g-dev pkgconf \
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core fonts-noto-cjk \
    dpkg-dev file lintian desktop-file-utils appstream shared-mime-info \
    clang libclang-rt-14-dev python3
# The downloaded .deb files (about 1.5 GB on a fresh machine) are not needed once installed; a CI
# run that kept them had too little disk left for the build.
apt-get clean
