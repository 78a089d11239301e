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
from floorview.commands.heat_map import heat_maps_html
from floorview.commands.quote_section import quote_section
from floorview.core import journal
from floorview.core.evening import PARTY_BANDS, Evening, Segment, Spread, party_band, read_evening
from floorview.core.model import matching_id_or_name
from floorview.core.words import translate

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
        raise argparse.ArgumentTypeError(translate("Report", "not a date (YYYY-MM-DD): {0!r}").format(text)) from None


def find_journal(args: argparse.Namespace, err: Any) -> Path | None:
    """The journal ``args`` name: the file given, ``--demo``'s sample, or ``--date``'s."""
    name = f"floorview {getattr(args, 'command', None) or 'report'}"
    if getattr(args, "demo", False):
        from floorview.commands.sample import sample_path

        return sample_path()
    if getattr(args, "journal_file", None):
        path = Path(args.journal_file)
        if not path.is_file():
            err.write(translate("Report", "{0}: no journal at {1}").format(name, path) + "\n")
            return None
        return path
    day = getattr(args, "date", None)
    folder = journal.default_folder()
    files = list(journal.day_files(folder))
    if day is None:
        if not files:
            err.write(translate("Report", "{0}: give a JOURNAL file, --date or --demo (no journals in {1} yet)")
                      .format(name, folder) + "\n")
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
        days = ", ".join(sorted({d.isoformat() for _, d, _ in files})[-7:]) or translate("Report", "none")
        err.write(translate("Report", "{0}: no journal for {1} in {2} (latest: {3})")
                  .format(name, day.isoformat(), folder, days) + "\n")
    else:
        names = ", ".join(_branch_name(p) for _, p in matches)
        err.write(translate("Report", "{0}: journals of several branches for {1}; choose one with --branch: {2}")
                  .format(name, day.isoformat(), names) + "\n")
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
        err.write(translate("Report", "floorview report: no folder {0} to write {1} in")
                  .format(target.parent, target.name) + "\n")
        return EXIT_USAGE
    page = build_page(evening, over=getattr(args, "over", OVER_MINUTES) or OVER_MINUTES,
                      source=path.name, quotes=quotes)
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as e:
        err.write(translate("Report", "floorview report: could not write {0}: {1}")
                  .format(target, e.strerror or e) + "\n")
        return EXIT_USAGE
    took = time.perf_counter() - started
    name = evening.branch.name if evening.branch else "?"
    parties, covers = len(evening.seatings), sum(s.covers for s in evening.seatings)
    out.write(translate("Report", "{0}: {1}, {2}, {3}, {4}; journal {5} KiB, built in {6} s").format(
        target, name, _day_title(evening), translate("Report", "%n parties", None, parties),
        translate("Report", "%n covers", None, covers), _n(path.stat().st_size / 1024),
        _n(took, 2)) + "\n")
    return EXIT_OK


# --- the page -------------------------------------------------------------------------------


def _day_title(e: Evening) -> str:
    """The evening's day as the language in use writes it in full ("Montag, 7. Dezember 2026")."""
    from floorview.ui.formats import long_day

    return long_day(e.start, e.zone)


def _hm(e: Evening, when: datetime) -> str:
    from floorview.ui.formats import clock

    return clock(when, e.zone)


def _n(value: float, decimals: int = 0) -> str:
    from floorview.ui.formats import number

    return number(value, decimals)


def _m(minutes: float | None) -> str:
    if minutes is None:
        return "–"
    minutes = round(minutes)
    if minutes >= 60:
        return translate("Report", "{0} h {1}", "hours and minutes").format(_n(minutes // 60), f"{minutes % 60:02d}")
    return translate("Report", "{0} min").format(_n(minutes))


def _spread_text(s: Spread | None) -> str:
    if s is None:
        return "–"
    return f"{_m(s.median)} <span class=dim>({_m(s.low)}–{_m(s.high)})</span>"


def build_page(e: Evening, *, over: int = OVER_MINUTES, source: str = "",
               quotes: Sequence[journal.QuoteRow] = ()) -> str:
    esc = html.escape
    branch = e.branch.name if e.branch else translate("Report", "Unknown branch")
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
        times, changes = len(lost), e.offline_changes
        offline_note = (translate("Report", "The screen lost its connection %n times (first at {0});", None, times)
                        .format(_hm(e, lost[0])) + " " + translate(
                            "Report", "%n changes made meanwhile were recovered when it came back and "
                            "are counted at the time they happened.", None, changes)
                        if lost else translate("Report", "%n changes were recovered on a resync.", None, changes))

    parties, resets = len(seatings), clean_spread.n if clean_spread else 0
    seated = busiest[1] if busiest else 0
    tiles = [
        (translate("Report", "Covers"), _n(covers), translate("Report", "%n parties", None, parties)),
        (translate("Report", "Median turn"), _m(turn_spread.median) if turn_spread else "–",
         translate("Report", "middle half {0}–{1}").format(_m(turn_spread.low), _m(turn_spread.high))
         if turn_spread else translate("Report", "no turns")),
        (translate("Report", "Busiest hour"), _hour(busiest[0]) if busiest else "–",
         translate("Report", "%n covers seated", None, seated) if busiest else ""),
        (translate("Report", "Cleaning"), _m(clean_spread.median) if clean_spread else "–",
         translate("Report", "median of %n resets", None, resets) if clean_spread
         else translate("Report", "no resets")),
        (translate("Report", "Over time"), _n(len(overtime)),
         translate("Report", "turns over %n min", None, over)),
    ]
    parts: list[str] = []
    clock_note = (translate("Report", "times on the branch's clock ({0})").format(_zone(e))
                  if e.branch else translate("Report", "times on the branch's clock"))
    parts.append(f"<header><h1>{esc(branch)}</h1><p class=sub>{esc(_day_title(e))} · "
                 + esc(translate("Report", "service {0}–{1}").format(_hm(e, e.start), _hm(e, e.end)))
                 + f" · {esc(clock_note)}</p></header>")
    parts.append("<section class=tiles>" + "".join(
        f"<div class=tile><div class=k>{esc(k)}</div><div class=v>{esc(v)}</div>"
        f"<div class=s>{esc(s)}</div></div>" for k, v, s in tiles) + "</section>")
    if offline_note:
        parts.append(f"<p class=note>{esc(offline_note)}</p>")

    parts.append("<h2>" + esc(translate("Report", "Covers per hour")) + "</h2>")
    parts.append(_bars_svg([(_hour(h), v) for h, v in by_hour.items()],
                           label=translate("Report", "covers per hour")))

    parts.append("<h2>" + esc(translate("Report", "How full each table was")) + "</h2><p class=lead>"
                 + esc(translate("Report", "Share of the service ({0}–{1}) each table was occupied.")
                       .format(_hm(e, e.start), _hm(e, e.end))) + "</p>")
    parts.append(heat_maps_html(e))

    parts.append("<h2>" + esc(translate("Report", "Turn times")) + "</h2><p class=lead>" + esc(translate(
        "Report", "Seated → cleared: median, with the middle half of the parties in brackets and "
        "drawn as the bar.")) + "</p>")
    rows_band = []
    for band in PARTY_BANDS:
        ts = [t for t in turns if party_band(t.guests) == band]
        if ts:
            rows_band.append((translate("Report", "{0} guests", "a party size band").format(band),
                              Spread.of(_minutes(ts))))
    parts.append("<div class=cols><div><h3>" + esc(translate("Report", "By party size")) + "</h3>"
                 + _spread_table(rows_band, translate("Report", "Party")) + "</div>")
    by_server: dict[str | None, list[Segment]] = defaultdict(list)
    for t in turns:
        by_server[t.server_id].append(t)
    rows_server = sorted(((e.server_name(sid), Spread.of(_minutes(ts)))
                          for sid, ts in by_server.items()), key=lambda r: r[0])
    parts.append("<div><h3>" + esc(translate("Report", "By server")) + "</h3>"
                 + _spread_table(rows_server, translate("Report", "Server")) + "</div></div>")

    by_table: dict[str, list[Segment]] = defaultdict(list)
    for t in turns:
        by_table[t.table_id].append(t)
    rows_table = sorted(((_number(e, tid), Spread.of(_minutes(ts)))
                         for tid, ts in by_table.items()), key=lambda r: _natural(r[0]))
    parts.append("<h3>" + esc(translate("Report", "By table")) + "</h3>"
                 + _spread_table(rows_table, translate("Report", "Table"), columns=3))

    parts.append("<h2>" + esc(translate("Report", "Servers")) + "</h2>")
    parts.append(_servers_table(e, seatings, turns))

    resets = len(cleanings)
    parts.append("<h2>" + esc(translate("Report", "Cleaning")) + "</h2><p class=lead>" + translate(
        "Report", "How long tables stood in cleaning before they were set again: {0} over %n resets.",
        None, resets).format(_spread_text(clean_spread)) + "</p>")
    parts.append(_segments_table(e, sorted(cleanings, key=lambda c: -(c.minutes or 0))[:8],
                                 translate("Report", "Longest in cleaning"), show_party=False))

    holds = _holds(e)
    parts.append("<h2>" + esc(translate("Report", "Longest waits")) + "</h2><div class=cols><div>")
    parts.append(_segments_table(e, holds[:8], translate("Report", "Tables held for a booking before the party sat"),
                                 show_party=True, empty=translate("Report", "No bookings were held.")))
    parts.append("</div><div>")
    parts.append(_segments_table(e, overtime[:12], translate("Report", "Over time (turns over %n min)", None, over),
                                 show_party=True, empty=translate("Report", "No table went over time.")))
    parts.append("</div></div>")
    parts.append(quote_section(e, quotes))
    if still:
        seated_still = len(still)
        parts.append("<p class=note>" + esc(translate(
            "Report", "%n tables were still seated when the journal ended at {0}; their turns are "
            "not in the figures.", None, seated_still).format(_hm(e, e.end))) + "</p>")
    parts.append("<footer>" + esc(translate(
        "Report", "floorview report · from the journal {0} · a turn is a party from seated to cleared; "
        "covers count guests who joined later.").format(source)) + "</footer>")
    return _PAGE.format(title=esc(f"{branch} · {_day_title(e)}"), body="\n".join(parts),
                        lang=esc(_page_lang()))


def _percent(share: float) -> str:
    from floorview.ui.formats import percent

    return percent(share)


def _hour(h: int) -> str:
    from floorview.ui.formats import hour

    return hour(h)


def _zone(e: Evening) -> str:
    from floorview.ui.zone_names import zone_name

    return zone_name(e.branch.timezone, e.start) if e.branch else ""


def _page_lang() -> str:
    """The page's language (html's ``lang``): the words' language, "en" as written."""
    from floorview.ui.words_hook import language_code

    return language_code()


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
        return "<p class=dim>" + html.escape(translate("Report", "No turns.")) + "</p>"
    top = max(s.high for _, s in rows) or 1.0
    scale = max(120.0, top)

    def row(name: str, s: Spread) -> str:
        w = 150
        x0, x1, xm = (w * v / scale for v in (s.low, s.high, s.median))
        bar = (f"<svg viewBox='0 0 {w} 14' width={w} height=14 role=img aria-label='{middle}'>"
               f"<rect x=0 y=6 width={w} height=2 fill='#e3e6ea'/>"
               f"<rect x={x0:.1f} y=2 width={max(2.0, x1 - x0):.1f} height=10 rx=3 fill='#9ec5e8'/>"
               f"<rect x={xm - 1:.1f} y=0 width=2.5 height=14 fill='#1d4f91'/></svg>")
        return (f"<tr><td>{html.escape(name)}</td><td class=num>{_n(s.n)}</td>"
                f"<td class=num>{_m(s.median)}</td><td class='num dim'>{_m(s.low)}–{_m(s.high)}</td>"
                f"<td>{bar}</td></tr>")

    middle = html.escape(translate("Report", "middle half"), quote=True)
    head_row = (f"<tr><th>{html.escape(head)}</th><th class=num>" + html.escape(translate("Report", "Turns")) + "</th>"
                "<th class=num>" + html.escape(translate("Report", "Median")) + "</th>"
                "<th class=num>" + html.escape(translate("Report", "Middle half")) + f"</th>"
                f"<th>0 – {_m(scale)}</th></tr>")
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
    heads = [translate("Report", "Server"), translate("Report", "Tables"), translate("Report", "Parties"),
             translate("Report", "Covers"), translate("Report", "Share of covers"),
             translate("Report", "Median turn")]
    out = ["<table><tr>" + "".join(f"<th{'' if i in (0, 4) else ' class=num'}>{html.escape(h)}</th>"
                                   for i, h in enumerate(heads)) + "</tr>"]
    for sid, d in rows:
        share = d["covers"] / total
        med = Spread.of(d["turns"])
        colour = next((u.get("color") for u in e.reference.get("users", []) if u.get("id") == sid), None)
        colour = colour or "#8a94a6"
        out.append(
            f"<tr><td><span class=dot style='background:{html.escape(colour)}'></span>"
            f"{html.escape(e.server_name(sid))}</td><td class=num>{_n(len(d['tables']))}</td>"
            f"<td class=num>{_n(d['parties'])}</td><td class=num>{_n(d['covers'])}</td>"
            f"<td><svg width=200 height=12><rect width=200 height=12 rx=3 fill='#eef0f3'/>"
            f"<rect width={200 * share:.1f} height=12 rx=3 fill='{html.escape(colour)}'/></svg>"
            f" <span class=dim>{html.escape(_percent(share))}</span></td>"
            f"<td class=num>{_m(med.median) if med else '–'}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _segments_table(e: Evening, segs: Sequence[Segment], title: str, *, show_party: bool,
                    empty: str = "") -> str:
    out = [f"<h3>{html.escape(title)}</h3>"]
    if not segs:
        return out[0] + "<p class=dim>" + html.escape(empty or translate("Report", "None.")) + "</p>"
    heads = [translate("Report", "Table"), translate("Report", "From"), translate("Report", "To"),
             translate("Report", "Time")]
    if show_party:
        heads += [translate("Report", "Party"), translate("Report", "Server")]
    out.append("<table><tr>" + "".join(f"<th{' class=num' if 0 < i < 5 else ''}>{html.escape(h)}</th>"
                                       for i, h in enumerate(heads)) + "</tr>")
    for s in segs:
        out.append(f"<tr><td>{html.escape(_number(e, s.table_id))}</td>"
                   f"<td class=num>{_hm(e, s.start)}</td>"
                   f"<td class=num>{_hm(e, s.end) if s.end else '–'}</td>"
                   f"<td class=num><b>{_m(s.minutes)}</b></td>"
                   + (f"<td class=num>{_n(s.guests) if s.guests else '–'}</td>"
                      f"<td>{html.escape(e.server_name(s.server_id))}</td>"
                      if show_party else "") + "</tr>")
    out.append("</table>")
    return "".join(out)


def _bars_svg(values: Sequence[tuple[str, int]], *, label: str) -> str:
    if not values:
        return "<p class=dim>" + html.escape(translate("Report", "No parties were seated.")) + "</p>"
    w, h, pad_l, pad_b, pad_t = 1180, 230, 40, 28, 20
    top = max(v for _, v in values) or 1
    nice = next(n for n in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10**9) if top / n <= 6)
    ymax = -(-top // nice) * nice
    bw = (w - pad_l) / len(values)
    out = [f"<svg class=chart viewBox='0 0 {w} {h}' width={w} height={h} role=img "
           f"aria-label='{html.escape(label, quote=True)}'>"]
    for i in range(0, ymax + 1, nice):
        y = pad_t + (h - pad_t - pad_b) * (1 - i / ymax)
        out.append(f"<line x1={pad_l} x2={w} y1={y:.1f} y2={y:.1f} stroke='#e3e6ea'/>"
                   f"<text x={pad_l - 6} y={y + 4:.1f} text-anchor=end class=axis>{_n(i)}</text>")
    for i, (hour, v) in enumerate(values):
        bh = (h - pad_t - pad_b) * v / ymax
        x = pad_l + i * bw + bw * 0.15
        y = h - pad_b - bh
        out.append(f"<rect x={x:.1f} y={y:.1f} width={bw * 0.7:.1f} height={bh:.1f} rx=4 fill='#2f6fb3'/>")
        if v:
            out.append(f"<text x={x + bw * 0.35:.1f} y={y - 5:.1f} text-anchor=middle class=val>{_n(v)}</text>")
        out.append(f"<text x={x + bw * 0.35:.1f} y={h - 8} text-anchor=middle class=axis>{hour}</text>")
    out.append("</svg>")
    return "".join(out)


_PAGE = """<!doctype html>
<html lang={lang}><head><meta charset=utf-8>
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
