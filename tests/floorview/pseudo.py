"""The test-only language "pseudo": every source text of floorview as "⟦text⟧".

``pseudo_qm(folder)`` runs pyside6-lupdate over the source, fills every translation
(plural forms too) with the source wrapped in ⟦⟧ and compiles it with pyside6-lrelease
into ``folder/floorview_pseudo.qm``. A text a person reads that shows without its ⟦⟧
was not passed through the translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def source_files() -> list[Path]:
    """floorview's Python files but the generated resource module (its compiled
    translations, one long bytes literal, crash pyside6-lupdate 6.11; it holds no message)."""
    return sorted(f for f in (ROOT / "floorview").rglob("*.py") if not f.name.endswith("_rc.py"))


def pseudo_qm(folder: Path) -> Path:
    ts = folder / "floorview_pseudo.ts"
    qm = folder / "floorview_pseudo.qm"
    subprocess.run([str(BIN / "pyside6-lupdate"), *map(str, source_files()), "-ts", str(ts)],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    tree.getroot().set("language", "en")  # English plural rules: one and other
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if "%n" in source:
            # pyside6-lupdate 6.11 marks only self.tr(..., n) as plural; a text with %n is one
            message.set("numerus", "yes")
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = f"⟦{source}⟧"
        else:
            translation.text = f"⟦{source}⟧"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def wrapped(text: str) -> bool:
    """Whether every run of letters in ``text`` sits inside ⟦⟧."""
    depth = 0
    for c in text:
        if c == "⟦":
            depth += 1
        elif c == "⟧":
            depth -= 1
        elif c.isalpha() and depth == 0:
            return False
    return True


def small_qm(folder: Path, lang: str, words: dict[tuple[str, ...], str]) -> Path:
    """``folder/floorview_<lang>.qm`` holding only ``words`` ((context, source[,
    disambiguation]) → its translation): a language's first words, for tests until its
    translators fill it."""
    root = ET.Element("TS", version="2.1", language=lang)
    for (context, source, *comment), text in words.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment[0]
        translation = ET.SubElement(message, "translation")
        if "%n" in source:  # a plural, as the .ts marks it: both forms the same here
            message.set("numerus", "yes")
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    ts = folder / f"floorview_{lang}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / f"floorview_{lang}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm
