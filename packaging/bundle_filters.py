"""What the frozen bundle leaves out of what PyInstaller's PySide6 hooks collect.

The hooks collect every plugin of each Qt module the app imports (QtCore, QtGui, QtWidgets, QtNetwork,
QtDBus) and every Qt translation. RepayRadar draws widgets with the raster engine, shows SVG icons,
talks D-Bus on Linux and uses a local socket (QLocalServer) for its single-instance guard, so it
needs far less. The rules below keep what it uses and drop the rest:

- Qt translations: only qtbase_zh_CN.qm (app/ui/shell/i18n.py loads qtbase_<lang>.qm; English is Qt's
  source language and needs none).
- platform plugins: xcb (X11, also under Wayland through XWayland), windows, cocoa, and offscreen
  (for `repayradar --self-check` without a display). Wayland, EGLFS, linuxfb, VNC and friends go.
- platform themes: none. The GTK 3 theme would pull GTK, cairo and pango into the bundle; Qt's own
  GNOME/KDE themes inside QtGui cover the desktop look (fonts, colours, dark mode).
- image formats: svg only (every icon is an SVG); icon engines: svg.
- input contexts: compose (dead keys) and ibus (Chinese input methods); no virtual keyboard.
- network plugins (TLS backends, network information): none, the app never opens a network socket.
- generic input plugins (evdev, TUIO) and EGL device integrations: none, they serve kiosk setups.
- styles (the native Windows and macOS styles) are kept whole, and so are the plugins of modules the
  app would only pull in by using them (print support, SQL drivers).
- Windows: Mesa's software OpenGL (opengl32sw.dll, about 20 MB) and the Direct3D shader compiler go;
  widgets paint with Qt's raster engine, and nothing in the app draws through OpenGL or Direct3D.

Applied by packaging/repayradar.spec and, with the same rules, by the bare "hello window" bundle that
tests/benchmarks/bench_bundle.py builds for comparison. Linux-only extras (orphaned Qt libraries,
system libraries left to the .deb's Depends) are in prune_linux_libraries().
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

KEPT_QT_TRANSLATIONS = {"qtbase_zh_CN.qm"}

# Plugin folders dropped whole.
DROPPED_PLUGIN_TYPES = {
    "designer",
    "egldeviceintegrations",
    "generic",
    "networkaccess",
    "networkinformation",
    "platformthemes",
    "qmltooling",
    "tls",
    "vectorimageformats",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "wayland-shell-integration",
    "xcbglintegrations",
}
# Plugin folders of which only these plugins stay (names without "lib" and the file extension).
KEPT_PLUGINS = {
    "platforms": {"qxcb", "qwindows", "qcocoa", "qoffscreen"},
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
}

DROPPED_WINDOWS_LIBRARIES = {"opengl32sw.dll", "d3dcompiler_47.dll"}

_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<type>[^/]+)/(?P<file>[^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)translations/(?P<file>[^/]+\.qm)$")
_LIBRARY_SUFFIX = re.compile(r"\.(so(\.\d+)*|dylib|dll)$")


def plugin_stem(file_name: str) -> str:
    stem = _LIBRARY_SUFFIX.sub("", file_name)
    return stem.removeprefix("lib")


def keep_entry(dest_name: str) -> bool:
    """Whether a file bound for ``dest_name`` (a path inside the bundle) stays in it."""
    dest = dest_name.replace("\\", "/")
    if PurePosixPath(dest).name.lower() in DROPPED_WINDOWS_LIBRARIES:
        return False
    if not dest.startswith("PySide6/"):
        return True  # the app's own files, Python's, other packages': not Qt's to filter
    translation = _QT_TRANSLATION.search(dest)
    if translation:
        return translation["file"] in KEPT_QT_TRANSLATIONS
    plugin = _PLUGIN.search(dest)
    if plugin:
        kind = plugin["type"]
        if kind in DROPPED_PLUGIN_TYPES:
            return False
        if kind in KEPT_PLUGINS:
            return plugin_stem(plugin["file"]) in KEPT_PLUGINS[kind]
    return True


def filter_toc(toc: Iterable[tuple], dropped: list[str] | None = None) -> list[tuple]:
    """``toc`` (PyInstaller's (dest_name, src_name, typecode) entries) without the files dropped above;
    the names of those dropped are appended to ``dropped``."""
    kept = []
    for entry in toc:
        if keep_entry(entry[0]):
            kept.append(entry)
        elif dropped is not None:
            dropped.append(entry[0])
    return kept


def drop_dangling_symlinks(toc: Iterable[tuple], dropped: list[str] | None = None) -> list[tuple]:
    """Without the SYMLINK entries whose target is no longer in ``toc``.

    PyInstaller links some libraries into the top folder (libQt6Gui.so.6 -> PySide6/Qt/lib/...);
    the link of a library dropped above would be left pointing at nothing.
    """
    entries = list(toc)
    present = {PurePosixPath(entry[0].replace("\\", "/")) for entry in entries if entry[2] != "SYMLINK"}
    present |= {folder for path in list(present) for folder in path.parents}  # links to folders (macOS)
    kept = []
    for entry in entries:
        if entry[2] == "SYMLINK":
            link = PurePosixPath(entry[0].replace("\\", "/"))
            target = PurePosixPath(posixpath.normpath(str(link.parent / entry[1].replace("\\", "/"))))
            if target not in present:
                if dropped is not None:
                    dropped.append(entry[0])
                continue
        kept.append(entry)
    return kept


# ----------------------------------------------------------------------------------------- Linux

# Where a Debian or Ubuntu system keeps its shared libraries. A library that PyInstaller found here came
# from a distribution package, so the .deb depends on that package (packaging/linux/deb.py works out
# which) instead of carrying a copy: the copy would be frozen at the build machine's version, and the
# classic failure of frozen apps, an old bundled libstdc++ refusing the system's newer GL driver, cannot
# happen.
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def is_system_library(src_name: str) -> bool:
    name = PurePosixPath(src_name).name
    if name.startswith("libpython"):
        return False  # the interpreter the bundle was frozen with, whatever its origin
    return src_name.startswith(SYSTEM_LIBRARY_DIRS)


def is_qt_library(dest_name: str) -> bool:
    return bool(re.search(r"(?:^|/)libQt6[A-Za-z]+\.so", dest_name))


def prune_linux_libraries(
    binaries: Iterable[tuple],
    imports_of: Callable[[str], Iterable[str]],
    dropped: list[str] | None = None,
) -> list[tuple]:
    """Drop system libraries (see SYSTEM_LIBRARY_DIRS) and the Qt libraries that no kept file needs
    (follow with drop_dangling_symlinks() for the links to them).

    Qt libraries such as libQt6WaylandClient or libQt6EglFSDeviceIntegration were collected for the
    plugins dropped by filter_toc(); once those plugins are gone nothing loads them. ``imports_of(path)``
    lists the sonames a binary links against (PyInstaller's bindepend.get_imports).
    """
    entries = [entry for entry in binaries]
    kept = []
    for entry in entries:
        if entry[2] != "SYMLINK" and is_system_library(entry[1]):
            if dropped is not None:
                dropped.append(entry[0])
        else:
            kept.append(entry)
    files = [entry for entry in kept if entry[2] != "SYMLINK"]
    qt_libraries = {PurePosixPath(entry[0]).name: entry for entry in files if is_qt_library(entry[0])}
    needed: set[str] = set()
    pending = [entry for entry in files if not is_qt_library(entry[0])]
    while pending:
        entry = pending.pop()
        for soname in imports_of(entry[1]):
            name = PurePosixPath(soname).name
            if name in qt_libraries and name not in needed:
                needed.add(name)
                pending.append(qt_libraries[name])
    result = []
    for entry in kept:
        name = PurePosixPath(entry[0]).name
        if entry[2] != "SYMLINK" and is_qt_library(entry[0]) and name not in needed:
            if dropped is not None:
                dropped.append(entry[0])
            continue
        result.append(entry)
    return result
