#!/bin/bash
# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
# The hardening stage of the test command (README.md, issue #11), run after the normal
# suite: builds everything (library, CLI, app, every test, the libFuzzer harnesses) with
# clang under AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer, runs the
# whole test suite there, then fuzzes each harness for MODELKIT_FUZZ_SECONDS (30 s).
# Any sanitizer report fails the test it happens in. Build directory: build-hardening
# (or $MODELKIT_HARDENING_BUILD). Extra arguments go to both ctest runs (e.g. -R openai).
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build=${MODELKIT_HARDENING_BUILD:-build-hardening}

packaging/install-deps.sh --hardening

# -O1 keeps the build and the tests quick enough for CI; Debug keeps Q_ASSERT on;
# line tables are all the reports need.
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DMODELKIT_SANITIZE=ON \
    -DMODELKIT_FUZZ=ON
cmake --build "$build"

sanitizers=$source_dir/tests/sanitizers
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:abort_on_error=0:halt_on_error=1
export LSAN_OPTIONS=suppressions=$sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$sanitizers/ubsan.supp
# Qt prints "QObject: … still has children" and similar to stderr; reports go there too.
echo "== hardening: the test suite under ASan + LSan + UBSan =="
ctest --test-dir "$build" --output-on-failure -LE fuzz "$@"
echo "== hardening: fuzzing each harness for ${MODELKIT_FUZZ_SECONDS:-30} s =="
# One fuzzer is one process on one core: two at a time on the 2-core CI machine.
ctest --test-dir "$build" --output-on-failure -L fuzz -j2 "$@"
