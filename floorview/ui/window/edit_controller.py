"""Every write the window asks for, sent through the Session, and what a refusal means.

Nothing is applied locally: the server's event for a write comes back through the live
connection into the store like anyone else's, so a change is never applied twice and
never flickers back. Layout edits carry the table's ``version``: a 409 means another
manager saved that table first, so the table is reloaded (``session.reload_table``,
applied by the version rule), the item goes back to the store's copy, and the user is
told. Any other refusal puts the item back and shows the server's own message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from floorview.core.rest import ApiError, Conflict
from floorview.core.store import BranchStore

log = logging.getLogger(__name__)


class EditController(QObject):
    """Sends the window's requests to the server.

    Args:
        session: the signed-in floorview.core.session.Session (its write coroutines).
        store: the branch's store (for versions and table numbers in messages).

    Signals:
        message(str, bool): a sentence for the user, and whether it reports a failure.
        reverted(str): put this table's item back to the store's copy.
        created(str): a table was created (its id), e.g. to select it.
    """

    message = Signal(str, bool)
    reverted = Signal(str)
    created = Signal(str)

    def __init__(self, session: Any, store: BranchStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self._tasks: set[asyncio.Future] = set()

    # --- plumbing -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Future:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def _name(self, table_id: str) -> str:
        table = self.store.tables.get(table_id)
        return f"Table {table.number}" if table else "The table"

    def _refused(self, what: str, error: Exception) -> None:
        if not isinstance(error, ApiError):
            log.exception("%s failed", what, exc_info=error)
        self.message.emit(f"{what} failed: {error}", True)

    # --- slots (the window's signals) ---------------------------------------------------

    @Slot(str, dict)
    def on_window_tableEdited(self, table_id: str, changes: dict) -> None:
        self._spawn(self.save_layout(table_id, changes))

    @Slot(str, str, object)
    def on_actions_statusRequested(self, table_id: str, status: str, guests: object) -> None:
        self._spawn(self.set_status(table_id, status, guests))

    @Slot(str, object)
    def on_actions_assignRequested(self, table_id: str, server_id: object) -> None:
        self._spawn(self.assign_server(table_id, server_id))

    @Slot(dict)
    def on_window_createRequested(self, fields: dict) -> None:
        self._spawn(self.create_table(fields))

    @Slot(str)
    def on_window_deleteRequested(self, table_id: str) -> None:
        self._spawn(self.delete_table(table_id))

    # --- the writes ---------------------------------------------------------------------

    async def save_layout(self, table_id: str, changes: Mapping[str, Any]) -> bool:
        """Save a move/rotate/resize with the version the edit started from."""
        table = self.store.tables.get(table_id)
        if table is None:
            self.message.emit("That table was deleted meanwhile.", True)
            return False
        name = f"Table {table.number}"
        try:
            await self.session.update_table(table_id, version=table.version, **dict(changes))
        except Conflict:
            try:
                await self.session.reload_table(table_id)
            except Exception as e:  # the reload is a courtesy; the event path heals too
                log.warning("reloading %s after a conflict failed: %s", table_id, e)
            self.reverted.emit(table_id)
            self.message.emit(
                f"{name} was changed by someone else while you edited it; it has been "
                "reloaded with their change. Make your change again if it is still needed.",
                True,
            )
            return False
        except asyncio.CancelledError:
            raise
        except Exception as e:
            self.reverted.emit(table_id)
            self._refused(f"Saving {name}", e)
            return False
        self.message.emit(f"{name} saved.", False)
        return True

    async def set_status(self, table_id: str, status: str, guests: object = None) -> bool:
        name = self._name(table_id)
        return await self._send(f"Changing {name}'s status",
                                self.session.set_status(table_id, status, guests))

    async def assign_server(self, table_id: str, server_id: object) -> bool:
        name = self._name(table_id)
        return await self._send(f"Assigning a server to {name}",
                                self.session.assign_server(table_id, server_id))

    async def create_table(self, fields: Mapping[str, Any]) -> str | None:
        try:
            table = await self.session.create_table(**dict(fields))
        except asyncio.CancelledError:
            raise
        except Exception as e:
            self._refused(f"Adding table {fields.get('number', '')}".rstrip(), e)
            return None
        self.message.emit(f"Table {table.number} added.", False)
        self.created.emit(table.id)
        return table.id

    async def delete_table(self, table_id: str) -> bool:
        name = self._name(table_id)
        return await self._send(f"Deleting {name}", self.session.delete_table(table_id),
                                done=f"{name} deleted.")

    async def _send(self, what: str, write: Awaitable[Any], *, done: str = "") -> bool:
        """Await one write: True, with ``done`` said; False, with the refusal said."""
        try:
            await write
        except asyncio.CancelledError:
            raise
        except Exception as e:
            self._refused(what, e)
            return False
        if done:
            self.message.emit(done, False)
        return True
