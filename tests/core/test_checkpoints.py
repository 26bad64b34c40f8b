"""Checkpoints: round trip, names, format detection, bounded reads, hostile metadata."""

import json
import os
import pickle
import shutil
import threading

import pytest
import torch
from safetensors.torch import save as st_save
from safetensors.torch import save_file

from ae_desktop.core.models import get_spec
from ae_desktop.core.store import checkpoints
from ae_desktop.core.store.checkpoints import (
    CheckpointError,
    compact_checkpoint,
    list_checkpoints,
    load_checkpoint,
    save_checkpoint,
    weights_path,
)
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR


def _saved(tmp_path, arch="conv_selu", name="m", seed=0):
    torch.manual_seed(seed)
    model = get_spec(arch).build()
    path = save_checkpoint(tmp_path / name, model, arch, {"metrics": {"bce": 0.1}})
    return model, path


def _outputs(model):
    x = torch.rand(2, 1, 28, 28, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        return model.eval()(x)


def test_round_trip_gives_identical_outputs_and_metadata(tmp_path):
    model, path = _saved(tmp_path)
    lm = load_checkpoint(tmp_path / "m")
    assert torch.equal(_outputs(lm.model), _outputs(model))
    assert lm.metadata["architecture"] == "conv_selu" and lm.metadata["metrics"]["bce"] == 0.1
    assert {"torch", "safetensors", "python"} <= set(lm.metadata["versions"])
    assert lm.params == 46_529
    assert lm.path == path and lm.metadata_path == tmp_path / "m.json"
    assert list_checkpoints(tmp_path) == [tmp_path / "m.json"]
    # The ways to name a checkpoint give the same model; NAME.safetensors (the file
    # name before fresh weights names) still names the model NAME.
    for ref in (tmp_path / "m.json", path, str(tmp_path / "m"), tmp_path / "m.safetensors"):
        assert load_checkpoint(ref).version == lm.version


def test_shipped_layout_without_a_weights_field_still_loads(tmp_path):
    for f in ("conv_selu.json", "conv_selu.safetensors"):
        shutil.copy(SHIPPED_MODELS_DIR / f, tmp_path / f)
    assert "weights" not in json.loads((tmp_path / "conv_selu.json").read_text())
    lm = load_checkpoint(tmp_path / "conv_selu")
    assert lm.path == tmp_path / "conv_selu.safetensors"
    assert load_checkpoint(tmp_path / "conv_selu.safetensors").version == lm.version


# ------------------------------------------------------------------- names
def test_names_with_dots_are_separate_models(tmp_path):
    m1, _ = _saved(tmp_path, name="run.1", seed=1)
    m2, _ = _saved(tmp_path, name="run.2", seed=2)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "run.1.json" in names and "run.2.json" in names and "run.json" not in names
    assert all(n.startswith(("run.1.", "run.2.")) for n in names)
    a, b = load_checkpoint(tmp_path / "run.1"), load_checkpoint(tmp_path / "run.2")
    assert (a.name, b.name) == ("run.1", "run.2")
    assert torch.equal(_outputs(a.model), _outputs(m1))
    assert torch.equal(_outputs(b.model), _outputs(m2))


def test_saving_to_a_loaded_models_weights_path_replaces_that_model(tmp_path):
    _, path = _saved(tmp_path, name="run.1")
    new = save_checkpoint(path, get_spec("conv_selu").build(), "conv_selu")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["run.1.json", new.name])
    assert load_checkpoint(tmp_path / "run.1").path == new


@pytest.mark.parametrize("name", [".", "..", "", ".hidden", "CON", "a:b"])
def test_unusable_names_are_refused_and_nothing_is_written(tmp_path, name):
    folder = tmp_path / "models"
    folder.mkdir()
    with pytest.raises(CheckpointError, match="not a usable model name"):
        save_checkpoint(f"{folder}/{name}", get_spec("dense_100").build(), "dense_100")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["models"]


# --------------------------------------------------------- format detection
def _st_bytes_with_header_len(tensors, residue=128):
    """Valid safetensors bytes whose header length is ``residue`` mod 256."""
    for pad in range(0, 600):
        data = st_save(tensors, metadata={"architecture": "conv_selu", "pad": "x" * pad})
        if int.from_bytes(data[:8], "little") % 256 == residue:
            return data
    raise AssertionError("no padding gives that header length")


def test_valid_file_whose_header_length_is_128_mod_256_loads(tmp_path):
    model, path = _saved(tmp_path)
    tensors = {k: v.contiguous() for k, v in model.state_dict().items()}
    data = _st_bytes_with_header_len(tensors)
    assert data[0] == 0x80  # what the old check took for a pickle
    path.write_bytes(data)
    assert checkpoints.detect_format(data) == "safetensors"
    assert torch.equal(_outputs(load_checkpoint(path).model), _outputs(model))


@pytest.mark.parametrize("writer", [
    lambda sd, p: torch.save(sd, p),  # zip archive (torch's default)
    lambda sd, p: torch.save(sd, p, _use_new_zipfile_serialization=False),  # legacy pickle
    lambda sd, p: p.write_bytes(pickle.dumps(dict(sd), protocol=2)),
    lambda sd, p: p.write_bytes(pickle.dumps(dict(sd), protocol=5)),
], ids=["torch-zip", "torch-legacy", "pickle-2", "pickle-5"])
def test_pickle_files_are_refused_without_unpickling(tmp_path, writer, monkeypatch):
    _, path = _saved(tmp_path)
    writer(get_spec("conv_selu").build().state_dict(), path)
    monkeypatch.setattr(pickle, "loads", lambda *a, **k: pytest.fail("unpickled"))
    with pytest.raises(CheckpointError, match="pickle-based PyTorch file"):
        load_checkpoint(path)


@pytest.mark.parametrize("data,message", [
    (b"", "truncated"),
    (b"\x10\x00\x00\x00\x00\x00\x00\x00{}", "truncated"),
    ((4).to_bytes(8, "little") + b"[1] ", "not a safetensors file"),
    ((2).to_bytes(8, "little") + b"{}" + b"\x80\x02", "corrupt|missing tensors"),
    (b"\x80\x07" + b"\x00" * 64, "not safetensors"),  # protocol 7 is no pickle
], ids=["empty", "short", "header-not-object", "empty-header", "not-pickle-either"])
def test_other_broken_weights_are_refused_with_a_reason(tmp_path, data, message):
    _, path = _saved(tmp_path)
    path.write_bytes(data)
    with pytest.raises(CheckpointError, match=message):
        load_checkpoint(path)


def test_truncated_file_is_refused(tmp_path):
    _, path = _saved(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CheckpointError, match="truncated|corrupt"):
        load_checkpoint(path)


def test_oversized_weights_file_is_refused_before_reading(tmp_path, monkeypatch):
    _, path = _saved(tmp_path)
    with open(path, "r+b") as fh:  # sparse: costs no disk
        fh.truncate(300 * 2**20)
    with pytest.raises(CheckpointError, match=r"is 300\.0 MiB, more than the 256\.0 MiB"):
        load_checkpoint(path)


def test_wrong_shapes_are_refused(tmp_path):
    _, path = _saved(tmp_path)
    tensors = {k: v.clone() for k, v in get_spec("conv_selu").build().state_dict().items()}
    tensors["encoder.0.weight"] = torch.zeros(8, 1, 3, 3)
    save_file(tensors, path)
    with pytest.raises(CheckpointError, match=r"encoder\.0\.weight has shape \(8, 1, 3, 3\)"):
        load_checkpoint(path)


@pytest.mark.parametrize("arch,message", [
    ("conv_2d", "does not fit architecture conv_2d"),  # weights of another architecture
    ("transformer_xl", "unknown architecture 'transformer_xl'"),
])
def test_metadata_naming_the_wrong_architecture_is_refused(tmp_path, arch, message):
    _saved(tmp_path)
    meta = json.loads((tmp_path / "m.json").read_text())
    meta["architecture"] = arch
    (tmp_path / "m.json").write_text(json.dumps(meta))
    with pytest.raises(CheckpointError, match=message):
        load_checkpoint(tmp_path / "m")


# ------------------------------------------------------- hostile metadata
def _edit_meta(folder, change):
    meta = json.loads((folder / "m.json").read_text())
    change(meta)
    (folder / "m.json").write_text(json.dumps(meta))


HOSTILE_JSON = {
    "5000-digit integer": (lambda p: p.write_text('{"format": "ae-desktop-checkpoint", '
                                                  '"epochs": ' + "9" * 5000 + "}"),
                           "not usable JSON \\(a number has too many digits\\)"),
    "100,000 nested arrays": (lambda p: p.write_text('{"a": ' + "[" * 100_000 + "]" * 100_000
                                                     + "}"),
                              "nested 100,001 levels deep"),
    "metrics of the wrong type": (lambda p: _edit_meta(p.parent, lambda m: m.update(metrics=5)),
                                  "metrics must be an object, not a number"),
    "50 MB file": (lambda p: os.truncate(p, 50_000_000),
                   r"metadata file is 47\.7 MiB, more than the 4\.0 MiB"),
    "not JSON": (lambda p: p.write_text("{not json"), "not valid JSON"),
    "not UTF-8": (lambda p: p.write_bytes(b'{"name": "\xff"}'), "not UTF-8"),
    "a list": (lambda p: p.write_text("[]"), "must be a JSON object"),
    "NaN metric": (lambda p: _edit_meta(p.parent, lambda m: m["metrics"].update(bce=float("nan"))),
                   "metrics.bce must be finite"),
    "newer format": (lambda p: _edit_meta(p.parent, lambda m: m.update(format_version=2)),
                     "written by a newer AE Desktop"),
    "weights outside the folder": (lambda p: _edit_meta(
        p.parent, lambda m: m.update(weights="../other.safetensors")),
        "weights must be a file name ending in .safetensors in the same folder"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_JSON))
def test_hostile_metadata_is_one_clear_checkpoint_error(tmp_path, case):
    _saved(tmp_path)
    spoil, message = HOSTILE_JSON[case]
    spoil(tmp_path / "m.json")
    with pytest.raises(CheckpointError, match=message) as err:
        load_checkpoint(tmp_path / "m")
    assert str(err.value).startswith(f"{tmp_path / 'm.json'}: ") and "\n" not in str(err.value)


def test_a_fifo_in_place_of_the_metadata_does_not_hang(tmp_path):
    _saved(tmp_path)
    fifo = tmp_path / "m.json"
    fifo.unlink()
    os.mkfifo(fifo)
    result = []
    t = threading.Thread(target=lambda: result.append(_error_of(load_checkpoint, fifo)),
                         daemon=True)
    t.start()
    t.join(10)
    if t.is_alive():  # unblock the reader so the test run can go on
        with open(fifo, "wb"):
            pass
    assert result and "not a regular file" in result[0]


def _error_of(fn, *args):
    try:
        fn(*args)
    except CheckpointError as exc:
        return str(exc)
    return "no error"


def test_failed_write_leaves_the_previous_checkpoint_intact(tmp_path, monkeypatch):
    _saved(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        save_checkpoint(tmp_path / "m", get_spec("conv_selu").build(), "conv_selu")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_compact_halves_the_file_and_remeasures_metrics(tmp_path):
    model, path = _saved(tmp_path, name="run.1")
    size = path.stat().st_size
    calls = []
    meta = compact_checkpoint(tmp_path / "run.1", lambda lm: calls.append(lm) or {"bce": 0.123})
    new_path = weights_path(tmp_path / "run.1")
    assert new_path.stat().st_size < 0.6 * size and not path.exists()
    assert meta["metrics"] == {"bce": 0.123} and meta["metrics_fp32"] == {"bce": 0.1}
    lm = load_checkpoint(tmp_path / "run.1")
    assert lm.metadata["weights_dtype"] == "float16" and lm.path == new_path
    assert torch.allclose(_outputs(lm.model), _outputs(model), atol=2e-3)
    assert next(lm.model.parameters()).dtype == torch.float32  # computed in fp32
