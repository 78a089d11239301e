"""The night's report's quotes: how close each "when" the app gave came.

Each quote the journal keeps (:mod:`floorview.core.quotes`) is matched with the next
seating of one of its tables; the section says how many were given and seated, the
median and the worst minutes early and late, the share seated within
:data:`~floorview.core.quotes.CLOSE_MINUTES`, draws each quote as a dot on a line from
early to late, and lists them. Times on the branch's clock. HTML only, no Qt.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from floorview.core.evening import Evening
from floorview.core.journal import QuoteRow
from floorview.core.quotes import CLOSE_MINUTES, Accuracy, Outcome, outcomes, signed

#: The dot plot's reach either side of on time, in minutes (further ones sit at its ends).
REACH = 45


def quote_section(e: Evening, quotes: Sequence[QuoteRow]) -> str:
    """The section's HTML (its heading included)."""
    head = "<h2>Quotes</h2>"
    if not quotes:
        return head + ("<p class=lead>No quote was given: every party asked about had a "
                       "table free, or no time could be said.</p>")
    results = outcomes(quotes, e.segments)
    acc = Accuracy.of(results)
    close = f"{acc.close_share:.0%}" if acc.close_share is not None else "–"
    tiles = [
        ("Quotes", f"{acc.given}", f"{acc.seated} seated"),
        ("Median", signed(acc.median) if acc.median is not None else "–", "seated vs quoted"),
        ("Worst early", f"{round(acc.worst_early)} min" if acc.worst_early else "–",
         "seated sooner than told"),
        ("Worst late", f"{round(acc.worst_late)} min" if acc.worst_late else "–",
         "seated later than told"),
        (f"Within {CLOSE_MINUTES:g} min", close, "of the quotes seated"),
    ]
    out = [head, "<p class=lead>Each time nothing seated a party now, the time the app "
           "gave for the table likely free first, against when that table (or one of the "
           "joined tables) was next seated.</p>", "<section class=tiles>"]
    out += [f"<div class=tile><div class=k>{html.escape(k)}</div><div class=v>{html.escape(v)}"
            f"</div><div class=s>{html.escape(s)}</div></div>" for k, v, s in tiles]
    out.append("</section>")
    out.append(_dots(results))
    out.append(_table(e, results))
    if acc.seated < acc.given:
        n = acc.given - acc.seated
        out.append(f"<p class=dim>{n} quote{'s' if n != 1 else ''} never saw {'their' if n != 1 else 'its'} "
                   "table seated again before the journal ended: not in the figures.</p>")
    return "".join(out)


def _dots(results: Sequence[Outcome]) -> str:
    w, h, pad = 1180, 64, 40
    span = w - 2 * pad

    def x(minutes: float) -> float:
        return pad + span * (max(-REACH, min(REACH, minutes)) + REACH) / (2 * REACH)

    out = [f"<svg class=chart viewBox='0 0 {w} {h}' width={w} height={h} role=img "
           "aria-label='each quote, early to late'>",
           f"<rect x={x(-CLOSE_MINUTES):.1f} y=6 width={x(CLOSE_MINUTES) - x(-CLOSE_MINUTES):.1f}"
           f" height=30 fill='#e4f1e4'/>",
           f"<line x1={pad} x2={w - pad} y1=21 y2=21 stroke='#c9ced6'/>"]
    for tick in range(-REACH, REACH + 1, 15):
        label = "on time" if tick == 0 else f"{abs(tick)} min {'late' if tick > 0 else 'early'}"
        out.append(f"<line x1={x(tick):.1f} x2={x(tick):.1f} y1=15 y2=27 stroke='#9aa3b0'/>"
                   f"<text x={x(tick):.1f} y=54 text-anchor=middle class=axis>{label}</text>")
    for r in results:
        m = r.minutes
        if m is not None:
            out.append(f"<circle cx={x(m):.1f} cy=21 r=6 fill='#2f6fb3' fill-opacity=0.55 "
                       "stroke='#1d4f91'/>")
    out.append("</svg>")
    return "".join(out)


def _table(e: Evening, results: Sequence[Outcome]) -> str:
    def hm(when: datetime) -> str:
        return e.local(when).strftime("%H:%M")

    rows = ["<table><tr><th class=num>Asked</th><th class=num>Party</th><th>Table</th>"
            "<th class=num>Quoted</th><th class=num>Seated</th><th class=num>Off by</th></tr>"]
    for r in results:
        q, m = r.quote, r.minutes
        rows.append(f"<tr><td class=num>{hm(q.quoted)}</td><td class=num>{q.party or '–'}</td>"
                    f"<td>{html.escape(' + '.join(q.numbers))}</td>"
                    f"<td class=num>{hm(q.free_at)}</td>"
                    f"<td class=num>{hm(r.seated) if r.seated else '–'}</td>"
                    f"<td class=num><b>{signed(m) if m is not None else '–'}</b></td></tr>")
    rows.append("</table>")
    return "".join(rows)
