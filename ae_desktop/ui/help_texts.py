"""What each view explains when asked (its ? button, or F1): one topic per view.

Every body has the same four parts, as ``<h3>`` headings in this order: What you see,
How it is computed here, Try this, Notice. Statements about how something is computed
describe this app's code (``core/live``, ``core/latent``, ``core/evaluation``,
``core/train``), not autoencoders in general: keep them true when that code changes.

Translation: titles and bodies are marked with ``QT_TRANSLATE_NOOP("Help", ...)`` so
``pyside6-lupdate`` extracts them, and :mod:`.help` translates them when it shows them,
with the same context. Each body is ONE string literal (whole paragraphs for the
translator) that starts on the line of its opening quotes and holds no backslash:
lupdate and Python must read exactly the same text (``tests/ui/test_help.py`` checks).
Links ``<a href="topic:ID">`` open another topic.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Help"

# The four parts of every body, in order (the headings of the body's sections).
SECTIONS = (
    QT_TRANSLATE_NOOP("Help", "What you see"),
    QT_TRANSLATE_NOOP("Help", "How it is computed here"),
    QT_TRANSLATE_NOOP("Help", "Try this"),
    QT_TRANSLATE_NOOP("Help", "Notice"),
)


@dataclass(frozen=True)
class HelpTopic:
    """One view's explanation; ``title`` and ``body`` are the untranslated sources."""

    id: str
    title: str
    body: str  # HTML


_CANVAS = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>A square to draw a digit on. The left mouse button draws, the right button erases
(or press <i>Eraser</i>, key E). The slider sets the brush size ([ and ] change it);
<i>Undo</i> and <i>Redo</i> work stroke by stroke, <i>Clear</i> (Delete) empties the canvas.
<i>Random test digit</i> (Ctrl+R) puts a real MNIST test digit on the canvas; you can also
open, paste or drop an image. The <i>Original</i> pane shows what the models are given.</p>
<h3>How it is computed here</h3>
<p>Whatever its size on screen, the canvas is a 280×280 grey raster: ink is 1 (white),
the background 0. After every change the compute engine turns it into a 28×28 digit
with the recipe that made MNIST:</p>
<ol>
<li>crop to the box around the ink (pixels brighter than 0.05);</li>
<li>shrink it so that its longer side is 20 pixels, keeping the aspect ratio, by averaging
the area each new pixel covers (this blurring is where MNIST's grey edges come from);</li>
<li>paste it into a 28×28 field so that the ink's centre of mass lands on the centre,
(14, 14).</li>
</ol>
<p>An image you open or paste is turned into ink first: a light background is inverted,
so dark ink on white paper works.</p>
<h3>Try this</h3>
<ul>
<li>Draw a tiny 3 in a corner, then a huge one: the <i>Original</i> pane barely changes.</li>
<li>Tick <i>Show raw downscale</i>: that pane is the whole canvas squashed to 28×28
without the recipe, which is what the models would get otherwise.</li>
<li>Draw a 1: it is tall and thin, so it becomes 20 pixels high and stays narrow.</li>
<li>Add a stray dot far from your digit and watch the digit shrink and move.</li>
</ul>
<h3>Notice</h3>
<p>The models only ever saw digits prepared this way, so where you draw and how big no
longer matter, but stroke width and slant still do: a very thick or very thin brush gives
strokes unlike MNIST's. It is the centre of mass that is centred, not the box, so a 7
sits a little off the middle of its box. A stray dot enlarges the box and shifts the
centre of mass, and everything else moves with it: preprocessing is not clever, it is a
fixed recipe.</p>""")

_NOISE = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>A noise type, an <i>Amount</i> slider (0 means off), a <i>Seed</i> and a <i>New noise</i>
button (key N). The <i>Model input</i> pane shows the digit after the noise, and its
caption repeats the settings.</p>
<h3>How it is computed here</h3>
<p>The noise is added to the preprocessed 28×28 digit, whose pixels run from 0 to 1:</p>
<ul>
<li><b>Gaussian</b>: add amount × N(0, 1) to every pixel, then clip to [0, 1]. The amount
is the standard deviation, on the 0 to 1 pixel scale.</li>
<li><b>Masking</b>: each pixel is set to 0 with probability amount.</li>
<li><b>Salt and pepper</b>: each pixel is hit with probability amount; a hit pixel becomes
0 or 1, with equal chance.</li>
</ul>
<p>The random numbers come from the seed: the same type, amount and seed always give the
same pattern, and <i>New noise</i> moves to the next seed. Every model receives exactly this
noisy input, and every error is measured against the clean digit.</p>
<h3>Try this</h3>
<ul>
<li>Gaussian 0.30: compare <i>denoising_dense</i>, trained on noisy digits, with
<i>dense_100</i>, trained on clean ones.</li>
<li>Press N a few times: a new pattern each time, and the errors move a little.</li>
<li>Drag the amount slowly: the same pattern grows stronger instead of changing, because
the seed fixes the random numbers and the amount only scales them (or, for masking and
salt and pepper, hits more pixels).</li>
<li>Masking 0.5: half of the ink is gone, yet some models draw it back.</li>
</ul>
<h3>Notice</h3>
<p>An autoencoder cannot tell noise from digit as such: it outputs what it learned digits
look like, and that removes noise only as far as the noise does not look like a digit.
<i>denoising_dense</i> was trained on noise factor 0.5 (Gaussian noise with standard
deviation 0.25 on 0 to 1 pixels) and removes it on purpose; the others clean up only as a
side effect of squeezing the digit through a small code. Salt adds white specks that look
like ink; masking only takes ink away. For the error against the amount over many digits,
see the <a href="topic:robustness">robustness curve</a>.</p>""")

_PANES = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p><i>Original</i>: your digit after preprocessing, 28×28. <i>Raw downscale</i> (only with
<i>Show raw downscale</i>): the canvas squashed without the recipe. <i>Model input</i>: the
digit after the noise. Then one pane per shown model: its reconstruction, and under it
<i>MSE</i> and <i>BCE</i>. Click a model's pane to focus it: its code appears in the
<a href="topic:latent-dock">latent code dock</a>. Models are shown or hidden in the Models
dock or under Models → Show / hide.</p>
<h3>How it is computed here</h3>
<p>The compute engine passes the model input through each model's encoder and then its
decoder, once per change while you draw (when changes come faster than that, the newest one
wins). Outputs are brought to the 0 to 1 scale (<i>denoising_dense</i> works on −1 to 1
and is mapped back). Both numbers compare the output o with the <b>clean</b> preprocessed
digit t, not with the noisy input, and average over the 784 pixels:</p>
<ul>
<li>MSE = mean of (o − t)²</li>
<li>BCE = mean of −[t · log o + (1 − t) · log(1 − o)], with o clipped to
[10⁻⁷, 1 − 10⁻⁷] so that the logarithm stays finite.</li>
</ul>
<p>Lower is better for both.</p>
<h3>Try this</h3>
<ul>
<li>Draw a neat digit, then a sloppy one, and watch the numbers.</li>
<li>Draw something that is not a digit, a letter or a face: every model turns it into
something digit-like.</li>
<li>Add noise and see which panes stay close to the <i>Original</i>.</li>
<li>Compare <i>conv_2d</i> and <i>vae_2d</i> (2 numbers per digit) with <i>dense_100</i>
(100 numbers).</li>
</ul>
<h3>Notice</h3>
<p>A model can only give back what its code can hold: the models with a 2-D code draw
smooth, typical digits, and their errors are usually several times those of the larger
codes.
BCE is not 0 even for a perfect copy when the digit has grey edges: a pixel with t = 0.5
costs log 2 ≈ 0.69 even when o = 0.5 exactly, so compare BCE between models, not with
zero. MSE punishes a few badly wrong pixels hardest; BCE punishes confident mistakes
(o near 0 where t = 1) hardest. These numbers are for this one digit; Models → Model info…
gives each model's averages over the test set.</p>""")

_LATENT_DOCK = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>The code that the focused model's encoder makes of the current model input: the few
numbers from which its decoder rebuilt its pane. How it is drawn depends on the code's
shape:</p>
<ul>
<li><b>A 2-D code</b> (<i>conv_2d</i>, <i>vae_2d</i>): a point on a plane. The coloured dots
are the codes of 1,500 test digits, coloured by their label; the white cross is your digit,
and the line below gives z = (z1, z2).</li>
<li><b>A vector</b> (<i>dense_100</i>: 100 numbers, <i>denoising_dense</i>: 64): drawn as a
square picture, 100 as 10×10, 64 as 8×8; a length that is not a square number is
padded up to the next square with its smallest value.</li>
<li><b>A 14×14 latent map</b> (<i>conv_latent_map</i>): drawn as a 14×14 picture.</li>
<li><b>Convolutional feature maps</b> (<i>conv_upsampling</i>: 8 maps of 4×4,
<i>conv_selu</i>: 64 maps of 3×3): the small maps are tiled in a near-square grid with thin
gaps, 8 maps as 3×3 tiles (one left empty), 64 maps as 8×8 tiles.</li>
</ul>
<p>For pictures the line below gives the smallest, largest and mean value.</p>
<h3>How it is computed here</h3>
<p>The code is the encoder's output for the <i>Model input</i> pane, noise included. The
variational model's encoder gives a mean and a spread for each number; the dock shows the
mean, and the pane decodes the mean too. Pictures are stretched so that the smallest value is
black and the largest white: over the whole code for vectors and the 14×14 map, and each
map to its own range for tiled feature maps.</p>
<h3>Try this</h3>
<ul>
<li>Click different model panes to switch the model.</li>
<li>With a 2-D model, draw a 1, then a 7, then an 8, and watch the cross move among the dots
of those digits.</li>
<li>Add noise and see how much the code changes compared with the reconstruction.</li>
<li>Draw the same digit twice, slightly differently, and compare the codes.</li>
</ul>
<h3>Notice</h3>
<p>Arranging a vector as a square is only a way to draw it: neighbouring cells are unrelated
numbers, so do not look for a digit there. The 14×14 map is different: the decoder reads it
with a transposed convolution, each cell feeding a patch of the output, so the map often looks
like a small rough copy of the digit. In tiled feature maps each tile is one channel, and a
channel lights up for similar strokes wherever they are. Because every picture is stretched to
its own range, a weak code and a strong one can look equally bright: read the line below it.
For the whole test set in a 2-D code, open the <a href="topic:explorer-planes">latent space
explorer</a>.</p>""")

_EXPLORER_PLANES = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>Two planes side by side, each for the model chosen above it (<i>conv_2d</i> and
<i>vae_2d</i> at first). Every dot is one of the 10,000 MNIST test digits, coloured by its
label. Behind the dots lies a grid of decoded digits. The star marks the digit on the canvas
(without noise). Click anywhere on the plane, or drag the target, to move the cursor; under
each plane you see the
digit decoded at the cursor, the test digit under the mouse, and the 5 test digits nearest to
the canvas digit.</p>
<h3>How it is computed here</h3>
<p>The compute engine encodes all 10,000 test digits with the model (once per model version,
then kept). For a model with a <b>2-D code</b> the plane is the latent space itself, axes z1
and z2. For <b>larger codes</b> the plane is a PCA projection, axes PC1 and PC2: the two
directions, fitted on the test codes, along which the codes vary most. The note above the
plane says which share of the variance they explain.</p>
<p>The grid: <i>Grid</i> × <i>Grid</i> points (10 to 40 per side) spread evenly over the
range of the data (from the 1st to the 99th percentile, plus a margin), each turned back into
a code and decoded. With PCA, the point (p1, p2) becomes the code mean + p1 · PC1 + p2
· PC2: a code on a flat slice through the average code, which real digits rarely have, so
that grid is an approximation. A coarse 8×8 grid (64 decodes) is drawn first, then the full
grid replaces it. With <i>Grid follows zoom</i>, the grid is decoded again over the visible
range after you pan or zoom. The nearest digits are found by the distance between full codes,
not on the plane.</p>
<h3>Try this</h3>
<ul>
<li>Drag the cursor from the 1s to the 7s and watch the decoded digit change on the way.</li>
<li>Compare <i>conv_2d</i> with <i>vae_2d</i>: where are the gaps between the colours?</li>
<li>Choose <i>dense_100</i> for one plane: in its PCA view the colours overlap much more.</li>
<li>Tick <i>Grid follows zoom</i> and zoom into an empty region.</li>
<li>Draw a digit and find its star; are its nearest digits of the same kind?</li>
</ul>
<h3>Notice</h3>
<p>A plain autoencoder's 2-D space often has gaps and long thin arms: a point in a gap
decodes to a blurry or odd digit, because no training digit ever got that code. The
variational autoencoder is trained to keep its codes close to a round Gaussian, so its plane
is more compact and its grid changes smoothly, which is what makes it usable to generate
digits. A 2-D PCA view of a 100-number code hides most of the structure: colours overlapping
there do not mean that the model confuses those digits. <a href="topic:clustering">Clustering</a>
uses the full codes.</p>""")

_INTERPOLATION = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>In the explorer's <i>Interpolation</i> tab, a strip of decoded digits going from one
endpoint to the other, made with the model of the <b>left</b> plane (its name is shown on the
right). Each endpoint is the canvas digit, a test digit by its number (0 to 9999), or the
cursor of the left or the right plane. <i>Steps</i> sets how many digits the strip has, both
ends included. <i>Export PNG</i> saves the strip.</p>
<h3>How it is computed here</h3>
<p>Each endpoint becomes a code of the left model: a test digit's code, the canvas digit
encoded, or a cursor position turned back into a code (exact for a 2-D code, on the PCA plane
otherwise; the right plane's cursor is read in the left model's plane coordinates). Between
the two codes z0 and z1 the app takes evenly spaced t from 0 to 1 and decodes each code:</p>
<ul>
<li><b>linear</b>: z(t) = (1 − t) · z0 + t · z1, a straight line;</li>
<li><b>spherical (slerp)</b>: z(t) = [sin((1 − t)Ω) · z0 + sin(tΩ) · z1] /
sin Ω, where Ω is the angle between z0 and z1 seen from the origin: the path swings
around the origin instead of cutting across. When the two codes point the same way or
opposite ways the straight line is used.</li>
</ul>
<p>The <i>Spherical</i> box is enabled where the app offers it: for models with a 2-D
code.</p>
<h3>Try this</h3>
<ul>
<li>From test digit 0 (a 7) to test digit 1 (a 2), first on <i>conv_2d</i>, then on
<i>vae_2d</i>.</li>
<li>On <i>vae_2d</i>, tick and untick <i>Spherical</i>: which digits does each path pass
through?</li>
<li>From your canvas digit to a test digit of the same kind.</li>
<li>Put a cursor in an empty region of the plane and use it as an endpoint.</li>
</ul>
<h3>Notice</h3>
<p>In a good latent space every step looks like a plausible digit, and the change is gradual:
this is very different from fading one image into the other, which would show two digits
on top of each other. Where the path crosses a gap between clusters you see blurry mixtures.
On a plane, linear and spherical paths mostly differ in the digits they pass on the way. With
codes of many numbers drawn from a round Gaussian, most codes have about the same length and
the middle of a straight line is unusually short; slerp keeps the length, which is why it is
the usual choice for such models.</p>""")

_CLUSTERING = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>In the explorer's <i>Clustering</i> tab: choose a model and k, then press
<i>Cluster</i>. You get the purity and NMI of the clusters found in that model's codes,
the same two scores for clusters of the raw pixels (the baseline), one line per cluster (its
size and its most common digit), and on the right one row per cluster: the 8 digits nearest
to its centre.</p>
<h3>How it is computed here</h3>
<p>k-means divides the codes of all 10,000 test digits into k groups. It uses the full
codes, not the 2-D picture of the plane. It starts from k-means++ centres, then repeats two
steps until nothing changes (at most 100 times): give each code to its nearest centre, move
each centre to the mean of its codes. Of 3 such runs it keeps the one with the smallest sum
of squared distances. The labels are never used to make the groups, only to score them:</p>
<ul>
<li><b>purity</b>: give each cluster its most common label; purity is the fraction of digits
whose label is their cluster's label.</li>
<li><b>NMI</b>, normalised mutual information: how much knowing the cluster tells you about
the label, from 0 (nothing) to 1 (the clusters are the labels, in some order); the mutual
information is divided by the mean of the two entropies.</li>
</ul>
<p>The baseline is the same k-means, with the same k, on the 784 pixel values of each
digit.</p>
<h3>Try this</h3>
<ul>
<li>k = 10 on each model, and compare with the pixel baseline.</li>
<li>Raise k to 20 or 30: purity rises; does NMI?</li>
<li>Compare <i>conv_2d</i> with <i>vae_2d</i>, and with a model with a large code.</li>
<li>Look at the rows of digits: which digits end up together, 4 with 9, 3 with 5 and 8?</li>
</ul>
<h3>Notice</h3>
<p>Purity grows with k by itself (with one cluster per digit it would be 1), so compare
purity only at the same k; NMI is less fooled by many small clusters. An autoencoder is
never told the labels: if its codes cluster better than the pixels, it has learned to place
digits by what they are, not only by which pixels are lit. Good reconstructions do not imply
good clusters: a code can hold every detail of a digit and still spread one digit over
several regions. k-means looks for round groups of similar size, so long thin groups, like
the arms of a 2-D autoencoder, get cut into pieces.</p>""")

_ROBUSTNESS = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>View → Robustness curve… (Ctrl+K): one line per shown model, the reconstruction error
(MSE against the clean digit) as the noise amount grows from 0 to 1, for the noise type
chosen at the top. The label at the top right says over how many test digits it is
averaged.</p>
<h3>How it is computed here</h3>
<p>In the compute engine: for each amount 0, 0.1, 0.2 and so on up to 1.0, the first test
digits of the bundled MNIST test set (300 unless the label says otherwise) get the chosen
noise, the same three types as the <a href="topic:noise">noise panel</a>, always with seed 0,
so every model sees exactly the same noisy digits. Each shown model reconstructs them, and
the squared difference from the clean digits is averaged over all pixels and digits. The curve
is computed again when you change the type, press <i>Recompute</i>, or reload the models
while the window is open; hidden models are left out.</p>
<h3>Try this</h3>
<ul>
<li>Gaussian: which model rises most slowly? Where do the lines cross?</li>
<li>Switch to masking, then to salt and pepper: does the order of the models change?</li>
<li>Hide all but two models and press <i>Recompute</i> to compare a pair.</li>
<li>Train a model with a noise factor and compare it with its clean-trained twin.</li>
</ul>
<h3>Notice</h3>
<p>At amount 0 each line starts at the model's error on clean digits; its slope tells how
fast it degrades. The models with a 2-D code start high but rise little: their tiny code
cannot hold the noise, so they snap any input to some typical digit. The large codes start
lowest and rise steeply, because they copy much of the noise too, so the lines cross. With
the shipped models, <i>denoising_dense</i>, trained on Gaussian noise, is the lowest line
for strong Gaussian and salt and pepper noise, but not for masking, which removes ink instead
of adding specks: learning to remove one kind of noise does not teach a model to undo every
kind.</p>""")

_TRAINING = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>Train → Train model…: on the left the settings (the architecture, with its tutorial's recipe
as defaults, epochs, batch size, learning rate, optimizer, noise factor, a subset of the
training set, seed, device, the new model's name, or an existing model to continue) and where
the MNIST training set is; on the right the progress, the loss plot, 8 test digits (top row:
the model's inputs, bottom row: its reconstructions after the last epoch) and a line of
metrics after every epoch.</p>
<h3>How it is computed here</h3>
<p>Training runs in a separate process, so the window stays usable; <i>Cancel training</i>
stops it and saves nothing. For every batch the model reconstructs the inputs (with a noise
factor f, the inputs get clip(x + f/2 · N(0, 1)) while the target stays the clean digit)
and the optimizer takes one step on the loss:</p>
<ul>
<li>BCE models: binary cross-entropy per pixel;</li>
<li>MSE models: squared error per pixel, in the model's own range (−1 to 1 for
<i>denoising_dense</i>);</li>
<li><i>vae_2d</i>: BCE summed over the 784 pixels plus the KL divergence from a standard
Gaussian, per digit: this sum is −ELBO, in nats.</li>
</ul>
<p>In the plot, <i>train (smoothed)</i> is the current batch's loss, reported at most every
0.1 s and averaged over the last 10 reports; the x axis counts epochs. <i>test (per epoch)</i>
is the same quantity on the first 2,000 test digits after each epoch (not drawn for
<i>denoising_dense</i>, whose −1 to 1 MSE is on another scale). The metrics line, on
those test digits and on 0 to 1 pixels: BCE per pixel, MSE, rounded accuracy (the fraction
of pixels where output and target round to the same 0 or 1), denoising MSE (inputs with noise
factor 0.5, target the clean digit) and, for the VAE, −ELBO in nats. When training ends,
the metrics are measured again on all 10,000 test digits, with PSNR = 10 · log10(1 / MSE)
in dB, and saved with the model (see <a href="topic:model-info">Model info</a>).</p>
<h3>Try this</h3>
<ul>
<li>Train <i>dense_100</i> for 2 epochs on a 5,000-digit subset: the curve falls fast, then
flattens.</li>
<li>Multiply the learning rate by 10 and train again: a noisier curve, or a run that
diverges.</li>
<li>Train <i>denoising_dense</i> with noise factor 0 and compare it with the shipped one in
the robustness curve.</li>
<li>Continue training one of your models for a few more epochs.</li>
</ul>
<h3>Notice</h3>
<p>The train curve is measured during the epoch while the model is still changing, the test
point with the model at the end of the epoch, so early on the test point can lie below the
curve. A test figure that rises while the train curve keeps falling is overfitting. Rounded
accuracy sounds better than it is: most pixels are background, and an all-black output
already scores about 0.87 on MNIST. PSNR is a logarithmic scale: 3 dB more means half the
MSE.</p>""")

_MODEL_INFO = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>Models → Model info… (Ctrl+I, the <i>Model info…</i> button, or a double-click on a model in
the Models list), for the focused model: its architecture, description and number of
parameters, and tabs, among them these three. <i>Summary</i>: the layers of the encoder and the decoder with
their output shapes and parameter counts, like Keras' model summary. <i>Metrics</i>: the
test figures stored with the model, the number of epochs, the training time, the command that
trained it and its file. <i>Training curves</i>: the loss recorded while it trained.</p>
<h3>How it is computed here</h3>
<p>Nothing is measured when the dialog opens: the figures were measured when training ended,
on the 10,000 MNIST test digits, on 0 to 1 pixels. BCE per pixel (outputs clipped to
[10⁻⁷, 1 − 10⁻⁷]), MSE, PSNR = 10 · log10(1 / MSE) in dB,
rounded accuracy (pixels where output and target round to the same 0 or 1), denoising MSE
(Gaussian noise of factor 0.5, that is standard deviation 0.25, target the clean digit) and,
for the VAE, −ELBO in nats per digit (one sampled code per digit). The training curve
is stored as up to about 600 points, each the mean of the batch losses since the previous
one; the dots are the test figure on the same scale, measured after each epoch.</p>
<h3>Try this</h3>
<ul>
<li>Open the <i>Summary</i> and find the bottleneck: the layer with the smallest output.</li>
<li>Compare the number of parameters and the MSE of <i>conv_upsampling</i> and
<i>dense_100</i>.</li>
<li>Compare the denoising MSE of <i>denoising_dense</i> with that of <i>dense_100</i>.</li>
<li>Look at the training curves of a shipped model: was it still improving at the end?</li>
</ul>
<h3>Notice</h3>
<p><i>conv_upsampling</i> has about 4,400 parameters and <i>dense_100</i> about 454,000,
yet their test errors are close: convolutions reuse the same small filters all over the
image. What limits a model most is the size of its code: the two models with a 2-D code
have far more parameters than <i>conv_upsampling</i> and several times its error. All models
here are measured by the same code on the same test digits, so their figures can be compared;
their training recipes, though, come from different tutorials.</p>""")

_ACTIVATIONS = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>What every layer of the focused model makes of the digit on the canvas, from the input
on the left to the reconstruction on the right, one panel per layer. A convolution layer
shows its feature maps tiled, one small picture per channel; a dense layer shows its units
as a square picture when its size allows one, a small code as bars. The shape of the output
(channels × height × width, or the number of units) is written under each panel, and the
code, where encoder meets decoder, is marked. Hover a tile to see that channel large, with
its numbers.</p>
<h3>How it is computed here</h3>
<p>The compute engine runs the 28×28 input the panes use through the model's encoder and
decoder one layer at a time, exactly as the model does. An activation function (ReLU, SELU,
LeakyReLU) is folded into the panel of the layer before it, so a panel shows the output
after the activation; flattening and reshaping are not panels of their own. Each channel is
sent as 8-bit pixels between its own minimum and maximum, and shown on one scale for the
whole layer (black is zero, white the layer's strongest values), so channels of a layer can
be compared; negative values are drawn in blue. One request is computed at a time, and
only while the dock is open.</p>
<h3>Try this</h3>
<ul>
<li>Focus <i>conv_selu</i> (click its pane) and draw slowly: watch the first layer's
16 maps light up along the edges of your strokes.</li>
<li>Focus a dense model: its first layer has no picture of the digit any more, only
256 numbers.</li>
<li>Draw a 1 and then a 0 and compare the code panel: which units change?</li>
<li>Turn on noise and see which layers still show it.</li>
</ul>
<h3>Notice</h3>
<p>Early convolution layers keep the layout of the digit: each map is the digit seen through
one small filter (edges in one direction, thick strokes, the background). Deeper layers have
fewer pixels and more channels, and look less and less like a digit; the decoder's layers
grow the picture back. Many units are dark for any digit: after a ReLU a unit is zero
whenever its input is negative.</p>""")

_BOTTLENECK = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>The digit on the canvas, then its reconstruction by every size of the bottleneck family:
the same dense autoencoder, 784-256-z-256-784, trained with codes of z = 2, 4, 8, 16, 32, 64
and 128 numbers. Models you trained yourself join the row in size order, with their names,
and models of the convolutional family get a second row. Under each picture is its mean
squared error against your digit. Below, the rate–distortion curve plots each model's
average error on the 10,000 test digits (MSE on the left, BCE on the right) against z on a
log axis: the shipped family is the line, your models are stars, your digit is the dashed
line.</p>
<h3>How it is computed here</h3>
<p>The window sends the same 28×28 input the panes use (MNIST's preprocessing plus the
noise panel's noise) to the compute engine, where each model encodes it to z numbers and
decodes it back; the errors are measured against the clean digit. Only one request is
computed at a time, and only while the window is open. The curve's figures were measured
once, when each model was trained, and are read from the model file.</p>
<h3>Try this</h3>
<ul>
<li>Draw a digit and watch where it becomes recognisable: z = 2 often gives a blurry
average digit, by z = 16 the strokes are yours.</li>
<li>Draw something that is not a digit and see the small codes turn it into one.</li>
<li>Turn on noise: small codes ignore it, large codes reproduce it.</li>
<li>Train one more size (Train → Train model…, the dense family, latent size 3) and see
where it lands on the curve.</li>
</ul>
<h3>Notice</h3>
<p>Each doubling of the code helps less than the one before: the curve flattens. Most of
what makes a digit readable fits in a few numbers, and the last 64 numbers mostly add fine
detail. Your digit's dashed line sits above the test average when it is unusual: the models
learned the typical MNIST stroke.</p>""")

_TIMELINE = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>A replay of how a model learned. The slider moves through the frames its training
recorded; the play button runs them like a film. For each frame you see how far training
was (epoch 0.25 is a quarter of the first epoch), the training and validation loss curves
with a marker at that moment, the strip of test digits above the model's reconstructions at
that moment and, for a model with a 2-D code, where the test digits lay in its plane,
coloured by their label.</p>
<h3>How it is computed here</h3>
<p>The trainer records a frame 5 times during the first epoch, when the most happens, and
after every epoch: the training loss averaged over the batches since the previous frame,
the same loss on the first 1,000 test digits, the reconstructions of the first 8 test digits
and, for 2-D codes, the codes of the first 600 test digits. The frames are saved inside the
model's weights file, as 8-bit pictures and 16-bit positions, so a 30-epoch run adds about
0.2 MB. Model info shows the timeline of any model that has one, the training dialog shows
the run it has just finished.</p>
<h3>Try this</h3>
<ul>
<li>Open Model info of the VAE and drag the slider from the start: watch the cloud of
digits unfold from one blob into groups.</li>
<li>Compare with the 2-D conv AE: its groups drift apart and leave gaps.</li>
<li>Find the frame where the reconstructions first look like digits.</li>
<li>Press Home and then play.</li>
</ul>
<h3>Notice</h3>
<p>Most of the learning happens in the first epoch: the loss falls steeply before the first
epoch ends and then slowly. Early reconstructions are one blurry average digit for every
input; distinct digits appear later. In a 2-D plane the groups form early and then only
move and sharpen.</p>""")

_COMPARE = QT_TRANSLATE_NOOP("Help", """<h3>What you see</h3>
<p>The per-epoch curves of any models you choose, shipped or trained by you, overlaid in one
plot: tick models in the list, pick the measure (validation BCE, validation MSE, validation
−ELBO for a VAE, or each model's own training loss) and, if the curves are far apart, a
logarithmic axis. The legend names each model by its title.</p>
<h3>How it is computed here</h3>
<p>Nothing is computed again: each point is a figure the trainer stored in the model's file
after that epoch. The validation figures were measured on the first 2,000 test digits, on
the [0, 1] pixel scale, so models trained with different losses can be compared on the same
measure. The training loss is each model's own objective (BCE, MSE or −ELBO), so its curves
are comparable only between models with the same loss.</p>
<h3>Try this</h3>
<ul>
<li>Tick the dense family from z = 2 to z = 128 and look at validation MSE on a log axis.</li>
<li>Compare a model you trained with the shipped model of the same architecture.</li>
<li>Tick the 2-D conv AE and the VAE and pick validation BCE.</li>
<li>Find a model whose curve was still falling at its last epoch.</li>
</ul>
<h3>Notice</h3>
<p>A curve that is still falling at the end says that more epochs would have helped; a
curve that flattens early says the model has reached what its size allows. Models of very
different sizes can learn at the same speed at first and then part ways, which is the
bottleneck sweep seen over time.</p>""")

TOPICS: dict[str, HelpTopic] = {t.id: t for t in (
    HelpTopic("canvas", QT_TRANSLATE_NOOP("Help", "The canvas and MNIST preprocessing"),
              _CANVAS),
    HelpTopic("noise", QT_TRANSLATE_NOOP("Help", "The noise panel"), _NOISE),
    HelpTopic("panes", QT_TRANSLATE_NOOP("Help", "Reconstructions and their errors (MSE, BCE)"),
              _PANES),
    HelpTopic("latent-dock", QT_TRANSLATE_NOOP("Help", "The latent code dock"), _LATENT_DOCK),
    HelpTopic("explorer-planes", QT_TRANSLATE_NOOP("Help", "Latent planes and the decoded grid"),
              _EXPLORER_PLANES),
    HelpTopic("interpolation", QT_TRANSLATE_NOOP("Help", "Interpolation: linear and slerp"),
              _INTERPOLATION),
    HelpTopic("clustering", QT_TRANSLATE_NOOP("Help", "Clustering: purity and NMI"),
              _CLUSTERING),
    HelpTopic("robustness", QT_TRANSLATE_NOOP("Help", "The robustness curve"), _ROBUSTNESS),
    HelpTopic("training", QT_TRANSLATE_NOOP("Help", "Training: loss curves and metrics"),
              _TRAINING),
    HelpTopic("model-info", QT_TRANSLATE_NOOP("Help", "Model info"), _MODEL_INFO),
    HelpTopic("activations", QT_TRANSLATE_NOOP("Help", "Layer activations"), _ACTIVATIONS),
    HelpTopic("bottleneck", QT_TRANSLATE_NOOP("Help", "The bottleneck sweep"), _BOTTLENECK),
    HelpTopic("timeline", QT_TRANSLATE_NOOP("Help", "The training timeline"), _TIMELINE),
    HelpTopic("compare-curves", QT_TRANSLATE_NOOP("Help", "Comparing training curves"),
              _COMPARE),
)}
