"""The second reading: where the rules are unsure, the encoder's shape keeps, mends or doubts them.

The encoder is replaced here by a fixed opinion, so each test says exactly what the encoder
thinks; tests/nl_parser/test_second_opinion_model.py checks the shipped model itself.
"""

import pytest

from nl_parser import second_opinion
from nl_parser import second_reading as reading
from nl_parser.added_steps import added_step
from nl_parser.drafts import StepDraft
from nl_parser.entry import parse

pytestmark = pytest.mark.second_reading

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
SF = "salesforce.query"


class Opinion:
    """An encoder that gives fixed probabilities to shapes, and remembers what it was asked."""

    def __init__(self, shapes: dict[tuple[str, ...], float]):
        self.shapes = shapes
        self.asked: list[tuple[str, object]] = []

    def probabilities(self, text: str, tools) -> dict[tuple[str, ...], float]:
        """Return the fixed opinion."""
        self.asked.append((text, tools))
        return dict(self.shapes)


@pytest.fixture
def opinion(monkeypatch):
    """Install an encoder with the given opinion in place of the shipped one."""

    def install(shapes: dict[tuple[str, ...], float]) -> Opinion:
        model = Opinion(shapes)
        monkeypatch.setattr(reading, "shipped_model", lambda: model)
        return model

    return install


def steps_of(*actions: str) -> list[StepDraft]:
    """Return plain drafts of the actions."""
    return [StepDraft(action, {}, 1.0, action) for action in actions]


def test_the_encoder_is_not_asked_when_the_rules_are_sure(opinion):
    model = opinion({(H, E): 0.99})
    steps = steps_of(H, C, E)
    second = reading.second_reading("text", steps, None, 0.95)
    assert second.steps is steps and model.asked == []
    assert second.confidence(0.95) == 0.95


def test_agreement_leaves_the_confidence_and_says_nothing(opinion):
    opinion({(H, C, E): 0.97, (H, E): 0.03})
    steps = steps_of(H, C, E)
    second = reading.second_reading("text", steps, None, 0.6)
    assert second.steps is steps and second.warnings == []
    assert second.confidence(0.6) == 0.6


def test_disagreement_caps_the_confidence_and_says_what_was_expected(opinion):
    opinion({(SF, "summarize", E): 0.6, (H, E): 0.1})
    steps = steps_of(H, E)
    second = reading.second_reading("text", steps, None, 0.8)
    assert second.steps is steps
    assert second.confidence(0.8) == reading.DOUBTED_CEILING
    assert second.warnings == [
        "uncertain: a second reading of the instruction expects the steps "
        "salesforce.query → summarize → email.send"
    ]


def test_a_step_too_many_is_dropped_when_the_encoder_is_sure(opinion):
    opinion({(H, E): 0.95, (H, C, E): 0.01})
    second = reading.second_reading("text", steps_of(H, C, E), None, 0.5)
    assert [s.action for s in second.steps] == [H, E]
    assert second.confidence(0.5) == reading.MENDED_CONFIDENCE
    assert "dropped step 2 (check_status, read from 'check_status')" in second.warnings[0]


def test_of_two_steps_alike_the_weaker_is_dropped(opinion):
    opinion({(C, E): 0.95})
    steps = [StepDraft(C, {}, 1.0, "first"), StepDraft(C, {}, 0.4, "second"), *steps_of(E)]
    second = reading.second_reading("text", steps, None, 0.5)
    assert [s.phrase for s in second.steps] == ["first", E]


def test_an_unsure_encoder_mends_nothing(opinion):
    opinion({(H, E): 0.75, (H, C, E): 0.01})
    second = reading.second_reading("text", steps_of(H, C, E), None, 0.5)
    assert [s.action for s in second.steps] == [H, C, E]
    assert second.confidence(0.5) == reading.DOUBTED_CEILING


def test_a_shape_further_away_is_reached_by_dropping_and_adding_steps(opinion):
    opinion({(SF, C, S): 0.97})
    text = "Every Monday pull the big deals and post them to #sales."
    second = reading.second_reading(text, steps_of(H, E), None, 0.5)
    assert [s.action for s in second.steps] == [SF, C, S]
    assert second.steps[2].config == {"channel": "#sales"}
    assert second.confidence(0.5) == reading.MENDED_UNFILLED
    assert second.warnings[0].startswith(
        "uncertain: a second reading of the instruction dropped step 1 (http.request, read from "
        "'http.request'); dropped step 2 (email.send, read from 'email.send'); added step 1 "
        "(salesforce.query); added step 2 (check_status): the test it makes is a guess"
    )


def test_a_step_that_cannot_be_drafted_leaves_the_rules_steps(opinion):
    opinion({(H, "wait", E): 0.97})
    steps = steps_of(H, E)
    second = reading.second_reading("call it, then later email me", steps, None, 0.5)
    assert second.steps is steps and second.confidence(0.5) == reading.DOUBTED_CEILING


def test_a_missing_test_is_added_with_the_condition_the_text_gives(opinion):
    opinion({(H, C, E): 0.96})
    text = "Every hour call https://status.example.com and email ops@example.com if it is down."
    second = reading.second_reading(text, steps_of(H, E), None, 0.5)
    assert [s.action for s in second.steps] == [H, C, E]
    assert second.steps[1].config == {"field": "$.status", "operator": "equals", "value": "down"}
    assert second.confidence(0.5) == reading.MENDED_CONFIDENCE
    assert "added step 2 (check_status)" in second.warnings[0]


def test_a_test_told_by_unless_is_turned_around(opinion):
    opinion({(H, C, E): 0.96})
    text = "Each morning fetch https://x.example.com/jobs and email me unless the total is over 5."
    second = reading.second_reading(text, steps_of(H, E), None, 0.5)
    assert second.steps[1].config == {"field": "$.total", "operator": "lte", "value": 5}


def test_a_test_already_made_is_not_made_again():
    text = "If the build fails, email dev@example.com; post orders above $10k to #sales."
    steps = [StepDraft(C, {}, 1.0, "check", subject="the build fails"), *steps_of(E, S)]
    step = added_step(C, text, steps, 2)
    assert step.config == {"field": "$.orders", "operator": "gt", "value": 10000}


def test_an_unread_test_is_a_guess_that_says_so():
    step = added_step(C, "Post the urgent ones to #support.", steps_of(H, S), 1)
    assert step.action == C and step.strength < 0.5
    assert "guess" in step.doubt


def test_an_added_test_without_its_words_costs_confidence(opinion):
    opinion({(H, C, S): 0.96})
    second = reading.second_reading("Post the urgent ones to #support.", steps_of(H, S), None, 0.5)
    assert [s.action for s in second.steps] == [H, C, S]
    assert second.confidence(0.5) == reading.MENDED_UNFILLED
    assert "set its field and value" in second.warnings[0]


@pytest.mark.parametrize(
    ("action", "steps", "config"),
    [
        (E, [E], {"to": ["b@example.com"]}),
        (S, [S], {"channel": "#ops"}),
        (H, [W], {"url": "https://api.example.com/v1"}),
    ],
)
def test_an_added_delivery_or_call_goes_where_no_step_goes_yet(action, steps, config):
    text = "Call https://api.example.com/v1, email b@example.com, post to #ops."
    drafts = [StepDraft(steps[0], {"to": ["a@example.com"], "channel": "#dev"}, 1.0, "")]
    if steps == [W]:
        drafts = [StepDraft(W, {"url": "https://hooks.example.com/x"}, 1.0, "")]
    assert added_step(action, text, drafts, 1).config == config


def test_a_delivery_with_nowhere_left_to_go_says_so():
    step = added_step(E, "email a@example.com", [StepDraft(E, {"to": ["a@example.com"]})], 1)
    assert step.config == {} and "no to" in step.doubt


def test_a_made_step_is_told_what_the_text_asks():
    text = "Every Friday pull the tickets. Summarise the week's complaints for the owner."
    step = added_step("summarize", text, steps_of(H, E), 1)
    assert step.config == {"instructions": "Summarise the week's complaints for the owner"}


def test_a_fixed_wait_is_never_guessed():
    assert added_step("wait", "wait a bit and then email me", steps_of(E), 0) is None


def test_a_tool_the_context_withholds_is_not_added(opinion):
    opinion({(H, S): 0.97})
    second = reading.second_reading("post it to #ops", steps_of(H), frozenset({H, E}), 0.5)
    assert [s.action for s in second.steps] == [H]


def test_the_parser_numbers_and_describes_the_mended_steps(opinion):
    text = "every day at 9 check https://h.example.com/health and ping #ops when it looks off"
    model = opinion({(H, S): 0.95, (H, C, S): 0.02})
    mended = parse(text, {})
    assert model.asked == [(text, None)]
    assert mended.actions == [H, S] and mended.confidence == reading.MENDED_CONFIDENCE
    assert [(s.id, s.input_from) for s in mended.steps] == [("step_1", None), ("step_2", "step_1")]
    assert mended.description.startswith("Call the API and post to Slack")
    assert any(
        "second reading of the instruction dropped step 2 (check_status" in w
        for w in mended.warnings
    )


def test_the_second_reading_can_be_turned_off_or_pointed_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setenv("NL_MODEL_DIR", "off")
    assert second_opinion.shipped_model() is None
    monkeypatch.setenv("NL_MODEL_DIR", str(tmp_path))
    assert second_opinion.shipped_model() is None


@pytest.mark.parametrize(
    ("text", "config"),
    [
        ("any lane that logged 3 or more faults → tell the mechanic", ("$.faults", "gte", 3)),
        ("post orders above $10k to #sales", ("$.orders", "gt", 10000)),
        ("if 5+ tickets are open, email me", ("$.tickets", "gte", 5)),
        ("email anyone with $500 or more owed", ("$.owed", "gte", 500)),
        ("when the queue is longer than usual, page me", ("$.queue", "equals", "longer")),
    ],
)
def test_a_measured_test_is_read_with_or_without_its_marker(text, config):
    step = added_step(C, text, steps_of(H, E), 1)
    assert (step.config["field"], step.config["operator"], step.config["value"]) == config
