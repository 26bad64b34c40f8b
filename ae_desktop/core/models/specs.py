"""The architectures: what each one is, its value range, how to build it (no torch here).

The table is plain data, so the GUI process can list architectures, show their
descriptions and map values between ranges without loading torch; the model
classes are imported only by :meth:`ArchitectureSpec.build`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import reasons as R
from ..reasons import Reason

if TYPE_CHECKING:
    from .base import Autoencoder


@dataclass(frozen=True)
class ArchitectureSpec:
    """Everything the app needs to know about one architecture.

    Attributes
    ----------
    name
        Registry key: the id used on the command line, in file names and settings.
    title
        What a learner reads: the kind of model and, where it names one, the tutorial
        (``"Convolutional AE — Keras blog"``). Unique. Plain English: the window
        translates it (context ``"Models"``; ``ui/model_texts_tr.py`` lists it for lupdate).
    description
        A one-line technical description for tooltips (translated like ``title``).
    input_range
        ``(0, 1)`` or ``(-1, 1)``: the range the model expects its inputs in;
        its outputs are in the same range.
    latent_shape
        Shape of one latent code (without the batch dimension).
    loss
        ``"bce"``, ``"mse"`` or ``"vae"`` (BCE summed over pixels + KL).
    source
        The tutorial the layer list comes from (translated like ``title``).
    factory
        The model class as ``"module:Class"``, the module one of ``conv``, ``dense``
        or ``vae`` in this package (e.g. ``"conv:ConvUpsampling"``); imported by
        :meth:`build` only.
    defaults
        Training recipe used by ``ae-desktop train`` when an option is not given.
    latent_range
        ``(smallest, largest)`` latent size when the size of the code is a parameter
        of the architecture (the bottleneck families ``dense_z`` and ``conv_z``); None
        for architectures with a fixed code. An architecture is registered once; a
        checkpoint records its ``latent_size`` and :meth:`with_latent` binds it.
    """

    name: str
    title: str
    description: str
    input_range: tuple[float, float]
    latent_shape: tuple[int, ...]
    loss: str
    source: str
    factory: str
    is_conv: bool
    defaults: dict = field(default_factory=dict)
    latent_range: tuple[int, int] | None = None

    @property
    def has_latent_parameter(self) -> bool:
        return self.latent_range is not None

    def with_latent(self, latent_size: int | None) -> ArchitectureSpec:
        """This architecture with a code of ``latent_size`` numbers (None: as it is).

        Raises :class:`LatentSizeError` for an architecture whose code size is fixed
        (unless the size asked is that size) or a size outside :attr:`latent_range`.
        """
        if latent_size is None or (len(self.latent_shape) == 1
                                   and latent_size == self.latent_shape[0]):
            return self
        if self.latent_range is None:
            raise LatentSizeError(self.name, latent_size, None)
        lo, hi = self.latent_range
        if not (isinstance(latent_size, int) and lo <= latent_size <= hi):
            raise LatentSizeError(self.name, latent_size, self.latent_range)
        import dataclasses

        return dataclasses.replace(self, latent_shape=(int(latent_size),))

    def build(self) -> Autoencoder:
        """A freshly initialised model of this architecture (imports torch)."""
        # Plain imports rather than importlib, so that PyInstaller bundles the modules.
        from . import conv, dense, vae

        module, _, cls = self.factory.partition(":")
        factory = getattr({"conv": conv, "dense": dense, "vae": vae}[module], cls)
        return factory(self.latent_size) if self.has_latent_parameter else factory()

    @property
    def latent_size(self) -> int:
        n = 1
        for d in self.latent_shape:
            n *= d
        return n

    @property
    def is_variational(self) -> bool:
        return self.loss == "vae"

    def to_model_range(self, x01: Any) -> Any:
        """Map images in [0, 1] to the model's input range (numpy arrays or torch tensors)."""
        lo, hi = self.input_range
        return x01 if (lo, hi) == (0.0, 1.0) else x01 * (hi - lo) + lo

    def to_unit_range(self, y: Any) -> Any:
        """Map model outputs back to [0, 1], clipped: linear outputs can overshoot
        (numpy arrays or torch tensors)."""
        lo, hi = self.input_range
        if (lo, hi) != (0.0, 1.0):
            y = (y - lo) / (hi - lo)
        return y.clip(0.0, 1.0)


_SPECS = [
    ArchitectureSpec(
        name="conv_upsampling",
        title="Convolutional AE — Keras blog",
        description="Conv + max-pool encoder to an 8x4x4 code, conv + upsampling decoder",
        input_range=(0.0, 1.0),
        latent_shape=(8, 4, 4),
        loss="bce",
        source="Keras blog, 'Building Autoencoders in Keras' (convolutional AE)",
        factory="conv:ConvUpsampling",
        is_conv=True,
        defaults={"epochs": 20, "batch_size": 128, "lr": 2e-3, "optimizer": "adam"},
    ),
    ArchitectureSpec(
        name="dense_100",
        title="Dense AE with a 10x10 code",
        description="Dense 784-256-100 encoder, 100-256-784 decoder (code shown as 10x10)",
        input_range=(0.0, 1.0),
        latent_shape=(100,),
        loss="mse",
        source="Dense autoencoder with a 100-unit code (classic tutorial)",
        factory="dense:Dense100",
        is_conv=False,
        defaults={"epochs": 30, "batch_size": 128, "lr": 1e-3, "optimizer": "adam"},
    ),
    ArchitectureSpec(
        name="conv_latent_map",
        title="Conv AE with a 14x14 latent map",
        description="Conv + max-pool + dense to a 14x14 latent map, transposed-conv decoder",
        input_range=(0.0, 1.0),
        latent_shape=(1, 14, 14),
        loss="mse",
        source="Convolutional AE with a 14x14 latent map (classic tutorial)",
        factory="conv:ConvLatentMap",
        is_conv=True,
        defaults={"epochs": 15, "batch_size": 128, "lr": 1e-3, "optimizer": "adam"},
    ),
    ArchitectureSpec(
        name="denoising_dense",
        title="Denoising AE",
        description="Dense 784-256-128-64 denoiser on [-1, 1], trained on noisy inputs",
        input_range=(-1.0, 1.0),
        latent_shape=(64,),
        loss="mse",
        source="Denoising dense autoencoder (PyTorch tutorial style, Tanh output)",
        factory="dense:DenoisingDense",
        is_conv=False,
        defaults={"epochs": 40, "batch_size": 128, "lr": 1e-3, "optimizer": "adam", "noise": 0.5},
    ),
    ArchitectureSpec(
        name="conv_selu",
        title="Conv AE with SELU — Hands-On ML",
        description="Hands-On ML conv AE with SELU: 64x3x3 code, transposed-conv decoder",
        input_range=(0.0, 1.0),
        latent_shape=(64, 3, 3),
        loss="bce",
        source="Géron, Hands-On Machine Learning, ch. 17 (convolutional AE)",
        factory="conv:ConvSelu",
        is_conv=True,
        defaults={"epochs": 12, "batch_size": 32, "lr": 1.0, "optimizer": "sgd"},
    ),
    ArchitectureSpec(
        name="conv_2d",
        title="2-D conv AE — Generative Deep Learning",
        description="Foster's conv AE with a 2-D latent (the latent explorer's plane)",
        input_range=(0.0, 1.0),
        latent_shape=(2,),
        loss="bce",
        source="Foster, Generative Deep Learning, ch. 3 (autoencoder)",
        factory="conv:Conv2D",
        is_conv=True,
        defaults={"epochs": 15, "batch_size": 128, "lr": 1e-3, "optimizer": "adam"},
    ),
    ArchitectureSpec(
        name="vae_2d",
        title="VAE — Generative Deep Learning",
        description="Variational AE of the same shape, 2-D latent, loss = BCE + KL",
        input_range=(0.0, 1.0),
        latent_shape=(2,),
        loss="vae",
        source="Foster, Generative Deep Learning, ch. 3 (variational autoencoder)",
        factory="vae:Vae2D",
        is_conv=True,
        defaults={"epochs": 25, "batch_size": 128, "lr": 1e-3, "optimizer": "adam"},
    ),
]

# The bottleneck families: one architecture each, the size of the code a parameter.
LATENT_RANGE = (1, 512)
FAMILY_SIZES = (2, 4, 8, 16, 32, 64, 128)  # the shipped dense family: dense_z<N>

_SPECS += [
    ArchitectureSpec(
        name="dense_z",
        title="Bottleneck family: dense AE",
        description="Dense 784-256-z encoder with a linear code of z numbers, z-256-784 "
                    "decoder, sigmoid output",
        input_range=(0.0, 1.0),
        latent_shape=(16,),
        loss="bce",
        source="Dense autoencoder with the code size as a parameter (bottleneck sweep)",
        factory="dense:DenseZ",
        is_conv=False,
        defaults={"epochs": 30, "batch_size": 128, "lr": 1e-3, "optimizer": "adam"},
        latent_range=LATENT_RANGE,
    ),
    ArchitectureSpec(
        name="conv_z",
        title="Bottleneck family: conv AE",
        description="Foster's conv encoder and decoder around a code of z numbers",
        input_range=(0.0, 1.0),
        latent_shape=(16,),
        loss="bce",
        source="Foster, Generative Deep Learning, ch. 3, with the code size as a parameter",
        factory="conv:ConvZ",
        is_conv=True,
        defaults={"epochs": 15, "batch_size": 128, "lr": 1e-3, "optimizer": "adam"},
        latent_range=LATENT_RANGE,
    ),
]

ARCHITECTURES: dict[str, ArchitectureSpec] = {s.name: s for s in _SPECS}


class UnknownArchitectureError(KeyError):
    def __str__(self) -> str:  # KeyError quotes its message; we want plain text
        return str(self.args[0])


class LatentSizeError(ValueError):
    """A latent size the architecture cannot take (the message says why: a Reason)."""

    def __init__(self, architecture: str, latent_size, latent_range) -> None:
        self.architecture, self.latent_size, self.latent_range = (architecture, latent_size,
                                                                  latent_range)
        if latent_range is None:
            families = ", ".join(s.name for s in _SPECS if s.latent_range)
            msg = Reason(R.LATENT_FIXED, architecture=architecture, families=families)
        else:
            msg = Reason(R.LATENT_OUT_OF_RANGE, size=repr(latent_size), lo=latent_range[0],
                         hi=latent_range[1], architecture=architecture)
        super().__init__(msg)


def get_spec(name: str, latent_size: int | None = None) -> ArchitectureSpec:
    """Look up an architecture (bound to ``latent_size`` when given), with the list of
    valid names in the error."""
    try:
        spec = ARCHITECTURES[name]
    except KeyError:
        valid = ", ".join(ARCHITECTURES)
        raise UnknownArchitectureError(
            Reason(R.UNKNOWN_ARCHITECTURE, name=repr(name), choices=valid)) from None
    return spec.with_latent(latent_size)
