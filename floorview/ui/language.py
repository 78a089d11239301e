"""The language floorview speaks: which one (``--lang``, else the Preferences' choice,
else the system's locale), and its translations installed — floorview's own, compiled
into the resource module from ``resources/translations/floorview_<lang>.qm``, and Qt's
``qtbase_<lang>.qm`` for the standard dialogs' buttons — with ``QLocale.setDefault`` so
numbers, dates and times follow.

The CLI's commands that draw a picture or write a page call :func:`install` too, with
``None`` for the application when they run without one: Qt-free text then reaches the
translator through :func:`lookup`, the hook ``floorview.core.words`` is given.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from floorview.options import LANGUAGES
from floorview.ui import resources_rc  # noqa: F401  (registers the resources)

#: Where the compiled translations live in the resource module.
RESOURCE_DIR = ":/floorview/translations"

#: Installed translators (floorview's, then Qt's), kept alive while installed.
_installed: list[QTranslator] = []
_current = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """``text`` as it is, marked for lupdate as a message of ``context``: for words
    kept in a table at import time and translated where they are shown, with
    ``QCoreApplication.translate(context, text)``. (PySide6's own returns ``object``
    to a type checker.)"""
    return text


def system_language() -> str:
    """The system locale's language if floorview ships it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def choose(given: str | None, preferred: str | None = None) -> str:
    """The language to speak: ``--lang`` if given, else the Preferences' choice if set,
    else the system's."""
    for code in (given, preferred):
        if code:
            return code
    return system_language()


def installed() -> bool:
    """Whether any translation is installed (English's is, once :func:`install` ran)."""
    return bool(_installed)


def current() -> str:
    """The language installed last ("en" before any)."""
    return _current


def qt_translations_dirs() -> list[str]:
    """Where Qt's own translations (qtbase_<lang>.qm) may be: where Qt says, and beside
    PySide6's Qt as a wheel and the PyInstaller bundle lay it out."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def install(app: QCoreApplication | None, lang: str, *, directory: str | Path | None = None) -> bool:
    """Speak ``lang``: load its translations (from ``directory`` if given, e.g. a test's
    pseudo-language, else the resource module), install them on ``app`` (or on the
    running application; with none, keep them for :func:`lookup` only), set the default
    locale and hand :func:`lookup` to ``floorview.core.words``. Any language installed
    before is removed first. True if floorview's own translation was found."""
    global _current
    app = app or QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _current = lang
    # English too: its file holds only the plural forms ("1 table", "2 tables") of the
    # source's "%n tables"
    own = QTranslator()
    where = str(directory) if directory is not None else RESOURCE_DIR
    found = own.load(f"floorview_{lang}", where)
    if found:
        _installed.append(own)
    if lang != "en":
        qt = QTranslator()
        if any(qt.load(f"qtbase_{lang}", where) for where in qt_translations_dirs()):
            _installed.append(qt)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang) if lang in LANGUAGES else QLocale(QLocale.Language.English))
    _hook_words()
    return found


def lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language, with ``%n`` replaced by ``n`` written in its
    locale: for Qt-free code, and for code that runs with no QCoreApplication."""
    found = ""
    for translator in _installed:
        found = translator.translate(context, text, disambiguation, n) or ""
        if found:
            break
    result = found or text
    if n >= 0:
        result = result.replace("%n", QLocale().toString(n))
    return result


def _hook_words() -> None:
    """Give floorview.core.words (Qt-free code's translate) :func:`lookup`, if it exists."""
    if importlib.util.find_spec("floorview.core.words") is None:
        return
    words = importlib.import_module("floorview.core.words")
    words.install(lookup)
