"""Shrink a PyInstaller one-folder bundle after the build.

Removes files the app never uses (torch headers, tests, static libraries, Qt's
translations except those of the app's languages, unused platform plugins) and strips debug symbols from the large
torch libraries only: stripping everything breaks numpy's bundled OpenBLAS.
Prints the size before and after.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REMOVE_DIRS = [
    "torch/include", "torch/share", "torch/test",
    "torch/utils/tensorboard", "torch/onnx",
    "PySide6/translations", "PySide6/Qt/qml", "PySide6/qml",
    "PySide6/Qt/resources",
]
# Qt Quick/QML/PDF/virtual keyboard come in through plugins the app never loads.
REMOVE_GLOBS = [
    "PySide6/Qt/lib/libQt6Quick*", "PySide6/Qt/lib/libQt6Qml*", "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*", "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/qmltooling", "PySide6/Qt/plugins/qmllint",
    # AVIF decoding (5 MB): an AVIF file then gets the usual "not an image" message.
    "PIL/_avif*.so", "pillow.libs/libavif*",
]
# Qt's own texts (standard buttons, file dialogs) in the app's languages besides English:
# the rest of PySide6/Qt/translations (30 MB, 60 languages) goes.
QT_TRANSLATIONS = "PySide6/Qt/translations"
KEEP_QT_TRANSLATIONS = ("qtbase_ko.qm",)
KEEP_TORCH_BIN = {"torch_shm_manager"}
# torch's hook copies its .py sources next to the compiled modules (for TorchScript's
# source inspection, which the app never uses): 38 MB. The self-test trains a batch
# and runs inference from the bundle without them (config modules excepted, see below).
DROP_SOURCES = ["torch"]
KEEP_PLATFORMS = {"libqxcb.so", "libqoffscreen.so", "libqminimal.so", "libqwayland-generic.so",
                  "libqwayland-egl.so", "qwindows.dll", "qoffscreen.dll", "qminimal.dll",
                  "libqcocoa.dylib", "libqoffscreen.dylib", "libqminimal.dylib"}
STRIP_GLOBS = ["torch/lib/libtorch_cpu.so", "torch/lib/libtorch*.so", "torch/lib/libc10.so",
               "torch/lib/libgomp*.so*", "torch/_C*.so"]


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(bundle: str) -> None:
    root = Path(bundle)
    internal = root / "_internal" if (root / "_internal").is_dir() else root
    before = size(root)
    for rel in REMOVE_DIRS:
        shutil.rmtree(internal / rel, ignore_errors=True)
    qt_tr = internal / QT_TRANSLATIONS
    if qt_tr.is_dir():
        for f in qt_tr.iterdir():
            if f.name not in KEEP_QT_TRANSLATIONS:
                shutil.rmtree(f) if f.is_dir() else f.unlink()
    for lib in internal.rglob("*.a"):
        lib.unlink()
    for pattern in REMOVE_GLOBS:
        for p in internal.glob(pattern):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    for pkg in DROP_SOURCES:
        for src in (internal / pkg).rglob("*.py"):
            # torch's config modules read their own source at import time: keep those.
            if "install_config_module(" not in src.read_text(encoding="utf-8", errors="ignore"):
                src.unlink()
        for stub in (internal / pkg).rglob("*.pyi"):
            stub.unlink()
    torch_bin = internal / "torch" / "bin"
    if torch_bin.is_dir():  # C++ test programs and protoc; keep the shared-memory manager
        for f in torch_bin.iterdir():
            if f.name not in KEEP_TORCH_BIN:
                shutil.rmtree(f) if f.is_dir() else f.unlink()
    for plugdir in internal.glob("PySide6/Qt/plugins/platforms"):
        for f in plugdir.iterdir():
            if f.name not in KEEP_PLATFORMS:
                f.unlink()
    if sys.platform.startswith("linux") and shutil.which("strip"):
        seen = set()
        for pattern in STRIP_GLOBS:
            for lib in internal.glob(pattern):
                if lib.is_file() and lib not in seen:
                    seen.add(lib)
                    subprocess.run(["strip", "--strip-unneeded", str(lib)], check=False)
    after = size(root)
    print(f"bundle {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB ({after / 2**20:.1f} MiB)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist/ae-desktop")
