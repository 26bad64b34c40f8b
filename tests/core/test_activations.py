"""Every architecture's layer activations: the panels' shapes and values, input to output.

Each architecture of ``ARCHITECTURES`` (so ones added later too) is built with
``spec.build()`` and one real test digit is run through ``layer_outputs``. The panels are
checked against the model itself: the code against ``model.encode``, the last decoder
panel against ``model.decode_raw``, the reconstruction against ``model(x)``, every panel's
values against the output of one of the model's own layers (recorded with forward hooks
during ``encode``/``decode_raw``, in the same order), and every weight of the model
belongs to exactly one panel.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from ae_desktop.core.data.idx import load_test
from ae_desktop.core.models import ARCHITECTURES
from ae_desktop.core.models.activations import code_of, layer_outputs, units

# The shipped architectures, panel by panel: (part, what the panel shows, shape).
EXPECTED = {
    "conv_upsampling": [
        ("input", "", (1, 28, 28)),
        ("encoder", "Conv2d+ReLU", (16, 28, 28)), ("encoder", "MaxPool2d", (16, 14, 14)),
        ("encoder", "Conv2d+ReLU", (8, 14, 14)), ("encoder", "MaxPool2d", (8, 7, 7)),
        ("encoder", "Conv2d+ReLU", (8, 4, 4)),
        ("decoder", "Conv2d+ReLU", (8, 4, 4)), ("decoder", "Upsample", (8, 8, 8)),
        ("decoder", "Conv2d+ReLU", (8, 8, 8)), ("decoder", "Upsample", (8, 16, 16)),
        ("decoder", "Conv2d+ReLU", (16, 14, 14)), ("decoder", "Upsample", (16, 28, 28)),
        ("decoder", "Conv2d", (1, 28, 28)),
        ("output", "+sigmoid", (1, 28, 28)),
    ],
    "dense_100": [
        ("input", "", (1, 28, 28)),
        ("encoder", "Linear+ReLU", (256,)), ("encoder", "Linear+ReLU", (100,)),
        ("decoder", "Linear+ReLU", (256,)), ("decoder", "Linear", (1, 28, 28)),
        ("output", "", (1, 28, 28)),
    ],
    "conv_latent_map": [
        ("input", "", (1, 28, 28)),
        ("encoder", "Conv2d+ReLU", (10, 28, 28)), ("encoder", "MaxPool2d", (10, 24, 24)),
        ("encoder", "Linear", (1, 14, 14)),
        ("decoder", "ConvTranspose2d+ReLU", (10, 28, 28)), ("decoder", "Conv2d", (1, 28, 28)),
        ("output", "+sigmoid", (1, 28, 28)),
    ],
    "denoising_dense": [
        ("input", "", (1, 28, 28)),
        ("encoder", "Linear+ReLU", (256,)), ("encoder", "Linear+ReLU", (128,)),
        ("encoder", "Linear+ReLU", (64,)),
        ("decoder", "Linear+ReLU", (128,)), ("decoder", "Linear+ReLU", (256,)),
        ("decoder", "Linear", (1, 28, 28)),
        ("output", "+tanh", (1, 28, 28)),
    ],
    "conv_selu": [
        ("input", "", (1, 28, 28)),
        ("encoder", "Conv2d+SELU", (16, 28, 28)), ("encoder", "MaxPool2d", (16, 14, 14)),
        ("encoder", "Conv2d+SELU", (32, 14, 14)), ("encoder", "MaxPool2d", (32, 7, 7)),
        ("encoder", "Conv2d+SELU", (64, 7, 7)), ("encoder", "MaxPool2d", (64, 3, 3)),
        ("decoder", "ConvTranspose2d+SELU", (32, 7, 7)),
        ("decoder", "ConvTranspose2d+SELU", (16, 14, 14)),
        ("decoder", "ConvTranspose2d", (1, 28, 28)),
        ("output", "+sigmoid", (1, 28, 28)),
    ],
}
_FOSTER_ENCODER = [
    ("input", "", (1, 28, 28)),
    ("encoder", "Conv2d+LeakyReLU", (32, 28, 28)), ("encoder", "Conv2d+LeakyReLU", (64, 14, 14)),
    ("encoder", "Conv2d+LeakyReLU", (64, 7, 7)), ("encoder", "Conv2d+LeakyReLU", (64, 7, 7)),
]
_FOSTER_DECODER = [
    ("decoder", "Linear", (64, 7, 7)),  # the Dense(3136) shown as its Reshape to 64x7x7
    ("decoder", "ConvTranspose2d+LeakyReLU", (64, 7, 7)),
    ("decoder", "ConvTranspose2d+LeakyReLU", (64, 14, 14)),
    ("decoder", "ConvTranspose2d+LeakyReLU", (32, 28, 28)),
    ("decoder", "ConvTranspose2d", (1, 28, 28)),
    ("output", "+sigmoid", (1, 28, 28)),
]
EXPECTED["conv_2d"] = [*_FOSTER_ENCODER, ("encoder", "Linear", (2,)), *_FOSTER_DECODER]
# The VAE's two heads: the log-variance, then the mean (the code, next to the decoder).
EXPECTED["vae_2d"] = [*_FOSTER_ENCODER, ("encoder", "Linear", (2,)),
                      ("encoder", "Linear", (2,)), *_FOSTER_DECODER]


def _what(layer) -> str:
    return "+".join((layer.kind, *layer.then))


def _spec_variants():
    """Every architecture; a family with a latent-size parameter at its smallest and at a
    larger size too."""
    out = []
    for name, spec in ARCHITECTURES.items():
        out.append(pytest.param(spec, id=name))
        lo_hi = getattr(spec, "latent_range", None)
        if lo_hi:
            for z in (lo_hi[0], 32):
                out.append(pytest.param(spec.with_latent(z), id=f"{name}-z{z}"))
    return out


@pytest.fixture(scope="module")
def digit() -> np.ndarray:
    return load_test().images[0].astype(np.float32) / 255.0  # a 7


def _recorded_outputs(model, x):
    """Every layer's (class name, output) during ``encode`` and ``decode_raw`` (forward
    hooks on the same units the walk visits; the tuple of a VAE's heads gives each
    element), the code, the decoder's raw output."""
    seen: list[tuple[str, torch.Tensor]] = []

    def hook(m, _inp, out):
        seen.extend((type(m).__name__, o) for o in (out if isinstance(out, tuple | list)
                                                    else [out]))

    handles = [u.register_forward_hook(hook)
               for part in (model.encoder, model.decoder) for u in units(part)]
    try:
        with torch.inference_mode():
            code = model.encode(x)
            raw = model.decode_raw(code)
    finally:
        for h in handles:
            h.remove()
    return seen, code, raw


@pytest.mark.parametrize("spec", _spec_variants())
def test_each_architecture_gives_its_layers_from_input_to_reconstruction(spec, digit):
    torch.manual_seed(0)
    model = spec.build().eval()
    layers = layer_outputs(model, spec, digit)
    x = spec.to_model_range(torch.from_numpy(digit).reshape(1, 1, 28, 28))

    # From the input...
    assert layers[0].part == "input" and layers[0].shape == (1, 28, 28)
    np.testing.assert_array_equal(layers[0].values[0], digit)
    assert [a.part for a in layers] == (["input"] + ["encoder"] * sum(
        a.part == "encoder" for a in layers) + ["decoder"] * sum(
        a.part == "decoder" for a in layers) + ["output"])

    # ... through the model's own layers, in order ...
    seen, code, raw = _recorded_outputs(model, x)
    pos, heads_from = 0, None  # the heads of one layer (a tuple) may be shown in any order
    for a in layers[1:-1]:
        i = heads_from if a.role and heads_from is not None else pos
        while i < len(seen) and not (
                tuple(seen[i][1].shape[1:]) == a.shape
                and np.allclose(seen[i][1][0].float().numpy(), a.values, atol=1e-6)):
            i += 1
        assert i < len(seen), f"{_what(a)} {a.shape}: no layer of the model output this"
        if a.then:  # shown after the element-wise layers it names, not before
            assert seen[i][0] == a.then[-1], (_what(a), seen[i][0])
        if a.role:
            heads_from = pos if heads_from is None else heads_from
            pos = max(pos, i + 1)
        else:
            heads_from, pos = None, i + 1

    # ... the code where the encoder ends ...
    assert sum(a.is_code for a in layers) == 1
    c = code_of(layers)
    assert c.part == "encoder" and c is [a for a in layers if a.part == "encoder"][-1]
    assert c.shape == tuple(spec.latent_shape)
    np.testing.assert_allclose(c.values, code[0].numpy(), atol=1e-6)
    dec = [a for a in layers if a.part == "decoder"]
    np.testing.assert_allclose(dec[-1].values, raw[0].numpy(), atol=1e-6)

    # ... to the reconstruction the panes show.
    assert layers[-1].part == "output" and layers[-1].shape == (1, 28, 28)
    assert layers[-1].value_range == (0.0, 1.0)
    with torch.inference_mode():
        want = spec.to_unit_range(model(x))[0].numpy()
    np.testing.assert_allclose(layers[-1].values, want, atol=1e-6)

    # Every weight in exactly one panel; each layer with weights is a panel of its own.
    assert sum(a.params for a in layers) == sum(p.numel() for p in model.parameters())
    with_weights = [m for m in model.modules()
                    if not list(m.children()) and any(True for _ in m.parameters())]
    assert sum(a.params > 0 for a in layers) == len(with_weights)
    for a in layers:
        assert a.values.dtype == np.float32 and np.isfinite(a.values).all()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_shipped_architectures_panel_by_panel(name, digit):
    if name not in ARCHITECTURES:
        pytest.skip(f"{name} is not registered")
    spec = ARCHITECTURES[name]
    layers = layer_outputs(spec.build().eval(), spec, digit)
    got = [(a.part, _what(a) if a.part != "output" else "+".join(("", *a.then)).rstrip("+"),
            a.shape) for a in layers]
    want = [(p, "" if p == "input" else w, s) for p, w, s in EXPECTED[name]]
    assert got == want


def test_the_vae_heads_are_the_mean_and_the_log_variance(digit):
    spec = ARCHITECTURES["vae_2d"]
    model = spec.build().eval()
    layers = layer_outputs(model, spec, digit)
    heads = [a for a in layers if a.role]
    assert [a.role for a in heads] == ["log_var", "mean"]
    x = torch.from_numpy(digit).reshape(1, 1, 28, 28)
    with torch.inference_mode():
        mu, log_var = model.encode_stats(x)
    np.testing.assert_allclose(heads[1].values, mu[0].numpy(), atol=1e-6)
    np.testing.assert_allclose(heads[0].values, log_var[0].numpy(), atol=1e-6)
    assert heads[1].is_code and not heads[0].is_code
    assert heads[0].params == heads[1].params == 3136 * 2 + 2


def test_kernels_and_strides_are_recorded(digit):
    spec = ARCHITECTURES["conv_2d"]
    layers = layer_outputs(spec.build().eval(), spec, digit)
    convs = [a for a in layers if a.kind == "Conv2d"]
    assert [a.stride for a in convs] == [(1, 1), (2, 2), (2, 2), (1, 1)]
    assert all(a.kernel == (3, 3) for a in convs)
    assert all(a.kernel is None for a in layers if a.kind == "Linear")


def test_channels_last_models_give_the_same_panels(digit):
    """The engine converts conv models to channels_last; the values are the same."""
    spec = ARCHITECTURES["conv_selu"]
    torch.manual_seed(1)
    model = spec.build().eval()
    plain = layer_outputs(model, spec, digit)
    model.to(memory_format=torch.channels_last)
    fast = layer_outputs(model, spec, digit)
    for a, b in zip(plain, fast, strict=True):
        assert a.values.flags.c_contiguous and b.values.flags.c_contiguous
        np.testing.assert_allclose(a.values, b.values, atol=1e-5)


def test_the_walk_leaves_the_model_as_it_was(digit):
    spec = ARCHITECTURES["dense_100"]
    model = spec.build().eval()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    layer_outputs(model, spec, digit)
    assert all(not m._forward_hooks and not m._forward_pre_hooks for m in model.modules())
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert not model.training


def test_an_unknown_layer_is_a_panel_of_its_own(digit):
    """Architectures added later may use layers this module does not list."""

    class Doubler(nn.Module):
        def forward(self, x):
            return x * 2

    spec = ARCHITECTURES["dense_100"]
    model = spec.build().eval()
    model.encoder.append(Doubler())
    model.decoder.insert(0, nn.Identity())
    layers = layer_outputs(model, spec, digit)
    assert [a.kind for a in layers if a.part == "encoder"] == ["Linear", "Linear", "Doubler"]
    assert code_of(layers).kind == "Doubler"
    assert [a.kind for a in layers if a.part == "decoder"] == ["Linear", "Linear"]
