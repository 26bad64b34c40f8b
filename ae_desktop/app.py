"""Start the desktop app.

How the app ends (docs/architecture.md, "Quitting"): however the event loop is left
(the window closed, ``QApplication.quit()``, SIGTERM at logout, Ctrl+C in the
terminal, SIGHUP), the settings are saved and every worker is stopped and joined,
exactly once, before ``run_gui`` returns.  Signals are turned into that same
orderly exit on the GUI thread; a job that ignores its cancel token cannot keep
the process alive.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
import time
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, Signal, Slot

from .core.compute import env

# Before anything loads torch: this process (while the window still computes in it) and
# the engine and training processes it starts, which inherit the setting.
env.quiet_idle_threads()

# Ending the process with these is a request to quit, handled like closing the window.
QUIT_SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, n))


class ErrorRelay(QObject):
    """Shows unexpected errors in the status bar, whatever thread they happen on.

    The hooks may run on any thread; they only emit :attr:`error_raised`, which is
    delivered queued to this object on the GUI thread: widgets are never touched
    from another thread.
    """

    error_raised = Signal(str)

    def __init__(self, window) -> None:
        super().__init__()  # created on the GUI thread, so it lives there
        self._window = window
        self.error_raised.connect(self._on_error_raised, Qt.ConnectionType.QueuedConnection)

    @Slot(str)
    def _on_error_raised(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 15000)

    def report(self, etype, value, tb) -> None:
        """``sys.excepthook``: print the traceback, tell the user (from any thread)."""
        traceback.print_exception(etype, value, tb)
        try:
            self.error_raised.emit(QCoreApplication.translate(
                "App", "Internal error: {error}").format(error=value))
        except RuntimeError:  # the app is being torn down
            pass

    def report_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``."""
        if args.exc_type is SystemExit:
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)


def install_error_hooks(window) -> ErrorRelay:
    """Route uncaught exceptions of every thread to the window's status bar."""
    relay = ErrorRelay(window)
    sys.excepthook = relay.report
    threading.excepthook = relay.report_thread
    return relay


class Lifecycle(QObject):
    """One orderly exit: save the settings and stop the workers once, on the GUI thread.

    POSIX signals are turned into that exit with Python's wakeup fd: the C-level
    handler writes the signal number to a socket; a :class:`QSocketNotifier`
    wakes the Qt event loop, which then runs Python code (the interpreter only
    runs signal handlers when it has control, never while Qt waits in C++).
    """

    def __init__(self, app, window) -> None:
        super().__init__()
        self._app = app
        self._window = window
        self._finished = False
        self.exit_status: int | None = None  # 128 + signal number after a signal
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._old_wakeup_fd = -1
        self._old_handlers: dict[int, object] = {}
        app.aboutToQuit.connect(self.finish)

    @Slot()
    def finish(self) -> None:
        """Save the settings and stop and join every worker (idempotent)."""
        if self._finished:
            return
        self._finished = True
        try:
            self._window.save_settings()
        except Exception:  # noqa: BLE001 - stopping the workers matters more
            traceback.print_exc()
        self._window.shutdown()

    # ---------------------------------------------------------------- signals
    def install_signal_handlers(self) -> None:
        rsock, wsock = socket.socketpair()
        rsock.setblocking(False)
        wsock.setblocking(False)
        self._sockets = (rsock, wsock)
        self._old_wakeup_fd = signal.set_wakeup_fd(wsock.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(rsock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        for sig in QUIT_SIGNALS:
            self._old_handlers[sig] = signal.signal(sig, _note_signal)

    def uninstall_signal_handlers(self) -> None:
        if self._sockets is None:
            return
        self._notifier.setEnabled(False)
        for sig, handler in self._old_handlers.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._old_wakeup_fd)
        for s in self._sockets:
            s.close()
        self._sockets = None

    @Slot()
    def _on_wakeup(self) -> None:
        try:
            data = self._sockets[0].recv(64) if self._sockets else b""
        except (BlockingIOError, InterruptedError):
            return
        for signum in data:
            self._on_signal(signum)

    def _on_signal(self, signum: int) -> None:
        if self.exit_status is not None:
            # Asked twice: the orderly exit is stuck somewhere; leave now.
            os._exit(self.exit_status)
        self.exit_status = 128 + signum
        try:
            name = signal.Signals(signum).name
        except ValueError:
            name = f"signal {signum}"
        print(f"ae-desktop: {name}: saving settings and quitting", file=sys.stderr, flush=True)
        self.finish()
        self._app.quit()


def _note_signal(signum, frame) -> None:
    """Python-level handler: the work happens in Lifecycle._on_wakeup (via the wakeup fd)."""


def run_gui(argv: list[str] | None = None) -> int:
    """Run the app; returns 1 if Qt cannot start, otherwise ends the process itself."""
    from .platform_check import platform_problem

    problem = platform_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow
    from .workers.threads import running_threads

    QCoreApplication.setOrganizationName("ae-desktop")
    QCoreApplication.setApplicationName("ae-desktop")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationDisplayName("AE Desktop")
    from .ui.i18n import chosen_language, install_translators, load_bundled_fonts, resolve_language

    language = resolve_language(chosen_language())
    install_translators(app, language)
    load_bundled_fonts(app, language)  # Hangul renders even where the system has no font for it
    from PySide6.QtGui import QIcon

    from .core.data.idx import RESOURCES_DIR

    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "ae-desktop-256.png")))
    app.setDesktopFileName("ae-desktop")
    # Where the window still runs models in this process, leave a core to the GUI; a
    # process without torch stays without.
    env.limit_loaded_torch_threads(1)
    t0 = time.perf_counter()
    window = MainWindow()
    relay = install_error_hooks(window)  # noqa: F841 - kept alive until the loop ends
    lifecycle = Lifecycle(app, window)
    lifecycle.install_signal_handlers()
    window.show()
    if os.environ.get("AE_DESKTOP_EXIT_AFTER_SHOW"):
        # For start-up measurements (packaging/startup_time.py): quit once shown.
        from PySide6.QtCore import QTimer

        def done() -> None:
            print(f"window shown after {time.perf_counter() - t0:.2f} s in-process", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, done)
    code = app.exec()
    lifecycle.finish()  # normally done already (aboutToQuit); never twice
    lifecycle.uninstall_signal_handlers()
    status = lifecycle.exit_status if lifecycle.exit_status is not None else code
    left = running_threads()
    if left:
        # A job ignored its cancel token.  Destroying its running QThread would abort
        # the process with a core dump; the exit below destroys nothing.
        print(f"ae-desktop: {', '.join(left)} did not stop in time; exiting anyway",
              file=sys.stderr, flush=True)
    # The settings are saved and synced, the workers joined, the training child gone.
    # Tearing the interpreter down (thousands of Qt and numpy objects, then torch's
    # static destructors) took another 0.5-2.3 s after a session with the explorer
    # open, so the process ends here.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
