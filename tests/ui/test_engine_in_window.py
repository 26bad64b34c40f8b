"""The window and its engine process: a crash, a restart, and the panes live again."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

from ae_desktop.engine.protocol import Sleep
from tests.procutil import process_gone
from tests.ui.helpers import SEVEN, stroke


def _drawn(w, qtbot):
    stroke(w.canvas, SEVEN)
    qtbot.waitUntil(lambda: w.last_result is not None and not w.last_result.empty
                    and len(w.last_result.answers) == len(w.infos), timeout=20_000)


def test_window_shows_while_models_load_then_panes_fill(make_window, qtbot, models_folder,
                                                        settings):
    from ae_desktop.ui.main_window import MainWindow

    w = MainWindow(settings=settings, model_folders=[models_folder])
    qtbot.addWidget(w)
    try:
        w.show()
        # No answer of the engine can arrive before the event loop runs: this is the
        # window as it first shows, the engine still starting.
        assert w.isVisible() and not w.infos
        assert w.panes.waiting == "loading models…"
        assert w.statusBar().currentMessage() == "Loading models…"
        qtbot.waitUntil(lambda: len(w.infos) == 3, timeout=60_000)
        assert w.panes.waiting is None  # models loaded: nothing waits any more
        _drawn(w, qtbot)
        for pane in w.panes.visible_model_panes():
            assert pane.view.has_image() and pane.view.note() == ""
            assert pane.caption.text().startswith("MSE ")
    finally:
        w.close()


def test_a_killed_engine_is_reported_restarted_and_the_panes_update_again(make_window, qtbot):
    w = make_window()
    _drawn(w, qtbot)
    old_pid = w.engine.engine_pid
    assert old_pid is not None
    died, restarted, shown_at_death = [], [], []

    def on_died(why: str) -> None:
        # Connected after the window's own slot: what the window shows once it has heard.
        # (Read here, not after the wait: the restart follows within milliseconds and
        # changes the status message.)
        died.append(why)
        shown_at_death.append((w.statusBar().currentMessage(),
                               {p.view.note() for p in w.panes.visible_model_panes()}))

    w.engine.engine_died.connect(on_died)
    w.engine.engine_restarted.connect(lambda: restarted.append(1))

    os.kill(old_pid, signal.SIGKILL)  # as the OOM killer would
    qtbot.waitUntil(lambda: bool(died), timeout=10_000)
    assert "SIGKILL" in died[0] or "killed" in died[0], died[0]
    message, notes = shown_at_death[0]
    assert "stopped" in message and "restarting" in message, message
    assert notes == {"waiting for the engine…"}  # the panes say they wait

    qtbot.waitUntil(lambda: bool(restarted) and w.panes.waiting is None, timeout=60_000)
    assert process_gone(old_pid)
    new_pid = w.engine.engine_pid
    assert new_pid is not None and new_pid != old_pid

    before = w.last_result.request_id
    stroke(w.canvas, [(0.2, 0.8), (0.8, 0.8)])  # a new stroke is reconstructed again
    qtbot.waitUntil(lambda: w.last_result.request_id > before
                    and len(w.last_result.answers) == len(w.infos), timeout=20_000)
    for pane in w.panes.visible_model_panes():
        assert pane.view.note() == "" and pane.caption.text().startswith("MSE ")


def test_an_engine_that_keeps_dying_ends_in_a_clear_message(make_window, qtbot, monkeypatch):
    from ae_desktop.ui import main_window

    shown = []
    monkeypatch.setattr(main_window.QMessageBox, "open", lambda box: shown.append(box.text()))
    w = make_window()
    for _ in range(w.engine._conn._max_restarts + 1):  # noqa: SLF001 - the bound under test
        qtbot.waitUntil(lambda: w.engine.engine_pid is not None or w.engine.gave_up,
                        timeout=60_000)
        if w.engine.gave_up:
            break
        pid = w.engine.engine_pid
        os.kill(pid, signal.SIGKILL)
        qtbot.waitUntil(lambda pid=pid: w.engine.engine_pid != pid, timeout=10_000)
    qtbot.waitUntil(lambda: w.engine.gave_up and bool(shown), timeout=60_000)
    assert "could not be restarted" in shown[0]
    assert "stopped" in w.statusBar().currentMessage()
    assert {p.view.note() for p in w.panes.visible_model_panes()} == {
        "the compute engine stopped"}


def test_quit_with_engine_jobs_in_flight_is_quick_and_leaves_no_process(make_window, qtbot):
    w = make_window()
    _drawn(w, qtbot)
    w.show_robustness()
    w.engine.submit_job(Sleep(60.0, busy=True), key="busy")
    w.engine.submit_job(Sleep(60.0), key="queued")
    pid = w.engine.engine_pid
    # The lane runs jobs in order: once the curve is shown, the busy job runs and the
    # other waits behind it.  A new curve is asked for: it waits too.
    qtbot.waitUntil(lambda: w.robustness.curve is not None, timeout=60_000)
    w.robustness.request()
    t0 = time.monotonic()
    w.close()
    elapsed = time.monotonic() - t0
    assert elapsed < 2.0, elapsed
    qtbot.waitUntil(lambda: process_gone(pid), timeout=1_000)
    assert multiprocessing.active_children() == []
