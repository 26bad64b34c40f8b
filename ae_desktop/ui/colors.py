"""Ten distinguishable colours for digit labels (Tableau 10)."""

DIGIT_COLOURS = [
    (31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
    (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207),
]

# A perceptually ordered heat scale (matplotlib's "inferno" at 5 stops): black → purple →
# red → orange → pale yellow. Error 0 is black, so a well reconstructed pixel disappears.
HEAT_STOPS = [(0.0, (0, 0, 4)), (0.25, (87, 16, 110)), (0.5, (188, 55, 84)),
              (0.75, (249, 142, 9)), (1.0, (252, 255, 164))]


def heat_rgb(values01):
    """``(H, W)`` values in [0, 1] as ``(H, W, 3)`` uint8 colours of the heat scale."""
    import numpy as np

    v = np.clip(np.asarray(values01, np.float32), 0.0, 1.0)
    xs = [s for s, _ in HEAT_STOPS]
    channels = [np.interp(v, xs, [c[i] for _, c in HEAT_STOPS]) for i in range(3)]
    return (np.stack(channels, axis=-1) + 0.5).astype(np.uint8)
