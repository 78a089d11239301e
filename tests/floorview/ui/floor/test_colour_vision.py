"""CIEDE2000 against Sharma, Wu & Dalal's test data; the status fills for each kind of vision."""

from __future__ import annotations

import pytest

from floorview.core.model import Status
from floorview.ui.floor import colour_vision as cv
from floorview.ui.floor.palette import DARK, LIGHT

# Sharma, Wu & Dalal (2005), Table 1: (L*a*b* 1, L*a*b* 2, ΔE00), all 34 pairs.
SHARMA = [
    ((50.0000, 2.6772, -79.7751), (50.0000, 0.0000, -82.7485), 2.0425),
    ((50.0000, 3.1571, -77.2803), (50.0000, 0.0000, -82.7485), 2.8615),
    ((50.0000, 2.8361, -74.0200), (50.0000, 0.0000, -82.7485), 3.4412),
    ((50.0000, -1.3802, -84.2814), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, -1.1848, -84.8006), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, -0.9009, -85.5211), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, 0.0000, 0.0000), (50.0000, -1.0000, 2.0000), 2.3669),
    ((50.0000, -1.0000, 2.0000), (50.0000, 0.0000, 0.0000), 2.3669),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0009), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0010), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0011), 7.2195),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0012), 7.2195),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0009, -2.4900), 4.8045),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0010, -2.4900), 4.8045),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0011, -2.4900), 4.7461),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0012, -2.4900), 4.7461),
    ((50.0000, 2.5000, 0.0000), (50.0000, 0.0000, -2.5000), 4.3065),
    ((50.0000, 2.5000, 0.0000), (73.0000, 25.0000, -18.0000), 27.1492),
    ((50.0000, 2.5000, 0.0000), (61.0000, -5.0000, 29.0000), 22.8977),
    ((50.0000, 2.5000, 0.0000), (56.0000, -27.0000, -3.0000), 31.9030),
    ((50.0000, 2.5000, 0.0000), (58.0000, 24.0000, 15.0000), 19.4535),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.1736, 0.5854), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.2972, 0.0000), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 1.8634, 0.5757), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.2592, 0.3350), 1.0000),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((63.0109, -31.0961, -5.8663), (62.8187, -29.7946, -4.0864), 1.2630),
    ((61.2901, 3.7196, -5.3901), (61.4292, 2.2480, -4.9620), 1.8731),
    ((35.0831, -44.1164, 3.7933), (35.0232, -40.0716, 1.5901), 1.8645),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((36.4612, 47.8580, 18.3852), (36.2715, 50.5065, 21.2231), 1.4146),
    ((90.8027, -2.0831, 1.4410), (91.1528, -1.6435, 0.0447), 1.4441),
    ((90.9257, -0.5406, -0.9208), (88.6381, -0.8985, -0.7239), 1.5381),
    ((6.7747, -0.2908, -2.4247), (5.8714, -0.0985, -2.2286), 0.6377),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), SHARMA,
                         ids=[f"pair{i}" for i in range(1, len(SHARMA) + 1)])
def test_delta_e2000_matches_the_published_test_data(lab1, lab2, expected):
    assert cv.delta_e2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert cv.delta_e2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_lab_of_srgb_primaries_and_greys():
    # The published CIELAB (D65) values of sRGB's white, red and blue.
    assert cv.seen("#FFFFFF") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert cv.seen("#FF0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.05)
    assert cv.seen("#0000FF") == pytest.approx((32.30, 79.19, -107.86), abs=0.05)
    grey = cv.seen("#808080")
    assert abs(grey[1]) < 0.01 and abs(grey[2]) < 0.01


def test_the_simulations_fold_the_confusion_lines():
    # Red and green, far apart for normal eyes, fall close together for both red-green
    # deficiencies; blue and green (told apart by the red-green eye) do not.
    red, green = "#D62728", "#2CA02C"
    normal = cv.delta_e2000(cv.seen(red), cv.seen(green))
    assert normal > 60
    for deficiency in ("protanopia", "deuteranopia"):
        assert cv.delta_e2000(cv.seen(red, deficiency), cv.seen(green, deficiency)) < normal / 2
    # Greys are unchanged by every deficiency (the matrices' rows sum to 1).
    for deficiency in cv.DEFICIENCIES:
        assert cv.seen("#777777", deficiency) == pytest.approx(cv.seen("#777777"), abs=0.05)


def test_a_colour_that_is_not_hex_is_refused():
    with pytest.raises(ValueError, match="not a #RRGGBB colour"):
        cv.linear_rgb("teal")


#: ΔE00 ≥ 10 reads as "clearly different at a glance" (about 5 just-noticeable steps of
#: 2.3); every table also has its status's glyph, so colour is never the only cue.
CLEARLY_DIFFERENT = 10.0


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("deficiency", list(cv.DEFICIENCIES))
def test_status_fills_stay_clearly_different(theme, deficiency):
    fills = {s.name: theme.status(s).fill for s in Status}
    least, a, b = cv.least_difference(fills, deficiency)
    assert least >= CLEARLY_DIFFERENT, f"{a} vs {b}: ΔE00 {least:.1f} under {deficiency}"
