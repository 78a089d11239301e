"""The house and its map agree: the README's "What is where" table names every module of
floorview in the row of the folder it is in (and nothing that is not there), and a
package docstring that lists its modules lists all of them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _table_rows() -> list[tuple[list[str], set[str]]]:
    """Each row of the README's "What is where": (the paths it is about, the `names` it says)."""
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("## What is where", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| `"):
            continue
        head, rest = line[2:].split(" | ", 1)
        rows.append((re.findall(r"`([^`]+)`", head), set(re.findall(r"`([\w.]+)`", rest))))
    return rows


def _modules() -> list[Path]:
    return sorted(p.relative_to(ROOT) for p in (ROOT / "floorview").rglob("*.py")
                  if p.name not in ("__init__.py", "__main__.py") and "__pycache__" not in p.parts)


def _row_for(module: Path, rows) -> tuple[str, set[str]] | None:
    """The row that places ``module``: a folder row for its own folder, or a row naming the
    file (``floorview/ui/settings.py``, then bare ``collector.py`` beside it)."""
    folder = module.parent.as_posix() + "/"
    for paths, names in rows:
        base = Path(paths[0]).parent.as_posix() + "/" if paths[0].endswith(".py") else None
        if folder in paths:
            return folder, names
        if base == folder and module.name in {Path(p).name for p in paths}:
            return base, names | {module.stem}
        if base == folder and module.name in names:  # named in the text of the row
            return base, names | {module.stem}
    return None


def test_the_readme_places_every_module_where_it_is():
    rows = _table_rows()
    assert rows, "no 'What is where' table in README.md"
    misplaced = []
    for module in _modules():
        found = _row_for(module, rows)
        if found is None or module.stem not in found[1]:
            misplaced.append(module.as_posix())
    assert not misplaced, f"README's 'What is where' does not place: {misplaced}"


def test_the_readme_names_no_module_that_is_not_there():
    for paths, names in _table_rows():
        for path in paths:
            assert (ROOT / path).exists() or (ROOT / Path(paths[0]).parent / path).exists(), path
        folder = paths[0]
        if folder.startswith("floorview/") and folder.endswith("/"):
            stems = {p.stem for p in (ROOT / folder).glob("*.py")}
            gone = sorted(n for n in names if re.fullmatch(r"[a-z_]+", n) and n not in stems)
            assert not gone, f"README's row for {folder} names modules not there: {gone}"


def _listed(package: Path) -> set[str] | None:
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text("utf-8"))) or ""
    mods = set(re.findall(r":mod:`~?([\w.]+)`", doc))
    return mods or None


def test_a_package_docstring_that_lists_modules_lists_its_own_and_all_of_them():
    for init in sorted((ROOT / "floorview").rglob("__init__.py")):
        package = init.parent
        listed = _listed(package)
        if listed is None:
            continue
        dotted = ".".join(package.relative_to(ROOT).parts)
        there = {f"{dotted}.{p.stem}" for p in package.glob("*.py") if p.name != "__init__.py"}
        there |= {f"{dotted}.{p.name}" for p in package.iterdir() if (p / "__init__.py").is_file()}
        assert listed == there, (f"{init.relative_to(ROOT)} lists {sorted(listed - there)} "
                                 f"that are not there, misses {sorted(there - listed)}")


#: Where floorview reads a private name through anything but ``self``/``cls``, and why
#: that is no reaching into another class: (file, the expression) -> the reason.
PRIVATE_READS_ALLOWED = {
    # a mark floorview sets on the logging handlers it adds, to find them again
    ("floorview/core/logfile.py", "term._floorview"): "own mark on a stdlib handler",
    ("floorview/core/logfile.py", "handler._floorview"): "own mark on a stdlib handler",
    # argparse offers no public "has this option" (commented where it is read)
    ("floorview/options.py", "parser._option_string_actions"): "no public API",
    # the module's own private helper class, read in the same module
    ("floorview/core/model.py", "r._get"): "same module's _Reader",
    # a descriptor of AppSettings reading its owner, in the same module
    ("floorview/ui/settings.py", "settings._bool"): "same module's descriptor",
    ("floorview/ui/settings.py", "settings._q"): "same module's descriptor",
    # the scene's own method, through a weak reference to itself
    ("floorview/ui/floor/floor_scene.py", "scene._on_store_update"): "self, held weakly",
    # python-socketio's event dispatch, wrapped to drop events named like the connection
    # (a labelled WORKAROUND in live/workarounds.py: the library offers no hook before that dispatch)
    ("floorview/core/live/workarounds.py", "client._handle_event"): "third-party WORKAROUND",
    # python-engineio's HTTP request, wrapped to see a poll's "Session ID unknown" (a labelled
    # WORKAROUND in live/workarounds.py: the library reads no body of a 400 and has no hook)
    ("floorview/core/live/workarounds.py", "eio._send_request"): "third-party WORKAROUND",
    # aiohttp's runner makes its server in a private method, overridden to answer
    # unparseable requests in the NestJS shape (a labelled WORKAROUND in the stub's app.py)
    ("server_stub/app.py", "super()._make_server"): "third-party WORKAROUND",
}


def test_no_class_reads_another_ones_privates():
    """In the app, the stub, the benchmarks and the build scripts alike."""
    found = set()
    paths = [p for d in ("floorview", "server_stub", "bench", "packaging", "scripts")
             for p in (ROOT / d).rglob("*.py")]
    for path in sorted(paths):
        if path.name == "resources_rc.py":  # generated
            continue
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                    and not node.attr.startswith("__")
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
                found.add((rel, ast.unparse(node)))
    assert found - set(PRIVATE_READS_ALLOWED) == set(), "give these a public surface"
    assert set(PRIVATE_READS_ALLOWED) - found == set(), "gone: drop them from the list"


def test_no_file_sends_a_reader_outside_the_repository():
    import subprocess

    # the words of a pointer out (the workplace's notes and style files, a shared folder),
    # spelled in pieces so this file is not one
    outside = re.compile("|".join([r"NOTES" + r"\.md", r"STYLE" + r"\.md", r"\.\./sha" + "red",
                                   r"(?<![\w.])sha" + "red/", "/wo" + "rk/"]))
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    pointing = []
    for name in files:
        path = ROOT / name
        if name.endswith("resources_rc.py") or not path.is_file():
            continue
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:  # an image
            continue
        pointing += [f"{name}:{n}" for n, line in enumerate(text.splitlines(), 1)
                     if outside.search(line)]
    assert not pointing, "write the reason in the comment itself: " + ", ".join(pointing)


def test_the_bench_imports_no_test_module():
    importing = []
    for path in sorted((ROOT / "bench").glob("*.py")):  # bench/run and bench/chaos are bash
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level
                     else [])
            importing += [f"{path.name}: {n}" for n in names if n == "tests" or n.startswith("tests.")]
    assert not importing, "what both need belongs in floorview or server_stub: " + ", ".join(importing)
