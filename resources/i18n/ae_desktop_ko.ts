<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>FocusPanel</name>
    <message>
        <source>Latent code: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Open the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic, in one window (Help → Guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AE Desktop guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every view shows, how it is computed, what to try (F1 explains the view you are in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this view: {title} (F1 on the view does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is computed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;A square to draw a digit on. The left mouse button draws, the right button erases
(or press &lt;i&gt;Eraser&lt;/i&gt;, key E). The slider sets the brush size ([ and ] change it);
&lt;i&gt;Undo&lt;/i&gt; and &lt;i&gt;Redo&lt;/i&gt; work stroke by stroke, &lt;i&gt;Clear&lt;/i&gt; (Delete) empties the canvas.
&lt;i&gt;Random test digit&lt;/i&gt; (Ctrl+R) puts a real MNIST test digit on the canvas; you can also
open, paste or drop an image. The &lt;i&gt;Original&lt;/i&gt; pane shows what the models are given.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Whatever its size on screen, the canvas is a 280×280 grey raster: ink is 1 (white),
the background 0. After every change the compute engine turns it into a 28×28 digit
with the recipe that made MNIST:&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;crop to the box around the ink (pixels brighter than 0.05);&lt;/li&gt;
&lt;li&gt;shrink it so that its longer side is 20 pixels, keeping the aspect ratio, by averaging
the area each new pixel covers (this blurring is where MNIST&apos;s grey edges come from);&lt;/li&gt;
&lt;li&gt;paste it into a 28×28 field so that the ink&apos;s centre of mass lands on the centre,
(14, 14).&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;An image you open or paste is turned into ink first: a light background is inverted,
so dark ink on white paper works.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Draw a tiny 3 in a corner, then a huge one: the &lt;i&gt;Original&lt;/i&gt; pane barely changes.&lt;/li&gt;
&lt;li&gt;Tick &lt;i&gt;Show raw downscale&lt;/i&gt;: that pane is the whole canvas squashed to 28×28
without the recipe, which is what the models would get otherwise.&lt;/li&gt;
&lt;li&gt;Draw a 1: it is tall and thin, so it becomes 20 pixels high and stays narrow.&lt;/li&gt;
&lt;li&gt;Add a stray dot far from your digit and watch the digit shrink and move.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;The models only ever saw digits prepared this way, so where you draw and how big no
longer matter, but stroke width and slant still do: a very thick or very thin brush gives
strokes unlike MNIST&apos;s. It is the centre of mass that is centred, not the box, so a 7
sits a little off the middle of its box. A stray dot enlarges the box and shifts the
centre of mass, and everything else moves with it: preprocessing is not clever, it is a
fixed recipe.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;A noise type, an &lt;i&gt;Amount&lt;/i&gt; slider (0 means off), a &lt;i&gt;Seed&lt;/i&gt; and a &lt;i&gt;New noise&lt;/i&gt;
button (key N). The &lt;i&gt;Model input&lt;/i&gt; pane shows the digit after the noise, and its
caption repeats the settings.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The noise is added to the preprocessed 28×28 digit, whose pixels run from 0 to 1:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Gaussian&lt;/b&gt;: add amount × N(0, 1) to every pixel, then clip to [0, 1]. The amount
is the standard deviation, on the 0 to 1 pixel scale.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Masking&lt;/b&gt;: each pixel is set to 0 with probability amount.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Salt and pepper&lt;/b&gt;: each pixel is hit with probability amount; a hit pixel becomes
0 or 1, with equal chance.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The random numbers come from the seed: the same type, amount and seed always give the
same pattern, and &lt;i&gt;New noise&lt;/i&gt; moves to the next seed. Every model receives exactly this
noisy input, and every error is measured against the clean digit.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Gaussian 0.30: compare &lt;i&gt;denoising_dense&lt;/i&gt;, trained on noisy digits, with
&lt;i&gt;dense_100&lt;/i&gt;, trained on clean ones.&lt;/li&gt;
&lt;li&gt;Press N a few times: a new pattern each time, and the errors move a little.&lt;/li&gt;
&lt;li&gt;Drag the amount slowly: the same pattern grows stronger instead of changing, because
the seed fixes the random numbers and the amount only scales them (or, for masking and
salt and pepper, hits more pixels).&lt;/li&gt;
&lt;li&gt;Masking 0.5: half of the ink is gone, yet some models draw it back.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;An autoencoder cannot tell noise from digit as such: it outputs what it learned digits
look like, and that removes noise only as far as the noise does not look like a digit.
&lt;i&gt;denoising_dense&lt;/i&gt; was trained on noise factor 0.5 (Gaussian noise with standard
deviation 0.25 on 0 to 1 pixels) and removes it on purpose; the others clean up only as a
side effect of squeezing the digit through a small code. Salt adds white specks that look
like ink; masking only takes ink away. For the error against the amount over many digits,
see the &lt;a href=&quot;topic:robustness&quot;&gt;robustness curve&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;&lt;i&gt;Original&lt;/i&gt;: your digit after preprocessing, 28×28. &lt;i&gt;Raw downscale&lt;/i&gt; (only with
&lt;i&gt;Show raw downscale&lt;/i&gt;): the canvas squashed without the recipe. &lt;i&gt;Model input&lt;/i&gt;: the
digit after the noise. Then one pane per shown model: its reconstruction, and under it
&lt;i&gt;MSE&lt;/i&gt; and &lt;i&gt;BCE&lt;/i&gt;. Click a model&apos;s pane to focus it: its code appears in the
&lt;a href=&quot;topic:latent-dock&quot;&gt;latent code dock&lt;/a&gt;. Models are shown or hidden in the Models
dock or under Models → Show / hide.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The compute engine passes the model input through each model&apos;s encoder and then its
decoder, once per change while you draw (when changes come faster than that, the newest one
wins). Outputs are brought to the 0 to 1 scale (&lt;i&gt;denoising_dense&lt;/i&gt; works on −1 to 1
and is mapped back). Both numbers compare the output o with the &lt;b&gt;clean&lt;/b&gt; preprocessed
digit t, not with the noisy input, and average over the 784 pixels:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;MSE = mean of (o − t)²&lt;/li&gt;
&lt;li&gt;BCE = mean of −[t · log o + (1 − t) · log(1 − o)], with o clipped to
[10⁻⁷, 1 − 10⁻⁷] so that the logarithm stays finite.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Lower is better for both.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Draw a neat digit, then a sloppy one, and watch the numbers.&lt;/li&gt;
&lt;li&gt;Draw something that is not a digit, a letter or a face: every model turns it into
something digit-like.&lt;/li&gt;
&lt;li&gt;Add noise and see which panes stay close to the &lt;i&gt;Original&lt;/i&gt;.&lt;/li&gt;
&lt;li&gt;Compare &lt;i&gt;conv_2d&lt;/i&gt; and &lt;i&gt;vae_2d&lt;/i&gt; (2 numbers per digit) with &lt;i&gt;dense_100&lt;/i&gt;
(100 numbers).&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;A model can only give back what its code can hold: the models with a 2-D code draw
smooth, typical digits, and their errors are usually several times those of the larger
codes.
BCE is not 0 even for a perfect copy when the digit has grey edges: a pixel with t = 0.5
costs log 2 ≈ 0.69 even when o = 0.5 exactly, so compare BCE between models, not with
zero. MSE punishes a few badly wrong pixels hardest; BCE punishes confident mistakes
(o near 0 where t = 1) hardest. These numbers are for this one digit; Models → Model info…
gives each model&apos;s averages over the test set.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;The code that the focused model&apos;s encoder makes of the current model input: the few
numbers from which its decoder rebuilt its pane. How it is drawn depends on the code&apos;s
shape:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;A 2-D code&lt;/b&gt; (&lt;i&gt;conv_2d&lt;/i&gt;, &lt;i&gt;vae_2d&lt;/i&gt;): a point on a plane. The coloured dots
are the codes of 1,500 test digits, coloured by their label; the white cross is your digit,
and the line below gives z = (z1, z2).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;A vector&lt;/b&gt; (&lt;i&gt;dense_100&lt;/i&gt;: 100 numbers, &lt;i&gt;denoising_dense&lt;/i&gt;: 64): drawn as a
square picture, 100 as 10×10, 64 as 8×8; a length that is not a square number is
padded up to the next square with its smallest value.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;A 14×14 latent map&lt;/b&gt; (&lt;i&gt;conv_latent_map&lt;/i&gt;): drawn as a 14×14 picture.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Convolutional feature maps&lt;/b&gt; (&lt;i&gt;conv_upsampling&lt;/i&gt;: 8 maps of 4×4,
&lt;i&gt;conv_selu&lt;/i&gt;: 64 maps of 3×3): the small maps are tiled in a near-square grid with thin
gaps, 8 maps as 3×3 tiles (one left empty), 64 maps as 8×8 tiles.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;For pictures the line below gives the smallest, largest and mean value.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The code is the encoder&apos;s output for the &lt;i&gt;Model input&lt;/i&gt; pane, noise included. The
variational model&apos;s encoder gives a mean and a spread for each number; the dock shows the
mean, and the pane decodes the mean too. Pictures are stretched so that the smallest value is
black and the largest white: over the whole code for vectors and the 14×14 map, and each
map to its own range for tiled feature maps.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Click different model panes to switch the model.&lt;/li&gt;
&lt;li&gt;With a 2-D model, draw a 1, then a 7, then an 8, and watch the cross move among the dots
of those digits.&lt;/li&gt;
&lt;li&gt;Add noise and see how much the code changes compared with the reconstruction.&lt;/li&gt;
&lt;li&gt;Draw the same digit twice, slightly differently, and compare the codes.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;Arranging a vector as a square is only a way to draw it: neighbouring cells are unrelated
numbers, so do not look for a digit there. The 14×14 map is different: the decoder reads it
with a transposed convolution, each cell feeding a patch of the output, so the map often looks
like a small rough copy of the digit. In tiled feature maps each tile is one channel, and a
channel lights up for similar strokes wherever they are. Because every picture is stretched to
its own range, a weak code and a strong one can look equally bright: read the line below it.
For the whole test set in a 2-D code, open the &lt;a href=&quot;topic:explorer-planes&quot;&gt;latent space
explorer&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;Two planes side by side, each for the model chosen above it (&lt;i&gt;conv_2d&lt;/i&gt; and
&lt;i&gt;vae_2d&lt;/i&gt; at first). Every dot is one of the 10,000 MNIST test digits, coloured by its
label. Behind the dots lies a grid of decoded digits. The star marks the digit on the canvas
(without noise). Click anywhere on the plane, or drag the target, to move the cursor; under
each plane you see the
digit decoded at the cursor, the test digit under the mouse, and the 5 test digits nearest to
the canvas digit.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;The compute engine encodes all 10,000 test digits with the model (once per model version,
then kept). For a model with a &lt;b&gt;2-D code&lt;/b&gt; the plane is the latent space itself, axes z1
and z2. For &lt;b&gt;larger codes&lt;/b&gt; the plane is a PCA projection, axes PC1 and PC2: the two
directions, fitted on the test codes, along which the codes vary most. The note above the
plane says which share of the variance they explain.&lt;/p&gt;
&lt;p&gt;The grid: &lt;i&gt;Grid&lt;/i&gt; × &lt;i&gt;Grid&lt;/i&gt; points (10 to 40 per side) spread evenly over the
range of the data (from the 1st to the 99th percentile, plus a margin), each turned back into
a code and decoded. With PCA, the point (p1, p2) becomes the code mean + p1 · PC1 + p2
· PC2: a code on a flat slice through the average code, which real digits rarely have, so
that grid is an approximation. A coarse 8×8 grid (64 decodes) is drawn first, then the full
grid replaces it. With &lt;i&gt;Grid follows zoom&lt;/i&gt;, the grid is decoded again over the visible
range after you pan or zoom. The nearest digits are found by the distance between full codes,
not on the plane.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Drag the cursor from the 1s to the 7s and watch the decoded digit change on the way.&lt;/li&gt;
&lt;li&gt;Compare &lt;i&gt;conv_2d&lt;/i&gt; with &lt;i&gt;vae_2d&lt;/i&gt;: where are the gaps between the colours?&lt;/li&gt;
&lt;li&gt;Choose &lt;i&gt;dense_100&lt;/i&gt; for one plane: in its PCA view the colours overlap much more.&lt;/li&gt;
&lt;li&gt;Tick &lt;i&gt;Grid follows zoom&lt;/i&gt; and zoom into an empty region.&lt;/li&gt;
&lt;li&gt;Draw a digit and find its star; are its nearest digits of the same kind?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;A plain autoencoder&apos;s 2-D space often has gaps and long thin arms: a point in a gap
decodes to a blurry or odd digit, because no training digit ever got that code. The
variational autoencoder is trained to keep its codes close to a round Gaussian, so its plane
is more compact and its grid changes smoothly, which is what makes it usable to generate
digits. A 2-D PCA view of a 100-number code hides most of the structure: colours overlapping
there do not mean that the model confuses those digits. &lt;a href=&quot;topic:clustering&quot;&gt;Clustering&lt;/a&gt;
uses the full codes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;In the explorer&apos;s &lt;i&gt;Interpolation&lt;/i&gt; tab, a strip of decoded digits going from one
endpoint to the other, made with the model of the &lt;b&gt;left&lt;/b&gt; plane (its name is shown on the
right). Each endpoint is the canvas digit, a test digit by its number (0 to 9999), or the
cursor of the left or the right plane. &lt;i&gt;Steps&lt;/i&gt; sets how many digits the strip has, both
ends included. &lt;i&gt;Export PNG&lt;/i&gt; saves the strip.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Each endpoint becomes a code of the left model: a test digit&apos;s code, the canvas digit
encoded, or a cursor position turned back into a code (exact for a 2-D code, on the PCA plane
otherwise; the right plane&apos;s cursor is read in the left model&apos;s plane coordinates). Between
the two codes z0 and z1 the app takes evenly spaced t from 0 to 1 and decodes each code:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;linear&lt;/b&gt;: z(t) = (1 − t) · z0 + t · z1, a straight line;&lt;/li&gt;
&lt;li&gt;&lt;b&gt;spherical (slerp)&lt;/b&gt;: z(t) = [sin((1 − t)Ω) · z0 + sin(tΩ) · z1] /
sin Ω, where Ω is the angle between z0 and z1 seen from the origin: the path swings
around the origin instead of cutting across. When the two codes point the same way or
opposite ways the straight line is used.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The &lt;i&gt;Spherical&lt;/i&gt; box is enabled where the app offers it: for models with a 2-D
code.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;From test digit 0 (a 7) to test digit 1 (a 2), first on &lt;i&gt;conv_2d&lt;/i&gt;, then on
&lt;i&gt;vae_2d&lt;/i&gt;.&lt;/li&gt;
&lt;li&gt;On &lt;i&gt;vae_2d&lt;/i&gt;, tick and untick &lt;i&gt;Spherical&lt;/i&gt;: which digits does each path pass
through?&lt;/li&gt;
&lt;li&gt;From your canvas digit to a test digit of the same kind.&lt;/li&gt;
&lt;li&gt;Put a cursor in an empty region of the plane and use it as an endpoint.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;In a good latent space every step looks like a plausible digit, and the change is gradual:
this is very different from fading one image into the other, which would show two digits
on top of each other. Where the path crosses a gap between clusters you see blurry mixtures.
On a plane, linear and spherical paths mostly differ in the digits they pass on the way. With
codes of many numbers drawn from a round Gaussian, most codes have about the same length and
the middle of a straight line is unusually short; slerp keeps the length, which is why it is
the usual choice for such models.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;In the explorer&apos;s &lt;i&gt;Clustering&lt;/i&gt; tab: choose a model and k, then press
&lt;i&gt;Cluster&lt;/i&gt;. You get the purity and NMI of the clusters found in that model&apos;s codes,
the same two scores for clusters of the raw pixels (the baseline), one line per cluster (its
size and its most common digit), and on the right one row per cluster: the 8 digits nearest
to its centre.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;k-means divides the codes of all 10,000 test digits into k groups. It uses the full
codes, not the 2-D picture of the plane. It starts from k-means++ centres, then repeats two
steps until nothing changes (at most 100 times): give each code to its nearest centre, move
each centre to the mean of its codes. Of 3 such runs it keeps the one with the smallest sum
of squared distances. The labels are never used to make the groups, only to score them:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;purity&lt;/b&gt;: give each cluster its most common label; purity is the fraction of digits
whose label is their cluster&apos;s label.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;NMI&lt;/b&gt;, normalised mutual information: how much knowing the cluster tells you about
the label, from 0 (nothing) to 1 (the clusters are the labels, in some order); the mutual
information is divided by the mean of the two entropies.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;The baseline is the same k-means, with the same k, on the 784 pixel values of each
digit.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;k = 10 on each model, and compare with the pixel baseline.&lt;/li&gt;
&lt;li&gt;Raise k to 20 or 30: purity rises; does NMI?&lt;/li&gt;
&lt;li&gt;Compare &lt;i&gt;conv_2d&lt;/i&gt; with &lt;i&gt;vae_2d&lt;/i&gt;, and with a model with a large code.&lt;/li&gt;
&lt;li&gt;Look at the rows of digits: which digits end up together, 4 with 9, 3 with 5 and 8?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;Purity grows with k by itself (with one cluster per digit it would be 1), so compare
purity only at the same k; NMI is less fooled by many small clusters. An autoencoder is
never told the labels: if its codes cluster better than the pixels, it has learned to place
digits by what they are, not only by which pixels are lit. Good reconstructions do not imply
good clusters: a code can hold every detail of a digit and still spread one digit over
several regions. k-means looks for round groups of similar size, so long thin groups, like
the arms of a 2-D autoencoder, get cut into pieces.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;View → Robustness curve… (Ctrl+K): one line per shown model, the reconstruction error
(MSE against the clean digit) as the noise amount grows from 0 to 1, for the noise type
chosen at the top. The label at the top right says over how many test digits it is
averaged.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;In the compute engine: for each amount 0, 0.1, 0.2 and so on up to 1.0, the first test
digits of the bundled MNIST test set (300 unless the label says otherwise) get the chosen
noise, the same three types as the &lt;a href=&quot;topic:noise&quot;&gt;noise panel&lt;/a&gt;, always with seed 0,
so every model sees exactly the same noisy digits. Each shown model reconstructs them, and
the squared difference from the clean digits is averaged over all pixels and digits. The curve
is computed again when you change the type, press &lt;i&gt;Recompute&lt;/i&gt;, or reload the models
while the window is open; hidden models are left out.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Gaussian: which model rises most slowly? Where do the lines cross?&lt;/li&gt;
&lt;li&gt;Switch to masking, then to salt and pepper: does the order of the models change?&lt;/li&gt;
&lt;li&gt;Hide all but two models and press &lt;i&gt;Recompute&lt;/i&gt; to compare a pair.&lt;/li&gt;
&lt;li&gt;Train a model with a noise factor and compare it with its clean-trained twin.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;At amount 0 each line starts at the model&apos;s error on clean digits; its slope tells how
fast it degrades. The models with a 2-D code start high but rise little: their tiny code
cannot hold the noise, so they snap any input to some typical digit. The large codes start
lowest and rise steeply, because they copy much of the noise too, so the lines cross. With
the shipped models, &lt;i&gt;denoising_dense&lt;/i&gt;, trained on Gaussian noise, is the lowest line
for strong Gaussian and salt and pepper noise, but not for masking, which removes ink instead
of adding specks: learning to remove one kind of noise does not teach a model to undo every
kind.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;Train → Train model…: on the left the settings (the architecture, with its tutorial&apos;s recipe
as defaults, epochs, batch size, learning rate, optimizer, noise factor, a subset of the
training set, seed, device, the new model&apos;s name, or an existing model to continue) and where
the MNIST training set is; on the right the progress, the loss plot, 8 test digits (top row:
the model&apos;s inputs, bottom row: its reconstructions after the last epoch) and a line of
metrics after every epoch.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Training runs in a separate process, so the window stays usable; &lt;i&gt;Cancel training&lt;/i&gt;
stops it and saves nothing. For every batch the model reconstructs the inputs (with a noise
factor f, the inputs get clip(x + f/2 · N(0, 1)) while the target stays the clean digit)
and the optimizer takes one step on the loss:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;BCE models: binary cross-entropy per pixel;&lt;/li&gt;
&lt;li&gt;MSE models: squared error per pixel, in the model&apos;s own range (−1 to 1 for
&lt;i&gt;denoising_dense&lt;/i&gt;);&lt;/li&gt;
&lt;li&gt;&lt;i&gt;vae_2d&lt;/i&gt;: BCE summed over the 784 pixels plus the KL divergence from a standard
Gaussian, per digit: this sum is −ELBO, in nats.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;In the plot, &lt;i&gt;train (smoothed)&lt;/i&gt; is the current batch&apos;s loss, reported at most every
0.1 s and averaged over the last 10 reports; the x axis counts epochs. &lt;i&gt;test (per epoch)&lt;/i&gt;
is the same quantity on the first 2,000 test digits after each epoch (not drawn for
&lt;i&gt;denoising_dense&lt;/i&gt;, whose −1 to 1 MSE is on another scale). The metrics line, on
those test digits and on 0 to 1 pixels: BCE per pixel, MSE, rounded accuracy (the fraction
of pixels where output and target round to the same 0 or 1), denoising MSE (inputs with noise
factor 0.5, target the clean digit) and, for the VAE, −ELBO in nats. When training ends,
the metrics are measured again on all 10,000 test digits, with PSNR = 10 · log10(1 / MSE)
in dB, and saved with the model (see &lt;a href=&quot;topic:model-info&quot;&gt;Model info&lt;/a&gt;).&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Train &lt;i&gt;dense_100&lt;/i&gt; for 2 epochs on a 5,000-digit subset: the curve falls fast, then
flattens.&lt;/li&gt;
&lt;li&gt;Multiply the learning rate by 10 and train again: a noisier curve, or a run that
diverges.&lt;/li&gt;
&lt;li&gt;Train &lt;i&gt;denoising_dense&lt;/i&gt; with noise factor 0 and compare it with the shipped one in
the robustness curve.&lt;/li&gt;
&lt;li&gt;Continue training one of your models for a few more epochs.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;The train curve is measured during the epoch while the model is still changing, the test
point with the model at the end of the epoch, so early on the test point can lie below the
curve. A test figure that rises while the train curve keeps falling is overfitting. Rounded
accuracy sounds better than it is: most pixels are background, and an all-black output
already scores about 0.87 on MNIST. PSNR is a logarithmic scale: 3 dB more means half the
MSE.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you see&lt;/h3&gt;
&lt;p&gt;Models → Model info… (Ctrl+I, the &lt;i&gt;Model info…&lt;/i&gt; button, or a double-click on a model in
the Models list), for the focused model: its architecture, description and number of
parameters, and three tabs. &lt;i&gt;Summary&lt;/i&gt;: the layers of the encoder and the decoder with
their output shapes and parameter counts, like Keras&apos; model summary. &lt;i&gt;Metrics&lt;/i&gt;: the
test figures stored with the model, the number of epochs, the training time, the command that
trained it and its file. &lt;i&gt;Training curves&lt;/i&gt;: the loss recorded while it trained.&lt;/p&gt;
&lt;h3&gt;How it is computed here&lt;/h3&gt;
&lt;p&gt;Nothing is measured when the dialog opens: the figures were measured when training ended,
on the 10,000 MNIST test digits, on 0 to 1 pixels. BCE per pixel (outputs clipped to
[10⁻⁷, 1 − 10⁻⁷]), MSE, PSNR = 10 · log10(1 / MSE) in dB,
rounded accuracy (pixels where output and target round to the same 0 or 1), denoising MSE
(Gaussian noise of factor 0.5, that is standard deviation 0.25, target the clean digit) and,
for the VAE, −ELBO in nats per digit (one sampled code per digit). The training curve
is stored as up to about 600 points, each the mean of the batch losses since the previous
one; the dots are the test figure on the same scale, measured after each epoch.&lt;/p&gt;
&lt;h3&gt;Try this&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;Open the &lt;i&gt;Summary&lt;/i&gt; and find the bottleneck: the layer with the smallest output.&lt;/li&gt;
&lt;li&gt;Compare the number of parameters and the MSE of &lt;i&gt;conv_upsampling&lt;/i&gt; and
&lt;i&gt;dense_100&lt;/i&gt;.&lt;/li&gt;
&lt;li&gt;Compare the denoising MSE of &lt;i&gt;denoising_dense&lt;/i&gt; with that of &lt;i&gt;dense_100&lt;/i&gt;.&lt;/li&gt;
&lt;li&gt;Look at the training curves of a shipped model: was it still improving at the end?&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Notice&lt;/h3&gt;
&lt;p&gt;&lt;i&gt;conv_upsampling&lt;/i&gt; has about 4,400 parameters and &lt;i&gt;dense_100&lt;/i&gt; about 454,000,
yet their test errors are close: convolutions reuse the same small filters all over the
image. What limits a model most is the size of its code: the two models with a 2-D code
have far more parameters than &lt;i&gt;conv_upsampling&lt;/i&gt; and several times its error. All models
here are measured by the same code on the same test digits, so their figures can be compared;
their training recipes, though, come from different tutorials.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canvas and MNIST preprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstructions and their errors (MSE, BCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latent code dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent planes and the decoded grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolation: linear and slerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering: purity and NMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robustness curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: loss curves and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonDenoising</name>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise factor: every pixel gets factor × N(0, 1) added, then is clipped to [0, 1]. The Keras blog uses 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model trained on clean digits only, to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same digits with another draw of the noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial&apos;s 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The denoising model ({name}) is not loaded, so there is nothing to compare with: only the plain model is shown. It ships with AE Desktop; if you removed it, train it again with Train → Train model… (Denoising AE) or reload the models (Models → Reload models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet: the figure fills in as soon as the models are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noised ({factor:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output of {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: trained on noisy digits, to give back clean ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: trained on clean digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error against the clean digits: {mse:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {model} rows could not be computed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these digits the denoiser&apos;s error is {ratio:.1f} times smaller than that of {plain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On these digits {plain} does as well as the denoiser or better (try a larger noise factor).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonGallery</name>
    <message>
        <source>The model whose reconstructions fill the lower row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many test digits to show (5 to 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick other test digits at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save both rows, with each digit&apos;s error, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconstructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet: the gallery fills in as soon as the models are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels {labels}; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} test digits ({labels}indices {indices}). Mean squared error of {model}: {mse:.4f} (worst digit {worst:.4f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconstructions could not be computed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the gallery as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of lessons, each with a one-line description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lesson &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model {name} is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random test digit on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a random MNIST test digit on the canvas (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the latent space explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model&apos;s codes of the test digits on a plane, and the digits decoded from a grid over it (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolutional autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras blog, &apos;Building Autoencoders in Keras&apos;: the convolutional autoencoder (Conv 16-8-8 with upsampling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small filters and upsampling squeeze a digit into 128 numbers and draw it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A convolutional autoencoder reads the digit through small 3x3 filters, so it knows which pixels are neighbours. The Keras blog&apos;s encoder has three convolutions with 16, 8 and 8 filters, and after each one the picture is halved (max-pooling; here the last halving is a convolution with a stride of 2). What is left is 8 maps of 4x4: 128 numbers instead of 784. The decoder goes the other way: it enlarges the maps by repeating each value 2x2 (upsampling), and a convolution after each step learns to smooth the blocky result. The gallery sends real test digits through the model: what goes in is on top, what comes out below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the gallery: which strokes come back blurred, which sharp? Thin strokes, small loops and unusual styles are the first to suffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click New digits a few times, and set Digits to 20 to see many at once. The error under the rows is the mean squared difference per pixel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dense_100 in the gallery: its code is about as long (100 numbers) but it knows nothing about neighbouring pixels. Compare the rows and the errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &apos;Focus the Keras conv AE&apos; and draw on the canvas: the latent code panel shows its 8 maps of 4x4 changing as you draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG… saves both rows with each digit&apos;s error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the Keras conv AE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show conv_upsampling&apos;s pane and its code in the latent code panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test digits and their reconstructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dense autoencoder tutorial (784 pixels through 256 units to a 100-number code), compared with PCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autoencoder as compression: 784 pixels down to a short code, and PCA for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 28x28 digit is 784 numbers, but handwritten digits fill only a tiny corner of that space: almost every array of 784 pixel values looks like nothing at all. An autoencoder with a narrow middle layer must find a shorter description from which its decoder can draw the digit again. The dense autoencoder here squeezes the 784 pixels through 256 units into 100 numbers. PCA, the classic linear method, does the same job with flat projections only; the autoencoder&apos;s layers can bend, so a code of the same length can keep more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &apos;Focus the dense AE&apos; and draw a digit: the latent code panel shows its 100 numbers as a 10x10 picture (the square layout is only a way of showing them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the same digit in two styles and watch which numbers of the code change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the latent space explorer: it projects the codes of the 10,000 test digits onto a plane. Do the digits of one class land together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the conv AE with a 14x14 latent map, whose 196 numbers keep the digit&apos;s layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the dense AE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dense_100&apos;s pane and its code in the latent code panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same test digits compressed by PCA and by the autoencoder, side by side, and each method&apos;s error as the code grows from 2 to 100 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denoising autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras blog, &apos;Building Autoencoders in Keras&apos;: application to image denoising (noise factor 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown noisy digits and asked for clean ones, a model learns to remove the noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A denoising autoencoder is trained on noisy digits and asked to give back the clean ones. It cannot simply copy its input, so it has to learn what digits look like and drop everything else. The Keras blog adds Gaussian noise with a factor of 0.5: each pixel gets 0.5 × N(0, 1) added and is clipped to the range 0 to 1. The figure does the same to real test digits and gives them to the denoising model and to a model trained on clean digits only; both errors are measured against the clean digits. The denoising model shipped with AE Desktop is a dense network trained with noise of 0.25 on this scale (the factor 0.5 of its PyTorch recipe, which works on pixels from -1 to 1), so the blog&apos;s 0.5 is harder than anything it saw in training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each model&apos;s three rows: the clean digits, the noised digits (what the model sees) and the model&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two errors: both are measured against the clean digits, which neither model was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the noise factor from 0 to 1. How fast does each error grow? Near 0 the plain model may do as well as the denoiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click New noise: the denoiser&apos;s output hardly depends on which noise was drawn. Choose another model to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &apos;Noise 0.5 on the canvas&apos; and draw a digit: the denoising model cleans your digit too. The robustness curve plots every model&apos;s error against the amount of noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise 0.5 on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian noise of 0.5 in the noise panel, as in the tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No noise on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the noise panel&apos;s noise off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the denoising AE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show denoising_dense&apos;s pane and its code in the latent code panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustness curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shown model&apos;s error against the amount of noise (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean, noised and denoised test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 2-D latent space and its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster, Generative Deep Learning, chapter 3: the autoencoder and the variational autoencoder with a 2-D latent space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code of two numbers can be drawn on a plane: what that shows, and what it costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a code of only two numbers every digit becomes a point on a plane, so the whole latent space can be seen at once. Foster uses this to show the plain autoencoder&apos;s weak spots: the clouds of the ten digits have uneven sizes and leave gaps, and points in the gaps decode to shapes that are no digit. The variational autoencoder (VAE) is trained to keep its codes close to a standard normal distribution, which fills the plane more evenly. Two numbers are few, though: both models blur digits and mix up classes that a longer code keeps apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the latent space explorer and choose the 2-D conv AE and the VAE: each dot is a test digit, coloured by its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the decoded grid: which areas give clear digits, which give blends or blobs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit: it appears as a point on both planes. Which of your digits land among another class?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the reconstructions of conv_2d and vae_2d with those of a model with a longer code, such as conv_selu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test digits through conv_2d and vae_2d beside their points on the plane, and random points of the plane decoded, to show where the plain autoencoder leaves gaps and how the VAE fills them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-On ML conv AE with SELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Géron, Hands-On Machine Learning, chapter 17: the convolutional autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deeper convolutional autoencoder with SELU activations and a learned upsampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Géron&apos;s convolutional autoencoder doubles the number of filters at each stage (16, 32, 64) while max-pooling halves the picture, down to 64 maps of 3x3: 576 numbers, more than the Keras blog&apos;s 128. Its decoder uses transposed convolutions, which learn how to enlarge a map instead of repeating its values. The SELU activation keeps the mean and the spread of the signal steady from layer to layer, which helps such networks train well without extra normalisation layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &apos;Focus the SELU conv AE&apos; and draw a digit: the latent code panel shows its 64 maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare its pane with the Keras blog&apos;s conv AE: a longer code usually gives sharper reconstructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Gaussian noise in the noise panel: which of the two copes better, although neither was trained on noise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the SELU conv AE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show conv_selu&apos;s pane and its code in the latent code panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same test digits through conv_selu and the Keras blog&apos;s conv AE side by side with each model&apos;s error, and the 64 feature maps of one digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson&apos;s interactive figure is not built yet. It will show: {planned} Until then, the steps and buttons above use the app&apos;s existing views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;From: {source}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models in this app come from classic autoencoder tutorials. Each lesson follows one of them: a short explanation, a few things to try, and a figure computed from real MNIST test digits. This page opens by itself only on the first start; close it when you like. The Lessons menu has it and every lesson at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lesson “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show errors as heat maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model pane shows |reconstruction − original| per pixel: black where the model got the pixel right, bright where it failed (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;errors as heat maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model pane shows where its reconstruction differs from the original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelInfoDialog</name>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: {encoder} in the encoder, {decoder} in the decoder, {total} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output shape is that of one digit: channels × height × width after a convolution, a number of values after a dense layer. A layer&apos;s name is the one its weights have in the source below: encoder.0 is the first entry of the encoder&apos;s nn.Sequential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source code is not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model class as it is in this app (ae_desktop/core/models/{module}.py), then the code it uses from the other model files. The encoder and the decoder are nn.Sequential stacks of layers; Autoencoder, in base.py, gives every model its encode, decode and forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the app has no notes on the architecture {architecture}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{architecture}, trained by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}: {description} — {params} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>shipped with the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{params} parameters, {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {name} · file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Convolutional AE — Keras blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv + max-pool encoder to an 8x4x4 code, conv + upsampling decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras blog, &apos;Building Autoencoders in Keras&apos; (convolutional AE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolutional layers look at small neighbourhoods of pixels, so the encoder keeps the digit&apos;s layout while max-pooling and a strided convolution shrink it to 8 feature maps of 4x4: 128 numbers instead of 784. The decoder works the other way with fixed nearest-neighbour upsampling, each step followed by a convolution that learns to clean up the enlarged picture. A sigmoid output and the binary cross-entropy loss treat every pixel as the probability of ink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click its reconstruction: the latent code panel tiles the 8 feature maps, each scaled to its own range. Each map is a 4x4 grid laid over the digit, so the position of a bright square says roughly where its feature was found; watch the maps change as you draw. Compare its reconstructions with those of the Dense AE with a 10x10 code, whose code has a similar size (100 numbers) but no notion of neighbouring pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense AE with a 10x10 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense 784-256-100 encoder, 100-256-784 decoder (code shown as 10x10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense autoencoder with a 100-unit code (classic tutorial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simplest autoencoder: fully connected layers squeeze the 784 pixels through 256 units into a code of 100 numbers, and expand them back. Every unit sees the whole image, so the network knows nothing about which pixels are neighbours and has to learn the shapes of digits from the data alone. The code comes out of a ReLU, so its numbers are never negative and often exactly zero. The output is linear and trained with the mean squared error, so it can overshoot the 0 to 1 range of the pixels (the app clips it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click its reconstruction: the latent code panel draws the 100 numbers as a 10x10 picture. The square layout is only a way of showing them: neighbouring squares are not related to each other or to the digit&apos;s pixels. Draw different digits and watch which squares light up and which stay dark. The latent space explorer (Ctrl+T) projects its codes onto a plane with PCA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv AE with a 14x14 latent map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv + max-pool + dense to a 14x14 latent map, transposed-conv decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolutional AE with a 14x14 latent map (classic tutorial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the code is shaped like a small image: a convolution, a max-pool and a dense layer turn the digit into a 14x14 map of 196 numbers. The decoder is only a transposed convolution and a convolution, so each output pixel is built from a few neighbouring cells of the map; to give back the digit, the map has to keep the digit&apos;s layout at half the resolution. With 196 numbers the bottleneck is loose: reconstructions tend to be sharp, but the code compresses the image only fourfold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click its reconstruction to see the 14x14 map in the latent code panel and compare it with your digit: you can usually recognise the digit in it, though its brightness need not follow the ink. Add noise and see how much of the noise reaches the map. Compare it with the Dense AE with a 10x10 code, whose 100 numbers have no layout at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denoising AE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense 784-256-128-64 denoiser on [-1, 1], trained on noisy inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denoising dense autoencoder (PyTorch tutorial style, Tanh output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A denoising autoencoder gets a noisy digit as input but is scored against the clean one, so copying its input is not enough: it has to learn what digits look like and put back what the noise destroyed. This one is fully connected (784-256-128-64 and back, a code of 64 numbers), and its recipe adds Gaussian noise whose standard deviation is a quarter of the pixel range. It works on pixels scaled to -1 to 1 and ends in a Tanh, whose output has the same range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn up Gaussian noise in the noise panel and compare its reconstruction with the other models&apos;: it should remove more of the noise than the autoencoders trained on clean digits. Then try masking and salt-and-pepper noise, which it never saw in training. View → Robustness curve (Ctrl+K) measures the same over 300 test digits at every noise amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv AE with SELU — Hands-On ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-On ML conv AE with SELU: 64x3x3 code, transposed-conv decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Géron, Hands-On Machine Learning, ch. 17 (convolutional AE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deeper convolutional autoencoder from Géron&apos;s book. Three stages of convolution and max-pooling halve the picture each time (28, 14, 7, 3) while the number of feature maps doubles (16, 32, 64): image networks typically trade space for features like this. It uses SELU, an activation designed to keep the signal&apos;s mean and variance steady from layer to layer. The decoder grows the picture back with transposed convolutions, which learn their own upsampling. Its recipe is plain SGD at a learning rate of 1.0, as in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click its reconstruction: the latent code panel tiles its 64 feature maps of only 3x3, so the code (576 numbers) keeps little of the layout and most of the information in its channels. Compare its reconstructions with those of the Convolutional AE — Keras blog, whose code has 128 numbers. The Training curves tab shows how plain SGD with a large learning rate got there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D conv AE — Generative Deep Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster&apos;s conv AE with a 2-D latent (the latent explorer&apos;s plane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster, Generative Deep Learning, ch. 3 (autoencoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has only two numbers, so every digit becomes a point on a plane that you can look at directly. Foster&apos;s encoder (four convolutions with LeakyReLU, then a dense layer to 2 numbers) learns to put similar digits near each other, which turns the plane into a map of the data set. But nothing asks it to fill the plane evenly: the groups of digits get different sizes and shapes with gaps between them, and a point in a gap decodes to something that is no clear digit. Two numbers are also a very tight bottleneck, so reconstructions are blurry and sometimes show another digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click its reconstruction: the latent code panel shows your digit as a cross among test digits coloured by their label; draw slowly and watch the cross move. In View → Latent space explorer (Ctrl+T) the decoded grid shows which digit each point of the plane stands for, and a click in a gap between the groups shows what the decoder makes of it. Compare its plane with the VAE&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAE — Generative Deep Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variational AE of the same shape, 2-D latent, loss = BCE + KL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster, Generative Deep Learning, ch. 3 (variational autoencoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variational autoencoder of the same shape as the 2-D conv AE. Its encoder gives a mean and a log-variance for each of the two numbers, and in training the code is sampled from that distribution (the reparameterisation trick), so nearby points must decode to similar digits. A second loss term, the KL divergence, pulls every digit&apos;s distribution towards a standard normal, which packs the digits around the origin without gaps. The loss (binary cross-entropy summed over the pixels, plus KL) is the negative evidence lower bound, −ELBO, in nats; the result is a generative model: points near the origin decode to plausible digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open View → Latent space explorer (Ctrl+T) and compare its plane with the 2-D conv AE&apos;s: the groups touch, and the decoded grid changes smoothly from one digit to the next. Click near the centre to make a digit that is in no data set, or interpolate between two digits and see every step look like a digit. The app shows the mean of the code (no sampling), so the same drawing always gives the same point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({architecture})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneGrid</name>
    <message>
        <source>{title} (id: {name})
{description}
MSE and BCE: the error against the clean digit. The line below places that error among this model&apos;s errors on the 10,000 MNIST test digits: a digit worse than almost all of them does not look like MNIST to this model.
Click to show the latent code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than {0} % of test digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>{title} (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training {name} ({architecture}) in a background process; the main window stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
