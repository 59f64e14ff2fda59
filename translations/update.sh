#!/bin/sh
# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
# Brings translations/playground_*.ts up to date with the tr() strings of modelkit/, ui/ and
# app/: new messages arrive unfinished, messages gone from the sources are dropped, no source
# locations are written (so a catalog's diff shows only changed strings). The English source
# catalog gets the source text for its new non-numerus messages; its %n messages and every new
# message of the other catalogs wait for a translator (the translations_complete test lists
# them; translations/apply-json.py merges translations from JSON).
#
# Also the build target `update_translations`. LUPDATE / LCONVERT override the Qt tools.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$LUPDATE" ] || LUPDATE=$(command -v lupdate)

cd "$top"
# -I: lupdate reads the headers a source includes to know its classes, and so its contexts
# ("playground::MainWindow" for a tr() in namespace playground).
"$LUPDATE" -silent modelkit ui app -I modelkit -I ui -I app \
    -locations none -no-obsolete -source-language en \
    -ts translations/playground_en.ts translations/playground_de.ts
python3 "$here/apply-json.py" --fill-source translations/playground_en.ts
