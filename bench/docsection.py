"""One bench's section of a shared document, replaced in place: docs/reliability.md holds
bench/chaos's figures and bench/week's, each between its own marker comments, and each
bench rewrites only its own.

    write_section(Path("docs/reliability.md"), "bench/week", text, head=RELIABILITY_HEAD)
"""

from __future__ import annotations

from pathlib import Path

#: docs/reliability.md's title and what it holds, written when the file has no text yet.
RELIABILITY_HEAD = """# Reliability figures

Each section is written by the bench it names (run the command it gives to reproduce it);
each bench rewrites its own section and keeps the others. Times are one run's, on a shared
machine: read them as orders of magnitude. The whole test suite run again and again, every
crash counted, is in [soak.md](soak.md) (`bench/soak`).
"""


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}: begin -->", f"<!-- {name}: end -->"


def with_section(doc: str, name: str, text: str, head: str = "") -> str:
    """``doc`` with ``name``'s section replaced by ``text`` (appended when it has none;
    ``head`` first when ``doc`` is empty). Everything outside the section is kept as it is."""
    begin, end = markers(name)
    block = f"{begin}\n{text.strip()}\n{end}"
    if not doc.strip():
        doc = head.strip() + "\n" if head.strip() else ""
    start = doc.find(begin)
    stop = doc.find(end, start + len(begin)) if start >= 0 else -1
    if start >= 0 and stop >= 0:
        return doc[:start] + block + doc[stop + len(end):]
    if start >= 0:  # a begin without its end: the section runs to the end of the file
        return doc[:start] + block + "\n"
    return doc.rstrip("\n") + ("\n\n" if doc.strip() else "") + block + "\n"


def write_section(path: Path, name: str, text: str, head: str = "") -> None:
    """Replace ``name``'s section of the file at ``path`` (created when missing)."""
    doc = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(with_section(doc, name, text, head), encoding="utf-8")
