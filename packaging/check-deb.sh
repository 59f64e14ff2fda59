#!/bin/sh
# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
# check-deb.sh CPACK CPACK_CONFIG
# Builds the Debian package from a finished build (CPack only installs, strips and packs)
# into a fresh temporary directory, unpacks it with dpkg -x and checks what a user gets:
# both executables, a valid desktop file and AppStream metainfo, the hicolor icons and the
# Depends/Recommends that the keychain needs. No network. Safe to run twice or in parallel.
set -eu

cpack=$1
config=$2
app_id=org.modelkit.Playground

tmp=$(mktemp -d "${TMPDIR:-/tmp}/modelkit-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

# Build the package. -B keeps CPack's staging tree and the .deb out of the build directory.
if ! "$cpack" --config "$config" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
set -- "$tmp"/out/modelkit-playground_*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    cat "$tmp/cpack.log"
    echo "FAIL: expected one modelkit-playground_*.deb in $tmp/out, found: $*"
    exit 1
fi
deb=$1
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = modelkit-playground ] || fail "Package is '$(field Package)'"
[ "$(field Section)" = devel ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
recommends=$(field Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
# QtKeychain dlopens libsecret, so nothing but us pulls it in.
printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -q '^libsecret-1-0\( \|$\)' ||
    fail "Depends lacks libsecret-1-0"
# dpkg-shlibdeps ran: the Qt libraries the binaries link are there.
printf '%s\n' "$depends" | grep -q 'libqt6core6' || fail "Depends lacks libqt6core6 (shlibdeps)"
printf '%s\n' "$recommends" | tr ',' '\n' | sed 's/^ *//; s/ *$//' |
    grep -qx 'gnome-keyring | kwalletmanager' ||
    fail "Recommends lacks 'gnome-keyring | kwalletmanager'"

# Unpack.
root=$tmp/root
dpkg -x "$deb" "$root"

for exe in modelkit-playground modelkit; do
    path=$root/usr/bin/$exe
    if [ -x "$path" ] && file -b "$path" | grep -q '^ELF .*executable'; then
        pass "usr/bin/$exe"
    else
        fail "usr/bin/$exe missing or not an ELF executable"
    fi
done
# The packaged CLI runs (on this machine's libraries) and knows its version.
if version=$("$root/usr/bin/modelkit" --version 2>&1); then
    pass "usr/bin/modelkit --version: $version"
else
    fail "usr/bin/modelkit --version: $version"
fi

desktop=$root/usr/share/applications/$app_id.desktop
if [ ! -f "$desktop" ]; then
    fail "usr/share/applications/$app_id.desktop missing"
elif out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
    pass "usr/share/applications/$app_id.desktop validates"
else
    fail "desktop-file-validate: $out"
fi
if [ -f "$desktop" ]; then
    grep -qx 'Exec=modelkit-playground' "$desktop" || fail "desktop file: Exec"
    grep -qx "Icon=$app_id" "$desktop" || fail "desktop file: Icon"
fi

metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if [ ! -f "$metainfo" ]; then
    fail "usr/share/metainfo/$app_id.metainfo.xml missing"
elif out=$(appstreamcli validate --no-net --strict "$metainfo" 2>&1); then
    pass "usr/share/metainfo/$app_id.metainfo.xml validates"
else
    fail "appstreamcli validate: $out"
fi
# The installed tree as a whole: metainfo, the desktop file it launches and the icons.
if out=$(appstreamcli validate-tree --no-net --strict "$root" 2>&1); then
    pass "appstreamcli validate-tree"
else
    fail "appstreamcli validate-tree: $out"
fi

icons=$root/usr/share/icons/hicolor
for size in 16 22 24 32 48 64 128 256 512; do
    png=$icons/${size}x${size}/apps/$app_id.png
    if [ -f "$png" ] && file -b "$png" | grep -q "^PNG image data, $size x $size,"; then
        :
    else
        fail "hicolor/${size}x${size}/apps/$app_id.png missing or not ${size}x${size}"
    fi
done
svg=$icons/scalable/apps/$app_id.svg
if [ -f "$svg" ] && file -b "$svg" | grep -q 'SVG'; then
    pass "hicolor icons (9 PNG sizes and scalable SVG)"
else
    fail "hicolor/scalable/apps/$app_id.svg missing or not SVG"
fi

[ -f "$root/usr/share/doc/modelkit-playground/copyright" ] ||
    fail "usr/share/doc/modelkit-playground/copyright missing"

# Nothing else sneaks in (static libraries, headers, test binaries, /usr/local).
stray=$(cd "$root" && find . -type f | {
    grep -v -e '^\./usr/bin/modelkit\(-playground\)\{0,1\}$' \
        -e "^\./usr/share/applications/$app_id\.desktop\$" \
        -e "^\./usr/share/metainfo/$app_id\.metainfo\.xml\$" \
        -e "^\./usr/share/icons/hicolor/[^/]*/apps/$app_id\.\(png\|svg\)\$" \
        -e '^\./usr/share/doc/modelkit-playground/' || true
})
[ -z "$stray" ] || fail "unexpected files in the package: $stray"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
