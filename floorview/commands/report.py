"""``floorview report``: the night's report, from its journal, as one HTML page.

    floorview report JOURNAL --out report.html
    floorview report --date 2026-11-27 [--branch NAME] --out report.html   # the default journal
    floorview report --demo --out report.html                            # the sample evening

One self-contained page (styles and images inline) a manager reads the next morning:
covers per hour; turn times (seated → cleared) by party size, by server and by table,
median and the middle half; how long tables stood in cleaning; each server's tables and
covers; a heat map of each table's occupied share of the evening, drawn on the floor plan
by the window's own scene code; the longest waits and the tables that went over time;
how close the quotes given at the door came (:mod:`floorview.commands.quote_section`).

Charts are inline SVG (crisp at any zoom, a few kilobytes, no plotting library); the
floor plans are PNGs rendered by :func:`floorview.ui.floor.render.render_floor`.

Exit codes: 0 ok, 2 bad usage (no such journal, no journal for that date, a page that
cannot be written), 1 anything else.
"""

from __future__ import annotations

import argparse
import base64
import html
import logging
import os
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from floorview.commands.exits import EXIT_OK, EXIT_USAGE
from floorview.commands.quote_section import quote_section
from floorview.core import journal
from floorview.core.evening import PARTY_BANDS, Evening, Segment, Spread, party_band, read_evening
from floorview.core.model import matching_id_or_name

log = logging.getLogger(__name__)

#: A turn longer than this is over time (the window's red threshold, by default).
OVER_MINUTES = 90


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("journal_file", nargs="?", type=Path, metavar="JOURNAL",
                        help="the journal file (default: --date's in the default journal folder)")
    parser.add_argument("--out", type=Path, metavar="FILE", default=None,
                        help="the page to write (default: floorview-report-<date>.html)")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD", default=None,
                        help="the evening to report from the default journal folder "
                             "(a service day ends at 05:00)")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="report the sample evening that ships with floorview")
    parser.add_argument("--over", type=int, metavar="MIN", default=OVER_MINUTES,
                        help=f"a turn longer than MIN minutes is over time (default {OVER_MINUTES})")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def find_journal(args: argparse.Namespace, err: Any) -> Path | None:
    """The journal ``args`` name: the file given, ``--demo``'s sample, or ``--date``'s."""
    name = f"floorview {getattr(args, 'command', None) or 'report'}"
    if getattr(args, "demo", False):
        from floorview.commands.sample import sample_path

        return sample_path()
    if getattr(args, "journal_file", None):
        path = Path(args.journal_file)
        if not path.is_file():
            err.write(f"{name}: no journal at {path}\n")
            return None
        return path
    day = getattr(args, "date", None)
    folder = journal.default_folder()
    files = list(journal.day_files(folder))
    if day is None:
        if not files:
            err.write(f"{name}: give a JOURNAL file, --date or --demo "
                      f"(no journals in {folder} yet)\n")
            return None
        day = max(d for _, d, _ in files)
    matches = [(b, p) for b, d, p in files if d == day]
    spec = getattr(args, "branch", None)
    if spec and len(matches) > 1:
        named = matching_id_or_name(
            [_DayFile(b, _branch_name(p), p) for b, p in matches], spec)
        matches = [(f.id, f.path) for f in named]
    if len(matches) == 1:
        return matches[0][1]
    if not matches:
        days = ", ".join(sorted({d.isoformat() for _, d, _ in files})[-7:]) or "none"
        err.write(f"{name}: no journal for {day.isoformat()} in {folder} (latest: {days})\n")
    else:
        names = ", ".join(_branch_name(p) for _, p in matches)
        err.write(f"{name}: journals of several branches for {day.isoformat()}; "
                  f"choose one with --branch: {names}\n")
    return None


class _DayFile(NamedTuple):
    """A day's journal as ``--branch`` names it: by the branch's id (its folder) or name."""

    id: str
    name: str
    path: Path


def _branch_name(path: Path) -> str:
    try:
        for e in journal.read(path):
            if e.kind == "reference" and (e.detail or {}).get("branch"):
                return e.detail["branch"]["name"]
    except journal.JournalError:
        pass
    return path.parent.name


def main(args: argparse.Namespace, *, out: Any = None, err: Any = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    path = find_journal(args, err)
    if path is None:
        return EXIT_USAGE
    started = time.perf_counter()
    try:
        entries = journal.read(path)
        evening = read_evening(entries)
        quotes = journal.read_quotes(path)
        # every floor plan (and user) of the evening, not only the last reference's
        evening.reference = journal.evening_reference(
            [e.detail or {} for e in entries if e.kind == "reference"] + [evening.reference])
    except (journal.JournalError, ValueError) as e:
        err.write(f"floorview report: {e}\n")
        return EXIT_USAGE
    target = args.out or Path(f"floorview-report-{evening.local(evening.start).date().isoformat()}.html")
    if target.parent and not target.parent.exists():
        err.write(f"floorview report: no folder {target.parent} to write {target.name} in\n")
        return EXIT_USAGE
    page = build_page(evening, over=getattr(args, "over", OVER_MINUTES) or OVER_MINUTES,
                      source=path.name, quotes=quotes)
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as e:
        err.write(f"floorview report: could not write {target}: {e.strerror or e}\n")
        return EXIT_USAGE
    took = time.perf_counter() - started
    name = evening.branch.name if evening.branch else "?"
    out.write(f"{target}: {name}, {_day_title(evening)}, {len(evening.seatings)} parties, "
              f"{sum(s.covers for s in evening.seatings)} covers; journal {path.stat().st_size / 1024:.0f} KiB, "
              f"built in {took:.2f} s\n")
    return EXIT_OK


# --- the page -------------------------------------------------------------------------------


def _day_title(e: Evening) -> str:
    return e.local(e.start).strftime("%A %d %B %Y").replace(" 0", " ")


def _hm(e: Evening, when: datetime) -> str:
    return e.local(when).strftime("%H:%M")


def _m(minutes: float | None) -> str:
    if minutes is None:
        return "–"
    minutes = round(minutes)
    return f"{minutes // 60} h {minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"


def _spread_text(s: Spread | None) -> str:
    if s is None:
        return "–"
    return f"{_m(s.median)} <span class=dim>({_m(s.low)}–{_m(s.high)})</span>"


def build_page(e: Evening, *, over: int = OVER_MINUTES, source: str = "",
               quotes: Sequence[journal.QuoteRow] = ()) -> str:
    esc = html.escape
    branch = e.branch.name if e.branch else "Unknown branch"
    turns = e.turns
    seatings = e.seatings
    covers = sum(s.covers for s in seatings)
    by_hour = e.covers_by_hour()
    busiest = max(by_hour.items(), key=lambda kv: kv[1]) if by_hour else None
    turn_spread = Spread.of(_minutes(turns))
    cleanings = e.of_status("cleaning")
    clean_spread = Spread.of(_minutes(cleanings))
    overtime = sorted((t for t in turns if (t.minutes or 0) > over), key=lambda t: -(t.minutes or 0))
    still = [s for s in e.of_status("occupied", closed=False) if s.end is None]
    offline_note = ""
    lost = [when for when, state in e.states if state == "reconnecting"]
    if lost or e.offline_changes:
        offline_note = (f"The screen lost its connection {len(lost)} time{'s' if len(lost) != 1 else ''} "
                        f"(first at {_hm(e, lost[0])}); {e.offline_changes} change"
                        f"{'s' if e.offline_changes != 1 else ''} made meanwhile were recovered "
                        "when it came back and are counted at the time they happened."
                        if lost else f"{e.offline_changes} changes were recovered on a resync.")

    tiles = [
        ("Covers", f"{covers}", f"{len(seatings)} parties"),
        ("Median turn", _m(turn_spread.median) if turn_spread else "–",
         f"middle half {_m(turn_spread.low)}–{_m(turn_spread.high)}" if turn_spread else "no turns"),
        ("Busiest hour", f"{busiest[0]:02d}:00" if busiest else "–",
         f"{busiest[1]} covers seated" if busiest else ""),
        ("Cleaning", _m(clean_spread.median) if clean_spread else "–",
         f"median of {clean_spread.n} resets" if clean_spread else "no resets"),
        ("Over time", f"{len(overtime)}", f"turns over {over} min"),
    ]
    parts: list[str] = []
    parts.append(f"<header><h1>{esc(branch)}</h1><p class=sub>{esc(_day_title(e))} · "
                 f"service {_hm(e, e.start)}–{_hm(e, e.end)} · times on the branch's clock"
                 f"{' (' + esc(e.branch.timezone) + ')' if e.branch else ''}</p></header>")
    parts.append("<section class=tiles>" + "".join(
        f"<div class=tile><div class=k>{esc(k)}</div><div class=v>{esc(v)}</div>"
        f"<div class=s>{esc(s)}</div></div>" for k, v, s in tiles) + "</section>")
    if offline_note:
        parts.append(f"<p class=note>{esc(offline_note)}</p>")

    parts.append("<h2>Covers per hour</h2>")
    parts.append(_bars_svg([(f"{h:02d}", v) for h, v in by_hour.items()], unit="covers"))

    parts.append("<h2>How full each table was</h2><p class=lead>Share of the service "
                 f"({_hm(e, e.start)}–{_hm(e, e.end)}) each table was occupied.</p>")
    parts.append(_heat_maps(e))

    parts.append("<h2>Turn times</h2><p class=lead>Seated → cleared: median, with the middle "
                 "half of the parties in brackets and drawn as the bar.</p>")
    rows_band = []
    for band in PARTY_BANDS:
        ts = [t for t in turns if party_band(t.guests) == band]
        if ts:
            rows_band.append((f"{band} guests", Spread.of(_minutes(ts))))
    parts.append("<div class=cols><div><h3>By party size</h3>" + _spread_table(rows_band, "Party")
                 + "</div>")
    by_server: dict[str | None, list[Segment]] = defaultdict(list)
    for t in turns:
        by_server[t.server_id].append(t)
    rows_server = sorted(((e.server_name(sid), Spread.of(_minutes(ts)))
                          for sid, ts in by_server.items()), key=lambda r: r[0])
    parts.append("<div><h3>By server</h3>" + _spread_table(rows_server, "Server") + "</div></div>")

    by_table: dict[str, list[Segment]] = defaultdict(list)
    for t in turns:
        by_table[t.table_id].append(t)
    rows_table = sorted(((_number(e, tid), Spread.of(_minutes(ts)))
                         for tid, ts in by_table.items()), key=lambda r: _natural(r[0]))
    parts.append("<h3>By table</h3>" + _spread_table(rows_table, "Table", columns=3))

    parts.append("<h2>Servers</h2>")
    parts.append(_servers_table(e, seatings, turns))

    parts.append("<h2>Cleaning</h2><p class=lead>How long tables stood in cleaning before "
                 f"they were set again: {_spread_text(clean_spread)} over {len(cleanings)} resets."
                 "</p>")
    parts.append(_segments_table(e, sorted(cleanings, key=lambda c: -(c.minutes or 0))[:8],
                                 "Longest in cleaning", show_party=False))

    holds = _holds(e)
    parts.append("<h2>Longest waits</h2><div class=cols><div>")
    parts.append(_segments_table(e, holds[:8], "Tables held for a booking before the party sat",
                                 show_party=True, empty="No bookings were held."))
    parts.append("</div><div>")
    parts.append(_segments_table(e, overtime[:12], f"Over time (turns over {over} min)",
                                 show_party=True, empty="No table went over time."))
    parts.append("</div></div>")
    parts.append(quote_section(e, quotes))
    if still:
        parts.append(f"<p class=note>{len(still)} tables were still seated when the journal "
                     f"ended at {_hm(e, e.end)}; their turns are not in the figures.</p>")
    parts.append(f"<footer>floorview report · from the journal {esc(source)} · a turn is a "
                 "party from seated to cleared; covers count guests who joined later.</footer>")
    return _PAGE.format(title=esc(f"{branch} · {_day_title(e)}"), body="\n".join(parts))


def _number(e: Evening, table_id: str) -> str:
    return str(e.tables.get(table_id, {}).get("number", table_id[:6]))


def _natural(text: str) -> tuple:
    import re

    return tuple((0, int(p)) if p.isdigit() else (1, p.lower()) for p in re.split(r"(\d+)", text) if p)


def _holds(e: Evening) -> list[Segment]:
    """Reserved stretches that ended with the party seated, longest first."""
    out = []
    by_table: dict[str, list[Segment]] = defaultdict(list)
    for s in e.segments:
        by_table[s.table_id].append(s)
    for segs in by_table.values():
        for a, b in zip(segs, segs[1:], strict=False):
            if a.status == "reserved" and b.status == "occupied" and a.end is not None and a.start >= e.start:
                out.append(a)
    return sorted(out, key=lambda s: -(s.minutes or 0))


def _minutes(segments: Sequence[Segment]) -> list[float]:
    """The minutes of each closed segment (every turn and cleaning a report spreads is)."""
    return [m for s in segments if (m := s.minutes) is not None]


def _spread_table(spreads: Sequence[tuple[str, Spread | None]], head: str, columns: int = 1) -> str:
    rows = [(name, s) for name, s in spreads if s is not None]
    if not rows:
        return "<p class=dim>No turns.</p>"
    top = max(s.high for _, s in rows) or 1.0
    scale = max(120.0, top)

    def row(name: str, s: Spread) -> str:
        w = 150
        x0, x1, xm = (w * v / scale for v in (s.low, s.high, s.median))
        bar = (f"<svg viewBox='0 0 {w} 14' width={w} height=14 role=img aria-label='middle half'>"
               f"<rect x=0 y=6 width={w} height=2 fill='#e3e6ea'/>"
               f"<rect x={x0:.1f} y=2 width={max(2.0, x1 - x0):.1f} height=10 rx=3 fill='#9ec5e8'/>"
               f"<rect x={xm - 1:.1f} y=0 width=2.5 height=14 fill='#1d4f91'/></svg>")
        return (f"<tr><td>{html.escape(name)}</td><td class=num>{s.n}</td>"
                f"<td class=num>{_m(s.median)}</td><td class='num dim'>{_m(s.low)}–{_m(s.high)}</td>"
                f"<td>{bar}</td></tr>")

    head_row = (f"<tr><th>{head}</th><th class=num>Turns</th><th class=num>Median</th>"
                f"<th class=num>Middle half</th><th>0 – {_m(scale)}</th></tr>")
    if columns == 1:
        return "<table>" + head_row + "".join(row(n, s) for n, s in rows) + "</table>"
    per = -(-len(rows) // columns)
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    return "<div class=cols3>" + "".join(
        "<table class=small>" + head_row + "".join(row(n, s) for n, s in chunk) + "</table>"
        for chunk in chunks) + "</div>"


def _servers_table(e: Evening, seatings: list[Segment], turns: list[Segment]) -> str:
    data: dict[str | None, dict] = defaultdict(lambda: {"tables": set(), "parties": 0, "covers": 0, "turns": []})
    for s in seatings:
        d = data[s.server_id]
        d["tables"].add(s.table_id)
        d["parties"] += 1
        d["covers"] += s.covers
    for t in turns:
        data[t.server_id]["turns"].append(t.minutes or 0)
    total = sum(d["covers"] for d in data.values()) or 1
    rows = sorted(data.items(), key=lambda kv: -kv[1]["covers"])
    out = ["<table><tr><th>Server</th><th class=num>Tables</th><th class=num>Parties</th>"
           "<th class=num>Covers</th><th>Share of covers</th><th class=num>Median turn</th></tr>"]
    for sid, d in rows:
        share = d["covers"] / total
        med = Spread.of(d["turns"])
        colour = next((u.get("color") for u in e.reference.get("users", []) if u.get("id") == sid), None)
        colour = colour or "#8a94a6"
        out.append(
            f"<tr><td><span class=dot style='background:{html.escape(colour)}'></span>"
            f"{html.escape(e.server_name(sid))}</td><td class=num>{len(d['tables'])}</td>"
            f"<td class=num>{d['parties']}</td><td class=num>{d['covers']}</td>"
            f"<td><svg width=200 height=12><rect width=200 height=12 rx=3 fill='#eef0f3'/>"
            f"<rect width={200 * share:.1f} height=12 rx=3 fill='{html.escape(colour)}'/></svg>"
            f" <span class=dim>{share:.0%}</span></td>"
            f"<td class=num>{_m(med.median) if med else '–'}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _segments_table(e: Evening, segs: Sequence[Segment], title: str, *, show_party: bool,
                    empty: str = "None.") -> str:
    out = [f"<h3>{html.escape(title)}</h3>"]
    if not segs:
        return out[0] + f"<p class=dim>{html.escape(empty)}</p>"
    out.append("<table><tr><th>Table</th><th class=num>From</th><th class=num>To</th>"
               "<th class=num>Time</th>" + ("<th class=num>Party</th><th>Server</th>" if show_party else "")
               + "</tr>")
    for s in segs:
        out.append(f"<tr><td>{html.escape(_number(e, s.table_id))}</td>"
                   f"<td class=num>{_hm(e, s.start)}</td>"
                   f"<td class=num>{_hm(e, s.end) if s.end else '–'}</td>"
                   f"<td class=num><b>{_m(s.minutes)}</b></td>"
                   + (f"<td class=num>{s.guests or '–'}</td><td>{html.escape(e.server_name(s.server_id))}</td>"
                      if show_party else "") + "</tr>")
    out.append("</table>")
    return "".join(out)


def _bars_svg(values: Sequence[tuple[str, int]], *, unit: str) -> str:
    if not values:
        return "<p class=dim>No parties were seated.</p>"
    w, h, pad_l, pad_b, pad_t = 1180, 230, 40, 28, 20
    top = max(v for _, v in values) or 1
    nice = next(n for n in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9) if top / n <= 6)
    ymax = -(-top // nice) * nice
    bw = (w - pad_l) / len(values)
    out = [f"<svg class=chart viewBox='0 0 {w} {h}' width={w} height={h} role=img "
           f"aria-label='{unit} per hour'>"]
    for i in range(0, ymax + 1, nice):
        y = pad_t + (h - pad_t - pad_b) * (1 - i / ymax)
        out.append(f"<line x1={pad_l} x2={w} y1={y:.1f} y2={y:.1f} stroke='#e3e6ea'/>"
                   f"<text x={pad_l - 6} y={y + 4:.1f} text-anchor=end class=axis>{i}</text>")
    for i, (label, v) in enumerate(values):
        bh = (h - pad_t - pad_b) * v / ymax
        x = pad_l + i * bw + bw * 0.15
        y = h - pad_b - bh
        out.append(f"<rect x={x:.1f} y={y:.1f} width={bw * 0.7:.1f} height={bh:.1f} rx=4 fill='#2f6fb3'/>")
        if v:
            out.append(f"<text x={x + bw * 0.35:.1f} y={y - 5:.1f} text-anchor=middle class=val>{v}</text>")
        out.append(f"<text x={x + bw * 0.35:.1f} y={h - 8} text-anchor=middle class=axis>{label}:00</text>")
    out.append("</svg>")
    return "".join(out)


# --- the heat map ---------------------------------------------------------------------------

#: Occupied share 0 → 1, light to dark (a sequential scale that reads in grey too).
_HEAT = ((0.0, (247, 251, 255)), (0.25, (198, 219, 239)), (0.5, (107, 174, 214)),
         (0.75, (33, 113, 181)), (1.0, (8, 48, 107)))


def ensure_qt() -> None:
    """A QApplication for drawing, offscreen where there is no display (a cron job, SSH)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from floorview.ui.floor.render import ensure_app

    ensure_app()


def heat_colour(share: float) -> tuple[int, int, int]:
    share = max(0.0, min(1.0, share))
    for (a, ca), (b, cb) in zip(_HEAT, _HEAT[1:], strict=False):
        if share <= b:
            f = (share - a) / (b - a)
            red, green, blue = (round(x + (y - x) * f) for x, y in zip(ca, cb, strict=True))
            return red, green, blue
    return _HEAT[-1][1]


def _heat_maps(e: Evening) -> str:
    ensure_qt()
    images = []
    for plan, png in heat_map_pngs(e):
        data = base64.b64encode(png).decode("ascii")
        images.append(f"<figure><figcaption>{html.escape(plan)}</figcaption>"
                      f"<img alt='{html.escape(plan)}: occupied share per table' "
                      f"src='data:image/png;base64,{data}'></figure>")
    stops = "".join(f"<span style='background:rgb{heat_colour(v)}'></span>" for v in
                    (0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0))
    legend = (f"<div class=scale><span class=dim>0%</span><div class=ramp>{stops}</div>"
              "<span class=dim>100% of the service occupied</span></div>")
    return legend + "<div class=plans>" + "".join(images) + "</div>"


def heat_map_pngs(e: Evening, width: int = 1180) -> list[tuple[str, bytes]]:
    """Each floor plan, its tables filled by their occupied share: (plan name, PNG)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

    from floorview.core.journal import apply_reference
    from floorview.core.model import Table
    from floorview.core.store import BranchStore
    from floorview.ui.floor.floor_scene import DisplaySettings
    from floorview.ui.floor.palette import LIGHT
    from floorview.ui.floor.render import render_floor, strip_height

    bid = e.branch.id if e.branch else next(iter(e.tables.values()), {}).get("branchId", "")
    store = BranchStore(bid)
    apply_reference(store, e.reference)
    # The plan as it stood, every table free and unassigned: the overlay gives the colour.
    store.apply_snapshot([Table.from_json({**t, "status": "available", "guestCount": None,
                                           "serverId": None}) for t in e.tables.values()])
    share = e.occupied_share()

    def overlay(painter: QPainter, scene: Any) -> None:
        for item in scene.table_items():
            t = item.table
            value = share.get(t.id, 0.0)
            r, g, b = heat_colour(value)
            painter.save()
            painter.setTransform(item.sceneTransform(), combine=True)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(60, 70, 90), max(1.0, min(t.width, t.height) * 0.03)))
            painter.setBrush(QColor(r, g, b))
            painter.drawPath(item.shape())
            painter.rotate(-t.rotation)
            # white on the darker fills, by the fill's luminance (readable either way)
            dark = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.55
            painter.setPen(QColor("white") if dark else QColor(20, 30, 45))
            box = QRectF(-t.width / 2, -t.height / 2, t.width, t.height)
            if abs(t.rotation % 180 - 90) < 1:
                box = QRectF(-t.height / 2, -t.width / 2, t.height, t.width)
            side = min(box.width(), box.height())
            big = QFont()
            big.setBold(True)
            big.setPixelSize(max(4, round(side * 0.30)))
            small = QFont()
            small.setPixelSize(max(4, round(side * 0.24)))
            fm_big, fm_small = QFontMetricsF(big), QFontMetricsF(small)
            total = fm_big.height() + fm_small.height()
            top = -total / 2
            painter.setFont(big)
            painter.drawText(QRectF(box.left(), top, box.width(), fm_big.height()),
                             Qt.AlignmentFlag.AlignCenter, t.number)
            painter.setFont(small)
            painter.drawText(QRectF(box.left(), top + fm_big.height(), box.width(), fm_small.height()),
                             Qt.AlignmentFlag.AlignCenter, f"{value:.0%}")
            painter.restore()

    out = []
    for plan in store.floor_plans:
        if not store.tables_on(plan.id):
            continue
        image = render_floor(store, plan, settings=DisplaySettings(theme=LIGHT, show_sections=True),
                             width=width, clock=lambda: e.end, overlay=overlay)
        strip = strip_height(width)
        image = image.copy(0, strip, image.width(), image.height() - strip)
        buffer = QByteArray()
        device = QBuffer(buffer)
        device.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stubs say bytes for the format; PySide6 6.11 refuses b"PNG" (ValueError)
        image.save(device, "PNG")  # type: ignore[call-overload]
        device.close()
        out.append((plan.name, bytes(buffer.data())))
    return out


_PAGE = """<!doctype html>
<html lang=en><head><meta charset=utf-8>
<meta name=viewport content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
:root {{ color-scheme: light; }}
body {{ font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #1c2430; background: #f6f7f9; margin: 0; }}
main {{ max-width: 1200px; margin: 0 auto; padding: 28px 40px 40px; background: #fff; }}
header h1 {{ margin: 0; font-size: 30px; letter-spacing: -0.01em; }}
.sub {{ margin: 4px 0 0; color: #5b6575; }}
h2 {{ margin: 34px 0 6px; font-size: 21px; border-bottom: 1px solid #e3e6ea; padding-bottom: 6px; }}
h3 {{ margin: 18px 0 6px; font-size: 16px; color: #334; }}
.lead {{ margin: 0 0 10px; color: #5b6575; }}
.tiles {{ display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin-top: 20px; }}
.tile {{ background: #f1f5fa; border-radius: 10px; padding: 12px 14px; }}
.tile .k {{ color: #5b6575; font-size: 13px; text-transform: uppercase; letter-spacing: .05em; }}
.tile .v {{ font-size: 28px; font-weight: 700; margin: 2px 0; }}
.tile .s {{ color: #5b6575; font-size: 13px; }}
.note {{ background: #fff7e0; border-left: 4px solid #e0a100; padding: 8px 12px; border-radius: 4px; }}
table {{ border-collapse: collapse; margin: 4px 0 8px; }}
th, td {{ padding: 4px 10px 4px 0; text-align: left; vertical-align: middle; }}
th {{ white-space: nowrap; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #5b6575;
  border-bottom: 1px solid #d8dce2; }}
tr + tr td {{ border-top: 1px solid #f0f1f4; }}
.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.dim {{ color: #7a8494; }}
.cols {{ display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }}
.cols3 {{ display: grid; grid-template-columns: repeat(3, auto); gap: 10px; justify-content: start; }}
table.small td, table.small th {{ font-size: 13px; padding-right: 5px; }}
table.small svg {{ width: 90px; height: 9px; }}
.chart text.axis {{ font-size: 13px; fill: #5b6575; }}
.chart text.val {{ font-size: 13px; fill: #1c2430; font-weight: 600; }}
.dot {{ display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 7px; }}
.plans figure {{ margin: 14px 0 22px; }}
.plans figcaption {{ font-weight: 600; margin-bottom: 6px; }}
.plans img {{ width: 100%; border: 1px solid #e3e6ea; border-radius: 6px; }}
.scale {{ display: flex; align-items: center; gap: 8px; font-size: 13px; }}
.ramp {{ display: flex; }} .ramp span {{ width: 26px; height: 12px; display: block; }}
footer {{ margin-top: 36px; color: #7a8494; font-size: 13px; border-top: 1px solid #e3e6ea;
  padding-top: 10px; }}
@media print {{ body {{ background: #fff; }} main {{ padding: 0; }} }}
</style></head>
<body><main>
{body}
</main></body></html>
"""
