from floorview.core import words


def test_without_a_hook_the_text_is_as_written_with_n_in_place():
    assert words.translate("Watch", "Available") == "Available"
    assert words.translate("Watch", "%n tables", None, 3) == "3 tables"
    assert words.translate("Watch", "100 %n", None, -1) == "100 %n"  # no n: left alone


def test_a_hook_answers_until_it_is_taken_away():
    seen = []

    def hook(context, text, disambiguation, n):
        seen.append((context, text, disambiguation, n))
        return "Tisch" if text == "Table" else f"<{text}>"

    previous = words.install(hook)
    try:
        assert words.translate("Seat", "Table") == "Tisch"
        assert words.translate("Seat", "%n guests", "party", 4) == "<%n guests>"
        assert seen[-1] == ("Seat", "%n guests", "party", 4)
    finally:
        assert words.install(previous) is hook
    assert words.translate("Seat", "Table") == "Table"


def _calls_in_source():
    """(context, text) of every translate(...) call in floorview whose first two
    arguments are written out, and the lines whose other arguments lupdate cannot read."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "floorview"
    found, unreadable = set(), []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name != "translate" or len(node.args) < 2:
                continue
            context, text = node.args[:2]
            if not (isinstance(context, ast.Constant) and isinstance(text, ast.Constant)):
                continue
            found.add((context.value, text.value))
            if any(not isinstance(a, ast.Constant | ast.Name) for a in node.args[2:]) or node.keywords:
                unreadable.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return found, unreadable


def test_lupdate_finds_every_text_given_to_translate(tmp_path):
    """pyside6-lupdate (6.11) skips a call with an attribute, a call or a keyword among its
    arguments (``translate("C", "%n seats", None, t.capacity)``): such a text would never
    reach a translator. Every call's count is a plain name, and lupdate lists them all."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    found, unreadable = _calls_in_source()
    assert unreadable == []
    ts = tmp_path / "all.ts"
    from tests.floorview.pseudo import source_files

    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *map(str, source_files()),
                    "-ts", str(ts)], check=True, capture_output=True)
    listed = {(c.findtext("name"), m.findtext("source"))
              for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    assert found - listed == set()


def test_a_status_label_follows_the_language():
    from floorview.core.model import Status

    assert Status.OUT_OF_SERVICE.label == "Out of service"
    previous = words.install(lambda context, text, disambiguation, n: text.upper())
    try:
        assert Status.OUT_OF_SERVICE.label == "OUT OF SERVICE"
    finally:
        words.install(previous)
    assert Status.OUT_OF_SERVICE.label == "Out of service"
