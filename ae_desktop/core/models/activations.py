"""What every layer of an autoencoder makes of one digit (the layer-activations view).

:func:`layer_outputs` runs one digit through a model's encoder and decoder one layer at
a time and returns what a learner wants to look at, from the input to the
reconstruction, one :class:`LayerOutput` per *panel*:

- a layer with weights (``Conv2d``, ``ConvTranspose2d``, ``Linear``, the VAE's Gaussian
  heads, anything else with parameters) or a resampling layer (``MaxPool2d``,
  ``Upsample``, any other layer without weights that is not listed below) starts a panel;
- an element-wise layer that follows it (an activation such as ``ReLU``, ``SELU``,
  ``LeakyReLU``; a batch norm) is folded into that panel, which then shows the output
  *after* it (its name is in :attr:`LayerOutput.then`);
- shape-only layers are folded without a panel of their own: a ``Reshape`` or
  ``Unflatten`` to more dimensions replaces what the current panel shows (the 196
  outputs of ``conv_latent_map``'s ``Linear`` are shown as its 1x14x14 map, a dense
  decoder's 784 outputs as 1x28x28), a ``Flatten`` keeps the maps before it, and padding,
  ``Identity`` and ``Dropout`` are not shown;
- a layer that returns a tuple (the VAE's mean and log-variance heads) gives one panel per
  element; the first element goes on, as ``Vae2D.encode`` does.

The walk calls each layer of the encoder's and decoder's ``nn.Sequential`` in order,
exactly as ``Sequential.forward`` does (no hooks: the engine's live lane runs the same
model objects on another thread, so nothing is registered on them). The last encoder
panel is the code (``model.encode``) and the last decoder panel the pre-activation output
(``model.decode_raw``), which ``tests/core/test_activations.py`` checks for every
architecture; the final panel is the reconstruction mapped to [0, 1] as the panes show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from ..compute import cancel
from ..compute.reconstruct import as_input
from .base import Autoencoder, Reshape

# Element-wise layers folded into the panel before them (the panel shows their output).
ELEMENTWISE = (
    nn.ReLU, nn.ReLU6, nn.LeakyReLU, nn.PReLU, nn.SELU, nn.ELU, nn.CELU, nn.GELU, nn.SiLU,
    nn.Mish, nn.Tanh, nn.Sigmoid, nn.Hardtanh, nn.Hardsigmoid, nn.Hardswish, nn.Softplus,
    nn.Softsign, nn.BatchNorm1d, nn.BatchNorm2d, nn.LayerNorm, nn.GroupNorm,
    nn.InstanceNorm2d,
)
# Layers that only rearrange values: never a panel of their own.
RESHAPES = (nn.Flatten, nn.Unflatten, Reshape)
SILENT = (nn.Identity, nn.Dropout, nn.Dropout2d, nn.ZeroPad2d, nn.ConstantPad2d,
          nn.ReflectionPad2d, nn.ReplicationPad2d)

INPUT, ENCODER, DECODER, OUTPUT = "input", "encoder", "decoder", "output"


@dataclass(frozen=True)
class LayerOutput:
    """One panel: what one layer (with the element-wise layers after it) made of the digit.

    Attributes
    ----------
    part
        ``"input"``, ``"encoder"``, ``"decoder"`` or ``"output"`` (the reconstruction).
    kind
        The layer's class name (``"Conv2d"``, ``"Linear"``, ``"MaxPool2d"``); ``""`` for
        the input and the reconstruction.
    then
        Class names of the element-wise layers folded in (``("ReLU",)``).
    values
        float32, the layer's output for the one digit, without the batch dimension:
        ``(C, H, W)`` for maps, ``(N,)`` for dense layers.
    is_code
        The latent code (the last encoder panel: what ``model.encode`` returns).
    role
        ``"mean"`` / ``"log_var"`` for the two heads of a VAE's encoder, else ``""``.
    params
        Number of weights of the layers in this panel.
    kernel, stride
        Of a convolution or pooling layer, as ``(h, w)``; ``None`` otherwise.
    value_range
        ``(0, 1)`` for the input and the reconstruction (shown on the digits' fixed
        scale); ``None`` for the layers in between (shown on their own scale).
    """

    part: str
    kind: str
    values: np.ndarray
    then: tuple[str, ...] = ()
    is_code: bool = False
    role: str = ""
    params: int = 0
    kernel: tuple[int, int] | None = None
    stride: tuple[int, int] | None = None
    value_range: tuple[float, float] | None = None

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.values.shape)


def _pair(v) -> tuple[int, int] | None:
    if v is None:
        return None
    if isinstance(v, int):
        return (v, v)
    v = tuple(int(x) for x in v)
    return (v[0], v[1]) if len(v) >= 2 else (v[0], v[0])


def units(module: nn.Module) -> list[nn.Module]:
    """The layers of ``module`` in call order: nested ``nn.Sequential``s are opened;
    any other module (even one with children, like the VAE's heads) is one unit."""
    if isinstance(module, nn.Sequential):
        return [u for child in module for u in units(child)]
    return [module]


def _numpy(t: torch.Tensor) -> np.ndarray:
    return np.ascontiguousarray(t[0].detach().float().cpu().numpy(), dtype=np.float32)


@dataclass
class _Panel:
    part: str
    module: nn.Module
    shown: torch.Tensor
    then: list[str] = field(default_factory=list)
    role: str = ""
    params: int = 0

    def record(self, is_code: bool = False) -> LayerOutput:
        m = self.module
        kernel = _pair(getattr(m, "kernel_size", None))
        stride = _pair(getattr(m, "stride", None)) if kernel is not None else None
        return LayerOutput(self.part, type(m).__name__, _numpy(self.shown), tuple(self.then),
                           is_code, self.role, self.params, kernel, stride)


def _params(m: nn.Module) -> int:
    return sum(p.numel() for p in m.parameters())


def _walk(part: str, layers: list[nn.Module], x: torch.Tensor,
          panels: list[_Panel]) -> torch.Tensor:
    """Run ``x`` through ``layers`` as ``nn.Sequential`` would, appending panels."""
    current: _Panel | None = None
    for layer in layers:
        cancel.check()
        out = layer(x)
        if isinstance(out, tuple | list):  # several heads: one panel each, the first goes on
            if len(out) == 2 and isinstance(getattr(layer, "mu", None), nn.Module) \
                    and isinstance(getattr(layer, "log_var", None), nn.Module):
                named = [(layer.mu, "mean"), (layer.log_var, "log_var")]  # a VAE's heads
            else:
                named = [(layer, f"output {i + 1}") for i in range(len(out))]
            heads = [_Panel(part, m, o, role=r, params=_params(m) if m is not layer or i == 0
                            else 0)
                     for i, (o, (m, r)) in enumerate(zip(out, named, strict=False))]
            # The first element, which goes on to the decoder, is the panel nearest to it.
            panels.extend(reversed(heads))
            current = heads[0]
            x = out[0]
            continue
        if isinstance(layer, ELEMENTWISE) and current is not None \
                and tuple(out.shape) == tuple(current.shown.shape):
            current.then.append(type(layer).__name__)
            current.params += _params(layer)
            current.shown = out
        elif isinstance(layer, RESHAPES) and current is not None:
            if out.dim() > current.shown.dim():  # maps, not a flat vector: show them
                current.shown = out
        elif isinstance(layer, SILENT) or (isinstance(layer, RESHAPES) and current is None):
            pass
        else:
            current = _Panel(part, layer, out, params=_params(layer))
            panels.append(current)
        x = out
    return x


@torch.inference_mode()
def layer_outputs(model: Autoencoder, spec, digit01: np.ndarray,
                  device_of=None) -> list[LayerOutput]:
    """Every panel for one digit ``(28, 28)`` in [0, 1] (already noised, if at all).

    ``spec`` is the model's :class:`~.specs.ArchitectureSpec` (its input range);
    ``device_of`` a :class:`~ae_desktop.core.store.checkpoints.LoadedModel` whose device the
    input goes to (``None``: the CPU).
    """
    digit = np.clip(np.asarray(digit01, np.float32).reshape(28, 28), 0.0, 1.0)
    if device_of is not None:
        x = as_input(device_of, digit, (1, 1, 28, 28))
    else:
        x = torch.from_numpy(digit.copy()).reshape(1, 1, 28, 28)
    out: list[LayerOutput] = [LayerOutput(INPUT, "", digit[None].copy(), value_range=(0.0, 1.0))]
    panels: list[_Panel] = []
    code = _walk(ENCODER, units(model.encoder), spec.to_model_range(x), panels)
    n_encoder = len(panels)
    raw = _walk(DECODER, units(model.decoder), code, panels)
    code_panel = next((p for p in panels[:n_encoder] if p.shown is code), None)
    out.extend(p.record(is_code=p is code_panel) for p in panels)
    if code_panel is None:  # the code was not shown by any panel (a reshape hid it)
        out.insert(1 + n_encoder, LayerOutput(ENCODER, "", _numpy(code), is_code=True))
    recon = spec.to_unit_range(model.activate(raw))
    out.append(LayerOutput(OUTPUT, "", _numpy(recon).reshape(1, 28, 28), value_range=(0.0, 1.0),
                           then=(model.output_activation,)
                           if model.output_activation != "linear" else ()))
    return out


def code_of(layers: list[LayerOutput]) -> LayerOutput:
    """The panel marked as the code."""
    return next(layer for layer in layers if layer.is_code)
