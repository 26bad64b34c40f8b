"""Extract the interface's texts into the .ts files and compile the .qm files the app ships.

    python tools/update_translations.py           # lupdate + lrelease
    python tools/update_translations.py --check   # fail if a .qm is older than its .ts

Translators edit ``resources/i18n/ae_desktop_<lang>.ts`` (Qt Linguist, or any editor);
run this again to compile.  Uses PySide6's ``pyside6-lupdate`` and ``pyside6-lrelease``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["ko"]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"{name} not found: pip install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ae_desktop").rglob("*.py")
                  if "QCoreApplication" in p.read_text(encoding="utf-8")
                  or "QT_TRANSLATE_NOOP" in p.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    if args.check:
        stale = [lang for lang in LANGUAGES
                 if not (I18N / f"ae_desktop_{lang}.qm").exists()
                 or (I18N / f"ae_desktop_{lang}.qm").stat().st_mtime
                 < (I18N / f"ae_desktop_{lang}.ts").stat().st_mtime]
        if stale:
            print(f"stale .qm for: {', '.join(stale)}; run tools/update_translations.py")
            return 1
        return 0
    for lang in LANGUAGES:
        ts = I18N / f"ae_desktop_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                        "none", "-ts", str(ts)], cwd=ROOT, check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm",
                        str(I18N / f"ae_desktop_{lang}.qm")], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
