import pytest
import torch

from ae_desktop.core.models import ARCHITECTURES, get_spec
from ae_desktop.core.models.summary import layer_rows, summary_text

ALL = list(ARCHITECTURES)


@pytest.mark.parametrize("arch", ALL)
def test_shapes_and_range(arch):
    spec = get_spec(arch)
    model = spec.build().eval()
    x = torch.rand(4, 1, 28, 28) * (spec.input_range[1] - spec.input_range[0]) + spec.input_range[0]
    with torch.no_grad():
        z = model.encode(x)
        y = model.decode(z)
        assert tuple(z.shape) == (4, *spec.latent_shape)
        assert tuple(y.shape) == (4, 1, 28, 28)
        assert torch.equal(model(x), y)
    if model.output_activation != "linear":
        assert y.min() >= spec.input_range[0] and y.max() <= spec.input_range[1]


def test_conv_selu_matches_published_parameter_counts():
    model = get_spec("conv_selu").build()
    assert sum(p.numel() for p in model.encoder.parameters()) == 23_296
    assert sum(p.numel() for p in model.decoder.parameters()) == 23_233


@pytest.mark.parametrize("arch,shapes", [
    ("conv_upsampling", [(16, 28, 28), (16, 14, 14), (8, 14, 14), (8, 7, 7), (8, 4, 4)]),
    ("conv_latent_map", [(10, 28, 28), (10, 24, 24), (5760,), (196,), (1, 14, 14)]),
    ("conv_2d", [(32, 28, 28), (64, 14, 14), (64, 7, 7), (64, 7, 7), (3136,), (2,)]),
])
def test_encoder_layer_shapes_follow_the_tutorial(arch, shapes):
    rows = [r for r in layer_rows(arch) if r.part == "encoder" and r.params or
            r.kind in ("MaxPool2d", "Flatten", "Reshape")]
    got = [r.output_shape for r in rows if r.part == "encoder"]
    assert got == shapes


def test_conv_upsampling_decoder_uses_a_valid_convolution_to_14x14():
    rows = [r for r in layer_rows("conv_upsampling") if r.part == "decoder"]
    shapes = [r.output_shape for r in rows if r.kind in ("Conv2d", "Upsample")]
    assert shapes == [(8, 4, 4), (8, 8, 8), (8, 8, 8), (8, 16, 16), (16, 14, 14),
                      (16, 28, 28), (1, 28, 28)]


def test_vae_encode_returns_the_mean_deterministically():
    model = get_spec("vae_2d").build().eval()
    x = torch.rand(3, 1, 28, 28)
    with torch.no_grad():
        mu, log_var = model.encode_stats(x)
        assert torch.equal(model.encode(x), mu)
        assert torch.equal(model(x), model(x))
        assert log_var.shape == mu.shape == (3, 2)


def test_unknown_architecture_lists_the_valid_names():
    with pytest.raises(KeyError, match="conv_selu"):
        get_spec("resnet")


@pytest.mark.parametrize("arch", ALL)
def test_summary_totals_equal_parameter_count(arch):
    text = summary_text(arch)
    total = sum(p.numel() for p in get_spec(arch).build().parameters())
    assert f"Total params: {total:,}" in text
    assert "Output Shape" in text
