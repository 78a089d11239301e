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
