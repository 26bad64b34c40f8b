"""Keras-style text summary of an architecture (layers, output shapes, params)."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from .specs import ArchitectureSpec, get_spec


@dataclass(frozen=True)
class LayerRow:
    part: str  # "encoder" | "decoder"
    name: str
    kind: str
    output_shape: tuple[int, ...]
    params: int


def _leaf_rows(part: str, module: nn.Module, run) -> list[LayerRow]:
    rows: list[LayerRow] = []
    handles = []
    for name, sub in module.named_modules():
        if list(sub.children()):
            continue

        def hook(mod, _inp, out, name=name):
            out = out[0] if isinstance(out, tuple) else out
            params = sum(p.numel() for p in mod.parameters(recurse=False))
            rows.append(LayerRow(part, name, type(mod).__name__, tuple(out.shape[1:]), params))

        handles.append(sub.register_forward_hook(hook))
    try:
        with torch.no_grad():
            run()
    finally:
        for h in handles:
            h.remove()
    return rows


def layer_rows(arch: str | ArchitectureSpec) -> list[LayerRow]:
    """Run one dummy image through the model and record every leaf layer."""
    spec = get_spec(arch) if isinstance(arch, str) else arch
    model = spec.build().eval()
    x = torch.zeros(1, 1, 28, 28)
    rows = _leaf_rows("encoder", model.encoder, lambda: model.encode(x))
    z = torch.zeros(1, *spec.latent_shape)
    rows += _leaf_rows("decoder", model.decoder, lambda: model.decode(z))
    return rows


def summary_text(arch: str | ArchitectureSpec) -> str:
    """The summary as a fixed-width table, like ``keras.Model.summary()``."""
    spec = get_spec(arch) if isinstance(arch, str) else arch
    rows = layer_rows(spec)
    width = 72
    lines = [
        f'Model: "{spec.name}"  ({spec.description})',
        f"Input range {spec.input_range}, latent shape {spec.latent_shape}, loss {spec.loss}",
        "=" * width,
        f"{'Layer (type)':<34}{'Output Shape':<24}{'Param #':>14}",
    ]
    totals: dict[str, int] = {"encoder": 0, "decoder": 0}
    current = None
    for r in rows:
        if r.part != current:
            lines.append("=" * width if current is None else "-" * width)
            lines.append(f"[{r.part}]")
            current = r.part
        shape = "(None, " + ", ".join(str(d) for d in r.output_shape) + ")"
        label = f"{r.part[:3]}.{r.name} ({r.kind})"
        lines.append(f"{label:<34}{shape:<24}{r.params:>14,}")
        totals[r.part] += r.params
    total = totals["encoder"] + totals["decoder"]
    lines += [
        "=" * width,
        f"Encoder params: {totals['encoder']:,}",
        f"Decoder params: {totals['decoder']:,}",
        f"Total params: {total:,}",
        f"Source: {spec.source}",
    ]
    return "\n".join(lines)
