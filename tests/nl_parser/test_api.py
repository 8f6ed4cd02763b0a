"""The public API: input checking, the result's fields and its JSON shape."""

import pytest

from nl_parser import InstructionError, ParseResult, parse


@pytest.mark.parametrize("bad", [None, 42, ["text"], "", "    ", "hi", "  abcd  "])
def test_short_or_non_string_instructions_are_refused(bad):
    with pytest.raises(InstructionError):
        parse(bad)
    assert issubclass(InstructionError, ValueError)


def test_to_dict_has_the_workflow_shape():
    result = parse(
        "Every Monday at 9am, pull the latest sales data, generate a report, and email it to "
        "a@example.com"
    )
    assert isinstance(result, ParseResult)
    data = result.to_dict()
    assert set(data) == {
        "type",
        "name",
        "description",
        "steps",
        "confidence",
        "source",
        "schedule",
        "definition",
        "warnings",
    }
    assert data["type"] in ("template", "generated")
    assert data["source"] in ("template", "heuristic", "ai-generated")
    assert data["schedule"] == {"cron_expression": "0 9 * * 1", "timezone": "UTC"}
    assert data["definition"]["nodes"] == data["steps"]
    assert data["definition"]["outputs"] == {}
    assert data["definition"]["inputs"]["type"] == "object"
    assert data["steps"][0] == {"id": "step_1", "type": "integration", "action": "salesforce.query"}
    assert data["name"] == "Weekly Sales Report"
    assert 0 <= data["confidence"] <= 1
    assert result.parse_time_ms > 0


def test_no_schedule_words_give_a_null_schedule():
    assert parse("Email the report to a@example.com").to_dict()["schedule"] is None


def test_names_are_short_and_derived_from_the_text():
    result = parse("Every day at 6pm, fetch exchange rates from the rates API " + "and more " * 80)
    assert 1 <= len(result.name) <= 200
    assert "Exchange Rates" in result.name
    assert result.description


def test_the_library_imports_no_web_or_database_code():
    import subprocess
    import sys

    code = (
        "import sys, nl_parser; nl_parser.parse('Every day at 9am email a@example.com');"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('flask', 'peewee', 'huey', 'service')]; print(bad); sys.exit(bool(bad))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
