"""The code size as an architecture parameter: registry, models, config, CLI, checkpoints."""

import json

import numpy as np
import pytest
import torch

from ae_desktop.core.models import ARCHITECTURES, LatentSizeError, get_spec
from ae_desktop.core.models.specs import FAMILY_SIZES
from ae_desktop.core.store.checkpoints import load_checkpoint, save_checkpoint
from ae_desktop.core.train.config import TrainConfig, command_line

FAMILIES = [name for name, spec in ARCHITECTURES.items() if spec.has_latent_parameter]


def test_the_dense_and_conv_families_are_registered_once():
    assert FAMILIES == ["dense_z", "conv_z"]
    assert FAMILY_SIZES == (2, 4, 8, 16, 32, 64, 128)


@pytest.mark.parametrize("arch", FAMILIES)
@pytest.mark.parametrize("z", [2, 7, 128])
def test_a_family_builds_a_code_of_the_size_asked(arch, z):
    spec = get_spec(arch, z)
    assert spec.name == arch and spec.latent_shape == (z,) and spec.latent_size == z
    model = spec.build().eval()
    with torch.no_grad():
        code = model.encode(torch.rand(3, 1, 28, 28))
        assert tuple(code.shape) == (3, z)
        assert tuple(model.decode(code).shape) == (3, 1, 28, 28)


def test_dense_family_layers_are_784_256_z_256_784():
    model = get_spec("dense_z", 8).build()
    shapes = [tuple(p.shape) for n, p in model.named_parameters() if n.endswith("weight")]
    assert shapes == [(256, 784), (8, 256), (256, 8), (784, 256)]


def test_fixed_architectures_refuse_another_size_and_families_refuse_out_of_range():
    assert get_spec("conv_2d", 2) is ARCHITECTURES["conv_2d"]  # its own size is fine
    with pytest.raises(LatentSizeError, match="fixed code"):
        get_spec("conv_2d", 8)
    for bad in (0, 513, -1):
        with pytest.raises(LatentSizeError, match="outside 1 to 512"):
            get_spec("dense_z", bad)


def test_config_validates_the_size_and_the_command_line_reproduces_it():
    cfg = TrainConfig("dense_z", latent_size=32, lr_schedule="cosine").resolved()
    cfg.validate()
    assert "--latent 32" in command_line(cfg) and "--lr-schedule cosine" in command_line(cfg)
    with pytest.raises(ValueError, match="fixed code"):
        TrainConfig("conv_upsampling", latent_size=3).validate()
    with pytest.raises(ValueError, match="schedule"):
        TrainConfig("dense_z", lr_schedule="linear").validate()


def test_a_checkpoint_records_its_size_and_loads_with_it(tmp_path):
    model = get_spec("dense_z", 4).build()
    save_checkpoint(tmp_path / "small", model, "dense_z", {"name": "small"})
    meta = json.loads((tmp_path / "small.json").read_text())
    assert meta["latent_size"] == 4 and meta["architecture"] == "dense_z"
    lm = load_checkpoint(tmp_path / "small")
    assert lm.spec.latent_shape == (4,) and lm.latent_size == 4
    for k, v in model.state_dict().items():
        assert torch.equal(lm.model.state_dict()[k], v)


def test_a_checkpoint_whose_recorded_size_does_not_fit_its_tensors_is_refused(tmp_path):
    save_checkpoint(tmp_path / "m", get_spec("dense_z", 4).build(), "dense_z")
    meta_path = tmp_path / "m.json"
    meta = json.loads(meta_path.read_text())
    meta["latent_size"] = 8
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(Exception, match="shape"):
        load_checkpoint(tmp_path / "m")
    meta["latent_size"] = 100000
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(Exception, match="latent_size"):
        load_checkpoint(tmp_path / "m")


def test_cli_trains_a_family_member_and_eval_json_names_architecture_and_size(
        tmp_path, capsys, full_mnist_dir):
    from ae_desktop.cli import main

    out = tmp_path / "dz3"
    assert main(["train", "dense_z", "--latent", "3", "--epochs", "1", "--limit", "256",
                 "--data-dir", str(full_mnist_dir), "--out", str(out), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["eval", str(out), "--json", "--limit", "100", "--data-dir",
                 str(full_mnist_dir)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["architecture"] == "dense_z" and rows[0]["latent_size"] == 3
    assert np.isfinite(rows[0]["mse"])


def test_models_are_listed_with_code_sizes_in_numeric_order(tmp_path):
    from ae_desktop.core.store.model_files import list_checkpoints

    for name in ("dense_z128", "dense_z16", "dense_z2", "dense_100", "conv_2d", "dense_z4"):
        (tmp_path / f"{name}.json").write_text("{}")
    assert [p.stem for p in list_checkpoints(tmp_path)] == [
        "conv_2d", "dense_100", "dense_z2", "dense_z4", "dense_z16", "dense_z128"]
