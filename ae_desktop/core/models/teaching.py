"""What each architecture teaches, and its PyTorch source as text (no torch here).

The Model info dialog's About page is built from this module in the GUI process, which
never imports torch: the model classes' source is read from the module files
(``base.py``, ``conv.py``, ``dense.py``, ``vae.py``) and cut out with :mod:`ast`, never
imported. The frozen app ships those files as data next to its compiled modules
(``packaging/ae-desktop.spec``), so the same code works there.

The texts are plain English constants: core imports no Qt. The window translates them
where it shows them, under the Qt translation context ``"Models"``; lupdate cannot see
them here, so ``ae_desktop/ui/model_texts_tr.py`` lists each one in a
``QT_TRANSLATE_NOOP("Models", ...)`` call, and ``tests/ui/test_model_titles.py`` checks
that the list equals :func:`core_texts`. Change a text here, then there.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import reasons as R
from ..reasons import Reason
from .specs import ARCHITECTURES, ArchitectureSpec, get_spec

# The modules a model's source is read from (``ArchitectureSpec.factory`` names one of
# the first three; ``base`` holds what they share). The frozen app must ship these files.
SOURCE_MODULES = ("conv", "dense", "vae", "base")
_PACKAGE = __name__.rpartition(".")[0]  # ae_desktop.core.models
_SHOWN_PACKAGE_PATH = "ae_desktop/core/models"


@dataclass(frozen=True)
class Lesson:
    """The About page's two texts for one architecture."""

    teaches: str  # what the architecture teaches about autoencoders
    look_at: str  # what to look at in this app to see it


LESSONS: dict[str, Lesson] = {
    "conv_upsampling": Lesson(
        teaches=(
            "Convolutional layers look at small neighbourhoods of pixels, so the encoder keeps "
            "the digit's layout while max-pooling and a strided convolution shrink it to 8 "
            "feature maps of 4x4: 128 numbers instead of 784. The decoder works the other way "
            "with fixed nearest-neighbour upsampling, each step followed by a convolution that "
            "learns to clean up the enlarged picture. Each small filter is reused at every "
            "position of the image, so the whole model needs only 4,385 parameters, about a "
            "hundredth of the Dense AE's. A sigmoid output and the binary cross-entropy loss "
            "treat every pixel as the probability of ink."
        ),
        look_at=(
            "Click its reconstruction: the latent code panel tiles the 8 feature maps, each "
            "scaled to its own range. Each map is a 4x4 grid laid over the digit, so "
            "the position of a bright square says roughly where its feature was found; watch "
            "the maps change as you draw. Compare its reconstructions with those of the Dense "
            "AE with a 10x10 code, whose code has a similar size (100 numbers) but no notion "
            "of neighbouring pixels."
        ),
    ),
    "dense_100": Lesson(
        teaches=(
            "The simplest autoencoder: fully connected layers squeeze the 784 pixels through "
            "256 units into a code of 100 numbers, and expand them back. Every unit sees the "
            "whole image, so the network knows nothing about which pixels are neighbours and "
            "has to learn the shapes of digits from the data alone. The code comes out of a "
            "ReLU, so its numbers are never negative and often exactly zero. The output is "
            "linear and trained with the mean squared error, so it can overshoot the 0 to 1 "
            "range of the pixels (the app clips it)."
        ),
        look_at=(
            "Click its reconstruction: the latent code panel draws the 100 numbers as a 10x10 "
            "picture. The square layout is only a way of showing them: neighbouring squares "
            "are not related to each other or to the digit's pixels. Draw different digits and "
            "watch which squares light up and which stay dark. The latent space explorer "
            "(Ctrl+T) projects its codes onto a plane with PCA."
        ),
    ),
    "conv_latent_map": Lesson(
        teaches=(
            "Here the code is shaped like a small image: a convolution, a max-pool and a dense "
            "layer turn the digit into a 14x14 map of 196 numbers; that dense layer (5,760 "
            "inputs to 196 outputs) holds nearly all of the model's 1.1 million parameters. "
            "The decoder is only a "
            "transposed convolution and a convolution, so each output pixel is built from a "
            "few neighbouring cells of the map; to give back the digit, the map has to keep "
            "the digit's layout at half the resolution. With 196 numbers the bottleneck is "
            "loose: reconstructions tend to be sharp, but the code compresses the image only "
            "fourfold."
        ),
        look_at=(
            "Click its reconstruction to see the 14x14 map in the latent code panel and "
            "compare it with your digit: you can usually recognise the digit in it, though "
            "its brightness need not follow the ink. Add noise and see how much of the noise "
            "reaches the map. Compare it with the Dense AE with a 10x10 code, whose 100 "
            "numbers have no layout at all."
        ),
    ),
    "denoising_dense": Lesson(
        teaches=(
            "A denoising autoencoder gets a noisy digit as input but is scored against the "
            "clean one, so copying its input is not enough: it has to learn what digits look "
            "like and put back what the noise destroyed. This one is fully connected "
            "(784-256-128-64 and back, a code of 64 numbers), and its recipe adds Gaussian "
            "noise whose standard deviation is a quarter of the pixel range. It works on "
            "pixels scaled to -1 to 1 and ends in a Tanh, whose output has the same range."
        ),
        look_at=(
            "Turn up Gaussian noise in the noise panel and compare its reconstruction with the "
            "other models': it should remove more of the noise than the autoencoders trained "
            "on clean digits. Then try masking and salt-and-pepper noise, which it never saw "
            "in training. View → Robustness curve (Ctrl+K) measures the same over 300 test "
            "digits at every noise amount."
        ),
    ),
    "conv_selu": Lesson(
        teaches=(
            "A deeper convolutional autoencoder from Géron's book. Three stages of "
            "convolution and max-pooling halve the picture each time (28, 14, 7, 3) while the "
            "number of feature maps doubles (16, 32, 64): image networks typically trade space "
            "for features like this. It uses SELU, an activation designed to keep the signal's "
            "mean and variance steady from layer to layer. The decoder grows the picture back "
            "with transposed convolutions, which learn their own upsampling. Its recipe is "
            "plain SGD at a learning rate of 1.0, as in the book."
        ),
        look_at=(
            "Click its reconstruction: the latent code panel tiles its 64 feature maps of only "
            "3x3, so the code (576 numbers) keeps little of the layout and most of the "
            "information in its channels. Compare its reconstructions with those of the "
            "Convolutional AE — Keras blog, whose code has 128 numbers. The Training curves "
            "tab shows how plain SGD with a large learning rate got there."
        ),
    ),
    "conv_2d": Lesson(
        teaches=(
            "The code has only two numbers, so every digit becomes a point on a plane that you "
            "can look at directly. Foster's encoder (four convolutions with LeakyReLU, then a "
            "dense layer to 2 numbers) learns to put similar digits near each other, which "
            "turns the plane into a map of the data set. But nothing asks it to fill the plane "
            "evenly: the groups of digits get different sizes and shapes with gaps between "
            "them, and a point in a gap decodes to something that is no clear digit. Two "
            "numbers are also a very tight bottleneck, so reconstructions are blurry and "
            "sometimes show another digit."
        ),
        look_at=(
            "Click its reconstruction: the latent code panel shows your digit as a cross among "
            "test digits coloured by their label; draw slowly and watch the cross move. In "
            "View → Latent space explorer (Ctrl+T) the decoded grid shows which digit each "
            "point of the plane stands for, and a click in a gap between the groups shows what "
            "the decoder makes of it. Compare its plane with the VAE's."
        ),
    ),
    "vae_2d": Lesson(
        teaches=(
            "A variational autoencoder of the same shape as the 2-D conv AE. Its encoder "
            "gives a mean and a log-variance for each of the two numbers, and in training the "
            "code is sampled from that distribution (the reparameterisation trick), so nearby "
            "points must decode to similar digits. A second loss term, the KL divergence, "
            "pulls every digit's distribution towards a standard normal, which packs the "
            "digits around the origin without gaps. The loss (binary cross-entropy summed over "
            "the pixels, plus KL) is the negative evidence lower bound, −ELBO, in nats; the "
            "result is a generative model: points near the origin decode to plausible digits."
        ),
        look_at=(
            "Open View → Latent space explorer (Ctrl+T) and compare its plane with the 2-D conv "
            "AE's: the groups touch, and the decoded grid changes smoothly from one digit to "
            "the next. Click near the centre to make a digit that is in no data set, or "
            "interpolate between two digits and see every step look like a digit. The app "
            "shows the mean of the code (no sampling), so the same drawing always gives the "
            "same point."
        ),
    ),
    "dense_z": Lesson(
        teaches=(
            "One architecture with the size of the code as a parameter: 784 pixels go through "
            "256 ReLU units to a linear code of z numbers and back through 256 units to 784. "
            "Training it for several z is a bottleneck sweep: the smaller the code, the less "
            "of the digit can survive the trip, so the reconstruction error falls as z grows, "
            "quickly at first and then hardly at all. The curve of error against code size is "
            "a rate–distortion curve: it shows how many numbers a digit really needs."
        ),
        look_at=(
            "Open View → Bottleneck: one row shows your digit reconstructed by every code "
            "size, from 2 to 128 numbers, and the curve below plots each size's test error on "
            "a log axis. Draw a digit and see at which size its details (a loop, a serif) "
            "appear. Train another size from Models → Train and it joins the curve."
        ),
    ),
    "conv_z": Lesson(
        teaches=(
            "Foster's convolutional encoder and decoder (the 2-D conv AE) around a code of z "
            "numbers instead of 2. Convolutions give the model a notion of neighbouring "
            "pixels, so for the same code size it usually reconstructs better than the dense "
            "family; the comparison shows what the architecture adds beyond the bottleneck."
        ),
        look_at=(
            "Train it from Models → Train with a code size of your choice. The bottleneck "
            "view's curve then shows it beside the dense family, and its reconstruction joins "
            "the main window's panes."
        ),
    ),
}


def lesson(arch: str) -> Lesson | None:
    """The About texts of an architecture id; None for one this app does not know."""
    return LESSONS.get(arch)


def core_texts() -> list[str]:
    """Every model text the window shows and translates under the context ``"Models"``.

    Per architecture: title, description, source and the lesson's two texts; each once.
    ``ui/model_texts_tr.py`` must list exactly these (a test checks it).
    """
    texts: list[str] = []
    for spec in ARCHITECTURES.values():
        texts += [spec.title, spec.description, spec.source]
        if (ls := LESSONS.get(spec.name)) is not None:
            texts += [ls.teaches, ls.look_at]
    return list(dict.fromkeys(texts))


# ------------------------------------------------------------------ source code
class SourceUnavailable(OSError):
    """The model's source file is not there (a build that does not ship it)."""


@dataclass(frozen=True)
class SourcePart:
    """One top-level definition of a model module, as it is in the file."""

    module: str  # "conv", "dense", "vae" or "base"
    name: str
    code: str
    start: int  # first line in the file (1-based), leading comments included

    @property
    def path(self) -> str:
        return f"{_SHOWN_PACKAGE_PATH}/{self.module}.py"


def module_path(module: str) -> Path:
    """The ``.py`` file of one of :data:`SOURCE_MODULES`, found without importing it.

    ``importlib.util.find_spec`` imports the (torch-free) package only; in the frozen
    app its origin may name a compiled module, so the ``.py`` beside it is used, and
    last the file next to this module.
    """
    if module not in SOURCE_MODULES:
        raise ValueError(f"not a model module: {module!r}")
    candidates: list[Path] = []
    try:
        found = importlib.util.find_spec(f"{_PACKAGE}.{module}")
    except (ImportError, ValueError):
        found = None
    if found is not None and found.origin and found.origin not in ("built-in", "frozen"):
        origin = Path(found.origin)
        candidates += [origin, origin.with_suffix(".py")]
    candidates.append(Path(__file__).with_name(f"{module}.py"))
    for path in candidates:
        if path.suffix == ".py" and path.is_file():
            return path
    raise SourceUnavailable(Reason(R.SOURCE_NOT_SHIPPED,
                                   path=f"{_SHOWN_PACKAGE_PATH}/{module}.py"))


@dataclass(frozen=True)
class _Module:
    text: str
    lines: list[str]
    definitions: dict[str, ast.stmt]  # top-level class, function or constant by name
    imports: dict[str, str]  # name imported from a sibling model module -> that module
    import_lines: list[str]  # the module's own import statements (not __future__)


@cache
def _module(module: str) -> _Module:
    path = module_path(module)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceUnavailable(Reason(R.SOURCE_UNREADABLE, path=str(path),
                                       error=str(exc))) from exc
    tree = ast.parse(text, filename=str(path))
    definitions: dict[str, ast.stmt] = {}
    imports: dict[str, str] = {}
    import_lines: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            definitions[node.name] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    definitions[target.id] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            definitions[node.target.id] = node
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            if isinstance(node, ast.ImportFrom) and node.module == "__future__":
                continue
            import_lines.append(ast.get_source_segment(text, node) or "")
            if (isinstance(node, ast.ImportFrom) and node.level == 1
                    and node.module in SOURCE_MODULES):
                for alias in node.names:
                    imports[alias.asname or alias.name] = node.module
    return _Module(text, text.splitlines(), definitions, imports, import_lines)


def _class_name(spec: ArchitectureSpec) -> tuple[str, str]:
    module, _, cls = spec.factory.partition(":")
    return module, cls


def _as_spec(spec: ArchitectureSpec | str) -> ArchitectureSpec:
    return get_spec(spec) if isinstance(spec, str) else spec


def class_source(spec: ArchitectureSpec | str) -> str:
    """The model class of an architecture exactly as it is written in this project.

    ``class_source("conv_upsampling")`` starts with ``class ConvUpsampling(Autoencoder):``.
    Reads the file; imports neither the module nor torch.
    """
    module, cls = _class_name(_as_spec(spec))
    mod = _module(module)
    node = mod.definitions.get(cls)
    if not isinstance(node, ast.ClassDef):
        raise SourceUnavailable(Reason(R.SOURCE_CLASS_MISSING, name=cls,
                                       path=f"{_SHOWN_PACKAGE_PATH}/{module}.py"))
    return ast.get_source_segment(mod.text, node) or ""


def _part(module: str, name: str) -> SourcePart:
    mod = _module(module)
    node = mod.definitions[name]
    first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    start = first
    while start > 1 and mod.lines[start - 2].lstrip().startswith("#"):
        start -= 1  # the comment just above belongs to it
    code = "\n".join(mod.lines[start - 1: node.end_lineno])
    return SourcePart(module, name, code, start)


def _names_used(node: ast.AST) -> list[str]:
    """Names read in ``node``, in the order they appear."""
    found = [(n.lineno, n.col_offset, n.id) for n in ast.walk(node)
             if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
    return list(dict.fromkeys(name for *_, name in sorted(found)))


def model_source(spec: ArchitectureSpec | str) -> list[SourcePart]:
    """The model class, then every definition of the model modules it uses, recursively.

    The class comes first, then what it uses from its own module, from the other model
    modules, and last from ``base.py`` (where ``Autoencoder`` defines ``encode``,
    ``decode`` and ``forward``); within a module, in the order of the file.
    """
    module, cls = _class_name(_as_spec(spec))
    if not isinstance(_module(module).definitions.get(cls), ast.ClassDef):
        raise SourceUnavailable(Reason(R.SOURCE_CLASS_MISSING, name=cls,
                                       path=f"{_SHOWN_PACKAGE_PATH}/{module}.py"))
    seen: dict[tuple[str, str], SourcePart] = {}

    def visit(mod_name: str, name: str) -> None:
        if (mod_name, name) in seen:
            return
        part = _part(mod_name, name)
        seen[(mod_name, name)] = part
        mod = _module(mod_name)
        for used in _names_used(mod.definitions[name]):
            if used in mod.definitions:
                visit(mod_name, used)
            elif used in mod.imports and used in _module(mod.imports[used]).definitions:
                visit(mod.imports[used], used)

    visit(module, cls)
    main = seen.pop((module, cls))
    order = [module] + [m for m in SOURCE_MODULES if m not in (module, "base")] + ["base"]
    rest = sorted(seen.values(), key=lambda p: (order.index(p.module), p.start))
    return [main, *rest]


def model_source_text(spec: ArchitectureSpec | str) -> str:
    """:func:`model_source` as one listing: each file's path and imports, then its parts."""
    parts = model_source(spec)
    out: list[str] = []
    module = None
    for part in parts:
        if part.module != module:
            module = part.module
            if out:
                out += ["", ""]
            out.append(f"# {part.path}" + ("" if part is parts[0] else " (used above)"))
            out += [line for line in _module(module).import_lines if line]
            out += ["", ""]
        else:
            out += ["", ""]
        out.append(part.code)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ layer table
@dataclass(frozen=True)
class LayerLine:
    """One row of the Keras-style summary (``core/models/summary.py``)."""

    part: str  # "encoder" | "decoder"
    name: str  # the layer's name in its part: "0", "1.mu", …
    kind: str  # the layer class: "Conv2d", …
    output_shape: tuple[int, ...]  # without the batch dimension
    params: int

    @property
    def qualified_name(self) -> str:
        """As in the model's state dict: ``encoder.0``."""
        return f"{self.part}.{self.name}"


_ROW = re.compile(r"^(enc|dec)\.(\S+) \((\w+)\)\s+\(None((?:, \d+)*)\)\s+([\d,]+)$")
_TOTAL = re.compile(r"^(Encoder|Decoder|Total) params: ([\d,]+)$")


def summary_layers(summary: str) -> tuple[list[LayerLine], dict[str, int]]:
    """The layer rows and the parameter totals (``encoder``, ``decoder``, ``total``) of a
    summary text; empty if the text is not in that format."""
    rows: list[LayerLine] = []
    totals: dict[str, int] = {}
    for line in summary.splitlines():
        line = line.rstrip()
        if m := _ROW.match(line):
            part, name, kind, shape, params = m.groups()
            dims = tuple(int(d) for d in shape.split(",") if d.strip())
            rows.append(LayerLine("encoder" if part == "enc" else "decoder", name, kind,
                                  dims, int(params.replace(",", ""))))
        elif m := _TOTAL.match(line):
            totals[m.group(1).lower()] = int(m.group(2).replace(",", ""))
    return rows, totals
