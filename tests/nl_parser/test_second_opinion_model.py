"""The shipped second-opinion model: it loads, reads the text as it was trained to, and is quick."""

import json

import pytest

from nl_parser.second_opinion import MODEL_DIR, document, shipped_model

pytestmark = pytest.mark.second_reading


@pytest.fixture(scope="module")
def model():
    """Return the shipped model, which must be there: the parser ships with it."""
    loaded = shipped_model()
    assert loaded is not None, f"no model in {MODEL_DIR}: run make model"
    return loaded


def test_it_gives_a_distribution_over_the_shapes_it_was_trained_on(model):
    opinion = model.probabilities(
        "Every Monday at 9am email the sales report to a@example.com", None
    )
    assert sum(opinion.values()) == pytest.approx(1.0, abs=1e-3)
    trained = json.loads((MODEL_DIR / "trained_on.json").read_text(encoding="utf-8"))
    assert len(opinion) == len(model.shapes) and trained["cases"] > 10_000
    assert ("email.send",) in opinion


def test_it_reads_the_instruction_and_its_tools_as_in_training(model, public_set):
    # Trained on every labelled set, the public set among them: a model read with another
    # tokenizer or document format than it was trained with would miss many of these.
    cases = [json.loads(line) for line in public_set.read_text(encoding="utf-8").splitlines()]
    named = 0
    for case in cases:
        opinion = model.probabilities(
            case["instruction"], (case.get("context") or {}).get("availableTools")
        )
        named += max(opinion, key=opinion.get) == tuple(case["expect"]["actions"])
    assert named >= 0.9 * len(cases)


def test_the_tools_are_read_in_one_order_whatever_order_they_come_in():
    assert document("Post It", ["slack.post_message", "email.send"]) == document(
        "post it", frozenset({"email.send", "slack.post_message"})
    )


def test_a_long_instruction_is_cut_to_what_the_model_reads(model):
    opinion = model.probabilities("email the team the report. " * 400, None)
    assert sum(opinion.values()) == pytest.approx(1.0, abs=1e-3)
