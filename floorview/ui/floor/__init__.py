"""The floor-plan view: palette, table items, the scene, the view, rendering.

Everything here is Qt; the model and the store it draws stay Qt-free. A scene gets the
:class:`~floorview.core.store.BranchStore` in its constructor, subscribes to it and redraws
only the tables that changed.

* :mod:`~floorview.ui.floor.palette` — ``Theme`` (``LIGHT``, ``DARK``, ``theme_by_name``),
  ``status_color``, the status glyphs (``glyph_path``), cached ``paints(theme)``.
* :mod:`~floorview.ui.floor.table_item` — ``TableItem``, one per table.
* :mod:`~floorview.ui.floor.table_paint` — ``paint_table``, ``TableLook``: a table's painting,
  from the frozen look its item builds.
* :mod:`~floorview.ui.floor.level_of_detail` — ``level_of_detail``: what that painting
  shows at a zoom.
* :mod:`~floorview.ui.floor.time_label` — ``format_duration``, ``time_level``: a time in
  status in words ("1h 05m") and how late it is, on the map and in the list.
* :mod:`~floorview.ui.floor.hatch` — ``hatch_lines``: an out-of-service table's hatch, cut
  to its shape once a size.
* :mod:`~floorview.ui.floor.geometry` — ``Geometry`` (where a table is drawn), edit mode's
  grid (``snap``, ``clamp_into``).
* :mod:`~floorview.ui.floor.edit_handles` — ``EditHandle``: the turn and resize knobs on
  the selected table in edit mode.
* :mod:`~floorview.ui.floor.labels` — ``layout_labels``: where a table's labels go, a pure
  function of the table and its size.
* :mod:`~floorview.ui.floor.floor_scene` — ``DisplaySettings``, ``FloorScene`` (live, edit mode,
  ``free_spot``).
* :mod:`~floorview.ui.floor.backdrop` — ``draw_room``, ``stale_stamp``: what the scene draws
  itself, the room under the tables and the stale stamp over them.
* :mod:`~floorview.ui.floor.room` — ``Room``: the scene's room, its scene rect, its section
  zones and tags, handed to ``backdrop`` to draw.
* :mod:`~floorview.ui.floor.drawing_mode` — ``DrawingMode``: who draws the tables (the
  overview, the cached picture or the items), a pure decision.
* :mod:`~floorview.ui.floor.drawing_switch` — ``DrawingSwitch``: that decision applied to the
  items, the tables layer, the overview and the rings.
* :mod:`~floorview.ui.floor.free_spot` — ``free_spot``: a free place for a new table.
* :mod:`~floorview.ui.floor.frame_batch` — ``FrameBatch``: the store's changes applied once a
  frame; ``RingThrottle``: whether a frame's changes ring.
* :mod:`~floorview.ui.floor.stall_mark` — ``paint_stall_ring``, ``paint_stall_glass``: a
  stalled table's mark, a ring of dots and an hourglass.
* :mod:`~floorview.ui.floor.pulses` — ``Pulses``: a live change's ring and a search's flash
  on a table for a while; ``is_news``: which changes ring.
* :mod:`~floorview.ui.floor.minute_tick` — ``MinuteTick``: the time labels moved on at each
  minute, the tables in sight first, the rest a slice a loop turn.
* :mod:`~floorview.ui.floor.overview` — ``OverviewItem``: the whole floor in one item, far out.
* :mod:`~floorview.ui.floor.layer` — ``TablesLayer``: the tables' own painting as one cached
  picture, at rest.
* :mod:`~floorview.ui.floor.zones` — ``SectionZones``: each section's tinted zone and name tag.
* :mod:`~floorview.ui.floor.floor_view` — ``FloorView``: fit, zoom, pan, click, long press.
* :mod:`~floorview.ui.floor.floor_accessible` — ``attach``, ``FloorAccess``: the view's tables
  to a screen reader, the selected one announced.
* :mod:`~floorview.ui.floor.colour_vision` — ``delta_e2000``, ``least_difference``: colours as
  dichromats see them (no Qt).
* :mod:`~floorview.ui.floor.render` — ``render_floor``: the same scene to a QImage.
* :mod:`~floorview.ui.floor.legend` — ``LegendWidget``, ``paint_legend``, ``count_statuses``.
* :mod:`~floorview.ui.floor.seat_highlight` — ``SeatHighlight``, ``Mark``: a party's seating
  options outlined and numbered on the floor (a group of tables as one outline).
* :mod:`~floorview.ui.floor.paint_log` — ``--paint-log``: a line per table change once it is
  on screen.

It imports nothing of the window or the dialogs around it (an import-linter contract).
"""
