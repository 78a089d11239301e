"""The night's report's quotes: how close each "when" the app gave came.

Each quote the journal keeps (:mod:`floorview.core.quotes`) is matched with the next
seating of one of its tables; the section says how many were given and seated, the
median and the worst minutes early and late, the share seated within
:data:`~floorview.core.quotes.CLOSE_MINUTES`, draws each quote as a dot on a line from
early to late, and lists them. Times on the branch's clock, words, numbers and times in
the language in use (QtCore's QLocale; no application needed).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from floorview.core.evening import Evening
from floorview.core.journal import QuoteRow
from floorview.core.quotes import CLOSE_MINUTES, Accuracy, Outcome, outcomes, signed
from floorview.core.words import translate

#: The dot plot's reach either side of on time, in minutes (further ones sit at its ends).
REACH = 45


def quote_section(e: Evening, quotes: Sequence[QuoteRow]) -> str:
    """The section's HTML (its heading included)."""
    from floorview.ui.formats import number, percent

    head = "<h2>" + html.escape(translate("QuoteSection", "Quotes")) + "</h2>"
    if not quotes:
        return head + "<p class=lead>" + html.escape(translate(
            "QuoteSection", "No quote was given: every party asked about had a table free, or no "
            "time could be said.")) + "</p>"
    results = outcomes(quotes, e.segments)
    acc = Accuracy.of(results)
    close = percent(acc.close_share) if acc.close_share is not None else "–"
    seated, early, late = acc.seated, round(acc.worst_early or 0), round(acc.worst_late or 0)
    within = round(CLOSE_MINUTES)
    tiles = [
        (translate("QuoteSection", "Quotes"), number(acc.given),
         translate("QuoteSection", "%n seated", None, seated)),
        (translate("QuoteSection", "Median"), signed(acc.median) if acc.median is not None else "–",
         translate("QuoteSection", "seated vs quoted")),
        (translate("QuoteSection", "Worst early"),
         translate("QuoteSection", "%n min", None, early) if acc.worst_early else "–",
         translate("QuoteSection", "seated sooner than told")),
        (translate("QuoteSection", "Worst late"),
         translate("QuoteSection", "%n min", None, late) if acc.worst_late else "–",
         translate("QuoteSection", "seated later than told")),
        (translate("QuoteSection", "Within %n min", None, within), close,
         translate("QuoteSection", "of the quotes seated")),
    ]
    out = [head, "<p class=lead>" + html.escape(translate(
        "QuoteSection", "Each time nothing seated a party now, the time the app gave for the table "
        "likely free first, against when that table (or one of the joined tables) was next seated."))
        + "</p>", "<section class=tiles>"]
    out += [f"<div class=tile><div class=k>{html.escape(k)}</div><div class=v>{html.escape(v)}"
            f"</div><div class=s>{html.escape(s)}</div></div>" for k, v, s in tiles]
    out.append("</section>")
    out.append(_dots(results))
    out.append(_table(e, results))
    if acc.seated < acc.given:
        n = acc.given - acc.seated
        out.append("<p class=dim>" + html.escape(translate(
            "QuoteSection", "%n quotes never saw their table seated again before the journal ended: "
            "not in the figures.", None, n)) + "</p>")
    return "".join(out)


def _dots(results: Sequence[Outcome]) -> str:
    w, h, pad = 1180, 64, 40
    span = w - 2 * pad

    def x(minutes: float) -> float:
        return pad + span * (max(-REACH, min(REACH, minutes)) + REACH) / (2 * REACH)

    label = translate("QuoteSection", "each quote, early to late")
    out = [f"<svg class=chart viewBox='0 0 {w} {h}' width={w} height={h} role=img "
           f"aria-label='{html.escape(label, quote=True)}'>",
           f"<rect x={x(-CLOSE_MINUTES):.1f} y=6 width={x(CLOSE_MINUTES) - x(-CLOSE_MINUTES):.1f}"
           f" height=30 fill='#e4f1e4'/>",
           f"<line x1={pad} x2={w - pad} y1=21 y2=21 stroke='#c9ced6'/>"]
    for tick in range(-REACH, REACH + 1, 15):
        tick_label = html.escape(signed(tick))
        out.append(f"<line x1={x(tick):.1f} x2={x(tick):.1f} y1=15 y2=27 stroke='#9aa3b0'/>"
                   f"<text x={x(tick):.1f} y=54 text-anchor=middle class=axis>{tick_label}</text>")
    for r in results:
        m = r.minutes
        if m is not None:
            out.append(f"<circle cx={x(m):.1f} cy=21 r=6 fill='#2f6fb3' fill-opacity=0.55 "
                       "stroke='#1d4f91'/>")
    out.append("</svg>")
    return "".join(out)


def _table(e: Evening, results: Sequence[Outcome]) -> str:
    from floorview.ui.formats import clock

    def hm(when: datetime) -> str:
        return clock(when, e.zone)

    heads = [translate("QuoteSection", "Asked"), translate("QuoteSection", "Party"),
             translate("QuoteSection", "Table"), translate("QuoteSection", "Quoted"),
             translate("QuoteSection", "Seated"), translate("QuoteSection", "Off by")]
    rows = ["<table><tr>" + "".join(f"<th{'' if i == 2 else ' class=num'}>{html.escape(h)}</th>"
                                    for i, h in enumerate(heads)) + "</tr>"]
    for r in results:
        q, m = r.quote, r.minutes
        rows.append(f"<tr><td class=num>{hm(q.quoted)}</td><td class=num>{q.party or '–'}</td>"
                    f"<td>{html.escape(' + '.join(q.numbers))}</td>"
                    f"<td class=num>{hm(q.free_at)}</td>"
                    f"<td class=num>{hm(r.seated) if r.seated else '–'}</td>"
                    f"<td class=num><b>{signed(m) if m is not None else '–'}</b></td></tr>")
    rows.append("</table>")
    return "".join(rows)
