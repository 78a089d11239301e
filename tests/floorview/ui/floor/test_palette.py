"""The palette: statuses stay apart for colour-blind eyes, glyphs differ, fonts have glyphs."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRawFont

from floorview.core.model import Status
from floorview.ui.floor import palette
from floorview.ui.floor.palette import DARK, LIGHT, theme_by_name

# Machado et al. (2009), severity 1.0, applied to linear RGB.
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
MAIN = [Status.AVAILABLE, Status.RESERVED, Status.OCCUPIED, Status.CLEANING, Status.OUT_OF_SERVICE]


def _lin(v):
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _lab(rgb_lin):
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb_lin)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(hex_color, matrix=None):
    c = QColor(hex_color)
    rgb = [_lin(c.redF()), _lin(c.greenF()), _lin(c.blueF())]
    if matrix:
        rgb = [sum(m * v for m, v in zip(row, rgb, strict=True)) for row in matrix]
    return _lab(rgb)


def _delta(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("vision", [None, *CVD], ids=["normal", *CVD])
def test_status_fills_stay_apart_for_every_kind_of_vision(theme, vision):
    matrix = CVD.get(vision)
    seen = {s: _seen(theme.status(s).fill, matrix) for s in MAIN}
    # Tritanopia (about 1 in 10,000) pulls the bluish green towards the blue: the glyphs
    # (check vs clock) carry that pair; the two common deficiencies keep a clear gap.
    least = 12 if vision == "tritanopia" else 20
    for a, b in itertools.combinations(MAIN, 2):
        assert _delta(seen[a], seen[b]) >= least, f"{a} vs {b} under {vision or 'normal'} vision"


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_text_on_each_status_fill_is_readable(qapp, theme):
    for s in Status:
        style = theme.status(s)
        fill, text = QColor(style.fill), QColor(style.text)
        hi, lo = sorted((palette.relative_luminance(fill), palette.relative_luminance(text)),
                        reverse=True)
        assert (hi + 0.05) / (lo + 0.05) >= 3.0, f"{s}: large bold text needs 3:1"


def test_themes_by_name():
    assert theme_by_name("light") is LIGHT
    assert theme_by_name("DARK") is DARK
    with pytest.raises(KeyError, match="light or dark"):
        theme_by_name("sepia")
    assert palette.status_color(LIGHT, Status.OCCUPIED) == QColor(LIGHT.status(Status.OCCUPIED).fill)


def _glyph_image(status):
    img = QImage(40, 40, QImage.Format.Format_Grayscale8)
    img.fill(0)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(20, 20)
    p.scale(18, 18)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("white"))
    p.drawPath(palette.glyph_path(status))
    p.end()
    return img


def test_every_status_has_its_own_glyph(qapp):
    images = {s: _glyph_image(s) for s in Status}
    for s, img in images.items():
        r = palette.glyph_path(s).boundingRect()
        assert not r.isEmpty() and r.left() >= -1.01 and r.right() <= 1.01, s
        assert sum(img.constBits().tobytes()) > 0, f"{s} glyph draws nothing"
    for a, b in itertools.combinations(Status, 2):
        assert images[a] != images[b], f"{a} and {b} share a glyph"


def test_paints_are_built_once_per_theme(qapp):
    assert palette.paints(LIGHT) is palette.paints(LIGHT)
    assert palette.paints(LIGHT) is not palette.paints(DARK)
    assert palette.font("number", 20.2) is palette.font("number", 20)


def test_server_colours_are_the_users_own_or_stable(qapp):
    assert palette.server_color("u-1", "#123456") == QColor("#123456")
    assert palette.server_color("u-1") == palette.server_color("u-1")
    assert palette.contrasting_text(QColor("#FFFF00")) == QColor("#111111")
    assert palette.contrasting_text(QColor("#202060")) == QColor("#FFFFFF")


def test_the_number_font_has_real_glyphs(qapp):
    """Without a font package Qt draws empty boxes and says nothing: catch that here."""
    for role in ("number", "label", "badge"):
        raw = QRawFont.fromFont(palette.font(role, 40))
        assert raw.isValid()
        assert all(raw.supportsCharacter(c) for c in "0123456789/hmB?")

    def draw(text):
        img = QImage(60, 60, QImage.Format.Format_Grayscale8)
        img.fill(0)
        p = QPainter(img)
        p.setFont(palette.font("number", 40))
        p.setPen(QColor("white"))
        p.drawText(QPointF(10, 48), text)
        p.end()
        return img

    eight, zero, one = draw("8"), draw("0"), draw("1")
    assert eight != zero and zero != one and eight != one
