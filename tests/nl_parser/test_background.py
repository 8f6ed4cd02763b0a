"""A sentence that only says how things are is background, not words lost (`background.py`)."""

from nl_parser import parse
from nl_parser.background import background_spans

STEPS = (
    "Every Monday at 8am, pull https://rota.example.com/api/week and email it to crew@example.com."
)


def test_how_things_are_costs_little():
    plain = parse(STEPS)
    told = parse("The old boiler keeps tripping overnight. " + STEPS)
    assert told.actions == plain.actions == ["http.request", "email.send"]
    assert plain.confidence - told.confidence <= 0.05
    assert any("as background" in w for w in told.warnings)


def test_a_sentence_with_a_place_or_a_verb_first_is_no_background():
    for text in ("Our rota lives at https://rota.example.com.", "Archive the old rotas."):
        assert background_spans(text, []) == []


def test_a_sentence_something_was_read_from_is_no_background():
    text = "We are busy. Email it to a@example.com."
    assert background_spans(text, [(13, 40)]) == [(0, 12)]
