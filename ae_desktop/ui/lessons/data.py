"""The lessons as data: one per tutorial the shipped models come from.

A :class:`Lesson` is plain data (texts marked with ``QT_TRANSLATE_NOOP("Lessons", ...)``
and translated where they are shown), the buttons that set up the window's views, and
a factory for its figure. To add a lesson, append one to :data:`LESSONS`; a lesson
whose figure is not built yet has ``figure=None`` and says in ``planned_figure`` what
the figure will show (the panel says plainly that it is not built).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core.live.noise import NoiseSettings
from .denoising import DENOISER, DenoisingFigure
from .dim_reduction import DimReductionFigure
from .gallery import GalleryFigure
from .selu import SeluFigure

CONTEXT = "Lessons"


def tr(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("Lessons", ...)``, translated for display."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class SetupButton:
    """A button in the lesson panel that sets up the window's views for a step."""

    label: str  # QT_TRANSLATE_NOOP("Lessons", ...)
    tip: str  # QT_TRANSLATE_NOOP("Lessons", ...)
    run: Callable  # run(window): changes the window's views


@dataclass(frozen=True)
class Lesson:
    key: str  # stable id, e.g. "conv_ae"
    title: str  # QT_TRANSLATE_NOOP("Lessons", ...) everywhere below
    source: str  # the tutorial it follows
    summary: str  # one line, for the welcome page
    intro: str  # a short text in the app's own words
    steps: tuple[str, ...]
    models: tuple[str, ...] = ()  # the shipped models it is about
    buttons: tuple[SetupButton, ...] = ()
    figure: Callable[..., QWidget] | None = None  # figure(window) → the figure widget
    planned_figure: str = ""  # without a figure: what its figure will show
    figure_title: str = field(default=QT_TRANSLATE_NOOP("Lessons", "Figure"))

    @property
    def built(self) -> bool:
        return self.figure is not None


# -- what the buttons do (each takes the main window) -------------------------------------


def _say(window, text: str) -> None:
    window.statusBar().showMessage(text, 6000)


def focus_model(name: str) -> Callable:
    """Show ``name``'s pane and make it the model of the latent code panel."""

    def run(window) -> None:
        if name not in window.infos:
            _say(window, QCoreApplication.translate(
                "Lessons", "The model {name} is not loaded.").format(name=name))
            return
        window.model_list.set_checked(name, True)
        window.focus_model(name)  # what clicking its pane does

    return run


def canvas_noise(amount: float) -> Callable:
    """Gaussian noise of ``amount`` on the canvas digit (0: no noise)."""

    def run(window) -> None:
        seed = window.noise_panel.settings().seed
        window.noise_panel.set_settings(NoiseSettings("gaussian", amount, seed))

    return run


def random_test_digit(window) -> None:
    window.random_digit()


def open_explorer(window) -> None:
    window.show_explorer()


def open_robustness(window) -> None:
    window.show_robustness()


def _gallery(window) -> QWidget:
    return GalleryFigure(window.engine, list(window.infos.values()))


def _denoising(window) -> QWidget:
    return DenoisingFigure(window.engine, list(window.infos.values()))


def _latent_2d(window) -> QWidget:
    from .latent_2d import Latent2DFigure

    return Latent2DFigure(window.engine, list(window.infos.values()))


def _dim_reduction(window) -> QWidget:
    return DimReductionFigure(window)


def _selu(window) -> QWidget:
    return SeluFigure(window)


_RANDOM_DIGIT = SetupButton(
    QT_TRANSLATE_NOOP("Lessons", "Random test digit on the canvas"),
    QT_TRANSLATE_NOOP("Lessons", "Put a random MNIST test digit on the canvas (Ctrl+R)"),
    random_test_digit)
_EXPLORER = SetupButton(
    QT_TRANSLATE_NOOP("Lessons", "Open the latent space explorer"),
    QT_TRANSLATE_NOOP("Lessons", "Each model's codes of the test digits on a plane, and the "
                                 "digits decoded from a grid over it (Ctrl+T)"),
    open_explorer)

LESSONS: tuple[Lesson, ...] = (
    Lesson(
        key="conv_ae",
        title=QT_TRANSLATE_NOOP("Lessons", "Convolutional autoencoder"),
        source=QT_TRANSLATE_NOOP("Lessons", "Keras blog, 'Building Autoencoders in Keras': "
                                            "the convolutional autoencoder (Conv 16-8-8 with "
                                            "upsampling)"),
        summary=QT_TRANSLATE_NOOP("Lessons", "Small filters and upsampling squeeze a digit "
                                             "into 128 numbers and draw it again."),
        intro=QT_TRANSLATE_NOOP(
            "Lessons",
            "A convolutional autoencoder reads the digit through small 3x3 filters, so it "
            "knows which pixels are neighbours. The Keras blog's encoder has three "
            "convolutions with 16, 8 and 8 filters, and after each one the picture is halved "
            "(max-pooling; here the last halving is a convolution with a stride of 2). What "
            "is left is 8 maps of 4x4: 128 numbers instead of 784. The decoder goes the other "
            "way: it enlarges the maps by repeating each value 2x2 (upsampling), and a "
            "convolution after each step learns to smooth the blocky result. The gallery "
            "sends real test digits through the model: what goes in is on top, what comes "
            "out below."),
        steps=(
            QT_TRANSLATE_NOOP("Lessons", "Look at the gallery: which strokes come back "
                                         "blurred, which sharp? Thin strokes, small loops and "
                                         "unusual styles are the first to suffer."),
            QT_TRANSLATE_NOOP("Lessons", "Click New digits a few times, and set Digits to 20 "
                                         "to see many at once. The error under the rows is "
                                         "the mean squared difference per pixel."),
            QT_TRANSLATE_NOOP("Lessons", "Choose dense_100 in the gallery: its code is about "
                                         "as long (100 numbers) but it knows nothing about "
                                         "neighbouring pixels. Compare the rows and the "
                                         "errors."),
            QT_TRANSLATE_NOOP("Lessons", "Click 'Focus the Keras conv AE' and draw on the "
                                         "canvas: the latent code panel shows its 8 maps of "
                                         "4x4 changing as you draw."),
            QT_TRANSLATE_NOOP("Lessons", "Export PNG… saves both rows with each digit's "
                                         "error."),
        ),
        models=("conv_upsampling",),
        buttons=(
            SetupButton(QT_TRANSLATE_NOOP("Lessons", "Focus the Keras conv AE"),
                        QT_TRANSLATE_NOOP("Lessons", "Show conv_upsampling's pane and its "
                                                     "code in the latent code panel"),
                        focus_model("conv_upsampling")),
            _RANDOM_DIGIT,
        ),
        figure=_gallery,
        figure_title=QT_TRANSLATE_NOOP("Lessons", "Test digits and their reconstructions"),
    ),
    Lesson(
        key="dimension_reduction",
        title=QT_TRANSLATE_NOOP("Lessons", "Dimension reduction"),
        source=QT_TRANSLATE_NOOP("Lessons", "The dense autoencoder tutorial (784 pixels "
                                            "through 256 units to a 100-number code), "
                                            "compared with PCA"),
        summary=QT_TRANSLATE_NOOP("Lessons", "An autoencoder as compression: 784 pixels "
                                             "down to a short code, and PCA for comparison."),
        intro=QT_TRANSLATE_NOOP(
            "Lessons",
            "A 28x28 digit is 784 numbers, but handwritten digits fill only a tiny corner of "
            "that space: almost every array of 784 pixel values looks like nothing at all. An "
            "autoencoder with a narrow middle layer must find a shorter description from "
            "which its decoder can draw the digit again. The dense autoencoder here squeezes "
            "the 784 pixels through 256 units into 100 numbers. PCA, the classic linear "
            "method, does the same job with flat projections only; the autoencoder's layers "
            "can bend, so a code of the same length can keep more."),
        steps=(
            QT_TRANSLATE_NOOP("Lessons", "Click 'Focus the dense AE' and draw a digit: the "
                                         "latent code panel shows its 100 numbers as a 10x10 "
                                         "picture (the square layout is only a way of showing "
                                         "them)."),
            QT_TRANSLATE_NOOP("Lessons", "Draw the same digit in two styles and watch which "
                                         "numbers of the code change."),
            QT_TRANSLATE_NOOP("Lessons", "Open the latent space explorer: it projects the "
                                         "codes of the 10,000 test digits onto a plane. Do "
                                         "the digits of one class land together?"),
            QT_TRANSLATE_NOOP("Lessons", "Compare with the conv AE with a 14x14 latent map, "
                                         "whose 196 numbers keep the digit's layout."),
        ),
        models=("dense_100", "conv_latent_map"),
        buttons=(
            SetupButton(QT_TRANSLATE_NOOP("Lessons", "Focus the dense AE"),
                        QT_TRANSLATE_NOOP("Lessons", "Show dense_100's pane and its code in "
                                                     "the latent code panel"),
                        focus_model("dense_100")),
            _EXPLORER,
        ),
        figure=_dim_reduction,
        figure_title=QT_TRANSLATE_NOOP("Lessons", "Digits, their codes, and clusters of "
                                                  "the codes"),
    ),
    Lesson(
        key="denoising",
        title=QT_TRANSLATE_NOOP("Lessons", "Denoising autoencoder"),
        source=QT_TRANSLATE_NOOP("Lessons", "Keras blog, 'Building Autoencoders in Keras': "
                                            "application to image denoising (noise factor "
                                            "0.5)"),
        summary=QT_TRANSLATE_NOOP("Lessons", "Shown noisy digits and asked for clean ones, a "
                                             "model learns to remove the noise."),
        intro=QT_TRANSLATE_NOOP(
            "Lessons",
            "A denoising autoencoder is trained on noisy digits and asked to give back the "
            "clean ones. It cannot simply copy its input, so it has to learn what digits look "
            "like and drop everything else. The Keras blog adds Gaussian noise with a factor "
            "of 0.5: each pixel gets 0.5 × N(0, 1) added and is clipped to the range 0 to 1. "
            "The figure does the same to real test digits and gives them to the denoising "
            "model and to a model trained on clean digits only; both errors are measured "
            "against the clean digits. The denoising model shipped with AE Desktop is a dense "
            "network trained with noise of 0.25 on this scale (the factor 0.5 of its PyTorch "
            "recipe, which works on pixels from -1 to 1), so the blog's 0.5 is harder than "
            "anything it saw in training."),
        steps=(
            QT_TRANSLATE_NOOP("Lessons", "Read each model's three rows: the clean digits, the "
                                         "noised digits (what the model sees) and the model's "
                                         "output."),
            QT_TRANSLATE_NOOP("Lessons", "Compare the two errors: both are measured against "
                                         "the clean digits, which neither model was shown."),
            QT_TRANSLATE_NOOP("Lessons", "Move the noise factor from 0 to 1. How fast does "
                                         "each error grow? Near 0 the plain model may do as "
                                         "well as the denoiser."),
            QT_TRANSLATE_NOOP("Lessons", "Click New noise: the denoiser's output hardly "
                                         "depends on which noise was drawn. Choose another "
                                         "model to compare with."),
            QT_TRANSLATE_NOOP("Lessons", "Click 'Noise 0.5 on the canvas' and draw a digit: "
                                         "the denoising model cleans your digit too. The "
                                         "robustness curve plots every model's error against "
                                         "the amount of noise."),
        ),
        models=(DENOISER,),
        buttons=(
            SetupButton(QT_TRANSLATE_NOOP("Lessons", "Noise 0.5 on the canvas"),
                        QT_TRANSLATE_NOOP("Lessons", "Gaussian noise of 0.5 in the noise "
                                                     "panel, as in the tutorial"),
                        canvas_noise(0.5)),
            SetupButton(QT_TRANSLATE_NOOP("Lessons", "No noise on the canvas"),
                        QT_TRANSLATE_NOOP("Lessons", "Turn the noise panel's noise off"),
                        canvas_noise(0.0)),
            SetupButton(QT_TRANSLATE_NOOP("Lessons", "Focus the denoising AE"),
                        QT_TRANSLATE_NOOP("Lessons", "Show denoising_dense's pane and its "
                                                     "code in the latent code panel"),
                        focus_model(DENOISER)),
            SetupButton(QT_TRANSLATE_NOOP("Lessons", "Robustness curve"),
                        QT_TRANSLATE_NOOP("Lessons", "Every shown model's error against the "
                                                     "amount of noise (Ctrl+K)"),
                        open_robustness),
        ),
        figure=_denoising,
        figure_title=QT_TRANSLATE_NOOP("Lessons", "Clean, noised and denoised test digits"),
    ),
    Lesson(
        key="latent_2d",
        title=QT_TRANSLATE_NOOP("Lessons", "A 2-D latent space and its limits"),
        source=QT_TRANSLATE_NOOP("Lessons", "Foster, Generative Deep Learning, chapter 3: "
                                            "the autoencoder and the variational autoencoder "
                                            "with a 2-D latent space"),
        summary=QT_TRANSLATE_NOOP("Lessons", "A code of two numbers can be drawn on a plane: "
                                             "what that shows, and what it costs."),
        intro=QT_TRANSLATE_NOOP(
            "Lessons",
            "With a code of only two numbers every digit becomes a point on a plane, so the "
            "whole latent space can be seen at once. Foster uses this to show the plain "
            "autoencoder's weak spots: the clouds of the ten digits have uneven sizes and "
            "leave gaps, and points in the gaps decode to shapes that are no digit. The "
            "variational autoencoder (VAE) is trained to keep its codes close to a standard "
            "normal distribution, which fills the plane more evenly. Two numbers are few, "
            "though: both models blur digits and mix up classes that a longer code keeps "
            "apart."),
        steps=(
            QT_TRANSLATE_NOOP("Lessons", "Open the latent space explorer and choose the 2-D "
                                         "conv AE and the VAE: each dot is a test digit, "
                                         "coloured by its label."),
            QT_TRANSLATE_NOOP("Lessons", "Look at the decoded grid: which areas give clear "
                                         "digits, which give blends or blobs?"),
            QT_TRANSLATE_NOOP("Lessons", "Draw a digit: it appears as a point on both planes. "
                                         "Which of your digits land among another class?"),
            QT_TRANSLATE_NOOP("Lessons", "Compare the reconstructions of conv_2d and vae_2d "
                                         "with those of a model with a longer code, such as "
                                         "conv_selu."),
        ),
        models=("conv_2d", "vae_2d"),
        buttons=(_EXPLORER, _RANDOM_DIGIT),
        figure=_latent_2d,
        figure_title=QT_TRANSLATE_NOOP("Lessons", "Two 2-D latent planes and the autoencoder's "
                                                  "three limits"),
    ),
    Lesson(
        key="selu_conv",
        title=QT_TRANSLATE_NOOP("Lessons", "Hands-On ML conv AE with SELU"),
        source=QT_TRANSLATE_NOOP("Lessons", "Géron, Hands-On Machine Learning, chapter 17: "
                                            "the convolutional autoencoder"),
        summary=QT_TRANSLATE_NOOP("Lessons", "A deeper convolutional autoencoder with SELU "
                                             "activations and a learned upsampling."),
        intro=QT_TRANSLATE_NOOP(
            "Lessons",
            "Géron's convolutional autoencoder doubles the number of filters at each stage "
            "(16, 32, 64) while max-pooling halves the picture, down to 64 maps of 3x3: 576 "
            "numbers, more than the Keras blog's 128. Its decoder uses transposed "
            "convolutions, which learn how to enlarge a map instead of repeating its values. "
            "The SELU activation keeps the mean and the spread of the signal steady from "
            "layer to layer, which helps such networks train well without extra "
            "normalisation layers."),
        steps=(
            QT_TRANSLATE_NOOP("Lessons", "Click 'Focus the SELU conv AE' and draw a digit: "
                                         "the latent code panel shows its 64 maps."),
            QT_TRANSLATE_NOOP("Lessons", "Compare its pane with the Keras blog's conv AE: a "
                                         "longer code usually gives sharper "
                                         "reconstructions."),
            QT_TRANSLATE_NOOP("Lessons", "Add Gaussian noise in the noise panel: which of the "
                                         "two copes better, although neither was trained on "
                                         "noise?"),
        ),
        models=("conv_selu",),
        buttons=(
            SetupButton(QT_TRANSLATE_NOOP("Lessons", "Focus the SELU conv AE"),
                        QT_TRANSLATE_NOOP("Lessons", "Show conv_selu's pane and its code in "
                                                     "the latent code panel"),
                        focus_model("conv_selu")),
            _RANDOM_DIGIT,
        ),
        figure=_selu,
        figure_title=QT_TRANSLATE_NOOP("Lessons", "conv_selu's layers and its accuracy per "
                                                  "epoch"),
    ),
)
