#!/bin/sh
# The hardening half of the README's second command (after the ordinary build and tests):
#  1. the libFuzzer targets, built with clang, ASan and UBSan, each run over a copy of its seed
#     corpus for a fixed number of inputs from a fixed seed (so a run replays exactly);
#  2. the whole test suite built with the asan preset and run under ASan and UBSan (an UB report
#     fails the test), all but the package test.
set -eu
cd "$(dirname "$0")/.."

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCHIPCOMPARE_FUZZ=ON \
    -DCHIPCOMPARE_BUILD_TESTS=OFF
cmake --build build-fuzz -j2 --target fuzz_catalogreader fuzz_readpaths fuzz_importer fuzz_cells fuzz_spreadsheet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fuzz() { # TARGET CORPUS RUNS
    mkdir -p "$work/$1"
    cp tests/fuzz/corpus/"$2"/* "$work/$1/"
    echo "fuzzing $1: $3 inputs from seed 1"
    # QT_HASH_SEED=0: Qt's hashes iterate alike in every run, so the same seed replays exactly.
    if ! QT_HASH_SEED=0 "build-fuzz/bin/$1" -seed=1 -runs="$3" -max_len=65536 -rss_limit_mb=4096 \
        -artifact_prefix="$work/" "$work/$1" >"$work/$1.log" 2>&1; then
        cat "$work/$1.log" >&2
        echo "hardening: $1 found a failing input (above, and base64 in the log); make it a regression test" >&2
        exit 1
    fi
    grep -a '^Done' "$work/$1.log"
}
fuzz fuzz_catalogreader catalog 8000
fuzz fuzz_readpaths catalog 4000
fuzz fuzz_importer table 15000
fuzz fuzz_cells cell 200000
fuzz fuzz_spreadsheet sheet 3000

cmake --preset asan
cmake --build build-asan -j2
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -LE 'bench|package'
