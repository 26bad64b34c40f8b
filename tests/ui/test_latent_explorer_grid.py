"""The decoded grid follows the "Decoded grid" box even when an answer arrives late.

Found by the GUI fuzz test (seed 905541, action 2336): a grid decoded for an earlier
request was drawn after the user had unticked the box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ae_desktop.engine.protocol import Sleep

from .helpers import open_explorer


def test_a_grid_that_arrives_after_unticking_the_box_is_not_drawn(make_window, qtbot):
    w, e = open_explorer(make_window, qtbot)
    # The engine's background lane is still busy with earlier work.
    w.engine.submit_job(Sleep(30), key="busy")
    e.resolution.setValue(12)  # asks for new grids
    qtbot.mouseClick(e.show_grid, Qt.MouseButton.LeftButton)  # then the user unticks the box
    assert not e.show_grid.isChecked()
    assert all(c.view.grid_item.image is None for c in e.columns)
    w.engine.cancel_jobs("busy")
    qtbot.waitUntil(lambda: e.pending_jobs() == 0, timeout=30000)
    assert all(c.view.grid_item.image is None for c in e.columns)
    # Ticking it again shows the grid at the resolution now chosen.
    qtbot.mouseClick(e.show_grid, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: e.pending_jobs() == 0, timeout=30000)
    for c in e.columns:
        assert c.view.grid_item.image is not None
        assert c.view.grid_item.image.shape == (12 * 28, 12 * 28)
