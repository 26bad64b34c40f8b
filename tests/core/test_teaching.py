"""Models a learner can recognise: titles, what each architecture teaches, its source."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path
from types import SimpleNamespace

import pytest

from ae_desktop.core.models import ARCHITECTURES, get_spec, teaching
from ae_desktop.core.models.summary import layer_rows, summary_text
from ae_desktop.core.store.model_info import ModelInfo

ROOT = Path(__file__).resolve().parents[2]


def _info(arch: str, name: str, shipped: bool) -> ModelInfo:
    return ModelInfo(name=name, architecture=arch, description="", params=1,
                     latent_shape=(2,), path=f"/m/{name}.json", metrics={}, history={},
                     training={}, summary="", epochs=None, training_time_s=None,
                     shipped=shipped)


def _class(arch: str) -> type:
    module, _, cls = get_spec(arch).factory.partition(":")
    return getattr(__import__(f"ae_desktop.core.models.{module}", fromlist=[cls]), cls)


def test_every_architecture_has_a_unique_readable_title():
    titles = [s.title for s in ARCHITECTURES.values()]
    assert len(set(titles)) == len(titles)
    for name, spec in ARCHITECTURES.items():
        assert spec.title.strip() == spec.title and spec.title != name
    assert get_spec("conv_upsampling").title == "Convolutional AE — Keras blog"
    assert get_spec("vae_2d").title == "VAE — Generative Deep Learning"


@pytest.mark.parametrize("arch", list(ARCHITECTURES))
def test_every_architecture_has_a_lesson(arch):
    notes = teaching.lesson(arch)
    assert notes is not None
    for text in (notes.teaches, notes.look_at):
        sentences = re.findall(r"[.!?](?:\s|$)", text)
        assert 2 <= len(sentences) <= 5, text
        assert "  " not in text and text == text.strip()
    assert teaching.lesson("no_such_model") is None


def test_core_texts_hold_every_shown_text_once():
    texts = teaching.core_texts()
    assert len(texts) == len(set(texts))
    for spec in ARCHITECTURES.values():
        notes = teaching.lesson(spec.name)
        assert {spec.title, spec.description, spec.source, notes.teaches,
                notes.look_at} <= set(texts)
    # ui/model_texts_tr.py writes each as a plain "..." literal for lupdate.
    assert not [t for t in texts if '"' in t or "\\" in t]


def test_a_shipped_model_is_called_by_its_architecture_a_trained_one_by_its_name():
    shipped = _info("vae_2d", "vae_2d", shipped=True)
    assert shipped.title == "VAE — Generative Deep Learning"
    assert shipped.subtitle == "" and shipped.full_title == shipped.title
    mine = _info("vae_2d", "my_vae", shipped=False)
    assert mine.title == "my_vae"
    assert mine.subtitle == mine.architecture_title == "VAE — Generative Deep Learning"
    assert mine.full_title == "my_vae (VAE — Generative Deep Learning)"
    # An architecture this version does not know: its id stands in for the title.
    odd = _info("future_arch", "odd", shipped=True)
    assert odd.title == "future_arch" and odd.architecture_title == "future_arch"


@pytest.mark.parametrize("arch", list(ARCHITECTURES))
def test_class_source_is_the_class_as_written(arch):
    cls = _class(arch)
    text = teaching.class_source(arch)
    assert text.startswith(f"class {cls.__name__}(")
    assert text == inspect.getsource(cls).rstrip("\n")
    assert teaching.class_source(get_spec(arch)) == text


@pytest.mark.parametrize("arch", list(ARCHITECTURES))
def test_the_listing_has_the_class_first_then_what_it_uses(arch):
    cls = _class(arch)
    parts = teaching.model_source(arch)
    assert parts[0].name == cls.__name__ and parts[0].code == teaching.class_source(arch)
    assert parts[-1].module == "base"
    names = [p.name for p in parts]
    assert "Autoencoder" in names  # encode, decode and forward of every model
    listing = teaching.model_source_text(arch)
    assert listing.startswith(f"# ae_desktop/core/models/{parts[0].module}.py\n")
    assert f"class {cls.__name__}(" in listing
    assert "def forward" in listing and "def encode" in listing
    compile(listing, arch, "exec")  # a listing that reads as Python
    for part in parts:  # each piece as it is in its file
        source = (ROOT / part.path).read_text(encoding="utf-8")
        assert part.code in source


def test_helpers_from_other_model_files_are_listed():
    names = [(p.module, p.name) for p in teaching.model_source("vae_2d")]
    assert names[:2] == [("vae", "Vae2D"), ("vae", "_GaussianHeads")]
    for helper in ("conv2d_encoder_trunk", "conv2d_decoder", "KERAS_LEAKY_SLOPE"):
        assert ("conv", helper) in names
    listing = teaching.model_source_text("vae_2d")
    assert "# Keras' LeakyReLU default slope" in listing  # a definition's comment comes along
    assert "# ae_desktop/core/models/conv.py (used above)" in listing
    assert [p.name for p in teaching.model_source("dense_100")] == \
        ["Dense100", "Autoencoder", "Reshape", "keras_init"]


def test_the_source_is_read_without_importing_torch():
    code = ("import sys\n"
            "from ae_desktop.core.models import ARCHITECTURES, teaching\n"
            "for a in ARCHITECTURES:\n"
            "    assert teaching.class_source(a).startswith('class ')\n"
            "    assert 'def forward' in teaching.model_source_text(a)\n"
            "sys.exit(3 if 'torch' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_a_compiled_module_origin_still_finds_the_py_file(monkeypatch, tmp_path):
    """In the frozen app a module's spec may name a .pyc; the .py shipped beside it is used."""
    (tmp_path / "conv.py").write_text("class ConvUpsampling:\n    pass\n")

    def fake_find_spec(name):
        return SimpleNamespace(origin=str(tmp_path / "conv.pyc"))

    monkeypatch.setattr(teaching.importlib.util, "find_spec", fake_find_spec)
    assert teaching.module_path("conv") == tmp_path / "conv.py"


def test_missing_sources_say_so(monkeypatch, tmp_path):
    monkeypatch.setattr(teaching.importlib.util, "find_spec",
                        lambda name: SimpleNamespace(origin=str(tmp_path / "x.pyc")))
    monkeypatch.setattr(teaching, "__file__", str(tmp_path / "teaching.pyc"))
    teaching._module.cache_clear()
    try:
        with pytest.raises(teaching.SourceUnavailable, match="not available"):
            teaching.class_source("conv_2d")
    finally:
        teaching._module.cache_clear()
    with pytest.raises(ValueError):
        teaching.module_path("summary")


def test_the_model_files_are_found_where_python_finds_them():
    for module in teaching.SOURCE_MODULES:
        assert teaching.module_path(module) == \
            Path(find_spec(f"ae_desktop.core.models.{module}").origin)


def test_the_frozen_app_ships_the_model_sources():
    spec = (ROOT / "packaging" / "ae-desktop.spec").read_text()
    m = re.search(r'ROOT / "ae_desktop" / "core" / "models" / f"\{m\}\.py"\), '
                  r'"ae_desktop/core/models"\)\s+for m in \(([^)]*)\)', spec)
    assert m, "packaging/ae-desktop.spec does not collect the model sources as data"
    shipped = set(re.findall(r'"(\w+)"', m.group(1)))
    assert shipped >= set(teaching.SOURCE_MODULES)
    factories = {s.factory.partition(":")[0] for s in ARCHITECTURES.values()}
    assert factories <= set(teaching.SOURCE_MODULES)


@pytest.mark.parametrize("arch", list(ARCHITECTURES))
def test_the_summary_parses_into_the_layer_table(arch):
    rows, totals = teaching.summary_layers(summary_text(arch))
    expected = layer_rows(arch)
    assert [(r.part, r.name, r.kind, r.output_shape, r.params) for r in rows] == \
        [(r.part, r.name, r.kind, r.output_shape, r.params) for r in expected]
    enc = sum(r.params for r in expected if r.part == "encoder")
    dec = sum(r.params for r in expected if r.part == "decoder")
    assert totals == {"encoder": enc, "decoder": dec, "total": enc + dec}
    assert rows[0].qualified_name.startswith("encoder.")
    assert teaching.summary_layers("not a summary") == ([], {})
