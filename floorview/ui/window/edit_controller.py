"""Every write the window asks for, sent through the Session, and what a refusal means.

Nothing is applied locally: the server's event for a write comes back through the live
connection into the store like anyone else's, so a change is never applied twice and
never flickers back. Layout edits carry the table's ``version``: a 409 means another
manager saved that table first, so the table is reloaded (``session.reload_table``,
applied by the version rule), the item goes back to the store's copy, and the user is
told. Any other refusal puts the item back and shows the server's own message.

A manager's own layout edits (move, rotate, resize, number/seats/shape, add, delete) are
kept in an :class:`EditHistory`: :meth:`EditController.undo` and :meth:`redo` send the
inverse through the same REST calls, with the ``version`` the edit left the table at, so
an undo never overwrites what someone else changed since: the server answers 409 and the
user is told plainly that nothing was changed.

An undone delete creates the table again (the server gives it a new id, which the rest
of the history follows) and then puts back what the host saw: its status and guest count
(``PATCH .../status``) and its server (``PATCH .../assign-server``), each with the version
the previous call left it at. Only the time in status starts again: the contract has no
way to set ``statusChangedAt``. The writes of status and server this user makes keep the
history's versions in step, so their own seating of a table is never taken for someone
else's change.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from floorview.core.model import GUEST_STATUSES, SETTABLE_STATUSES, Status, Table
from floorview.core.rest import ApiError, Conflict, RateLimited, ServerError, Unreachable
from floorview.core.store import BranchStore
from floorview.ui.window import seat_writes
from floorview.ui.window.table_keys import key_text

log = logging.getLogger(__name__)

#: A table's contract fields a create needs (and an undone delete sends back).
CREATE_FIELDS = ("branchId", "floorPlanId", "number", "capacity", "shape", "x", "y",
                 "width", "height", "rotation", "sectionId")

#: What a create cannot carry and an undone delete restores after it, by the status and
#: assign-server calls.
SERVICE_FIELDS = ("status", "guestCount", "serverId")


@dataclass
class Edit:
    """One layout edit a manager made, as it can be undone and redone.

    ``kind`` is "change" (``before`` → ``after`` of some fields), "add" (``after``: the
    create's fields) or "delete" (``before``: the fields to create it again with, and
    its status, guest count and server as they were: :data:`SERVICE_FIELDS`).
    """

    kind: str
    table_id: str
    number: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    def what(self) -> str:
        """The edit in words: "the move of table 12"."""
        if self.kind == "seat":
            return seat_writes.seat_what(self)
        if self.kind == "add":
            return QCoreApplication.translate("EditController", "adding table {0}").format(self.number)
        if self.kind == "delete":
            return QCoreApplication.translate("EditController", "deleting table {0}").format(self.number)
        keys = set(self.after)
        if keys & {"number", "capacity", "shape"}:
            text = QCoreApplication.translate("EditController", "the change of table {0}")
        elif keys & {"width", "height"}:
            text = QCoreApplication.translate("EditController", "the resize of table {0}")
        elif "rotation" in keys:
            text = QCoreApplication.translate("EditController", "the turn of table {0}")
        else:
            text = QCoreApplication.translate("EditController", "the move of table {0}")
        return text.format(self.number)


class EditHistory:
    """Undo and redo stacks of :class:`Edit`, the ids a re-created table took, and the
    version this user's last write left each table at (``versions``): an undo sends it,
    so the server refuses (409) when anyone else changed the table since."""

    def __init__(self, limit: int = 100) -> None:
        self.limit = limit
        self.done: list[Edit] = []
        self.undone: list[Edit] = []
        self.versions: dict[str, int] = {}
        self._alias: dict[str, str] = {}

    def push(self, edit: Edit) -> None:
        self.done.append(edit)
        del self.done[:-self.limit]
        self.undone.clear()

    def resolve(self, table_id: str) -> str:
        """The id the table has now (a deleted and re-created table gets a new one)."""
        seen = set()
        while table_id in self._alias and table_id not in seen:
            seen.add(table_id)
            table_id = self._alias[table_id]
        return table_id

    def renamed(self, old: str, new: str) -> None:
        if old != new:
            self._alias[old] = new

    @property
    def can_undo(self) -> bool:
        return bool(self.done)

    @property
    def can_redo(self) -> bool:
        return bool(self.undone)


def _fields(table: Table, names: Any) -> dict[str, Any]:
    data = table.to_json()
    return {name: data.get(name) for name in names}


def _as_deleted(table: Table) -> dict[str, Any]:
    """What an undone delete brings back: the create's fields (those set) and the
    table's status, guest count and server (also when unset: no server is a fact)."""
    fields = {k: v for k, v in _fields(table, CREATE_FIELDS).items() if v is not None}
    fields.update(_fields(table, SERVICE_FIELDS))
    return fields


class EditController(QObject):
    """Sends the window's requests to the server.

    Args:
        session: the signed-in floorview.core.session.Session (its write coroutines).
        store: the branch's store (for versions and table numbers in messages).

    Signals:
        message(str, bool): a sentence for the user, and whether it reports a failure.
        reverted(str): put this table's item back to the store's copy.
        created(str): a table was created (its id), e.g. to select it.
        historyChanged(bool, bool): whether there is something to undo, to redo.
    """

    message = Signal(str, bool)
    reverted = Signal(str)
    created = Signal(str)
    historyChanged = Signal(bool, bool)

    def __init__(self, session: Any, store: BranchStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.history = EditHistory()
        self._tasks: set[asyncio.Future] = set()
        self._stepping: asyncio.Future | None = None  # an undo or redo under way
        self._step_refused = False  # the last undo or redo sent was refused
        self._edits_under_way = 0  # layout edits sent, not yet answered
        self._unsent = False  # the last undo or redo did not reach the server

    # --- plumbing -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Future:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def mark_unsent(self) -> None:
        """The undo or redo under way never reached the server: it stays to be pressed."""
        self._unsent = True

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def _name(self, table_id: str) -> str:
        table = self.store.tables.get(table_id)
        if table is None:
            return QCoreApplication.translate("EditController", "The table")
        return QCoreApplication.translate("EditController", "Table {0}").format(table.number)

    def _refused(self, what: str, error: Exception) -> None:
        if not isinstance(error, ApiError):
            log.exception("%s failed", what, exc_info=error)
        self.message.emit(QCoreApplication.translate("EditController", "{0} failed: {1}").format(what, error),
                          True)

    # --- slots (the window's signals) ---------------------------------------------------

    @Slot(str, dict)
    def on_window_tableEdited(self, table_id: str, changes: dict) -> None:
        self._spawn_edit(self.save_layout(table_id, changes))

    @Slot(str, str, object)
    def on_actions_statusRequested(self, table_id: str, status: str, guests: object) -> None:
        self._spawn(self.set_status(table_id, status, guests))

    @Slot(str, object)
    def on_actions_assignRequested(self, table_id: str, server_id: object) -> None:
        self._spawn(self.assign_server(table_id, server_id))

    @Slot(list, object)
    def on_window_seatRequested(self, shares: list, server_id: object) -> None:
        """Seat a party: ``shares`` is [(table id, guests), ...], one undoable change."""
        self._spawn(self.seat([(str(t), int(g)) for t, g in shares],
                              server_id if isinstance(server_id, str) else None))

    async def seat(self, shares: list[tuple[str, int]], server_id: str | None) -> bool:
        """Seat a party (see :mod:`seat_writes`), kept to undo; True when every table was."""
        done = await seat_writes.seat(self, shares, server_id)
        if done is None:
            return False
        self.history.push(Edit("seat", next(iter(done.before)), done.number,
                               before=done.before, after=done.after))
        self._history_changed()
        return done.whole

    @property
    def versions(self) -> dict[str, int]:
        """The version this user's last write left each table at."""
        return self.history.versions

    @Slot(dict)
    def on_window_createRequested(self, fields: dict) -> None:
        self._spawn_edit(self.create_table(fields))

    @Slot(str)
    def on_window_deleteRequested(self, table_id: str) -> None:
        self._spawn_edit(self.delete_table(table_id))

    def _spawn_edit(self, coro: Coroutine[Any, Any, Any]) -> None:
        """A layout edit on its way counts as something to undo from the moment it is
        sent: Ctrl+Z pressed before the server's answer (the table already gone from the
        floor by its event) undoes it once it is kept (undo waits for it), rather than
        meeting a disabled Undo."""
        self._edits_under_way += 1
        self._history_changed()
        task = self._spawn(coro)

        def done(task: asyncio.Future) -> None:
            self._edits_under_way -= 1
            # not once the branch closes: cancelled, or this object already freed by Qt
            if not task.cancelled() and shiboken6.isValid(self):
                self._history_changed()
        task.add_done_callback(done)

    @Slot()
    def on_window_undoRequested(self) -> None:
        self._step(self.undo())

    @Slot()
    def on_window_redoRequested(self) -> None:
        self._step(self.redo())

    def _step(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Undo and redo one after the other, in the order pressed: Ctrl+Z twice quickly
        undoes two edits, the second sent once the first is saved. A step pressed while
        the one before it was refused is not sent: it was meant for a history that is no
        longer so (the refused edit left it), and would undo another edit than the one
        the person had in mind."""
        previous = self._stepping
        queued = previous is not None and not previous.done()

        async def after_previous() -> Any:
            if previous is not None:
                await asyncio.gather(previous, return_exceptions=True)
            if queued and self._step_refused:
                coro.close()
                self.message.emit(QCoreApplication.translate("EditController", "The next undo or redo was not sent: the one before it "
                                  "was refused. Press it again if it is still needed."), True)
                return False
            self._step_refused = False
            return await coro

        self._stepping = self._spawn(after_previous())

    def _history_changed(self) -> None:
        self.historyChanged.emit(self.history.can_undo or self._edits_under_way > 0,
                                 self.history.can_redo)

    # --- the writes ---------------------------------------------------------------------

    async def save_layout(self, table_id: str, changes: Mapping[str, Any]) -> bool:
        """Save a move/rotate/resize (or a new number, seats, shape) with the version the
        edit started from; kept in the history to undo."""
        table = self.store.tables.get(table_id)
        if table is None:
            self.message.emit(QCoreApplication.translate("EditController", "That table was deleted meanwhile."), True)
            return False
        name = QCoreApplication.translate("EditController", "Table {0}").format(table.number)
        before = _fields(table, changes)
        try:
            saved = await self.session.update_table(table_id, version=table.version, **dict(changes))
        except Conflict:
            await self._reload(table_id)
            self.reverted.emit(table_id)
            self.message.emit(
                QCoreApplication.translate(
                    "EditController",
                    "{0} was changed by someone else while you edited it; it has been "
                    "reloaded with their change. Make your change again if it is still needed."
                ).format(name),
                True,
            )
            return False
        except asyncio.CancelledError:
            raise
        except Exception as e:
            self.reverted.emit(table_id)
            self._refused(QCoreApplication.translate("EditController", "Saving {0}").format(name), e)
            return False
        self.history.versions[table_id] = saved.version
        self.history.push(Edit("change", table_id, saved.number or table.number, before=before,
                               after=dict(changes)))
        self._history_changed()
        self.message.emit(QCoreApplication.translate("EditController", "{0} saved.").format(name), False)
        return True

    async def _reload(self, table_id: str) -> None:
        try:
            await self.session.reload_table(table_id)
        except Exception as e:  # the reload is a courtesy; the event path heals too
            log.warning("reloading %s after a conflict failed: %s", table_id, e)

    async def set_status(self, table_id: str, status: str, guests: object = None) -> bool:
        name = self._name(table_id)
        return await self._send(QCoreApplication.translate("EditController", "Changing the status of {0}").format(name),
                                self._own(self.session.set_status(table_id, status, guests)))

    async def assign_server(self, table_id: str, server_id: object) -> bool:
        name = self._name(table_id)
        return await self._send(QCoreApplication.translate("EditController", "Assigning a server to {0}").format(name),
                                self._own(self.session.assign_server(table_id, server_id)))

    async def _own(self, write: Awaitable[Table]) -> Table:
        """A write of this user's that is not itself undoable (status, server): when it
        directly follows the version the history holds for the table, the history moves
        on with it, so undoing the table's layout edit (or redoing its delete) later is
        not refused as if someone else had changed it. After someone else's write in
        between, it does not: that change still refuses the undo."""
        saved = await write
        held = self.history.versions.get(saved.id)
        if held is not None and held <= saved.version <= held + 1:
            self.history.versions[saved.id] = saved.version
        return saved

    async def create_table(self, fields: Mapping[str, Any]) -> str | None:
        try:
            table = await self.session.create_table(**dict(fields))
        except asyncio.CancelledError:
            raise
        except Exception as e:
            self._refused(QCoreApplication.translate("EditController", "Adding table {0}")
                          .format(fields.get("number", "")).rstrip(), e)
            return None
        self.history.versions[table.id] = table.version
        self.history.push(Edit("add", table.id, table.number, after=dict(fields)))
        self._history_changed()
        self.message.emit(QCoreApplication.translate("EditController", "Table {0} added.")
                          .format(table.number), False)
        self.created.emit(table.id)
        return table.id

    async def delete_table(self, table_id: str) -> bool:
        table = self.store.tables.get(table_id)
        name = self._name(table_id)
        ok = await self._send(QCoreApplication.translate("EditController", "Deleting {0}").format(name),
                              self.session.delete_table(table_id),
                              done=QCoreApplication.translate("EditController", "{0} deleted.").format(name))
        if ok and table is not None:
            self.history.push(Edit("delete", table_id, table.number, before=_as_deleted(table)))
            self._history_changed()
        return ok

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

    # --- undo and redo ------------------------------------------------------------------

    async def _settle(self) -> None:
        """Wait for the writes already on their way (an undo pressed while a save is
        still saving undoes that save, once it is kept)."""
        current = asyncio.current_task()
        others = [t for t in self._tasks if t is not current and t is not self._stepping
                  and not t.done()]
        if others:
            await asyncio.gather(*others, return_exceptions=True)

    async def undo(self) -> bool:
        """Undo the last edit still done; False when there is none or it was refused."""
        await self._settle()
        if not self.history.done:
            self.message.emit(QCoreApplication.translate("EditController", "Nothing to undo."), False)
            return False
        return await self._move(self.history.done, self.history.undone, undo=True)

    async def redo(self) -> bool:
        """Redo the last edit undone; False when there is none or it was refused."""
        await self._settle()
        if not self.history.undone:
            self.message.emit(QCoreApplication.translate("EditController", "Nothing to redo."), False)
            return False
        return await self._move(self.history.undone, self.history.done, undo=False)

    async def _move(self, source: list[Edit], target: list[Edit], *, undo: bool) -> bool:
        """Take the last edit of ``source`` over to ``target`` and send it. It moves at
        once, and the window hears so: Ctrl+Shift+Z then Ctrl+Z at once (the redo still
        on its way) is a redo and an undo, not a redo and a disabled Ctrl+Z. Refused, it
        leaves the history (it no longer describes the table as it is); not sent (the
        server unreachable, overloaded or failing), it goes back where it was."""
        edit = source.pop()
        target.append(edit)
        self._history_changed()
        self._unsent = False
        ok = await self._apply(edit, undo=undo)
        if not ok:
            if edit in target:
                target.remove(edit)
            if self._unsent:  # the server never had it: still to undo (redo) later
                source.append(edit)
            self._history_changed()
            self._step_refused = True
            return False
        return True

    async def _apply(self, edit: Edit, *, undo: bool) -> bool:
        """Send ``edit``'s inverse (``undo``) or the edit again. A refusal drops it from
        the history: it no longer describes the table as it is."""
        if edit.kind == "seat":
            return await seat_writes.step(self, edit, undo=undo)
        what = edit.what()
        # the step as a noun phrase: "Undo of the move of table 12"
        verb = (QCoreApplication.translate("EditController", "Undo of {0}") if undo
                else QCoreApplication.translate("EditController", "Redo of {0}")).format(what)
        table_id = self.history.resolve(edit.table_id)
        table = self.store.tables.get(table_id)
        removes = (edit.kind == "add") == undo if edit.kind != "change" else False
        creates = edit.kind != "change" and not removes
        if not creates and table is None and table_id not in self.history.versions:
            # (a table this user just re-created may not have reached the store yet)
            self.message.emit(QCoreApplication.translate(
                "EditController", "{0} not possible: the table is no longer on "
                "the floor plan. Nothing was changed.").format(verb), True)
            return False
        ours = self.history.versions.get(table_id)
        if removes and table is not None and ours is not None and table.version > ours:
            # a delete carries no version: the store tells whether anyone else wrote since
            # (it may lag behind our own last write, never run ahead of it unless theirs)
            self.message.emit(self._changed_since(verb), True)
            return False
        versions = self.history.versions
        problem = ""
        try:
            if edit.kind == "change":
                fields = edit.before if undo else edit.after
                version = ours if ours is not None else (table.version if table else None)
                saved = await self.session.update_table(table_id, version=version, **fields)
                versions[table_id] = saved.version
            elif removes:
                if edit.kind == "delete" and table is not None:
                    # deleted again: the next undo brings it back as it is now
                    edit.before = _as_deleted(table)
                await self.session.delete_table(table_id)
                versions.pop(table_id, None)
            else:
                source = edit.before if edit.kind == "delete" else edit.after
                fields = {k: v for k, v in source.items() if k not in SERVICE_FIELDS}
                saved = await self.session.create_table(**fields)
                self.history.renamed(table_id, saved.id)
                versions[saved.id] = saved.version
                if edit.kind == "delete":
                    problem = await self._restore_service(saved, edit.before)
                self.created.emit(saved.id)
        except Conflict:
            await self._reload(table_id)
            self.reverted.emit(table_id)
            self.message.emit(self._changed_since(verb), True)
            return False
        except asyncio.CancelledError:
            raise
        except (Unreachable, RateLimited, ServerError) as e:
            # not refused: it never reached the server (or the server failed), so the
            # edit still describes the table and stays to be pressed again
            self._unsent = True
            keys = key_text("Ctrl+Z" if undo else "Ctrl+Shift+Z")
            self.message.emit(QCoreApplication.translate(
                "EditController", "{0} not sent: {1}. Nothing was changed; press "
                "{2} again once the floor is live.").format(verb, e, keys), True)
            return False
        except Exception as e:
            self._refused(verb, e)
            return False
        if problem:
            self.message.emit(QCoreApplication.translate(
                "EditController", "{0}: the table is back, but {1}").format(verb, problem), True)
        elif edit.kind == "delete" and not removes:
            as_it_was = self._as_it_was(edit.before)
            if as_it_was:
                text = (QCoreApplication.translate("EditController", "Undo: table {0} is back as it was: {1}.")
                        if undo else
                        QCoreApplication.translate("EditController", "Redo: table {0} is back as it was: {1}."))
            else:
                text = (QCoreApplication.translate("EditController", "Undo: table {0} is back.") if undo
                        else QCoreApplication.translate("EditController", "Redo: table {0} is back."))
            self.message.emit(text.format(edit.number, as_it_was), False)
        else:
            text = (QCoreApplication.translate("EditController", "Undo: {0}.") if undo
                    else QCoreApplication.translate("EditController", "Redo: {0}."))
            self.message.emit(text.format(what), False)
        return True

    async def _restore_service(self, created: Table, state: Mapping[str, Any]) -> str:
        """After an undone delete's create: put back the status, the guest count and the
        server the table had, each write with the version the one before left; "" when
        all is back, else what is not, in words (a refusal is not an error of the undo:
        the table is back, the host is told what to set again)."""
        versions = self.history.versions
        missing: list[str] = []
        status = state.get("status")
        guests = state.get("guestCount")
        wanted = Status(status) if status in {s.value for s in SETTABLE_STATUSES} else None
        table = created
        if status and wanted is None:
            missing.append(QCoreApplication.translate(
                "EditController", "its status “{0}” is not one this app can set").format(status))
        elif wanted is not None and (wanted is not table.status
                                     or (wanted in GUEST_STATUSES and guests != table.guest_count)):
            try:
                table = await self.session.set_status(
                    table.id, wanted.value, guests if wanted in GUEST_STATUSES else None,
                    version=versions.get(table.id))
                versions[table.id] = table.version
            except asyncio.CancelledError:
                raise
            except Exception as e:
                missing.append(QCoreApplication.translate(
                    "EditController", "its status ({0}) could not be set again: {1}").format(
                    wanted.label, self._why(e)))
        server = state.get("serverId")
        if "serverId" in state and server != table.server_id:
            try:
                table = await self.session.assign_server(table.id, server,
                                                         version=versions.get(table.id))
                versions[table.id] = table.version
            except asyncio.CancelledError:
                raise
            except Exception as e:
                missing.append(QCoreApplication.translate(
                    "EditController", "its server could not be set again: {0}").format(self._why(e)))
        if not missing:
            return ""
        return QCoreApplication.translate(
            "EditController", "{0}. Set it from the table's menu.").format("; ".join(missing))

    @staticmethod
    def _why(error: Exception) -> str:
        if isinstance(error, Conflict):
            return QCoreApplication.translate("EditController", "someone else changed the table meanwhile")
        if not isinstance(error, ApiError):
            log.warning("restoring a table after undoing its delete: %r", error)
        return str(error)

    def _as_it_was(self, state: Mapping[str, Any]) -> str:
        """"Occupied, 3 guests, Ana Costa" (what was restored), or ""."""
        parts = []
        status = state.get("status")
        if status in {s.value for s in SETTABLE_STATUSES}:
            parts.append(Status(status).label)
            guests = state.get("guestCount")
            if Status(status) in GUEST_STATUSES and guests is not None:
                parts.append(QCoreApplication.translate("EditController", "%n guests", None, guests))
        user = self.store.users.get(state.get("serverId") or "")
        if user is not None:
            parts.append(user.name)
        return ", ".join(parts)

    @staticmethod
    def _changed_since(verb: str) -> str:
        return QCoreApplication.translate(
            "EditController", "{0} refused: someone else changed that table since. "
            "Nothing was changed; the floor shows their version.").format(verb)
