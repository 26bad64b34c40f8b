"""The command line and the model files: names, --overwrite, hostile files next to good ones."""

import copy
import json
import os
import shutil

import pytest
import torch

from ae_desktop.cli import main
from ae_desktop.core.data.idx import load_test
from ae_desktop.core.evaluation.metrics import evaluate
from ae_desktop.core.store.checkpoints import load_checkpoint, save_checkpoint, weights_path
from ae_desktop.core.train import trainer
from ae_desktop.core.train.trainer import TrainConfig, TrainingFinished, TrainResult, run


@pytest.fixture(scope="module")
def trained():
    """One briefly trained dense_100 (seconds), reused as the result of every fake training."""
    res = run(TrainConfig("dense_100", epochs=1, limit=128, val_limit=50, final_eval=False),
              train_images=load_test().images[:500])
    return res


@pytest.fixture
def fake_training(trained, monkeypatch):
    """``ae-desktop train`` without the minutes: ``train`` yields the prepared result."""
    calls = []

    def train(cfg, **kwargs):
        calls.append(cfg)
        for hook in fake_training_hooks:
            hook()
        model = copy.deepcopy(trained.model)
        with torch.no_grad():  # a different model each time, to tell them apart
            next(model.parameters()).add_(len(calls))
        yield TrainingFinished(TrainResult(model, copy.deepcopy(trained.metadata)))

    fake_training_hooks.clear()
    monkeypatch.setattr(trainer, "train", train)  # cli_train imports it when it runs
    return calls


fake_training_hooks: list = []


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _train(out, *extra):
    return main(["train", "dense_100", "--out", str(out), "--quiet", *extra])


# ------------------------------------------------------------------ train --out
def test_train_refuses_an_existing_model_before_training(tmp_path, fake_training, capsys):
    assert _train(tmp_path / "mine") == 0
    before = _snapshot(tmp_path)
    capsys.readouterr()
    assert _train(tmp_path / "mine") == 1
    err = capsys.readouterr().err
    assert "a model named 'mine' already exists" in err and "--overwrite" in err
    assert err.count("\n") == 1
    assert len(fake_training) == 1  # the second run never started training
    assert _snapshot(tmp_path) == before


def test_train_overwrite_replaces_the_model(tmp_path, fake_training):
    assert _train(tmp_path / "mine") == 0
    first = load_checkpoint(tmp_path / "mine")
    assert _train(tmp_path / "mine", "--overwrite") == 0
    second = load_checkpoint(tmp_path / "mine")
    assert second.version != first.version and not first.path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["mine.json", second.path.name])


def test_train_keeps_dotted_names_apart(tmp_path, fake_training, capsys):
    assert _train(tmp_path / "run.1") == 0
    assert _train(tmp_path / "run.2") == 0
    a, b = load_checkpoint(tmp_path / "run.1"), load_checkpoint(tmp_path / "run.2")
    assert (a.name, b.name) == ("run.1", "run.2") and a.version != b.version
    assert not (tmp_path / "run.json").exists()
    assert "run.1.json" in capsys.readouterr().out
    # --out NAME.safetensors names the model NAME, as before.
    assert _train(tmp_path / "other.safetensors") == 0
    assert load_checkpoint(tmp_path / "other").name == "other"


@pytest.mark.parametrize("name", [".", "..", ".hidden", "CON", "", "a:b"])
def test_train_refuses_unsafe_names_before_training(tmp_path, fake_training, capsys, name):
    folder = tmp_path / "models"
    folder.mkdir()
    assert _train(f"{folder}/{name}") == 1
    err = capsys.readouterr().err
    assert "not a usable model name" in err and err.count("\n") == 1
    assert not fake_training
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["models"]


def test_a_model_appearing_while_training_is_not_replaced(tmp_path, fake_training, capsys):
    def someone_else_saves():  # another process saves "mine" while we train
        save_checkpoint(tmp_path / "mine", _any_model(), "dense_100", {"marker": "theirs"})

    fake_training_hooks.append(someone_else_saves)
    assert _train(tmp_path / "mine") == 1
    err = capsys.readouterr().err
    assert "appeared" in err and "saved as 'mine_2'" in err
    assert load_checkpoint(tmp_path / "mine").metadata["marker"] == "theirs"
    assert load_checkpoint(tmp_path / "mine_2").name == "mine_2"


def _any_model():
    from ae_desktop.core.models import get_spec

    return get_spec("dense_100").build()


# ----------------------------------------------------------------------- eval
@pytest.fixture
def good_folder(tmp_path, trained):
    folder = tmp_path / "models"
    save_checkpoint(folder / "good", trained.model, "dense_100", trained.metadata)
    return folder


def _copy_model(folder, name, spoil_meta=None, spoil_weights=None):
    meta = json.loads((folder / "good.json").read_text())
    meta["name"] = name
    meta["weights"] = f"{name}.safetensors"
    shutil.copy(weights_path(folder / "good"), folder / f"{name}.safetensors")
    (folder / f"{name}.json").write_text(json.dumps(meta))
    if spoil_meta:
        spoil_meta(folder / f"{name}.json")
    if spoil_weights:
        spoil_weights(folder / f"{name}.safetensors")


def _with_metrics_5(p):
    meta = json.loads(p.read_text())
    meta["metrics"] = 5
    p.write_text(json.dumps(meta))


HOSTILE = {
    "digits": (lambda p: p.write_text('{"format": "ae-desktop-checkpoint", "format_version": 1, '
                                      '"architecture": "dense_100", "epochs": '
                                      + "7" * 5000 + "}"), None,
               "a number has too many digits"),
    "nested": (lambda p: p.write_text('{"x": ' + "[" * 100_000 + "]" * 100_000 + "}"), None,
               "nested 100,001 levels deep"),
    "metrics5": (_with_metrics_5, None, "metrics must be an object, not a number"),
    "huge": (lambda p: os.truncate(p, 50_000_000), None, "more than the 4.0 MiB"),
    "pickled": (None, lambda p: torch.save(_any_model().state_dict(), p),
                "pickle-based PyTorch file"),
}


def _eval_all(folder, capsys):
    code = main(["eval", "--all", "--model-dir", str(folder), "--limit", "50", "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else None), err


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_eval_all_skips_a_bad_file_with_one_line_and_evaluates_the_rest(good_folder, capsys,
                                                                        case):
    spoil_meta, spoil_weights, reason = HOSTILE[case]
    _copy_model(good_folder, f"bad_{case}", spoil_meta, spoil_weights)
    code, rows, err = _eval_all(good_folder, capsys)
    assert code == 0, err
    assert [r["name"] for r in rows] == ["good"] and rows[0]["n_test"] == 50
    good = load_checkpoint(good_folder / "good")
    direct = evaluate(good.model, good.spec, load_test().float_images()[:50])
    for key in ("mse", "bce", "rounded_accuracy", "denoise_mse"):
        assert rows[0][key] == pytest.approx(direct[key], rel=1e-6), key
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"warning: skipped {good_folder}/bad_{case}.")
    assert reason in lines[0]


def test_eval_all_with_every_bad_file_at_once(good_folder, capsys):
    for case, (spoil_meta, spoil_weights, _) in HOSTILE.items():
        _copy_model(good_folder, f"bad_{case}", spoil_meta, spoil_weights)
    code, rows, err = _eval_all(good_folder, capsys)
    assert code == 0 and [r["name"] for r in rows] == ["good"]
    lines = err.splitlines()
    assert len(lines) == len(HOSTILE)
    for line, case in zip(lines, sorted(HOSTILE), strict=True):
        assert line.startswith("warning: skipped ") and f"bad_{case}." in line
        assert HOSTILE[case][2] in line


def test_eval_json_rows_name_the_weights_file_that_was_evaluated(good_folder, capsys):
    code, rows, _ = _eval_all(good_folder, capsys)
    assert code == 0
    assert rows[0]["path"] == str(weights_path(good_folder / "good"))
    assert {"name", "architecture", "params", "bce", "mse", "rounded_accuracy",
            "denoise_mse", "n_test"} <= set(rows[0])


def test_eval_and_compact_find_dotted_names(tmp_path, trained, capsys):
    for i, name in enumerate(("run.1", "run.2")):
        model = copy.deepcopy(trained.model)
        with torch.no_grad():
            next(model.parameters()).add_(i)
        save_checkpoint(tmp_path / name, model, "dense_100", trained.metadata)
    assert main(["eval", "run.1", "--model-dir", str(tmp_path), "--limit", "50", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["run.1"]
    assert rows[0]["path"] == str(weights_path(tmp_path / "run.1"))
    before = weights_path(tmp_path / "run.1").stat().st_size
    assert main(["compact", str(tmp_path / "run.1")]) == 0
    assert "run.1:" in capsys.readouterr().out
    assert weights_path(tmp_path / "run.1").stat().st_size < 0.6 * before
    assert load_checkpoint(tmp_path / "run.2").metadata["weights_dtype"] == "float32"


def test_eval_of_an_unknown_name_is_one_line(tmp_path, capsys):
    assert main(["eval", ".", "--model-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no model named '.'" in err and err.count("\n") == 1
