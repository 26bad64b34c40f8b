"""The metadata schema and bounded JSON parsing (hand-written, no dependency)."""

import json
import tracemalloc

import pytest

from ae_desktop.core.store.checkpoints import CheckpointError, list_checkpoints, read_metadata
from ae_desktop.core.store.metadata_schema import (
    MAX_DEPTH,
    MetadataError,
    nesting_depth,
    parse_json_bytes,
    validate_metadata,
)
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR


def _shipped():
    return json.loads((SHIPPED_MODELS_DIR / "vae_2d.json").read_text())


def test_every_shipped_metadata_file_is_valid():
    paths = list_checkpoints(SHIPPED_MODELS_DIR)
    assert len(paths) == 14  # 7 fixed architectures + the dense family dense_z2 … dense_z128
    for p in paths:
        assert read_metadata(p)["format"] == "ae-desktop-checkpoint"


@pytest.mark.parametrize("text,depth", [
    (b"{}", 1), (b"[[[]]]", 3), (b'{"a": [1, {"b": []}]}', 4),
    (b'{"a": "[[[[[[[[[[{{{{{{"}', 1),  # brackets inside strings do not count
    (b'{"a": "x\\"[[[[", "b": [[]]}', 3),  # nor after an escaped quote
    (b"7", 0),
])
def test_nesting_depth_ignores_strings(text, depth):
    assert nesting_depth(text) == depth


def test_deep_nesting_is_refused_before_the_parser_recurses():
    deep = b"[" * 1_000_000 + b"]" * 1_000_000
    with pytest.raises(MetadataError, match="nested 1,000,000 levels deep"):
        parse_json_bytes(deep, max_bytes=len(deep))
    ok = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    expected = []
    for _ in range(MAX_DEPTH - 1):
        expected = [expected]
    assert parse_json_bytes(ok) == expected  # MAX_DEPTH lists, each holding the next
    assert parse_json_bytes(b'{"a": [1, {"b": "[["}], "c": null}') == \
        {"a": [1, {"b": "[["}], "c": None}


def test_a_huge_metadata_file_costs_no_memory(tmp_path):
    (tmp_path / "m.json").write_bytes(b"")
    with open(tmp_path / "m.json", "r+b") as fh:
        fh.truncate(50_000_000)  # sparse: no disk used
    tracemalloc.start()
    try:
        with pytest.raises(CheckpointError, match="more than the 4.0 MiB"):
            read_metadata(tmp_path / "m.json")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def _with(**changes):
    meta = _shipped()
    for dotted, value in changes.items():
        *parents, key = dotted.split("__")
        target = meta
        for p in parents:
            target = target[p]
        target[key] = value
    return meta


@pytest.mark.parametrize("meta,message", [
    (_with(format="something"), "not an AE Desktop checkpoint"),
    (_with(format_version="1"), "format_version must be a whole number"),
    (_with(architecture=7), "architecture must be text"),
    (_with(name=""), "name is empty"),
    (_with(name="a\nb"), "name contains control characters"),
    (_with(params=-1), "params must be between"),
    (_with(epochs=True), "epochs must be a whole number, not true/false"),
    (_with(training_time_s=-5), "training_time_s must be at least 0"),
    (_with(metrics={"bce": "low"}), "metrics.bce must be a number, not text"),
    (_with(metrics={"bce": 1e400}), "metrics.bce must be finite"),
    (_with(metrics_fp32=[1]), "metrics_fp32 must be an object"),
    (_with(history__curve=[[0.1, 2.0], [0.2]]), r"history.curve\[1\] must be a pair"),
    (_with(history__epoch_train_loss=[1.0, None]), r"history.epoch_train_loss\[1\] must be a "
                                                   "number, not null"),
    (_with(history__epoch_val=[{"mse": 1.0}, {"mse": 1.0, "bce": 2.0}]),
     r"history.epoch_val\[1\] has other metrics"),
    (_with(history__epoch_val=[{"bce": 1.0}]), r"history.epoch_val\[0\] has no mse"),
    (_with(history__curve=[[0.0, 1.0]] * 100_001), "history.curve has more than 100,000"),
    (_with(training=[]), "training must be an object"),
    (_with(training__commands=["ok", 3]), r"training.commands\[1\] must be text"),
    (_with(training__command="x" * 10_001), "training.command is longer than 10,000"),
    (_with(versions={"torch": 2}), "versions.torch must be text"),
    (_with(weights="a/b.safetensors"), "weights must be a file name"),
    (_with(weights=".hidden.safetensors"), "weights must be a file name"),
    (_with(weights="m.pt"), "weights must be a file name"),
    (_with(weights_dtype="int8"), "weights_dtype must be one of"),
    ({**_shipped(), **{f"extra{i}": i for i in range(65)}}, "65 unknown keys"),
    (_with(dataset={"x": [[[]]] * 3, "y": "z" * 10_001}), "dataset.y is longer"),
    ([], "must be a JSON object, not a list"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_each_field_is_checked_with_a_clear_message(meta, message):
    with pytest.raises(MetadataError, match=message) as err:
        validate_metadata(meta)
    assert "\n" not in str(err.value)


def test_unknown_fields_from_a_newer_version_are_accepted():
    meta = _with(colour="blue", tags=["a", "b"], extra_info={"nested": [1, 2, {"x": None}]})
    assert validate_metadata(meta) is meta
