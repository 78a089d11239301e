"""A language chosen for a command: its translations loaded into ``QTranslator`` s, the
Qt-free core's words (:mod:`floorview.core.words`) looked up in them, and the locale that
writes numbers and dates made Qt's default.

``use_language("de")`` works before any QApplication exists (``QTranslator.translate``
needs none), so ``floorview watch`` and ``seat`` speak German too; the commands that make
an application (``snapshot``, ``report``, ``replay``) then call :func:`install_translators`
so ``QCoreApplication.translate`` finds the same words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from floorview.core import words

log = logging.getLogger(__name__)

#: Where floorview's compiled translations are looked for, first to last: the resources
#: compiled into the app, then a source tree's ``resources/translations``.
FOLDERS: tuple[str, ...] = (
    ":/floorview/translations",
    str(Path(__file__).resolve().parents[2] / "resources" / "translations"),
)


@dataclass
class Language:
    """The language in use: its locale and the translators that hold its words."""

    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    installed: bool = False
    #: floorview's own words were found (else English as written, in the locale's formats)
    words: bool = False


_current: Language | None = None
#: what was in use before the first language chosen here (the app's, or none): put back by reset()
_before: tuple[words.Hook | None, QLocale] | None = None


def words_hook(translators: Sequence[QTranslator], locale: QLocale) -> words.Hook:
    """A :data:`floorview.core.words.Hook` that looks a text up in ``translators`` (the
    first that has it), else keeps it, and writes ``%n`` as ``locale`` writes numbers."""
    def hook(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found: str | None = None
        for translator in translators:
            # a text with %n that the .ts does not mark as plural is found without n only
            found = translator.translate(context, text, disambiguation, n)
            if not found and n >= 0:
                found = translator.translate(context, text, disambiguation, -1)
            if found:
                break
        out = found or text
        return out.replace("%n", locale.toString(n)) if n >= 0 else out
    return hook


def locale_for(lang: str | None) -> QLocale:
    """The locale ``lang`` names ("de", "fr_CA"), the system's when None; English (as
    written) for "en" and for names Qt does not know (the test's "pseudo")."""
    if not lang:
        return QLocale.system()
    locale = QLocale(lang)
    if locale.language() == QLocale.Language.C:
        return QLocale("en_US")
    return locale


def use_language(lang: str | None, folders: Sequence[str | Path] | None = None) -> Language:
    """Load ``lang``'s translations (None: the system's language) and make it the one in
    use: the core's words, Qt's default locale, and the application's translators once
    :func:`install_translators` runs (now, if an application exists)."""
    global _current, _before
    folders = FOLDERS if folders is None else folders
    default = QLocale()
    locale = locale_for(lang)
    translators: list[QTranslator] = []
    name = lang or locale.name()
    if folders is FOLDERS:
        from floorview.ui import resources_rc  # noqa: F401  (registers the compiled translations)
    own = QTranslator()
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    # English has its file too: the singular of the texts written with %n ("1 table")
    found = (_load(own, f"floorview_{name}", folders) or _load_locale(own, locale, folders)
             or english and _load(own, "floorview_en", folders))
    if found:
        translators.append(own)
    elif not name.startswith(("en", "C")):
        log.warning("no floorview translation for %r: English", name)
    qt = QTranslator()
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    if _current is not None:
        _uninstall(_current)
    _current = Language(locale, translators, words=found)
    QLocale.setDefault(locale)
    previous = words.install(words_hook(translators, locale) if translators else None)
    if _before is None:
        _before = (previous, default)
    if QCoreApplication.instance() is not None:
        install_translators()
    return _current


def language_code() -> str:
    """The language the words are in, as HTML's ``lang`` names it: "de", or "en" when
    floorview speaks English as written."""
    if _current is None or not _current.words:
        return "en"
    return _current.locale.bcp47Name()


def install_translators() -> None:
    """Give the application the language's translators (once; none chosen: nothing)."""
    lang = _current
    if lang is None or lang.installed or QCoreApplication.instance() is None:
        return
    for translator in lang.translators:
        QCoreApplication.installTranslator(translator)
    lang.installed = True


def reset() -> None:
    """Back to the words and the locale in use before the first :func:`use_language`
    (tests)."""
    global _current, _before
    if _current is not None:
        _uninstall(_current)
    _current = None
    if _before is not None:
        words.install(_before[0])
        QLocale.setDefault(_before[1])
    _before = None


def _uninstall(lang: Language) -> None:
    if lang.installed and QCoreApplication.instance() is not None:
        for translator in lang.translators:
            QCoreApplication.removeTranslator(translator)
    lang.installed = False


def _load(translator: QTranslator, name: str, folders: Sequence[str | Path]) -> bool:
    return any(translator.load(name, str(folder)) for folder in folders)


def _load_locale(translator: QTranslator, locale: QLocale, folders: Sequence[str | Path]) -> bool:
    # the system's "de_AT" finds floorview_de: Qt tries the locale's UI languages in turn
    return any(translator.load(locale, "floorview", "_", str(folder)) for folder in folders)
