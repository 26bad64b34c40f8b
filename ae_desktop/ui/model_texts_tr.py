"""The model texts defined in core, listed for Qt's lupdate, and how the window shows them.

``core/models/specs.py`` (titles, descriptions, sources) and ``core/models/teaching.py``
(what each architecture teaches) hold plain English: core imports no Qt, so lupdate
cannot find those strings there. :data:`MODEL_TEXTS` repeats each one in a
``QT_TRANSLATE_NOOP("Models", ...)`` call, which ``pyside6-lupdate`` extracts, and the
window translates them where it shows them with :func:`tr_model`. The list must equal
``teaching.core_texts()``: ``tests/ui/test_model_titles.py`` checks it, and prints the
entries to add or remove when a text in core changes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.models.specs import ARCHITECTURES, ArchitectureSpec
from ..core.store.model_info import ModelInfo

CONTEXT = "Models"

MODEL_TEXTS = (
    # conv_upsampling
    QT_TRANSLATE_NOOP("Models", "Convolutional AE — Keras blog"),
    QT_TRANSLATE_NOOP("Models", "Conv + max-pool encoder to an 8x4x4 code, conv + upsampling decoder"),
    QT_TRANSLATE_NOOP("Models", "Keras blog, 'Building Autoencoders in Keras' (convolutional AE)"),
    QT_TRANSLATE_NOOP("Models", "Convolutional layers look at small neighbourhoods of pixels, so the encoder keeps the digit's layout while max-pooling and a strided convolution shrink it to 8 feature maps of 4x4: 128 numbers instead of 784. The decoder works the other way with fixed nearest-neighbour upsampling, each step followed by a convolution that learns to clean up the enlarged picture. Each small filter is reused at every position of the image, so the whole model needs only 4,385 parameters, about a hundredth of the Dense AE's. A sigmoid output and the binary cross-entropy loss treat every pixel as the probability of ink."),
    QT_TRANSLATE_NOOP("Models", "Click its reconstruction: the latent code panel tiles the 8 feature maps, each scaled to its own range. Each map is a 4x4 grid laid over the digit, so the position of a bright square says roughly where its feature was found; watch the maps change as you draw. Compare its reconstructions with those of the Dense AE with a 10x10 code, whose code has a similar size (100 numbers) but no notion of neighbouring pixels."),
    # dense_100
    QT_TRANSLATE_NOOP("Models", "Dense AE with a 10x10 code"),
    QT_TRANSLATE_NOOP("Models", "Dense 784-256-100 encoder, 100-256-784 decoder (code shown as 10x10)"),
    QT_TRANSLATE_NOOP("Models", "Dense autoencoder with a 100-unit code (classic tutorial)"),
    QT_TRANSLATE_NOOP("Models", "The simplest autoencoder: fully connected layers squeeze the 784 pixels through 256 units into a code of 100 numbers, and expand them back. Every unit sees the whole image, so the network knows nothing about which pixels are neighbours and has to learn the shapes of digits from the data alone. The code comes out of a ReLU, so its numbers are never negative and often exactly zero. The output is linear and trained with the mean squared error, so it can overshoot the 0 to 1 range of the pixels (the app clips it)."),
    QT_TRANSLATE_NOOP("Models", "Click its reconstruction: the latent code panel draws the 100 numbers as a 10x10 picture. The square layout is only a way of showing them: neighbouring squares are not related to each other or to the digit's pixels. Draw different digits and watch which squares light up and which stay dark. The latent space explorer (Ctrl+T) projects its codes onto a plane with PCA."),
    # conv_latent_map
    QT_TRANSLATE_NOOP("Models", "Conv AE with a 14x14 latent map"),
    QT_TRANSLATE_NOOP("Models", "Conv + max-pool + dense to a 14x14 latent map, transposed-conv decoder"),
    QT_TRANSLATE_NOOP("Models", "Convolutional AE with a 14x14 latent map (classic tutorial)"),
    QT_TRANSLATE_NOOP("Models", "Here the code is shaped like a small image: a convolution, a max-pool and a dense layer turn the digit into a 14x14 map of 196 numbers; that dense layer (5,760 inputs to 196 outputs) holds nearly all of the model's 1.1 million parameters. The decoder is only a transposed convolution and a convolution, so each output pixel is built from a few neighbouring cells of the map; to give back the digit, the map has to keep the digit's layout at half the resolution. With 196 numbers the bottleneck is loose: reconstructions tend to be sharp, but the code compresses the image only fourfold."),
    QT_TRANSLATE_NOOP("Models", "Click its reconstruction to see the 14x14 map in the latent code panel and compare it with your digit: you can usually recognise the digit in it, though its brightness need not follow the ink. Add noise and see how much of the noise reaches the map. Compare it with the Dense AE with a 10x10 code, whose 100 numbers have no layout at all."),
    # denoising_dense
    QT_TRANSLATE_NOOP("Models", "Denoising AE"),
    QT_TRANSLATE_NOOP("Models", "Dense 784-256-128-64 denoiser on [-1, 1], trained on noisy inputs"),
    QT_TRANSLATE_NOOP("Models", "Denoising dense autoencoder (PyTorch tutorial style, Tanh output)"),
    QT_TRANSLATE_NOOP("Models", "A denoising autoencoder gets a noisy digit as input but is scored against the clean one, so copying its input is not enough: it has to learn what digits look like and put back what the noise destroyed. This one is fully connected (784-256-128-64 and back, a code of 64 numbers), and its recipe adds Gaussian noise whose standard deviation is a quarter of the pixel range. It works on pixels scaled to -1 to 1 and ends in a Tanh, whose output has the same range."),
    QT_TRANSLATE_NOOP("Models", "Turn up Gaussian noise in the noise panel and compare its reconstruction with the other models': it should remove more of the noise than the autoencoders trained on clean digits. Then try masking and salt-and-pepper noise, which it never saw in training. View → Robustness curve (Ctrl+K) measures the same over 300 test digits at every noise amount."),
    # conv_selu
    QT_TRANSLATE_NOOP("Models", "Conv AE with SELU — Hands-On ML"),
    QT_TRANSLATE_NOOP("Models", "Hands-On ML conv AE with SELU: 64x3x3 code, transposed-conv decoder"),
    QT_TRANSLATE_NOOP("Models", "Géron, Hands-On Machine Learning, ch. 17 (convolutional AE)"),
    QT_TRANSLATE_NOOP("Models", "A deeper convolutional autoencoder from Géron's book. Three stages of convolution and max-pooling halve the picture each time (28, 14, 7, 3) while the number of feature maps doubles (16, 32, 64): image networks typically trade space for features like this. It uses SELU, an activation designed to keep the signal's mean and variance steady from layer to layer. The decoder grows the picture back with transposed convolutions, which learn their own upsampling. Its recipe is plain SGD at a learning rate of 1.0, as in the book."),
    QT_TRANSLATE_NOOP("Models", "Click its reconstruction: the latent code panel tiles its 64 feature maps of only 3x3, so the code (576 numbers) keeps little of the layout and most of the information in its channels. Compare its reconstructions with those of the Convolutional AE — Keras blog, whose code has 128 numbers. The Training curves tab shows how plain SGD with a large learning rate got there."),
    # conv_2d
    QT_TRANSLATE_NOOP("Models", "2-D conv AE — Generative Deep Learning"),
    QT_TRANSLATE_NOOP("Models", "Foster's conv AE with a 2-D latent (the latent explorer's plane)"),
    QT_TRANSLATE_NOOP("Models", "Foster, Generative Deep Learning, ch. 3 (autoencoder)"),
    QT_TRANSLATE_NOOP("Models", "The code has only two numbers, so every digit becomes a point on a plane that you can look at directly. Foster's encoder (four convolutions with LeakyReLU, then a dense layer to 2 numbers) learns to put similar digits near each other, which turns the plane into a map of the data set. But nothing asks it to fill the plane evenly: the groups of digits get different sizes and shapes with gaps between them, and a point in a gap decodes to something that is no clear digit. Two numbers are also a very tight bottleneck, so reconstructions are blurry and sometimes show another digit."),
    QT_TRANSLATE_NOOP("Models", "Click its reconstruction: the latent code panel shows your digit as a cross among test digits coloured by their label; draw slowly and watch the cross move. In View → Latent space explorer (Ctrl+T) the decoded grid shows which digit each point of the plane stands for, and a click in a gap between the groups shows what the decoder makes of it. Compare its plane with the VAE's."),
    # vae_2d
    QT_TRANSLATE_NOOP("Models", "VAE — Generative Deep Learning"),
    QT_TRANSLATE_NOOP("Models", "Variational AE of the same shape, 2-D latent, loss = BCE + KL"),
    QT_TRANSLATE_NOOP("Models", "Foster, Generative Deep Learning, ch. 3 (variational autoencoder)"),
    QT_TRANSLATE_NOOP("Models", "A variational autoencoder of the same shape as the 2-D conv AE. Its encoder gives a mean and a log-variance for each of the two numbers, and in training the code is sampled from that distribution (the reparameterisation trick), so nearby points must decode to similar digits. A second loss term, the KL divergence, pulls every digit's distribution towards a standard normal, which packs the digits around the origin without gaps. The loss (binary cross-entropy summed over the pixels, plus KL) is the negative evidence lower bound, −ELBO, in nats; the result is a generative model: points near the origin decode to plausible digits."),
    QT_TRANSLATE_NOOP("Models", "Open View → Latent space explorer (Ctrl+T) and compare its plane with the 2-D conv AE's: the groups touch, and the decoded grid changes smoothly from one digit to the next. Click near the centre to make a digit that is in no data set, or interpolate between two digits and see every step look like a digit. The app shows the mean of the code (no sampling), so the same drawing always gives the same point."),
    # dense_z, conv_z (the bottleneck families)
    QT_TRANSLATE_NOOP("Models", "Bottleneck family: dense AE"),
    QT_TRANSLATE_NOOP("Models", "Dense 784-256-z encoder with a linear code of z numbers, z-256-784 decoder, sigmoid output"),
    QT_TRANSLATE_NOOP("Models", "Dense autoencoder with the code size as a parameter (bottleneck sweep)"),
    QT_TRANSLATE_NOOP("Models", "One architecture with the size of the code as a parameter: 784 pixels go through 256 ReLU units to a linear code of z numbers and back through 256 units to 784. Training it for several z is a bottleneck sweep: the smaller the code, the less of the digit can survive the trip, so the reconstruction error falls as z grows, quickly at first and then hardly at all. The curve of error against code size is a rate–distortion curve: it shows how many numbers a digit really needs."),
    QT_TRANSLATE_NOOP("Models", "Open View → Bottleneck: one row shows your digit reconstructed by every code size, from 2 to 128 numbers, and the curve below plots each size's test error on a log axis. Draw a digit and see at which size its details (a loop, a serif) appear. Train another size from Models → Train and it joins the curve."),
    QT_TRANSLATE_NOOP("Models", "Bottleneck family: conv AE"),
    QT_TRANSLATE_NOOP("Models", "Foster's conv encoder and decoder around a code of z numbers"),
    QT_TRANSLATE_NOOP("Models", "Foster, Generative Deep Learning, ch. 3, with the code size as a parameter"),
    QT_TRANSLATE_NOOP("Models", "Foster's convolutional encoder and decoder (the 2-D conv AE) around a code of z numbers instead of 2. Convolutions give the model a notion of neighbouring pixels, so for the same code size it usually reconstructs better than the dense family; the comparison shows what the architecture adds beyond the bottleneck."),
    QT_TRANSLATE_NOOP("Models", "Train it from Models → Train with a code size of your choice. The bottleneck view's curve then shows it beside the dense family, and its reconstruction joins the main window's panes."),
)


def tr_model(text: str) -> str:
    """A model text from core (title, description, source, lesson) in the UI language."""
    return QCoreApplication.translate(CONTEXT, text)


def arch_title(arch: str | ArchitectureSpec) -> str:
    """The translated title of an architecture (by id or spec); an unknown id as it is."""
    spec = ARCHITECTURES.get(arch) if isinstance(arch, str) else arch
    return tr_model(spec.title) if spec is not None else str(arch)


def arch_title_for(info: ModelInfo) -> str:
    """The translated architecture title of a model, with its code size for the families."""
    title = arch_title(info.architecture)
    if info.latent_parameter:
        return QCoreApplication.translate("Models", "{title}, z = {z}").format(
            title=title, z=info.latent_size)
    return title


def model_title(info: ModelInfo) -> str:
    """:attr:`ModelInfo.title` translated: a shipped model's architecture, else its name."""
    return arch_title_for(info) if info.shipped else info.name


def model_subtitle(info: ModelInfo) -> str:
    """:attr:`ModelInfo.subtitle` translated: the architecture under a user model's name."""
    return "" if info.shipped else arch_title_for(info)


def model_full_title(info: ModelInfo) -> str:
    """:attr:`ModelInfo.full_title` translated: ``my_vae (VAE — Generative Deep Learning)``."""
    sub = model_subtitle(info)
    if not sub:
        return model_title(info)
    return QCoreApplication.translate("Models", "{name} ({architecture})").format(
        name=model_title(info), architecture=sub)
