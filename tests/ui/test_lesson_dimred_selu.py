"""Lessons 2 and 5 with the shipped models: the codes and clusters figure, and conv_selu's
layers and accuracy curves. The figures compute in the window's engine process; what they
show is checked against the records the engine answered and the stored model data."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.latent.pictures import latent_picture
from ae_desktop.core.models.teaching import summary_layers
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR
from ae_desktop.ui.lessons import LessonController, install_lessons
from ae_desktop.ui.lessons.dim_reduction import DimReductionFigure, K, code_picture
from ae_desktop.ui.lessons.panel import NotBuiltFigure
from ae_desktop.ui.lessons.selu import SeluFigure, rounded_accuracies


def lessons_of(window) -> LessonController:
    ctl = getattr(window, "lessons", None)
    return ctl if isinstance(ctl, LessonController) else install_lessons(window)


def open_by_menu(window, key: str):
    """Lessons menu → the lesson: two clicks; returns (controller, figure, clicks)."""
    ctl = lessons_of(window)
    assert ctl.menu.menuAction() in window.menuBar().actions()
    clicks = 1  # the Lessons menu
    ctl.lesson_actions[key].trigger()
    clicks += 1  # the lesson's entry
    return ctl, ctl.figure(), clicks


def clean(indices) -> np.ndarray:
    return load_test().images[list(indices)].astype(np.float32) / 255.0


def test_lesson_2_codes_clusters_and_scores(make_window, qtbot):
    w = make_window(folders=[SHIPPED_MODELS_DIR])
    ctl, fig, clicks = open_by_menu(w, "dimension_reduction")
    assert isinstance(fig, DimReductionFigure) and clicks <= 3
    assert not ctl.stack.currentWidget().findChildren(NotBuiltFigure)
    assert fig.isVisible() and not fig.missing.isVisible()
    assert fig.loaded() == ["dense_100", "conv_latent_map"]

    # (1) the canvas digit: its 10x10 code and 14x14 map, from the live latents.
    w.random_digit()
    qtbot.waitUntil(lambda: w.last_result is not None and fig.canvas_result is w.last_result
                    and "dense_100" in w.last_result.answers, timeout=30000)
    (row,) = fig.canvas_rows.rows()
    np.testing.assert_array_equal(row[0], w.last_result.digit)
    dense = latent_picture(w.last_result.answers["dense_100"].latent)
    assert dense.shape == (10, 10)
    np.testing.assert_array_equal(row[1], dense)
    conv = latent_picture(w.last_result.answers["conv_latent_map"].latent)
    assert conv.shape == (14, 14)
    np.testing.assert_array_equal(row[2], conv)

    # (2) KMeans on dense_100's codes: each cluster's digits and their codes.
    def clustered():
        return (not fig.pending() and fig.clusters is not None
                and fig.clusters.model == fig.cluster_model()
                and fig.cluster_model() in fig.encodings)

    qtbot.waitUntil(clustered, timeout=120000)
    assert fig.cluster_model() == "dense_100"

    def check_clusters():
        cl, enc = fig.clusters, fig.encodings[fig.cluster_model()]
        shape = w.infos[cl.model].latent_shape
        rows = fig.cluster_rows.rows()
        assert cl.codes.k == K and len(rows) == 2 * K
        for c in range(K):
            members = [int(i) for i in cl.codes.exemplars[c] if i >= 0]
            assert members and fig.cluster_members(c) == members
            digits, codes = rows[2 * c][:len(members)], rows[2 * c + 1][:len(members)]
            np.testing.assert_array_equal(np.stack(digits), clean(members))
            for i, picture in zip(members, codes, strict=True):
                np.testing.assert_array_equal(picture, latent_picture(
                    enc.codes[i].reshape(shape)))
        # (3) purity and NMI of the codes and of the raw pixels, as the engine computed them.
        text = fig.scores.text()
        for value in (cl.codes.purity, cl.codes.nmi, cl.pixels.purity, cl.pixels.nmi):
            assert f"{value:.3f}" in text
        assert cl.model in text

    check_clusters()
    # the test digits beside their codes in each model
    rows = fig.test_rows.rows()
    assert len(rows) == 3
    np.testing.assert_array_equal(np.stack(rows[0]), clean(fig.test_indices))
    for r, name in zip(rows[1:], ("dense_100", "conv_latent_map"), strict=True):
        codes = fig.encodings[name].codes
        assert codes.shape[0] == len(load_test())
        for i, picture in zip(fig.test_indices, r, strict=True):
            np.testing.assert_array_equal(picture, code_picture(codes[i],
                                                                w.infos[name].latent_shape))

    assert fig.set_cluster_model("conv_latent_map")
    qtbot.waitUntil(clustered, timeout=120000)
    assert fig.clusters.model == "conv_latent_map"
    check_clusters()
    assert fig.cluster_rows.rows()[1][0].shape == (14, 14)


def test_lesson_2_says_when_its_models_are_not_loaded(make_window):
    w = make_window()  # the test models: dense_100 only of the two
    _, fig, _ = open_by_menu(w, "dimension_reduction")
    assert isinstance(fig, DimReductionFigure)
    assert fig.missing.isVisible() and "conv_latent_map" in fig.missing.text()
    assert "not loaded" in fig.missing.text().lower()


def test_lesson_5_layers_totals_and_curves(make_window, qtbot):
    w = make_window(folders=[SHIPPED_MODELS_DIR])
    ctl, fig, clicks = open_by_menu(w, "selu_conv")
    assert isinstance(fig, SeluFigure) and clicks <= 3 and fig.isVisible()
    assert not ctl.stack.currentWidget().findChildren(NotBuiltFigure)
    info = w.infos["conv_selu"]
    rows, totals = summary_layers(info.summary)
    assert totals == {"encoder": 23_296, "decoder": 23_233, "total": 46_529}
    assert fig.totals == totals
    text = fig.totals_label.text()
    assert "23,296" in text and "23,233" in text and "46,529" in text
    assert fig.table.rowCount() == len(rows) + 2  # a heading row per part
    assert sum(int(fig.table.item(i, 3).text().replace(",", ""))
               for i in range(fig.table.rowCount()) if fig.table.item(i, 3)) == 46_529

    stored = [e["rounded_accuracy"] for e in info.history["epoch_val"]]
    assert rounded_accuracies(info) == stored and len(stored) >= 2
    (item,) = fig.plot.plotItem.listDataItems()
    x, y = item.getData()
    np.testing.assert_array_equal(x, np.arange(1, len(stored) + 1))
    np.testing.assert_array_equal(y, np.asarray(stored))
    assert "no rounded accuracy" not in fig.curve_note.text()

    # Train your own…: the training dialog, preset to conv_selu.
    qtbot.mouseClick(fig.train_button, Qt.MouseButton.LeftButton)
    assert w.training_dialog is not None and w.training_dialog.isVisible()
    assert w.training_dialog.arch.currentData() == "conv_selu"
    w.training_dialog.close()

    # A reload with a user conv_selu model adds its curve; one without the metric does not.
    mine = dataclasses.replace(info, name="my_selu", shipped=False, history={
        "epoch_val": [{"rounded_accuracy": 0.9}, {"rounded_accuracy": 0.95},
                      {"rounded_accuracy": 0.97}]})
    bare = dataclasses.replace(info, name="bare_selu", shipped=False, history={})
    other = dataclasses.replace(w.infos["dense_100"], name="my_dense", shipped=False)
    fig._on_engine_models_loaded(list(w.infos.values()) + [mine, bare, other], [])
    assert set(fig.curves) == {"conv_selu", "my_selu"}
    ys = {tuple(np.round(i.getData()[1], 6)) for i in fig.plot.plotItem.listDataItems()}
    assert ys == {tuple(np.round(stored, 6)), (0.9, 0.95, 0.97)}


def test_lesson_5_says_when_the_shipped_model_has_no_accuracy_per_epoch(make_window):
    w = make_window(folders=[SHIPPED_MODELS_DIR])
    _, fig, _ = open_by_menu(w, "selu_conv")
    info = w.infos["conv_selu"]
    fig.set_models([dataclasses.replace(info, history={"epoch_val": [{"mse": 0.1}]})])
    assert fig.curves == {} and "has no rounded accuracy per epoch" in fig.curve_note.text()
    fig.set_models([])
    assert fig.missing.isVisible() and "not loaded" in fig.missing.text()
    assert fig.table.rowCount() == 0


@pytest.mark.parametrize("key", ["dimension_reduction", "selu_conv"])
def test_the_two_lessons_are_built(key):
    from ae_desktop.ui.lessons.data import LESSONS

    lesson = next(x for x in LESSONS if x.key == key)
    assert lesson.built and not lesson.planned_figure
