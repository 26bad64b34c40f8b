import json

import pytest
import torch
from safetensors.torch import save_file

from ae_desktop.core import checkpoints
from ae_desktop.core.checkpoints import (
    CheckpointError,
    list_checkpoints,
    load_checkpoint,
    save_checkpoint,
)
from ae_desktop.core.models import get_spec


def _saved(tmp_path, arch="conv_selu", name="m"):
    torch.manual_seed(0)
    model = get_spec(arch).build()
    path = save_checkpoint(tmp_path / name, model, arch, {"metrics": {"bce": 0.1}})
    return model, path


def test_round_trip_gives_identical_outputs_and_metadata(tmp_path):
    model, path = _saved(tmp_path)
    assert path.suffix == ".safetensors" and path.with_suffix(".json").exists()
    lm = load_checkpoint(path)
    x = torch.rand(2, 1, 28, 28)
    with torch.no_grad():
        assert torch.equal(lm.model(x), model.eval()(x))
    assert lm.metadata["architecture"] == "conv_selu" and lm.metadata["metrics"]["bce"] == 0.1
    assert {"torch", "safetensors", "python"} <= set(lm.metadata["versions"])
    assert lm.params == 46_529
    assert list_checkpoints(tmp_path) == [path]


def test_pickle_file_is_refused_without_unpickling(tmp_path):
    _, path = _saved(tmp_path)
    torch.save(get_spec("conv_selu").build().state_dict(), path)  # zip+pickle format
    with pytest.raises(CheckpointError, match="pickle"):
        load_checkpoint(path)


def test_truncated_file_is_refused(tmp_path):
    _, path = _saved(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CheckpointError, match="truncated|corrupt"):
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
    _, path = _saved(tmp_path)
    meta = json.loads(path.with_suffix(".json").read_text())
    meta["architecture"] = arch
    path.with_suffix(".json").write_text(json.dumps(meta))
    with pytest.raises(CheckpointError, match=message):
        load_checkpoint(path)


def test_broken_metadata_is_refused(tmp_path):
    _, path = _saved(tmp_path)
    path.with_suffix(".json").write_text("{not json")
    with pytest.raises(CheckpointError, match="not valid JSON"):
        load_checkpoint(path)


def test_failed_write_leaves_the_previous_checkpoint_intact(tmp_path, monkeypatch):
    model, path = _saved(tmp_path)
    before = path.read_bytes(), path.with_suffix(".json").read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(checkpoints.os, "replace", boom)
    with pytest.raises(OSError):
        save_checkpoint(tmp_path / "m", get_spec("conv_selu").build(), "conv_selu")
    assert (path.read_bytes(), path.with_suffix(".json").read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "m.safetensors"]


def test_compact_halves_the_file_and_remeasures_metrics(tmp_path):
    from ae_desktop.core.checkpoints import compact_checkpoint

    model, path = _saved(tmp_path)
    size = path.stat().st_size
    calls = []
    meta = compact_checkpoint(path, lambda lm: calls.append(lm) or {"bce": 0.123})
    assert path.stat().st_size < 0.6 * size
    assert meta["metrics"] == {"bce": 0.123} and meta["metrics_fp32"] == {"bce": 0.1}
    lm = load_checkpoint(path)
    assert lm.metadata["weights_dtype"] == "float16"
    x = torch.rand(2, 1, 28, 28)
    with torch.no_grad():
        assert torch.allclose(lm.model(x), model.eval()(x), atol=2e-3)
    assert next(lm.model.parameters()).dtype == torch.float32  # computed in fp32
