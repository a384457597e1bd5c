#!/usr/bin/env bash
# Build the Linux bundle of Behind:
#
#   dist/behind-desktop/                       PyInstaller onedir (+ share/ for desktop integration)
#   dist/behind-desktop-VERSION-linux-ARCH.tar.gz
#   dist/Behind-VERSION-ARCH.AppImage          only when `appimagetool` is on PATH
#
# AppImage: appimagetool is a prebuilt binary that is not in any registry this
# build can reach, so it cannot be downloaded here. The AppImage step is skipped
# (with a message) unless `appimagetool` is already on PATH; then an AppDir is
# assembled under build/AppDir and packed. BEHIND_MAKE_APPDIR=1 assembles the
# AppDir even without appimagetool (to inspect or test AppRun).
#
# Environment:
#   BEHIND_BUILD_PYTHON  a Python (3.11+) to build with, used as is: it must
#                        already have PySide6-Essentials + pyinstaller (we still
#                        pip-install the package into it). Default: create/reuse
#                        the venv build/venv from `python3`.
#   BEHIND_SKIP_INSTALL=1  do not pip-install anything (offline rebuilds).
#   BEHIND_SMOKE_GUI=0   skip the offscreen start smoke test.
#   Everything packaging/behind.spec reads (BEHIND_NO_STRIP, BEHIND_QT_TRANSLATIONS, ...).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
APP=behind-desktop
APP_ID=org.behind.desktop
ARCH="$(uname -m)"

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'build_linux.sh: %s\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------------ python
if [[ -n "${BEHIND_BUILD_PYTHON:-}" ]]; then
    PY="$BEHIND_BUILD_PYTHON"
    command -v "$PY" >/dev/null 2>&1 || [[ -x "$PY" ]] || die "BEHIND_BUILD_PYTHON=$PY is not runnable"
else
    PY="$ROOT/build/venv/bin/python"
    if [[ ! -x "$PY" ]]; then
        say "Creating build venv in build/venv"
        python3 -m venv "$ROOT/build/venv"
    fi
fi
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
    || die "need Python 3.11+ ($PY)"

VERSION="$("$PY" - <<'EOF'
import ast, pathlib
tree = ast.parse(pathlib.Path("src/behind_desktop/__init__.py").read_text(encoding="utf-8"))
for node in tree.body:
    if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
        print(ast.literal_eval(node.value))
        break
else:
    raise SystemExit("no __version__ in src/behind_desktop/__init__.py")
EOF
)"
say "Building Behind $VERSION for linux-$ARCH with $("$PY" -c 'import sys; print(sys.executable)')"

if [[ "${BEHIND_SKIP_INSTALL:-0}" != "1" ]]; then
    say "Installing the package and PyInstaller into the build environment"
    "$PY" -m pip install --quiet --disable-pip-version-check \
        -c "$ROOT/requirements/constraints.txt" "$ROOT" pyinstaller
fi
"$PY" -c 'import PySide6, PyInstaller' || die "PySide6 and PyInstaller must be importable by $PY"

# ------------------------------------------------------------------ icons
say "Rendering icons into build/icons"
rm -rf "$ROOT/build/icons"
QT_QPA_PLATFORM=offscreen "$PY" packaging/make_icons.py "$ROOT/build/icons"

# ------------------------------------------------------------------ pyinstaller
say "Running PyInstaller (packaging/behind.spec)"
rm -rf "$ROOT/dist/$APP"
BEHIND_ICON_DIR="$ROOT/build/icons" "$PY" -m PyInstaller --noconfirm --clean \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    packaging/behind.spec
BUNDLE="$ROOT/dist/$APP"
[[ -x "$BUNDLE/$APP" ]] || die "PyInstaller did not produce $BUNDLE/$APP"

# ------------------------------------------------------------------ share/
say "Adding desktop integration files under $APP/share/"
SHARE="$BUNDLE/share"
install -Dm644 resources/linux/$APP_ID.desktop "$SHARE/applications/$APP_ID.desktop"
install -Dm644 resources/linux/$APP_ID.metainfo.xml "$SHARE/metainfo/$APP_ID.metainfo.xml"
mkdir -p "$SHARE/icons"
cp -r "$ROOT/build/icons/hicolor" "$SHARE/icons/"
install -Dm755 packaging/linux/install-user.sh "$BUNDLE/install-user.sh"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$SHARE/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$SHARE/metainfo/$APP_ID.metainfo.xml" >/dev/null
fi

# ------------------------------------------------------------------ smoke tests
say "Smoke test: $APP --version"
OUT="$("$BUNDLE/$APP" --version)"
[[ "$OUT" == "$APP $VERSION" ]] || die "--version printed '$OUT', expected '$APP $VERSION'"
echo "$OUT"

if [[ "${BEHIND_SMOKE_GUI:-1}" != "0" ]]; then
    say "Smoke test: offscreen start (--quit-after-ms 0)"
    # Until the GUI entry (behind_desktop.gui.shell.app) exists this can only warn.
    SMOKE_DATA="$(mktemp -d)"  # never touch the builder's real Behind data
    if ! ERR="$(BEHIND_DATA_DIR="$SMOKE_DATA" QT_QPA_PLATFORM=offscreen timeout 60 \
            "$BUNDLE/$APP" --quit-after-ms 0 2>&1)"; then
        if grep -q "No module named 'behind_desktop.gui" <<<"$ERR"; then
            echo "WARNING: the GUI is not in this source tree yet; offscreen start not tested:"
            grep "No module named" <<<"$ERR" | tail -1
        else
            printf '%s\n' "$ERR" | tail -20
            die "frozen app did not start and quit cleanly offscreen"
        fi
    fi
    rm -rf "$SMOKE_DATA"
fi

# Every bundled shared object must resolve against the bundle + the system.
# (libwayland-* are expected to be missing on build hosts without Wayland.)
MISSING="$(find "$BUNDLE/_internal" -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 -n1 ldd 2>/dev/null \
    | grep 'not found' | grep -v 'libwayland-' | sort -u || true)"
[[ -z "$MISSING" ]] || die "unresolved libraries in the bundle:
$MISSING"

# ------------------------------------------------------------------ tar.gz
TARBALL="$ROOT/dist/$APP-$VERSION-linux-$ARCH.tar.gz"
say "Packing $(basename "$TARBALL")"
rm -f "$TARBALL"
tar -C "$ROOT/dist" -czf "$TARBALL" "$APP"

# ------------------------------------------------------------------ AppImage
if command -v appimagetool >/dev/null 2>&1 || [[ "${BEHIND_MAKE_APPDIR:-0}" == "1" ]]; then
    APPDIR="$ROOT/build/AppDir"
    say "Assembling AppDir in build/AppDir"
    rm -rf "$APPDIR"
    mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/bin"
    cp -a "$BUNDLE" "$APPDIR/usr/lib/$APP"
    mv "$APPDIR/usr/lib/$APP/share" "$APPDIR/usr/share"
    rm -f "$APPDIR/usr/lib/$APP/install-user.sh"
    ln -s "../lib/$APP/$APP" "$APPDIR/usr/bin/$APP"
    cp "$APPDIR/usr/share/applications/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
    cp "$ROOT/build/icons/hicolor/256x256/apps/$APP_ID.png" "$APPDIR/$APP_ID.png"
    ln -s "$APP_ID.png" "$APPDIR/.DirIcon"
    # appimagetool looks for the AppStream file under this older name too.
    ln -s "$APP_ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$APP_ID.appdata.xml"
    cat > "$APPDIR/AppRun" <<'EOF'
#!/bin/sh
# AppImage entry: run the PyInstaller onedir inside the image.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/behind-desktop/behind-desktop" "$@"
EOF
    chmod 755 "$APPDIR/AppRun"
    "$APPDIR/AppRun" --version >/dev/null || die "AppDir/AppRun --version failed"
    if command -v appimagetool >/dev/null 2>&1; then
        IMAGE="$ROOT/dist/Behind-$VERSION-$ARCH.AppImage"
        say "Packing $(basename "$IMAGE") with appimagetool"
        ARCH="$ARCH" appimagetool --no-appstream "$APPDIR" "$IMAGE"
    fi
else
    say "AppImage skipped: appimagetool is not on PATH (it cannot be downloaded in this" \
        "build environment). Put appimagetool on PATH and re-run to get dist/Behind-$VERSION-$ARCH.AppImage."
fi

say "Done"
du -sh "$BUNDLE" "$TARBALL"
