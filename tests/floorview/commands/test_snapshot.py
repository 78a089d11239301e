"""``floorview snapshot``: against the bundled stub, the image shows the branch's floor."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from floorview.cli import build_parser
from floorview.commands import snapshot
from floorview.core.model import Status
from floorview.core.rest import RestClient
from floorview.core.store import BranchStore
from floorview.ui.floor.floor_scene import DisplaySettings, FloorScene
from floorview.ui.floor.palette import DARK, LIGHT
from floorview.ui.floor.render import strip_height
from server_stub.testing import StubServer
from tests.floorview.pixels import close, inner_point, rendered_pixel_at

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def stub():
    with StubServer(demo=True) as srv:
        yield srv


def _run(argv, **kw):
    args = build_parser().parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    code = snapshot.main(args, clock=lambda: NOW, out=out, err=err, **kw)
    return code, out.getvalue(), err.getvalue()


def _fetch(stub):
    rest = RestClient(stub.url)
    rest.login(snapshot.DEMO_EMAIL, snapshot.DEMO_PASSWORD)
    branch = rest.branches()[0]
    store = BranchStore(branch.id)
    store.set_reference(branch=branch, floor_plans=rest.floor_plans(branch.id),
                        sections=rest.sections(branch.id), users=rest.users(branch.id))
    store.apply_snapshot(rest.tables(branch.id))
    rest.close()
    return store


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_the_image_shows_the_branchs_tables_in_their_colours(qapp, stub, tmp_path, monkeypatch,
                                                             theme):
    monkeypatch.setenv("FLOORVIEW_PASSWORD", snapshot.DEMO_PASSWORD)
    monkeypatch.delenv("FLOORVIEW_TOKEN", raising=False)
    store = _fetch(stub)
    plan = store.floor_plans[0]
    out = tmp_path / "floor.png"
    code, said, err = _run(["snapshot", "--server", stub.url, "--email", snapshot.DEMO_EMAIL,
                            "--branch", store.branch.name, "--floor", plan.name,
                            "--theme", theme.name, "--width", "1600", "--out", str(out)])
    assert (code, err) == (0, "")
    assert str(out) in said and plan.name in said
    image = QImage(str(out))
    assert image.width() == 1600
    scene = FloorScene(store, plan, settings=DisplaySettings(theme=theme), clock=lambda: NOW)
    scene.set_fit_scale(1600 / scene.sceneRect().width())  # laid out as in the image
    try:
        checked = 0
        for item in scene.table_items():
            if item.table.status is Status.OUT_OF_SERVICE or min(item.geometry.width,
                                                                 item.geometry.height) < 40:
                continue
            point = inner_point(item)
            if any(box.adjusted(-3, -3, 3, 3).contains(point)
                   for box in item.label_boxes().values()):
                continue  # a label there: the fill is elsewhere
            got = rendered_pixel_at(image, scene)(point)
            assert close(got, QColor(theme.status(item.table.status).fill), 20), item.table.number
            checked += 1
        assert checked >= 5
    finally:
        scene.detach()


def test_demo_signs_in_as_the_host_and_writes_a_png(qapp, tmp_path):
    out = tmp_path / "demo.png"
    code, said, err = _run(["snapshot", "--demo", "--out", str(out), "--width", "1200"])
    assert (code, err) == (0, "")
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1200
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 3)
               for y in range(strip_height(1200), image.height(), 3)}
    seen = [s for s in (Status.AVAILABLE, Status.OCCUPIED, Status.RESERVED)
            if QColor(LIGHT.status(s).fill).name() in colours]
    assert len(seen) >= 2, seen
    # Real glyphs in the title strip: the branch's name is drawn, not an empty band.
    dark = sum(1 for x in range(0, 500) for y in range(strip_height(1200))
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 200


def test_an_image_that_could_not_be_saved_is_an_error_not_a_success(qapp, tmp_path):
    """A cron job writing the floor for signage must see when no image came of it: an
    --out Qt cannot write (a suffix that names no image format) exits 2 with a sentence
    on stderr, says nothing on stdout, and leaves no file."""
    out = tmp_path / "plan.notanimage"
    code, said, err = _run(["snapshot", "--demo", "--out", str(out), "--width", "800"])
    assert code == 2
    assert said == ""
    assert err.startswith("floorview snapshot: could not write") and str(out) in err
    assert not out.exists()


def test_bad_floor_and_branch_are_usage_errors(qapp, stub, tmp_path, monkeypatch):
    monkeypatch.setenv("FLOORVIEW_PASSWORD", snapshot.DEMO_PASSWORD)
    monkeypatch.delenv("FLOORVIEW_TOKEN", raising=False)
    base = ["snapshot", "--server", stub.url, "--email", snapshot.DEMO_EMAIL,
            "--out", str(tmp_path / "x.png")]
    branch = _fetch(stub).branch.name
    code, _, err = _run([*base, "--branch", branch, "--floor", "The Moon"])
    assert code == snapshot.EXIT_USAGE and "No floor plan 'The Moon'" in err
    code, _, err = _run([*base, "--branch", "Nowhere"])
    assert code == snapshot.EXIT_BRANCH and "Nowhere" in err
    monkeypatch.setenv("FLOORVIEW_PASSWORD", "wrong")
    code, _, err = _run([*base, "--branch", branch])
    assert code == snapshot.EXIT_CREDENTIALS
    assert not (tmp_path / "x.png").exists()



def test_a_server_without_a_scheme_is_a_usage_error(tmp_path):
    code, _, err = _run(["snapshot", "--server", "example.com", "--email", snapshot.DEMO_EMAIL,
                         "--out", str(tmp_path / "x.png")])
    assert code == snapshot.EXIT_USAGE and "https://" in err

def test_pick_floor_by_id_name_or_first():
    class P:
        def __init__(self, id, name):
            self.id, self.name = id, name

    plans = [P("a", "Main"), P("b", "Patio")]
    assert snapshot.pick_floor(plans, None).id == "a"
    assert snapshot.pick_floor(plans, "b").id == "b"
    assert snapshot.pick_floor(plans, " patio ").id == "b"
    with pytest.raises(LookupError, match="Main \\(a\\), Patio \\(b\\)"):
        snapshot.pick_floor(plans, "Terrace")


@pytest.mark.parametrize("large_type", [True, False], ids=["large", "normal"])
def test_section_tags_cover_no_tables_labels_or_badges(qapp, stub, large_type):
    """Kiosk large type: the WINDOW BOOTHS tag sat on table 1's server badge."""
    store = _fetch(stub)
    for plan in store.floor_plans:
        scene = FloorScene(store, plan, settings=DisplaySettings(theme=DARK, large_type=large_type),
                           clock=lambda: NOW)
        try:
            tags = scene.section_tags()
            assert tags, plan.name
            for name, tag in tags:
                for item in scene.table_items():
                    assert not item.labels_rect().intersects(tag), (plan.name, name, item.table.number)
                    if item.badge is not None:
                        assert not item.badge_rect().intersects(tag), (plan.name, name, item.table.number)
        finally:
            scene.detach()


def test_without_a_display_it_renders_offscreen_by_itself(qapp, tmp_path):
    """Run as cron or SSH would: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
    Qt's default xcb platform used to abort the process (exit 134)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "plan.png"
    done = subprocess.run([sys.executable, "-m", "floorview", "snapshot", "--demo", "--out", str(out),
                           "--width", "800"], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Qt" not in done.stderr and "xcb" not in done.stderr, done.stderr
    image = QImage(str(out))
    assert image.width() == 800 and image.height() > 100
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # a drawn floor, not a blank canvas


def test_a_display_or_an_explicit_platform_is_left_to_qt():
    env = {"DISPLAY": ":0"}
    assert snapshot.choose_headless_platform(env, "linux") is None and "QT_QPA_PLATFORM" not in env
    env = {"QT_QPA_PLATFORM": "xcb"}
    assert snapshot.choose_headless_platform(env, "linux") is None and env["QT_QPA_PLATFORM"] == "xcb"
    assert snapshot.choose_headless_platform({}, "win32") is None
    env = {"WAYLAND_DISPLAY": "wayland-0"}
    assert snapshot.choose_headless_platform(env, "linux") is None
    env = {}
    assert snapshot.choose_headless_platform(env, "linux") == "offscreen"
    assert env == {"QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def own_stub():
    """A stub of its own: the module's has spent its logins a minute (10 / 60 s)."""
    with StubServer(demo=True) as srv:
        yield srv


@pytest.fixture
def language():
    from floorview.ui import words_hook

    yield words_hook.use_language
    words_hook.reset()


def test_in_the_pseudo_language_the_strip_and_the_summary_line_have_no_english_word(
        qapp, own_stub, tmp_path, monkeypatch, language):
    """Every word the strip draws went through the translation: with the ⟦…⟧ language
    only the branch's name (the server's data) and numbers are left unwrapped."""
    from floorview.ui.floor.legend import count_statuses, legend_texts
    from floorview.ui.floor.render import strip_texts
    from tests.floorview.pseudo import pseudo_qm, wrapped

    pseudo_qm(tmp_path)
    language("pseudo", folders=[tmp_path])
    store = _fetch(own_stub)
    branch, when = strip_texts(store, NOW, stale=False)
    assert branch == store.branch.name
    _, stale_when = strip_texts(store, NOW, stale=True)
    counts = count_statuses(store.tables.values())
    legend = legend_texts(counts) + legend_texts(counts, compact=True)
    assert "⟦Available⟧" in legend and "⟦Occupied⟧" in legend
    # the day's names are QLocale's (English for "pseudo"); the pattern around them is ours
    day_names = ("Wed", "Nov")
    for text in [when, stale_when, *legend]:
        for name in day_names:
            text = text.replace(name, "")
        assert wrapped(text), text
    monkeypatch.setenv("FLOORVIEW_PASSWORD", snapshot.DEMO_PASSWORD)
    monkeypatch.delenv("FLOORVIEW_TOKEN", raising=False)
    out = tmp_path / "floor.png"
    code, said, err = _run(["snapshot", "--server", own_stub.url, "--email", snapshot.DEMO_EMAIL,
                            "--branch", store.branch.name, "--width", "800", "--out", str(out)])
    assert (code, err) == (0, "")
    line = said.replace(str(out), "").replace(store.floor_plans[0].name, "")
    assert wrapped(line), said


def test_in_german_the_strip_reads_a_german_day_and_german_words(qapp, own_stub, tmp_path, language):
    """No two languages in one picture: with German chosen, the day is QLocale's German
    ("Mi. 25 Nov.", on the branch's clock) and the legend's statuses German too."""
    from floorview.ui.floor.legend import count_statuses, legend_texts
    from floorview.ui.floor.render import strip_texts
    from tests.floorview.pseudo import small_qm

    small_qm(tmp_path, "de", {("Status", "Available"): "Frei", ("Status", "Occupied"): "Besetzt",
                              ("Status", "Reserved"): "Reserviert"})
    language("de", folders=[tmp_path])
    store = _fetch(own_stub)
    _, when = strip_texts(store, NOW, stale=False)
    local = NOW.astimezone(store.branch.zone)
    assert when.startswith(f"Mi. {local.day} Nov.") and f"{local:%H:%M}" in when, when
    legend = legend_texts(count_statuses(store.tables.values()))
    assert {"Frei", "Besetzt", "Reserviert"} <= set(legend)
    assert "Available" not in legend and "Occupied" not in legend


def _cards_across(image):
    """The most tiles on one line across: runs of the card's colour 200 px or longer (a
    line through a tile's floors or facts breaks into shorter ones)."""
    card = QColor(DARK.title_bg)
    best = 0
    for y in range(80, image.height(), 8):
        runs, length = 0, 0
        for x in range(image.width()):
            if close(image.pixelColor(x, y), card, 4):
                length += 1
            else:
                runs += length >= 200
                length = 0
        best = max(best, runs + (length >= 200))
    return best


def test_wall_writes_every_branch_the_user_sees_as_tiles(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FLOORVIEW_PASSWORD", snapshot.DEMO_PASSWORD)
    monkeypatch.delenv("FLOORVIEW_TOKEN", raising=False)
    out = tmp_path / "wall.png"
    with StubServer(demo=True, login_rate_limit=(1000, 60.0)) as srv:
        code, said, err = _run(["snapshot", "--server", srv.url, "--email", "manager@floorview.dev",
                                "--wall", "--out", str(out)])
        assert (code, err) == (0, "")
        rest = RestClient(srv.url)
        rest.login("manager@floorview.dev", snapshot.DEMO_PASSWORD)
        seen = len(rest.branches())
        rest.close()
    assert seen >= 2 and f"{seen} branches, 1920×1080" in said
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    from floorview.ui.wall.wall_grid import grid

    assert _cards_across(image) == grid(seen, 1920, 1020).columns
    # the tiles' floors show tables in their statuses' colours
    colours = {image.pixelColor(x, y).name() for x in range(0, 1920, 3) for y in range(60, 1080, 3)}
    assert DARK.status(Status.OCCUPIED).fill.lower() in colours
    assert DARK.status(Status.AVAILABLE).fill.lower() in colours


def test_wall_obeys_the_servers_rate_limit(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FLOORVIEW_PASSWORD", snapshot.DEMO_PASSWORD)
    monkeypatch.delenv("FLOORVIEW_TOKEN", raising=False)
    # far under the wall's need: every branch's two requests meet a 429 and its Retry-After
    with StubServer(demo=True, rest_rate_limit=(2, 1.0), login_rate_limit=(1000, 60.0)) as srv:
        out = tmp_path / "wall.png"
        code, said, err = _run(["snapshot", "--server", srv.url, "--email", "admin@floorview.dev",
                                "--wall", "--out", str(out)])
    assert (code, err) == (0, "")  # every 429 waited out, nothing failed
    assert "branches" in said and out.exists()


def test_demo_wall_signs_in_as_the_area_manager_and_draws_the_group(qapp, tmp_path):
    out = tmp_path / "wall.png"
    code, said, err = _run(["snapshot", "--demo", "--wall", "--out", str(out)])
    assert (code, err) == (0, "")
    assert "30 branches" in said  # the demo's restaurant group, not the host's one branch
    from floorview.ui.wall.wall_grid import grid

    assert _cards_across(QImage(str(out))) == grid(30, 1920, 1020).columns
