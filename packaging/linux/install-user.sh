#!/bin/sh
# Install (or remove) this Behind folder for the current user, no root needed:
#   ./install-user.sh            link ~/.local/bin/behind-desktop to this folder and
#                                register the menu entry, icons and AppStream data
#   ./install-user.sh --remove   undo that (your Behind data is left alone)
# The folder itself stays where it is; move it first if you want it elsewhere.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
APP=behind-desktop
APP_ID=org.behind.desktop
BIN="${XDG_BIN_HOME:-$HOME/.local/bin}"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$BIN/$APP" "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID*" -delete 2>/dev/null || true
    echo "Behind removed from your menus. Your data was not touched."
    exit 0
fi

mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor"
ln -sf "$HERE/$APP" "$BIN/$APP"
cp "$HERE/share/applications/$APP_ID.desktop" "$DATA/applications/"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp -R "$HERE/share/icons/hicolor/." "$DATA/icons/hicolor/"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$DATA/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
fi
echo "Behind installed: $BIN/$APP -> $HERE/$APP"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "Note: $BIN is not on your PATH; the menu entry needs it." ;; esac
