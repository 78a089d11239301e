"""The wall: every branch a user may see, a tile each, on one screen.

* :mod:`~floorview.ui.wall.tile_facts` — ``TileFacts``, ``facts``, ``sentence``: what a
  branch's tile says, from its tables at a moment.
* :mod:`~floorview.ui.wall.ordering` — ``order``: the tiles by attention or by name.
* :mod:`~floorview.ui.wall.tile_paint` — ``paint_tile``: one tile painted, its floors drawn
  small.
* :mod:`~floorview.ui.wall.wall_grid` — ``grid``: where each tile goes on the wall.
* :mod:`~floorview.ui.wall.wall_view` — ``WallView``: the grid of tiles, refreshed a tile at
  a time, once a frame.
* :mod:`~floorview.ui.wall.wall_accessible` — the tiles to a screen reader.
* :mod:`~floorview.ui.wall.wall_page` — ``WallPage``: the wall with its title, totals and
  order toggle.
* :mod:`~floorview.ui.wall.render` — ``render_wall``: the wall to a QImage, headless.
* :mod:`~floorview.ui.wall.paint_log` — ``--paint-log`` on the wall: a line per table version
  a tile shows, once the paint that drew it ended.

It imports nothing of the window or the dialogs around it.
"""
