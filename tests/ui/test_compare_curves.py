"""Models → Compare training curves…: one curve per ticked model, the history's values."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from ae_desktop.core.store.model_info import ModelInfo
from ae_desktop.ui.compare_curves import CompareCurvesWindow, metric_values


def _info(name, arch="dense_100", shipped=False, train=(0.3, 0.2, 0.1), val=None,
          elbo=False) -> ModelInfo:
    if val is None:
        val = [{"bce": 0.2 + 0.01 * i, "mse": 0.05 - 0.01 * i, "n_test": 100}
               for i in range(len(train))]
        if elbo:
            for i, v in enumerate(val):
                v["neg_elbo"] = 160.0 - 5 * i
    return ModelInfo(name=name, architecture=arch, description="", params=1,
                     latent_shape=(2,) if arch == "vae_2d" else (100,), path=f"/x/{name}",
                     metrics={}, history={"epoch_train_loss": list(train), "epoch_val": val,
                                          "curve": []},
                     training={}, summary="", epochs=len(train), training_time_s=1.0,
                     shipped=shipped)


@pytest.fixture
def view(qtbot):
    v = CompareCurvesWindow()
    qtbot.addWidget(v)
    v.show()
    return v


def _legend_names(v) -> list[str]:
    return [label.text for _sample, label in v.legend.items]


def _plotted(v) -> list[tuple[list, list]]:
    return [tuple(list(a) for a in c.getData()) for c in v.items]


def test_one_curve_per_ticked_model_with_its_history(view):
    a = _info("run_a", train=(0.5, 0.4, 0.35, 0.3))
    b = _info("vae_2d", arch="vae_2d", shipped=True, train=(180, 160), elbo=True)
    c = _info("run_c", train=(0.2,))
    view.set_models([a, b, c])
    assert view.checked() == ["run_a", "vae_2d", "run_c"]  # all ticked at first
    assert view.metric_box.currentData() == "bce"
    assert len(view.items) == 3
    assert _plotted(view)[0] == ([1, 2, 3, 4], [v["bce"] for v in a.history["epoch_val"]])
    assert _plotted(view)[1] == ([1, 2], [v["bce"] for v in b.history["epoch_val"]])
    # The legend names the models by their titles: a shipped model by its architecture.
    assert _legend_names(view) == ["run_a", "VAE — Generative Deep Learning", "run_c"]
    assert view.plot_item.getAxis("left").labelText == "validation BCE per pixel"

    item = view.list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)  # as a click on its box does
    assert view.checked() == ["run_a", "run_c"]
    assert _legend_names(view) == ["run_a", "run_c"]
    assert _plotted(view)[1] == ([1], [c.history["epoch_val"][0]["bce"]])

    assert view.set_metric("train")
    assert _plotted(view) == [([1, 2, 3, 4], [0.5, 0.4, 0.35, 0.3]), ([1], [0.2])]
    assert view.set_metric("mse")
    assert _plotted(view)[0][1] == pytest.approx([0.05, 0.04, 0.03, 0.02])

    view.none_button.click()
    assert view.items == [] and "Tick one or more" in view.note.text()
    view.all_button.click()
    assert len(view.items) == 3


def test_elbo_is_offered_only_when_a_model_recorded_it(view):
    view.set_models([_info("a"), _info("b")])
    keys = [view.metric_box.itemData(i) for i in range(view.metric_box.count())]
    assert keys == ["bce", "mse", "train"]
    view.set_models([_info("a"), _info("v", arch="vae_2d", elbo=True)])
    keys = [view.metric_box.itemData(i) for i in range(view.metric_box.count())]
    assert keys == ["bce", "mse", "neg_elbo", "train"]
    view.set_metric("neg_elbo")
    assert list(view.curves) == ["v"]  # the other model has no −ELBO: said, not drawn
    assert list(view.curves["v"][1]) == [160.0, 155.0, 150.0]
    assert "a" in view.note.text() and "No values" in view.note.text()


def test_ticks_and_colours_survive_a_reload(view):
    a, b = _info("a"), _info("b")
    view.set_models([a, b])
    colour_b = view.items[1].opts["pen"].color().getRgb()
    view.set_checked(["b"])
    view.set_models([_info("new"), a, b])  # reloaded: a new model appeared first
    assert view.checked() == ["new", "b"]  # a new model is ticked, "a" stays unticked
    assert list(view.curves) == ["new", "b"]
    assert view.items[1].opts["pen"].color().getRgb() == colour_b


def test_log_scale_leaves_out_values_it_cannot_draw(view):
    view.set_models([_info("a", train=(0.5, -0.1, 0.2))])
    view.set_metric("train")
    view.log_y.setChecked(True)
    assert view.plot_item.ctrl.logYCheck.isChecked()
    ys = view.items[0].yData
    assert math.isnan(ys[1]) and ys[0] == 0.5
    assert "log scale" in view.note.text()
    view.log_y.setChecked(False)
    assert list(view.items[0].yData) == [0.5, -0.1, 0.2]


def test_metric_values_tolerate_odd_histories():
    info = _info("x", val=[{"bce": 0.2}, {"mse": 0.1}, "junk"])
    assert np.allclose(metric_values(info, "bce"), [0.2, np.nan, np.nan], equal_nan=True)
    assert metric_values(info, "neg_elbo") == []
    odd = _info("y", train=("a", None, float("inf")))
    assert all(math.isnan(v) for v in metric_values(odd, "train"))


def test_the_menu_action_overlays_the_windows_models(make_window, qtbot):
    w = make_window()
    assert w.compare_curves_action in w.models_menu.actions()
    w.compare_curves_action.trigger()
    v = w.compare_curves_window
    qtbot.waitExposed(v)
    assert set(v.checked()) == set(w.infos) and len(v.items) == len(w.infos)
    for name, info in w.infos.items():
        xs, ys = v.curves[name]
        val = info.history["epoch_val"]
        assert list(xs) == list(range(1, len(val) + 1))
        assert list(ys) == [e["bce"] for e in val]
    # After Reload models it shows the reloaded models (here: the same ones).
    v.set_models([])
    assert v.items == []
    w.reload_models()
    qtbot.waitUntil(lambda: len(v.items) == len(w.infos), timeout=20000)
    v.close()
