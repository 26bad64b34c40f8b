"""Typed reasons: core's messages as English text that remembers template and values."""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import numpy as np
import pytest

from ae_desktop.core import reasons as R
from ae_desktop.core.reasons import Reason, join, one_line, templates, typed_error

ROOT = Path(__file__).resolve().parents[2]


def _placeholders(template: str) -> set[str]:
    import string

    return {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}


# ------------------------------------------------------------------------ the type
def test_a_reason_is_its_english_text_and_keeps_template_and_values():
    r = Reason(R.NAME_TOO_LONG, limit=64)
    assert r == "the name is longer than 64 characters"
    assert isinstance(r, str) and r.template == R.NAME_TOO_LONG and r.values == {"limit": 64}
    assert r.upper().startswith("THE NAME") and f"{r}" == r and "64" in r


def test_str_of_a_reason_and_of_an_exception_raised_with_one_is_the_reason():
    r = Reason(R.FILE_NOT_FOUND, name="/tmp/x")
    assert type(str(r)) is Reason
    for exc_type in (ValueError, OSError, RuntimeError):
        got = str(exc_type(r))
        assert type(got) is Reason and got.template == R.FILE_NOT_FOUND


def test_reasons_pickle_with_their_values_and_nested_reasons():
    inner = Reason(R.NAME_RESERVED, name="'CON'")
    outer = Reason(R.NOT_USABLE_NAME, reason=inner)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(outer, protocol))
        assert type(back) is Reason and back == outer and back.template == R.NOT_USABLE_NAME
        assert type(back.values["reason"]) is Reason and back.values["reason"].values == \
            {"name": "'CON'"}


def test_format_specs_in_templates_format_the_numbers():
    assert Reason(R.SIZE_BYTES_GROUPED, n=1234567) == "1,234,567 bytes"


def test_join_keeps_each_part_a_reason():
    parts = [Reason(R.CONFIG_EPOCHS), Reason(R.CONFIG_NOISE), "plain"]
    joined = join(parts)
    assert joined == "; ".join(parts)
    assert joined.template == R.JOIN and joined.values["first"] is parts[0]
    assert join(parts[:1]) is parts[0] and join([]) == ""


def test_one_line_keeps_a_reason_when_only_white_space_in_its_values_changes():
    r = Reason(R.CORRUPT_SAFETENSORS, error="bad\n  header")
    flat = one_line(r)
    assert flat == "corrupt safetensors file (bad header)" and isinstance(flat, Reason)
    long = one_line(Reason(R.CORRUPT_SAFETENSORS, error="x" * 600), 100)
    assert not isinstance(long, Reason) and len(long) == 100 and long.endswith("…")


def test_typed_error_keeps_the_reason_of_the_message():
    got = typed_error(ValueError(Reason(R.CONFIG_EPOCHS)))
    assert got == "ValueError: epochs must be at least 1"
    assert got.values["message"].template == R.CONFIG_EPOCHS
    assert typed_error(KeyError()) == "KeyError"


# ------------------------------------------------------------------ the registry
def test_every_template_is_registered_once_and_named_by_a_constant():
    listed = templates()
    assert len(listed) == len(set(listed)), "a template is defined twice"
    constants = {v for k, v in vars(R).items() if k.isupper() and isinstance(v, str)}
    assert constants == set(listed)


def _reason_calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Reason":
            yield node


def test_every_reason_is_made_from_a_registered_constant():
    """``Reason("literal")`` would be a text lupdate never sees: always ``R.NAME``."""
    bad = []
    for path in sorted((ROOT / "ae_desktop").rglob("*.py")):
        if path.name == "reasons.py" and path.parent.name == "core":
            continue
        for call in _reason_calls(path):
            first = call.args[0] if call.args else None
            ok = (isinstance(first, ast.Attribute) and isinstance(first.value, ast.Name)
                  and first.value.id == "R" and hasattr(R, first.attr)
                  and getattr(R, first.attr) in templates())
            # A choice between two constants: R.A if … else R.B
            if isinstance(first, ast.IfExp):
                ok = all(isinstance(x, ast.Attribute) and getattr(R, x.attr, None)
                         in templates() for x in (first.body, first.orelse))
            if ok:
                names = _placeholders(getattr(R, first.attr) if isinstance(first, ast.Attribute)
                                      else getattr(R, first.body.attr))
                given = {k.arg for k in call.keywords}
                if names != given:
                    bad.append(f"{path.relative_to(ROOT)}:{call.lineno}: values {sorted(given)}"
                               f" for placeholders {sorted(names)}")
            else:
                bad.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)[:80]}")
    assert not bad, "\n".join(bad)


# ------------------------------------------------------------------ the sites
def test_model_names_are_refused_with_reasons():
    from ae_desktop.core.store.model_names import InvalidModelName, check_model_name

    for name, template in (("", R.NAME_EMPTY), ("x" * 65, R.NAME_TOO_LONG),
                           ("a/b", R.NAME_BAD_CHARACTERS), (".x", R.NAME_LEADING_DOT),
                           ("x.", R.NAME_TRAILING_DOT), ("x.json", R.NAME_OWN_SUFFIX),
                           ("CON", R.NAME_RESERVED)):
        with pytest.raises(InvalidModelName) as info:
            check_model_name(name)
        assert str(info.value).template == template


def _write_model(folder: Path, name: str, weights: bytes, **meta) -> Path:
    from ae_desktop.core.store.metadata_schema import FORMAT, FORMAT_VERSION

    (folder / f"{name}.safetensors").write_bytes(weights)
    data = {"format": FORMAT, "format_version": FORMAT_VERSION, "architecture": "dense_100",
            **meta}
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data))
    return path


def test_load_failures_of_damaged_checkpoints_are_reasons_that_survive_pickling(tmp_path):
    from safetensors.numpy import save

    from ae_desktop.core.store.zoo import load_models

    _write_model(tmp_path, "pickled", b"PK\x03\x04" + b"\0" * 60)
    _write_model(tmp_path, "short", b"\x01\x02")
    _write_model(tmp_path, "newer", b"", format_version=99)
    _write_model(tmp_path, "arch", save({"x": np.zeros(2, np.float32)}), architecture="nope")
    (tmp_path / "broken.json").write_text("{not json")
    report = load_models([tmp_path])
    by_file = {f.path.name: f.reason for f in report.failures}
    assert by_file["pickled.safetensors"].template == R.PICKLE_WEIGHTS
    assert by_file["short.safetensors"].template == R.FILE_TRUNCATED
    assert by_file["newer.json"].values["reason"].template == R.NEWER_FORMAT
    assert by_file["broken.json"].values["reason"].template == R.JSON_INVALID
    assert by_file["arch.json"].template == R.UNKNOWN_ARCHITECTURE
    back = pickle.loads(pickle.dumps(report.failures))
    assert [f.reason.template for f in back] == [f.reason.template for f in report.failures]
    assert str(report.failures[0]) == f"{report.failures[0].path}: {report.failures[0].reason}"


def test_a_checkpoint_that_does_not_fit_names_its_tensors_in_a_reason(tmp_path):
    from safetensors.numpy import save

    from ae_desktop.core.store.checkpoints import CheckpointError, load_checkpoint

    _write_model(tmp_path, "m", save({"bogus": np.zeros(2, np.float32)}))
    with pytest.raises(CheckpointError) as info:
        load_checkpoint(tmp_path / "m.json")
    reason = info.value.reason
    assert reason.template == R.DOES_NOT_FIT
    assert reason.values["problems"].template == R.JOIN
    assert reason.values["problems"].values["first"].template == R.MISSING_TENSORS


def test_training_config_problems_are_joined_reasons():
    from ae_desktop.core.train.config import TrainConfig

    with pytest.raises(ValueError) as info:
        TrainConfig("dense_100", epochs=0, noise=5, optimizer="rmsprop").validate()
    text = str(info.value)
    assert text == ("epochs must be at least 1; unknown optimizer 'rmsprop' (use adam or "
                    "sgd); noise factor must be between 0 and 2")
    assert text.template == R.JOIN and text.values["first"].template == R.CONFIG_EPOCHS
    with pytest.raises(ValueError) as info:
        TrainConfig("dense_z", latent_size=100000).validate()
    assert str(info.value).template == R.LATENT_OUT_OF_RANGE


def test_idx_download_and_image_errors_are_reasons(tmp_path):
    from ae_desktop.core.data.download import DownloadError, download_dataset
    from ae_desktop.core.data.idx import DatasetError, load_split, parse_idx
    from ae_desktop.core.data.images import ImageLoadError, load_ink

    with pytest.raises(DatasetError) as info:
        parse_idx(b"\0\0\x08\x01\0\0\0\x05\1", "lbl")
    assert str(info.value).template == R.IDX_LENGTH
    assert str(info.value) == "lbl: header says 5 labels (13 bytes) but the file has 9 bytes " \
                              "(truncated)"
    with pytest.raises(DatasetError) as info:
        load_split(tmp_path, "train")
    assert str(info.value).template == R.FILE_NOT_FOUND
    with pytest.raises(DownloadError) as info:
        download_dataset(tmp_path, "mnist", mirrors=("http://127.0.0.1:9/",), timeout=2)
    reason = str(info.value)
    assert reason.template == R.DOWNLOAD_FAILED and reason.values["folder"] == str(tmp_path)
    (tmp_path / "x.png").write_bytes(b"not a png")
    with pytest.raises(ImageLoadError) as info:
        load_ink(tmp_path / "x.png")
    assert str(info.value).template == R.IMAGE_UNKNOWN_FORMAT


def test_the_device_fallback_note_and_divergence_are_reasons():
    from ae_desktop.core.compute.devices import resolve_device

    note = resolve_device("mps").note if resolve_device("mps").device == "cpu" else None
    if note is not None:
        assert note.template == R.DEVICE_FALLBACK and note.values["why"].template == \
            R.DEVICE_NO_MPS
    text = (ROOT / "ae_desktop/core/train/trainer.py").read_text()
    assert "Reason(R.DIVERGED" in text


def test_timeline_and_latent_size_errors_are_reasons():
    from ae_desktop.core.models.specs import LatentSizeError, get_spec
    from ae_desktop.core.train.timeline import TimelineError, from_tensors

    with pytest.raises(LatentSizeError) as info:
        get_spec("conv_2d", 7)
    assert str(info.value).template == R.LATENT_FIXED
    with pytest.raises(TimelineError) as info:
        from_tensors({"timeline.nope": np.zeros(1)})
    assert str(info.value).template == R.TIMELINE_UNKNOWN
