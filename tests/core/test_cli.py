"""The command line end to end (in-process for speed, one real subprocess)."""

import json
import subprocess
import sys

import numpy as np
import pytest
import torch
from PIL import Image

from ae_desktop.cli import main
from ae_desktop.core.data.idx import load_test
from ae_desktop.core.data.images import load_ink
from ae_desktop.core.evaluation.metrics import evaluate, reconstruct
from ae_desktop.core.live.preprocess import preprocess
from ae_desktop.core.store.checkpoints import load_checkpoint, save_checkpoint
from ae_desktop.core.train.trainer import TrainConfig, run


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("models")
    digits = load_test().images[:1000]
    for arch in ("dense_100", "vae_2d"):
        res = run(TrainConfig(arch, epochs=1, limit=256, val_limit=100, final_eval=False),
                  train_images=digits)
        save_checkpoint(folder / f"tiny_{arch}", res.model, arch, res.metadata)
    return folder


def test_summary_prints_the_keras_table(capsys):
    assert main(["summary", "conv_selu"]) == 0
    out = capsys.readouterr().out
    assert "Encoder params: 23,296" in out and "Decoder params: 23,233" in out


def test_eval_json_has_one_object_per_model(model_dir, capsys):
    assert main(["eval", "--all", "--model-dir", str(model_dir), "--limit", "200", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["tiny_dense_100", "tiny_vae_2d"]
    for r in rows:
        assert {"name", "architecture", "params", "bce", "mse", "rounded_accuracy",
                "denoise_mse", "n_test"} <= set(r) and r["n_test"] == 200
    assert "neg_elbo" in rows[1] and "neg_elbo" not in rows[0]
    # The figures are those of the named weights on the first 200 test digits.
    x = load_test().float_images()[:200]
    for r in rows:
        lm = load_checkpoint(model_dir / r["name"])
        want = evaluate(lm.model, lm.spec, x)
        assert {k: r[k] for k in want} == pytest.approx(want, rel=1e-6)
        assert r["params"] == lm.params and r["architecture"] == lm.spec.name


def test_eval_table(model_dir, capsys):
    assert main(["eval", str(model_dir / "tiny_dense_100.safetensors"), "--limit", "100"]) == 0
    out = capsys.readouterr().out
    assert "tiny_dense_100" in out and "(100 test digits)" in out


def test_reconstruct_writes_a_side_by_side_png(model_dir, tmp_path, capsys):
    digit = load_test().images[0]
    # Dark ink on light paper, larger and off-centre: the CLI must cope.
    page = np.full((200, 300), 255, np.uint8)
    page[20:160, 150:290] = 255 - np.kron(digit, np.ones((5, 5), np.uint8))
    src = tmp_path / "seven.png"
    Image.fromarray(page).save(src)
    out = tmp_path / "out.png"
    assert main(["reconstruct", str(src), "--model-dir", str(model_dir), "--out", str(out),
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [m["name"] for m in report["models"]] == ["tiny_dense_100", "tiny_vae_2d"]
    # The reported errors are each model's error on the preprocessed digit, which is the
    # test digit again (inverted, enlarged and moved back into place).
    pre = preprocess(load_ink(src))
    assert np.mean((pre - digit / 255.0) ** 2) < 1e-3
    for m in report["models"]:
        lm = load_checkpoint(model_dir / m["name"])
        rec = reconstruct(lm.model, lm.spec, torch.from_numpy(pre[None, None]))[0, 0].numpy()
        c = np.clip(rec.astype(np.float64), 1e-7, 1 - 1e-7)
        bce = -np.mean(pre * np.log(c) + (1 - pre) * np.log1p(-c))
        assert m["mse"] == pytest.approx(np.mean((rec - pre) ** 2), rel=1e-5)
        assert m["bce"] == pytest.approx(bce, rel=1e-4)
    with Image.open(out) as im:
        assert im.width > 4 * im.height / 1.5  # four panels side by side


def test_train_saves_a_checkpoint(tmp_path, full_mnist_dir, capsys):
    out = tmp_path / "trained"
    assert main(["train", "dense_100", "--epochs", "1", "--limit", "300", "--data-dir",
                 str(full_mnist_dir), "--out", str(out), "--quiet"]) == 0
    assert "saved" in capsys.readouterr().out
    lm = load_checkpoint(tmp_path / "trained")  # whatever the weights file is called
    assert lm.name == "trained" and lm.spec.name == "dense_100"
    assert lm.metadata["dataset"]["train_count"] == 300 and lm.metadata["epochs"] == 1
    # The saved weights are the ones whose metrics were recorded (final eval, 10,000 digits).
    got = evaluate(lm.model, lm.spec, load_test().float_images())
    assert lm.metadata["metrics"]["mse"] == pytest.approx(got["mse"], rel=1e-5)


@pytest.mark.parametrize("argv,needle", [
    (["reconstruct", "/nonexistent.png", "--out", "x.png"], "file not found"),
    (["eval", "/nonexistent.safetensors"], "not found"),
    (["train", "dense_100", "--data-dir", "/nonexistent", "--epochs", "1"], "ae-desktop download"),
    (["train", "dense_100", "--lr", "-1", "--data-dir", "/nonexistent"], "learning rate"),
    (["summary", "resnet"], "unknown architecture"),
])
def test_user_errors_are_one_line_without_traceback(argv, needle, capsys):
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err and err.count("\n") == 1


def test_not_an_image_is_reported(tmp_path, capsys):
    bad = tmp_path / "notes.png"
    bad.write_text("hello")
    assert main(["reconstruct", str(bad), "--out", str(tmp_path / "o.png")]) == 1
    assert "not an image" in capsys.readouterr().err


def test_module_entry_point_runs():
    res = subprocess.run([sys.executable, "-m", "ae_desktop", "summary", "dense_100"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "Total params: 454,004" in res.stdout
