"""How big a finger's target is, and the stylesheet that makes the window's buttons so.

A host stand is worked with a finger: every button, key and menu row there is at least
:data:`KIOSK_TARGET_PX` square (the common guideline for touch, about 9 mm on a 24" 1080p
screen); in a normal window, where a mouse or a laptop's touch pad points, at least
:data:`LAPTOP_TARGET_PX`. Measured offscreen before this: a dialog's buttons (Save,
Cancel, Stay, Sign out) were 25 px tall in a window and 38 px in kiosk.

:func:`touch_stylesheet` is added after the theme's stylesheet (it cascades to every
dialog and message box the window opens, as the theme's rules do).
"""

from __future__ import annotations

#: A target on the host stand (kiosk), in logical px: at least this wide and tall.
KIOSK_TARGET_PX = 44
#: A target in a normal window, in logical px.
LAPTOP_TARGET_PX = 32


def target_px(*, kiosk: bool) -> int:
    return KIOSK_TARGET_PX if kiosk else LAPTOP_TARGET_PX


#: What a dialog's button adds around a stylesheet's ``min-height`` (its padding, border
#: and the style's frame, top and bottom together), per theme. Measured offscreen (Fusion):
#: the dark theme's 6 px padding and 1 px border each side, 14; the light theme's frame, 8.
BUTTON_INSET_PX = {"dark": 14, "light": 8}


def touch_stylesheet(theme: str) -> str:
    """The dialogs' and message boxes' buttons at least a target's size: 32 px in a
    window, 44 px in kiosk (the window's ``kiosk`` property picks the rule), in the
    theme ``"dark"`` or ``"light"``.

    ``min-height`` in a stylesheet sizes the button's contents, inside its padding and
    border: the whole button is that plus :data:`BUTTON_INSET_PX` (44 asked gave 58 px
    buttons in the dark theme)."""
    inset = BUTTON_INSET_PX.get(theme, BUTTON_INSET_PX["dark"])
    rules = []
    for selector, px in (("#mainWindow", LAPTOP_TARGET_PX),
                         ('#mainWindow[kiosk="true"]', KIOSK_TARGET_PX)):
        rules.append(f"{selector} QDialogButtonBox QPushButton {{ min-height: {px - inset}px;"
                     f" min-width: {px}px; }}")
    return "\n".join(rules) + "\n"
