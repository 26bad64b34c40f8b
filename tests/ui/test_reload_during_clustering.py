"""Regression: a model reload while the explorer clustered left the clustering panel on
"clustering…" forever (the answer, computed with the replaced models, was dropped and
nobody asked again). The engine client now reruns such a job with the new models."""
from tests.ui.helpers import open_explorer


def test_a_reload_during_clustering_still_ends_the_clustering(make_window, qtbot):
    w, e = open_explorer(make_window, qtbot)
    # The idle work after the load (test-set errors) is done: the clustering starts at once.
    qtbot.waitUntil(lambda: set(w.panes.references) == set(w.infos), timeout=60000)
    e.tabs.setCurrentWidget(e.clustering)
    e.clustering.model.setCurrentText("dense_100")
    e.clustering.k.setValue(5)
    e.clustering.run.click()  # KMeans on codes and on raw pixels: seconds
    assert e.clustering.scores.text() == "clustering…"
    gen = w.engine.generation
    w.reload_models()  # same files: the user pressed F5
    qtbot.waitUntil(lambda: w.engine.generation > gen, timeout=20000)
    qtbot.waitUntil(lambda: e.pending_jobs() == 0, timeout=120000)
    assert "purity" in e.clustering.scores.text()  # a real answer, not an error
