import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from floorview.core import words
from floorview.ui import words_hook
from tests.floorview.pseudo import pseudo_qm


@pytest.fixture(scope="session")
def pseudo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("translations")
    pseudo_qm(folder)
    return folder


@pytest.fixture
def language():
    yield words_hook.use_language
    words_hook.reset()


def test_the_core_words_and_the_application_speak_the_chosen_language(qapp, language, pseudo_folder):
    language("pseudo", folders=[pseudo_folder])
    assert words.translate("Cli", "the app") == "⟦the app⟧"
    assert QCoreApplication.translate("Cli", "the app") == "⟦the app⟧"
    assert words.translate("Cli", "not a source text") == "not a source text"


def test_n_is_written_as_the_locale_writes_numbers(qapp, language, tmp_path):
    language("de", folders=[tmp_path])  # no floorview_de.qm there: English words, German numbers
    assert QLocale().name() == "de_DE"
    assert words.translate("Watch", "%n tables", None, 12345) == "12.345 tables"


def test_back_to_english(qapp, language, pseudo_folder):
    language("pseudo", folders=[pseudo_folder])
    words_hook.reset()
    assert words.translate("Cli", "the app") == "the app"
    assert QCoreApplication.translate("Cli", "the app") == "the app"
