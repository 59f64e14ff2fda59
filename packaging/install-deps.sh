#!/bin/sh
# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages needed to build, run and test Modelkit Playground.
# Idempotent and quick: apt runs only when something is missing. Run as root.
# Usage: install-deps.sh [--hardening]
# qt6-tools-dev + qt6-l10n-tools build the translations (Qt6LinguistTools, lupdate, lrelease);
# qt6-translations-l10n gives Qt's own dialogs and buttons in the user's language.
set -eu

packages="cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
qt6-l10n-tools libqt6svg6 fonts-dejavu-core libqt6sql6-sqlite libhiredis-dev redis-server
qtkeychain-qt6-dev libsecret-1-0 dbus-daemon gnome-keyring libsecret-tools curl
qt6-charts-dev libqt6opengl6-dev python3 python3-jsonschema
appstream desktop-file-utils dpkg-dev file qt6-translations-l10n"

# --hardening adds the sanitizer and fuzzing toolchain tests/hardening.sh builds with:
# clang, its ASan/UBSan/LSan/libFuzzer runtimes, and llvm-symbolizer for readable reports.
if [ "${1:-}" = "--hardening" ]; then
    packages="$packages clang libclang-rt-14-dev llvm"
fi

missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done

if [ -n "$missing" ]; then
    echo "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing
fi
