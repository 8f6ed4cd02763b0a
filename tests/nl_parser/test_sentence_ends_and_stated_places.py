"""Constructions found by heldout47-50: "6am." ends its sentence (only "a.m." keeps the dot), and
a source or address stated after "and" in that next sentence belongs to the steps before it."""

import pytest

from nl_parser import parse

H, Z, E = "http.request", "summarize", "email.send"


def test_a_source_and_an_address_stated_after_a_time_and_a_full_stop():
    result = parse(
        "Send the shift leads a summary of weekend incidents every Monday at 7am. The incidents "
        "are at https://x.example.com/api/incidents and their list is leads@example.com."
    )
    assert result.schedule.cron_expression == "0 7 * * 1"
    assert result.actions == [H, Z, E]
    assert result.steps[-1].config["to"] == ["leads@example.com"]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text, cron",
    [
        ("Every day at 6 a.m. post the rota in #ops.", "0 6 * * *"),
        ("Every day at 6pm. Post the rota in #ops.", "0 18 * * *"),
    ],
)
def test_the_dot_after_am_or_pm(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.actions == ["slack.post_message"]


def test_you_can_pull_it_from_names_the_source_first():
    result = parse(
        "The call sheet goes to crew@example.com every evening at 8:30pm. You can pull it from "
        "https://x.example.com/api/callsheet."
    )
    assert result.actions == [H, E]
