#!/bin/sh
# tests/with-keyring.sh CMD...
tmp=$(mktemp -d) || exit 1
mkdir -m 700 "$tmp/run" "$tmp/data"
export XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
dbus-run-session -- sh -c '
  printf %s "throwaway-pass" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
rc=$?; rm -rf "$tmp"; exit $rc
