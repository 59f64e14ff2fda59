#!/bin/sh
# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
# Renders the app icon's PNG sizes from the SVG into hicolor/<size>x<size>/apps/.
# The PNGs are committed, so building needs no SVG renderer; run this (needs rsvg-convert,
# Debian package librsvg2-bin) after changing org.modelkit.Playground.svg.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" org.modelkit.Playground.svg \
        -o "hicolor/${size}x${size}/apps/org.modelkit.Playground.png"
done
