"""The architecture table: plain data (no torch) and its value-range mapping."""

import subprocess
import sys

import numpy as np
import pytest
import torch

from ae_desktop.core.models import ARCHITECTURES, get_spec
from ae_desktop.core.models.base import Autoencoder

X01 = np.linspace(0.0, 1.0, 11, dtype=np.float32)


def test_the_table_and_the_lookup_load_no_torch():
    code = ("import sys\n"
            "from ae_desktop.core.models import ARCHITECTURES, get_spec\n"
            "spec = get_spec('denoising_dense')\n"
            "spec.to_unit_range(spec.to_model_range(__import__('numpy').zeros(3)))\n"
            "sys.exit(3 if 'torch' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("arch", list(ARCHITECTURES))
def test_build_imports_the_named_class(arch):
    spec = get_spec(arch)
    model = spec.build()
    assert isinstance(model, Autoencoder)
    assert type(model).__name__ == spec.factory.partition(":")[2]


def test_a_minus_one_to_one_model_round_trips_numpy_and_torch():
    spec = get_spec("denoising_dense")
    assert spec.input_range == (-1.0, 1.0)
    x = spec.to_model_range(X01)
    assert x.dtype == np.float32 and x.min() == -1.0 and x.max() == 1.0
    np.testing.assert_allclose(x, X01 * 2 - 1)
    np.testing.assert_allclose(spec.to_unit_range(x), X01, atol=1e-7)
    t = spec.to_model_range(torch.from_numpy(X01))
    assert isinstance(t, torch.Tensor) and t.dtype == torch.float32
    np.testing.assert_allclose(t.numpy(), x)
    np.testing.assert_allclose(spec.to_unit_range(t).numpy(), X01, atol=1e-7)


def test_a_unit_range_model_passes_inputs_through():
    spec = get_spec("conv_upsampling")
    assert spec.to_model_range(X01) is X01
    np.testing.assert_array_equal(spec.to_unit_range(X01), X01)


@pytest.mark.parametrize("arch", ["conv_upsampling", "denoising_dense"])
def test_outputs_beyond_the_range_are_clipped(arch):
    spec = get_spec(arch)
    lo, hi = spec.input_range
    over = np.array([lo - 0.5, lo, hi, hi + 0.5], dtype=np.float32)
    np.testing.assert_array_equal(spec.to_unit_range(over), [0.0, 0.0, 1.0, 1.0])
    np.testing.assert_array_equal(spec.to_unit_range(torch.from_numpy(over)).numpy(),
                                  [0.0, 0.0, 1.0, 1.0])
