"""The floor-plan view of floorview: palette, table items, the scene, the view, rendering.

Everything here is Qt; the model and the store it draws stay Qt-free. A scene gets the
:class:`~floorview.store.BranchStore` in its constructor, subscribes to it and redraws
only the tables that changed.
"""
