import pytest
import torch

from ae_desktop.core.models import ARCHITECTURES, get_spec
from ae_desktop.core.models.summary import layer_rows, summary_text

ALL = list(ARCHITECTURES)


@pytest.mark.parametrize("arch", ALL)
def test_shapes_and_each_image_is_encoded_on_its_own(arch):
    spec = get_spec(arch)
    torch.manual_seed(0)
    model = spec.build().eval()
    x = torch.rand(4, 1, 28, 28) * (spec.input_range[1] - spec.input_range[0]) + spec.input_range[0]
    with torch.no_grad():
        z = model.encode(x)
        y = model.decode(z)
        assert tuple(z.shape) == (4, *spec.latent_shape)
        assert tuple(y.shape) == (4, 1, 28, 28)
        # An image's code and reconstruction do not depend on the rest of the batch (no
        # batch statistics, no reshape that mixes images): the live path encodes one digit,
        # the explorer 500 at a time, and both must agree.
        for i in range(4):
            assert torch.allclose(model.encode(x[i:i + 1]), z[i:i + 1], atol=1e-5)
            assert torch.allclose(model(x[i:i + 1]), y[i:i + 1], atol=1e-5)
        assert not torch.allclose(z[0], z[1])  # different images, different codes


# The output activation must produce the range the model is trained and evaluated in:
# sigmoid for [0, 1] BCE models, tanh for the [-1, 1] denoiser, linear for the MSE dense_100.
OUTPUT_ACTIVATION = {
    "conv_upsampling": "sigmoid", "conv_latent_map": "sigmoid", "conv_selu": "sigmoid",
    "conv_2d": "sigmoid", "vae_2d": "sigmoid", "denoising_dense": "tanh", "dense_100": "linear",
    "dense_z": "sigmoid", "conv_z": "sigmoid",
}


@pytest.mark.parametrize("arch", ALL)
def test_output_activation_fits_the_input_range_and_loss(arch):
    spec = get_spec(arch)
    model = spec.build()
    assert model.output_activation == OUTPUT_ACTIVATION[arch]
    if spec.loss in ("bce", "vae"):  # BCE on logits needs a sigmoid output in [0, 1]
        assert model.output_activation == "sigmoid" and spec.input_range == (0.0, 1.0)
    if model.output_activation == "tanh":
        assert spec.input_range == (-1.0, 1.0)
    raw = torch.tensor([-3.0, 0.0, 3.0])
    want = {"sigmoid": [0.04743, 0.5, 0.95257], "tanh": [-0.99505, 0.0, 0.99505],
            "linear": [-3.0, 0.0, 3.0]}[model.output_activation]
    assert model.activate(raw).tolist() == pytest.approx(want, abs=1e-5)


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
