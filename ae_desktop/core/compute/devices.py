"""Which torch device computes: ``auto``, ``cpu``, ``cuda`` or ``mps``.

A device the user asked for but this machine lacks falls back to the CPU with a
message that says so; the caller shows the message and the device in use.

Importing this module loads no torch (the GUI process checks a training config
against :data:`DEVICE_CHOICES`); the functions that ask torch import it when called.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import reasons as R
from ..reasons import Reason

DEVICE_CHOICES = ("auto", "cpu", "cuda", "mps")


@dataclass(frozen=True)
class DeviceChoice:
    device: str  # what computes: "cpu", "cuda" or "mps"
    note: str = ""  # why it differs from what was asked (a Reason), or "" when it does not

    @property
    def label(self) -> str:
        return {"cpu": "CPU", "cuda": _cuda_name(), "mps": "Apple GPU (MPS)"}[self.device]


def _cuda_name() -> str:
    import torch

    try:
        return f"CUDA ({torch.cuda.get_device_name(0)})"
    except Exception:  # noqa: BLE001 - a name is only decoration
        return "CUDA"


def cuda_available() -> bool:
    import torch

    return bool(torch.cuda.is_available())


def mps_available() -> bool:
    import torch

    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())


def available_devices() -> list[str]:
    """Devices this machine can compute on, CPU last."""
    return [d for d, ok in (("cuda", cuda_available()), ("mps", mps_available())) if ok] + ["cpu"]


def resolve_device(choice: str) -> DeviceChoice:
    """The device for ``choice``; unknown or missing devices fall back to the CPU with a note."""
    choice = (choice or "auto").lower()
    if choice not in DEVICE_CHOICES:
        raise ValueError(Reason(R.DEVICE_UNKNOWN, name=repr(choice),
                                choices=", ".join(DEVICE_CHOICES)))
    if choice == "auto":
        return DeviceChoice(available_devices()[0])
    if choice == "cpu" or choice in available_devices():
        return DeviceChoice(choice)
    why = Reason(R.DEVICE_NO_CUDA if choice == "cuda" else R.DEVICE_NO_MPS)
    return DeviceChoice("cpu", Reason(R.DEVICE_FALLBACK, device=choice.upper(), why=why))
