"""The optional LLM: a valid answer is used, any failure falls back to the built-in parser."""

import json

import pytest

from nl_parser import parse

TEXT = "Every Monday at 9am, query Salesforce for leads and email them to a@example.com"
GOOD = {
    "name": "Weekly Leads Email",
    "description": "Query leads and email them",
    "steps": [
        {"id": "step_1", "type": "integration", "action": "salesforce.query"},
        {
            "id": "step_2",
            "type": "integration",
            "action": "email.send",
            "config": {"to": ["a@example.com"]},
            "input_from": "step_1",
        },
    ],
    "schedule": {"cron_expression": "0 9 * * 1", "timezone": "UTC"},
}


def answering(text):
    calls = []

    def llm(system, user, timeout_s):
        calls.append((system, user, timeout_s))
        return text

    llm.calls = calls
    return llm


def test_a_valid_answer_is_used_and_marked_ai_generated():
    llm = answering("```json\n" + json.dumps(GOOD) + "\n```")
    result = parse(TEXT, llm=llm)
    assert result.source == "ai-generated"
    assert result.type == "generated"
    assert result.name == "Weekly Leads Email"
    assert result.actions == ["salesforce.query", "email.send"]
    assert result.confidence >= 0.9  # the grammar agrees with it
    system, user, timeout_s = llm.calls[0]
    assert "salesforce.query" in system and TEXT in user and timeout_s > 0


def test_garbage_falls_back_to_the_heuristic_parser():
    result = parse(TEXT, llm=answering("Sure! Here is your workflow: step one, pull leads."))
    assert result.source in ("heuristic", "template")
    assert result.actions == ["salesforce.query", "email.send"]
    assert any("LLM" in w for w in result.warnings)


def test_an_exception_falls_back_to_the_heuristic_parser():
    def broken(system, user, timeout_s):
        raise TimeoutError("no answer in time")

    result = parse(TEXT, llm=broken)
    assert result.source in ("heuristic", "template")
    assert any("no answer in time" in w for w in result.warnings)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["steps"][0].update(action="salesforce.delete"),
        lambda d: d["steps"][0].update(type="robot"),
        lambda d: d["steps"][1].update(id="two"),
        lambda d: d["steps"][1].update(input_from="step_9"),
        lambda d: d["steps"][1].update(extra=True),
        lambda d: d.update(schedule={"cron_expression": "0 9 * * 1 *", "timezone": "UTC"}),
        lambda d: d.update(schedule={"cron_expression": "0 25 * * 1", "timezone": "UTC"}),
        lambda d: d.update(schedule={"cron_expression": "0 9 * * 1", "timezone": "Mars/Base"}),
        lambda d: d.update(steps=[]),
        lambda d: d.update(name=""),
        lambda d: d["steps"].append(
            {"id": "step_3", "type": "condition", "action": "evaluate", "config": {"field": "x"}}
        ),
    ],
)
def test_invalid_answers_are_rejected(mutate):
    data = json.loads(json.dumps(GOOD))
    mutate(data)
    result = parse(TEXT, llm=answering(json.dumps(data)))
    assert result.source != "ai-generated"


def test_an_answer_outside_available_tools_is_rejected():
    result = parse(
        TEXT, {"availableTools": ["http.request", "email.send"]}, llm=answering(json.dumps(GOOD))
    )
    assert result.source != "ai-generated"
    assert result.actions[0] == "http.request"
