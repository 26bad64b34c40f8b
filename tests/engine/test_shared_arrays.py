"""Large arrays of engine replies travel through shared memory and leave nothing behind."""

from __future__ import annotations

import multiprocessing as mp
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from ae_desktop.core.latent.records import GridImage
from ae_desktop.engine import shared_arrays
from ae_desktop.engine.protocol import JobDone, PlaneReady, SharedArray
from ae_desktop.engine.shared_arrays import (
    discard_arrays,
    export_arrays,
    import_arrays,
    sweep_orphans,
)

pytestmark = pytest.mark.skipif(not Path("/dev/shm").is_dir(), reason="needs /dev/shm")


@pytest.fixture(autouse=True)
def _no_segment_left():
    yield
    left = _segments(os.getpid())
    sweep_orphans(own_pid=os.getpid())
    assert not left, f"segments left behind: {left}"


def _segments(pid: int) -> list[str]:
    return sorted(p.name for p in Path("/dev/shm").glob(f"aed{pid}_*"))


def _grid(cells: int = 30) -> GridImage:
    rng = np.random.default_rng(cells)
    return GridImage("vae_2d", (-2.0, 2.0, -1.5, 1.5), cells, cells,
                     rng.random((cells * 28, cells * 28), dtype=np.float32))


@dataclass(frozen=True)
class _Nested:
    small: np.ndarray
    grids: tuple


def test_a_large_array_goes_through_shared_memory_and_comes_back_equal():
    grid = _grid()
    msg = JobDone(7, "explorer/grid0", grid, 0.1, generation=2)
    sent = export_arrays(msg, os.getpid())
    assert isinstance(sent.result.image, SharedArray)  # the pipe carries a name, not 2.8 MB
    assert sent.result.name == "vae_2d" and sent.generation == 2
    assert _segments(os.getpid()) == [sent.result.image.name]
    got = import_arrays(sent)
    np.testing.assert_array_equal(got.result.image, grid.image)
    assert got.result.image.dtype == np.float32 and got.result.extent == grid.extent
    assert _segments(os.getpid()) == []  # the receiver removed it


def test_small_arrays_stay_in_the_message_and_nesting_is_followed():
    small = np.arange(10, dtype=np.float32)
    msg = _Nested(small, (PlaneReady(data=None, first_view=_grid(10)), _grid(12)))
    sent = export_arrays(msg, os.getpid())
    assert sent.small is small
    assert isinstance(sent.grids[0].first_view.image, SharedArray)
    assert isinstance(sent.grids[1].image, SharedArray)
    got = import_arrays(sent)
    np.testing.assert_array_equal(got.grids[0].first_view.image, _grid(10).image)
    np.testing.assert_array_equal(got.grids[1].image, _grid(12).image)
    assert _segments(os.getpid()) == []


def test_unchanged_messages_are_returned_as_they_are():
    msg = JobDone(1, "k", _Nested(np.zeros(3), ()), 0.0)
    assert export_arrays(msg, os.getpid()) is msg
    assert import_arrays(msg) is msg


def test_a_reply_nobody_reads_can_be_discarded():
    sent = export_arrays(JobDone(1, "k", _grid(), 0.0), os.getpid())
    assert _segments(os.getpid())
    discard_arrays(sent)
    assert _segments(os.getpid()) == []
    discard_arrays(sent)  # twice: nothing left, no error


def _export_in_child(conn) -> None:
    sent = export_arrays(JobDone(1, "k", _grid(), 0.0), os.getpid())
    conn.send(sent.result.image.name)


def test_segments_of_a_dead_process_are_swept():
    ctx = mp.get_context("spawn")
    r, w = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_export_in_child, args=(w,))
    p.start()
    name = r.recv()
    p.join(10)
    assert (Path("/dev/shm") / name).exists()  # its owner died without reading it
    assert sweep_orphans() >= 1
    assert not (Path("/dev/shm") / name).exists()


def test_sweep_keeps_segments_of_live_processes(monkeypatch):
    sent = export_arrays(JobDone(1, "k", _grid(), 0.0), os.getpid())
    try:
        sweep_orphans()
        assert _segments(os.getpid()) == [sent.result.image.name]
        assert sweep_orphans(own_pid=os.getpid()) == 1
        assert _segments(os.getpid()) == []
    finally:
        discard_arrays(sent)


def test_threshold_is_what_the_module_says():
    a = np.zeros(shared_arrays.SHARED_MIN_BYTES // 4 - 1, np.float32)
    b = np.zeros(shared_arrays.SHARED_MIN_BYTES // 4, np.float32)
    sent = export_arrays(_Nested(a, (b,)), os.getpid())
    assert sent.small is a and isinstance(sent.grids[0], SharedArray)
    import_arrays(sent)
