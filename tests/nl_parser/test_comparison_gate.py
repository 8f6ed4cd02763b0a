"""The cheap gate before the comparison rules never hides a comparison they would read."""

import json
from pathlib import Path

import pytest

from nl_parser.predicates import COMPARE_RULES, first_comparison

_DATA = Path(__file__).parent / "data"


def _ungated(text: str):
    for pattern, operator in COMPARE_RULES:
        match = pattern.search(text)
        if match:
            return match.span(), operator
    return None


def _pieces() -> list[str]:
    """Every labelled instruction as written, and every tenth upper-cased."""
    texts = []
    for path in sorted(_DATA.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            if line.strip():
                texts.append(json.loads(line)["instruction"])
    return [*texts, *(t.upper() for t in texts[::10])]


def test_the_gate_hides_no_comparison_of_any_labelled_text():
    for text in _pieces():
        found = first_comparison(text)
        gated = (found[0].span(), found[1]) if found else None
        assert gated == _ungated(text), text


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("it is older than two weeks", "gt"),
        ("open for more than a day", "gt"),
        ("the status equals 'closed'", "equals"),
        ("the label equals \u201curgent\u201d", "equals"),
        ("less than a quarter full", "lt"),
        ("a reading over 5", "gt"),
    ],
)
def test_values_without_digits_still_pass_the_gate(text, operator):
    assert first_comparison(text)[1] == operator


@pytest.mark.parametrize("text", ["the server is down", "a ticket is marked urgent", "it's late"])
def test_text_naming_no_value_reads_no_comparison(text):
    assert first_comparison(text) is None
