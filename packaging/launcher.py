"""Entry script of the frozen app (PyInstaller)."""

import multiprocessing
import sys

if __name__ == "__main__":
    import warnings

    # The bundle leaves out torch's Python sources (packaging/trim_bundle.py); TorchScript
    # then warns at import that it cannot read them. The app never uses TorchScript.
    warnings.filterwarnings("ignore", message="Unable to retrieve source")
    multiprocessing.freeze_support()  # the training child process re-enters here
    from ae_desktop.cli import main

    sys.exit(main())
