"""Render the app icon SVGs into every format the three platforms want.

Uses PySide6 (QtSvg + QtGui, offscreen), no Pillow. Output goes into a build
directory, never into git::

    python packaging/make_icons.py build/icons

writes::

    build/icons/hicolor/{16,22,24,32,48,64,128,256,512}x.../apps/org.behind.desktop.png
    build/icons/hicolor/scalable/apps/org.behind.desktop.svg
    build/icons/hicolor/symbolic/apps/org.behind.desktop-symbolic.svg
    build/icons/behind.ico        multi-size (16..256), PNG-compressed entries
    build/icons/behind.icns       PNG entries (icp4 .. ic10)
    build/icons/behind.png        256 px, for AppImage .DirIcon and docs
    build/icons/tray/behind-trayTemplate.png / @2x   macOS menu-bar template

Both containers are written by hand: ICO and ICNS are tiny formats and Qt's
writers only ever write a single size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

APP_ID = "org.behind.desktop"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# (OSType, pixel size). PNG payloads are accepted for all of these since 10.7.
ICNS_ENTRIES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),  # 512@2x
    ("ic11", 32),  # 16@2x
    ("ic12", 64),  # 32@2x
    ("ic13", 256),  # 128@2x
    ("ic14", 512),  # 256@2x
)

HERE = Path(__file__).resolve().parent
DEFAULT_SVG = HERE.parent / "resources" / "icons" / "behind.svg"
DEFAULT_SYMBOLIC = HERE.parent / "resources" / "icons" / "behind-symbolic.svg"


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    return app


def render_png(svg_path: Path, size: int) -> bytes:
    """Render ``svg_path`` into a ``size`` x ``size`` RGBA PNG, returned as bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read SVG {svg_path}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise SystemExit("make_icons: PNG encoding failed")
    buf.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRYs + PNG payloads (Vista+ reads PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    payload = b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """'icns' + big-endian length, then (OSType, length incl. 8-byte header, PNG)."""
    body = b""
    for ostype, size in ICNS_ENTRIES:
        data = pngs[size]
        body += ostype.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def make_icons(out: Path, svg: Path = DEFAULT_SVG, symbolic: Path = DEFAULT_SYMBOLIC) -> None:
    _qt()
    out.mkdir(parents=True, exist_ok=True)
    wanted = set(HICOLOR_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_ENTRIES}
    pngs = {size: render_png(svg, size) for size in sorted(wanted)}

    hicolor = out / "hicolor"
    for size in HICOLOR_SIZES:
        d = hicolor / f"{size}x{size}" / "apps"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{APP_ID}.png").write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable / f"{APP_ID}.svg")
    sym = hicolor / "symbolic" / "apps"
    sym.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(symbolic, sym / f"{APP_ID}-symbolic.svg")

    (out / "behind.ico").write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "behind.icns").write_bytes(build_icns(pngs))
    (out / "behind.png").write_bytes(pngs[256])

    tray = out / "tray"
    tray.mkdir(parents=True, exist_ok=True)
    # macOS picks "...Template.png" / "...Template@2x.png" as template images
    # (alpha-only, tinted by the menu bar) when the app sets isMask on the QIcon.
    (tray / "behind-trayTemplate.png").write_bytes(render_png(symbolic, 16))
    (tray / "behind-trayTemplate@2x.png").write_bytes(render_png(symbolic, 32))
    shutil.copyfile(svg, tray / "behind.svg")
    shutil.copyfile(symbolic, tray / "behind-symbolic.svg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output directory (e.g. build/icons)")
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG)
    parser.add_argument("--symbolic", type=Path, default=DEFAULT_SYMBOLIC)
    args = parser.parse_args(argv)
    make_icons(args.out, args.svg, args.symbolic)
    print(f"make_icons: wrote icons to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
