from floorview.commands.heat_map import heat_colour, heat_maps_html
from floorview.core import journal
from floorview.core.evening import read_evening
from floorview.ui import words_hook
from tests.floorview.commands.test_report import known_evening
from tests.floorview.pseudo import small_qm


def test_the_scale_runs_from_light_to_dark():
    assert heat_colour(-1) == heat_colour(0) == (247, 251, 255)
    assert heat_colour(2) == heat_colour(1) == (8, 48, 107)
    assert sum(heat_colour(0.4)) > sum(heat_colour(0.6))


def test_the_scale_writes_percentages_as_the_language_does(tmp_path, qapp):
    """French puts a space before %: the translation's pattern says so, QLocale the digits."""
    small_qm(tmp_path, "fr", {("Formats", "{0}%", "a percentage"): "{0} %",
                              ("HeatMap", "{0} of the service occupied"): "{0} du service occupé"})
    words_hook.use_language("fr", folders=[tmp_path])
    evening = read_evening(journal.read(known_evening(tmp_path / "known.journal")))
    page = heat_maps_html(evening)
    assert ">0 %<" in page and "100 % du service occupé" in page
