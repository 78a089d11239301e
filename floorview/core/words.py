"""The words a person reads, in their language, for code that imports no Qt.

``translate(context, text, disambiguation=None, n=-1)`` has the signature of
``QCoreApplication.translate``, so ``pyside6-lupdate`` extracts its calls like any other.
Until a hook is installed it gives the text back, with ``%n`` replaced by ``n``: English,
as written. The command line and the app install a hook that looks the text up in a
``QTranslator`` (:func:`install`); this module never learns where the words come from.
"""

from __future__ import annotations

from collections.abc import Callable

#: looks up (context, text, disambiguation, n) and returns the finished text, ``%n`` replaced
Hook = Callable[[str, str, str | None, int], str]

_hook: Hook | None = None
_generation = 0


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language (as given when none is), ``%n`` replaced by ``n``."""
    if _hook is not None:
        return _hook(context, text, disambiguation, n)
    return plain(text, n)


def plain(text: str, n: int = -1) -> str:
    """``text`` with ``%n`` replaced by ``n`` written plainly (when ``n`` is given)."""
    return text.replace("%n", str(n)) if n >= 0 else text


def install(hook: Hook | None) -> Hook | None:
    """Make ``hook`` the one that translates from now on (None: English again); returns
    the one it replaces, so a caller can put it back."""
    global _hook, _generation
    previous, _hook = _hook, hook
    _generation += 1
    return previous


def generation() -> int:
    """A number that changes whenever the language does: a cache of translated texts
    keyed on it is never stale."""
    return _generation


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """``text`` as it is: marks a text kept for later (a class's message) for lupdate, to be
    passed through :func:`translate` with the same context where it is shown."""
    return text
