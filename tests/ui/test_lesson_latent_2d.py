"""Lesson 4's figure with the shipped models: both 2-D planes, the three limits, Sample.

Expected numbers are computed here with the same core code (the models loaded as the
engine loads them; the engine may use bf16 on the CPU, hence the tolerances).
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.ui.lessons import LessonController, install_lessons
from ae_desktop.ui.lessons.latent_2d import (
    AE,
    N_LIMIT2,
    N_SAMPLE,
    VAE,
    Latent2DFigure,
    discontinuity,
    ink_difference,
    nearest_test_codes,
)


@pytest.fixture(scope="module")
def ae_codes():
    from ae_desktop.core.latent.cache import LatentCache
    from ae_desktop.core.live.models import load_for_live_use

    models = load_for_live_use([SHIPPED_MODELS_DIR]).models
    return LatentCache().codes(models[AE])


def lessons_of(window) -> LessonController:
    ctl = getattr(window, "lessons", None)
    return ctl if isinstance(ctl, LessonController) else install_lessons(window)


def open_figure(make_window, qtbot) -> Latent2DFigure:
    w = make_window(folders=[SHIPPED_MODELS_DIR])
    ctl = lessons_of(w)
    clicks = 1  # the Lessons menu
    ctl.lesson_actions["latent_2d"].trigger()
    clicks += 1  # the lesson
    assert clicks <= 3
    fig = ctl.figure()
    assert isinstance(fig, Latent2DFigure)
    qtbot.waitUntil(lambda: fig.ready() and set(fig.grids) == {AE, VAE} and not fig.pending(),
                    timeout=60000)
    return fig


def click(qtbot, fig, key: str) -> None:
    qtbot.mouseClick(fig.buttons[key], Qt.MouseButton.LeftButton)


def test_the_figure_shows_both_planes_and_the_three_limits(make_window, qtbot, ae_codes):
    fig = open_figure(make_window, qtbot)
    for m in (AE, VAE):
        view = fig.boxes[m].view
        assert view.data is not None and len(view.data.points) == 10_000
        assert len(view.scatter.data) == 10_000
        assert view.grid_item.image is not None and not view.grid_coarse
        assert fig.grids[m].cells == fig.grids[m].resolution == 30
        assert float(np.std(fig.grids[m].image)) > 0.05
    np.testing.assert_allclose(fig.planes[AE].points, ae_codes, atol=0.1)

    # 1: the codes' mean, as computed here, is far from the origin
    click(qtbot, fig, "limit1")
    mean = ae_codes.astype(np.float64).mean(axis=0)
    np.testing.assert_allclose(fig.limit1["mean"], mean, atol=0.03)
    assert f"{fig.limit1['mean'][0]:.2f}" in fig.text.text()
    assert np.linalg.norm(mean) > 0.5
    assert 0.0 < fig.limit1["empty"] < 1.0
    assert len(fig.boxes[AE].overlay.data) == 2

    # 2: counts of 1-NN labels sum to the samples and are far from uniform
    click(qtbot, fig, "limit2")
    counts = fig.limit2["counts"]
    assert counts.sum() == N_LIMIT2 and len(counts) == 10
    assert counts.max() > 2 * counts.min() + 50
    np.testing.assert_array_equal(fig.bar_item.opts["height"], counts)
    assert fig.bars.isVisible() and len(fig.boxes[AE].overlay.data) == N_LIMIT2
    idx, _ = nearest_test_codes(fig.limit2["points"][:20], ae_codes)
    labels = fig.planes[AE].labels[idx]
    assert (labels == fig.limit2["labels"][:20]).mean() >= 0.9
    qtbot.waitUntil(lambda: fig.limit2["images"] is not None, timeout=30000)
    assert fig.digits.count() == N_SAMPLE
    assert "nearest" in fig.text.text() or "1-nearest" in fig.text.text()

    # 3: two points close together whose decoded digits differ a lot
    click(qtbot, fig, "limit3")
    x0, x1, _, _ = fig.planes[AE].extent
    found = fig.limit3
    assert found["distance"] < 0.08 * (x1 - x0)
    assert found["difference"] > 0.2  # a fifth of the ink or more
    assert found["bad_gap"] > 3 * found["good_gap"]
    qtbot.waitUntil(lambda: "decoded" in fig.limit3, timeout=30000)
    a, b = fig.limit3["decoded"]
    assert ink_difference(a, b) > 0.2
    rows = fig.digits.rows()
    assert len(rows) == 1 and rows[0].shape == (2, 28, 28)

    # Sample: two rows of real decoded digits
    click(qtbot, fig, "sample")
    qtbot.waitUntil(lambda: len(fig.samples) == 2 and fig.digits.isVisible(), timeout=30000)
    rows = fig.digits.rows()
    assert len(rows) == 2 and all(r.shape == (N_SAMPLE, 28, 28) for r in rows)
    for r in rows:
        assert all(float(d.std()) > 0.05 for d in r)
    vae_pts = fig.samples[VAE].points
    assert np.abs(vae_pts).max() < 6  # from N(0, I)


def test_discontinuity_finds_a_jump_in_a_made_up_grid():
    from ae_desktop.core.latent.records import GridImage

    n = 4
    cells = np.zeros((n, n, 28, 28), np.float32)
    cells[:, :2] = 0.0
    cells[:, 2:] = 1.0
    image = cells.transpose(0, 2, 1, 3).reshape(n * 28, n * 28)
    grid = GridImage("m", (0.0, 4.0, 0.0, 4.0), n, n, image)
    ref = np.array([[x, y] for x in (0.5, 1.5) for y in (0.5, 1.5, 2.5, 3.5)])  # left half
    found = discontinuity(grid, ref)
    assert found["difference"] == pytest.approx(1.0)
    assert found["distance"] <= np.sqrt(2) + 1e-6
    assert found["good_gap"] == 0.0 and found["bad_gap"] >= 1.0
    assert found["good"][0] < 2.0 < found["bad"][0]
