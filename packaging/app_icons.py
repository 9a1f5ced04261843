"""Render resources/icons/app.svg into the icon files each platform's package wants.

    python packaging/app_icons.py OUT_DIR

Writes app-<size>.png for every size below, app.ico (Windows: the executable, the installer and its
shortcuts) and app.icns (macOS: the .app bundle). Qt's own SVG renderer draws every size from the one
SVG, so the icons always match the window icon the app shows; the .ico and .icns containers are
written here with PNG images inside (both formats accept PNG since Windows Vista and OS X 10.7), so
the build needs no image library beyond PySide6.
"""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
APP_SVG = REPO_ROOT / "resources" / "icons" / "app.svg"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# (OSType, pixel size) of the PNG-based icns entries; the @2x types repeat a size for Retina screens.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
PNG_SIZES = tuple(sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES}))
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class IconSet:
    svg: Path
    pngs: dict[int, Path]
    ico: Path
    icns: Path


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """``svg`` drawn at each square size, as PNG bytes with an alpha channel."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # Painting needs a GUI application; offscreen keeps the build independent of any display.
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    rendered = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
        rendered[size] = bytes(data.data())
    del app
    return rendered


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding each PNG as one image (ICONDIR, one ICONDIRENTRY each, then the data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 stands for 256 in the one-byte width and height
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns file: the magic, the total length, then (type, length, PNG) for each entry."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build_icons(out_dir: Path, svg: Path = APP_SVG) -> IconSet:
    out_dir.mkdir(parents=True, exist_ok=True)
    rendered = render_pngs(svg, PNG_SIZES)
    for size, blob in rendered.items():
        if not blob.startswith(PNG_SIGNATURE):
            raise RuntimeError(f"the {size} px icon is not a PNG")
    pngs = {}
    for size, blob in rendered.items():
        pngs[size] = out_dir / f"app-{size}.png"
        pngs[size].write_bytes(blob)
    ico = out_dir / "app.ico"
    ico.write_bytes(ico_bytes({size: rendered[size] for size in ICO_SIZES}))
    icns = out_dir / "app.icns"
    icns.write_bytes(icns_bytes(rendered))
    return IconSet(svg=svg, pngs=pngs, ico=ico, icns=icns)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    icons = build_icons(Path(args[0]))
    print(icons.ico)
    print(icons.icns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
