"""Entry script of the frozen app (PyInstaller)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the training child process re-enters here
    from ae_desktop.cli import main

    sys.exit(main())
