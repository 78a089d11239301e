"""The floors' tabs on a hand-made store (no server): a tab per floor plan as the store
changes, the sections' limit, the floor shown remembered per branch."""

from __future__ import annotations

from datetime import UTC, datetime

from floorview.core.model import FloorPlan, Role, User
from floorview.ui.floor.floor_scene import DisplaySettings
from floorview.ui.window import floor_tabs
from floorview.ui.window.floor_tabs import FloorTabs
from tests.floorview.factories import table_json
from tests.floorview.qtapp import make_store

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


def tabs_on(qtbot, store, settings, wired=None, preferred_plan=""):
    """FloorTabs following ``store`` as the window has them (``wired``: the plans wired)."""
    tabs = FloorTabs(store, settings=settings, clock=lambda: NOW, chosen=DisplaySettings,
                     wire=lambda _scene, view: (wired if wired is not None else []).append(
                         view.objectName().removeprefix("floor:")),
                     preferred_plan=preferred_plan)
    qtbot.addWidget(tabs)
    unsubscribe = store.subscribe(tabs.on_store_update)
    tabs.sync()
    return tabs, unsubscribe


def test_sections_are_left_out_on_a_huge_floor(qtbot, settings, monkeypatch):
    from floorview.ui.window.main_window import MainWindow

    monkeypatch.setattr(floor_tabs, "SECTIONS_MAX_TABLES", 3)
    store = make_store()  # fp-1: four tables, fp-2: two
    user = User("u-mgr", "Mia Manager", "mgr@x", Role.MANAGER, ("br-1",), None)
    window = MainWindow(store, user=user, settings=settings,
                        clock=lambda: datetime.now(UTC), theme_choice="light")
    qtbot.addWidget(window)
    assert window.sections_action.isChecked()
    assert not window.scenes["fp-1"].settings.show_sections
    assert window.scenes["fp-2"].settings.show_sections
    window.sections_action.setChecked(False)
    window.sections_action.setChecked(True)
    assert not window.scenes["fp-1"].settings.show_sections
    window.close()


def test_a_floor_that_grows_past_the_limit_loses_its_sections_and_gets_them_back(
        qtbot, settings, monkeypatch):
    monkeypatch.setattr(floor_tabs, "SECTIONS_MAX_TABLES", 4)
    store = make_store()  # fp-1: four tables (at the limit, not over it), fp-2: two
    tabs, unsubscribe = tabs_on(qtbot, store, settings)
    assert tabs.scenes["fp-1"].settings.show_sections
    store.apply_event("tableCreated", table_json("t-new", number="50", floorPlanId="fp-1"))
    assert not tabs.scenes["fp-1"].settings.show_sections  # five: over the limit
    assert tabs.scenes["fp-2"].settings.show_sections
    store.apply_event("tableDeleted", {"id": "t-new"})
    assert tabs.scenes["fp-1"].settings.show_sections
    unsubscribe()
    tabs.detach()


def test_the_tabs_follow_the_stores_floor_plans(qtbot, settings):
    store = make_store()
    wired: list[str] = []
    tabs, unsubscribe = tabs_on(qtbot, store, settings, wired)
    tabs.show()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Main", "Patio"]
    assert wired == ["fp-1", "fp-2"]
    assert tabs.tabBar().isVisible()
    terrace = FloorPlan("fp-3", "br-1", "Terrace", 900, 600, 0)
    lounge = FloorPlan("fp-2", "br-1", "Bar & Lounge", 800, 600, 1)
    # renamed (an ampersand shown as one, not a mnemonic), reordered, one added
    store.set_reference(floor_plans=[terrace, lounge, FloorPlan("fp-1", "br-1", "Main", 1200, 800, 2)],
                        sections=store.sections.values(), users=store.users.values())
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Terrace", "Bar && Lounge", "Main"]
    assert wired == ["fp-1", "fp-2", "fp-3"]  # each floor wired once, when it came
    store.set_reference(floor_plans=[lounge], sections=store.sections.values(),
                        users=store.users.values())
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Bar && Lounge"]
    assert set(tabs.scenes) == set(tabs.views) == {"fp-2"}
    assert not tabs.tabBar().isVisible()  # one floor: no tab bar
    assert tabs.current_plan_id() == "fp-2" and tabs.current_scene() is tabs.scenes["fp-2"]
    assert tabs.scene_of("t-5") is tabs.scenes["fp-2"] and tabs.scene_of("t-1") is None
    unsubscribe()
    tabs.detach()


def test_the_floor_shown_is_remembered_and_the_preferred_one_wins_once(qtbot, settings, caplog):
    store = make_store()
    first, unsubscribe = tabs_on(qtbot, store, settings)
    assert first.current_plan_id() == "fp-1"
    assert first.show_plan("PATIO")  # by name, whatever its case
    assert not first.show_plan("Cellar")
    assert first.current_view() is first.views["fp-2"]
    unsubscribe()
    first.detach()
    again, unsubscribe = tabs_on(qtbot, store, settings)
    assert again.current_plan_id() == "fp-2"  # the floor shown last on this branch
    unsubscribe()
    again.detach()
    preferred, unsubscribe = tabs_on(qtbot, store, settings, preferred_plan="main")
    assert preferred.current_plan_id() == "fp-1"
    unsubscribe()
    preferred.detach()
    missing, unsubscribe = tabs_on(qtbot, store, settings, preferred_plan="Cellar")
    assert missing.current_plan_id() == "fp-2"  # none such: the floor remembered
    assert "no floor plan 'Cellar' in this branch" in caplog.text
    unsubscribe()
    missing.detach()


def test_a_floor_added_later_shows_what_the_others_show(qtbot, settings):
    """Stale and one server's tables picked out: on every floor, and on one that comes."""
    store = make_store()  # t-2, t-4, t-6 are Ana's; t-3 Ben's
    tabs, unsubscribe = tabs_on(qtbot, store, settings)
    tabs.set_stale(True, as_of=NOW)
    tabs.set_highlight_server("u-ana")
    assert tabs.scenes["fp-1"].stale and tabs.scenes["fp-2"].stale
    assert tabs.scenes["fp-1"].is_dimmed("t-3") and not tabs.scenes["fp-1"].is_dimmed("t-2")
    store.apply_event("tableCreated", table_json("t-30", number="30", floorPlanId="fp-3",
                                                 serverId="u-ben"))
    store.apply_event("tableCreated", table_json("t-31", number="31", floorPlanId="fp-3",
                                                 serverId="u-ana"))
    store.set_reference(floor_plans=[*store.floor_plans, FloorPlan("fp-3", "br-1", "Terrace",
                                                                   900, 600, 2)],
                        sections=store.sections.values(), users=store.users.values())
    terrace = tabs.scenes["fp-3"]
    assert terrace.stale
    assert terrace.is_dimmed("t-30") and not terrace.is_dimmed("t-31")
    tabs.set_highlight_server("")
    tabs.set_stale(False)
    assert not any(s.stale for s in tabs.scenes.values())
    assert not terrace.is_dimmed("t-30") and not tabs.scenes["fp-1"].is_dimmed("t-3")
    unsubscribe()
    tabs.detach()


def test_the_floor_shown_is_the_one_zoomed_and_a_table_shown_is_selected(qtbot, settings):
    store = make_store()
    tabs, unsubscribe = tabs_on(qtbot, store, settings)
    tabs.resize(900, 600)
    tabs.show()
    qtbot.waitExposed(tabs)
    main, patio = tabs.views["fp-1"], tabs.views["fp-2"]
    qtbot.waitUntil(lambda: main.scale_factor != 1.0)  # fitted once shown
    before, other = main.scale_factor, patio.scale_factor
    tabs.zoom_in()
    assert abs(main.scale_factor / before - 1.25) < 0.01
    tabs.zoom_out()
    tabs.zoom_out()
    assert abs(main.scale_factor / before - 1.25 * 0.8 * 0.8) < 0.01
    tabs.fit_floor()
    assert abs(main.scale_factor - before) < 0.01
    assert patio.scale_factor == other  # only the floor shown
    assert tabs.selected_table() == ""
    tabs.show_table("t-5")  # on the patio
    assert tabs.current_plan_id() == "fp-2" and tabs.selected_table() == "t-5"
    tabs.show_table("t-99")  # none such: nothing changes
    assert tabs.current_plan_id() == "fp-2" and tabs.selected_table() == "t-5"
    unsubscribe()
    tabs.detach()


def test_a_floor_renamed_as_another_comes_takes_its_new_name(qtbot, settings):
    """A reload that brings a floor and renames one that stays where it was (a manager's
    changes while this screen was away): both show (the rename was once lost)."""
    store = make_store()
    tabs, unsubscribe = tabs_on(qtbot, store, settings)
    store.set_reference(floor_plans=[FloorPlan("fp-1", "br-1", "Dining Room", 1200, 800, 0),
                                     FloorPlan("fp-2", "br-1", "Patio", 800, 600, 1),
                                     FloorPlan("fp-3", "br-1", "Terrace", 900, 600, 2)],
                        sections=store.sections.values(), users=store.users.values())
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Dining Room", "Patio", "Terrace"]
    unsubscribe()
    tabs.detach()
