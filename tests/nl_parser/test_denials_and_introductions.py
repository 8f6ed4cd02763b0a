"""Round 20's constructions (heldout45-46): a writer introducing themselves, a contraction before
the verb, a subset noun its source already names, a day after "booked for", and a place denied
("Sorry, #platform, not #eng")."""

import pytest

from nl_parser import parse
from nl_parser.verbs import main_verb


@pytest.mark.parametrize(
    "intro",
    ["I run marketing for a small SaaS company.", "We're a three-person support team.", ""],
)
def test_who_asks_is_no_step(intro):
    result = parse(
        f"Hi! {intro} Every Monday at 8am I'd like you to pull last week's campaign results "
        "from https://ads.example.com/api/campaigns/last-week and email it to m@example.com."
    )
    assert result.actions == ["http.request", "email.send"]
    assert result.confidence >= 0.85


def test_a_contraction_before_the_verb_is_a_lead_in():
    assert main_verb("I'd like you to pull the numbers")[0] == "pull"
    assert main_verb("we\u2019d like you to email them")[0] == "email"


def test_a_subset_noun_the_source_names_is_no_test():
    result = parse(
        "At 17:00 every Friday, email the week's timesheet exceptions from "
        "https://hr.example.com/api/timesheets/exceptions to managers@example.com."
    )
    assert result.actions == ["http.request", "email.send"]


def test_a_subset_noun_the_source_does_not_name_is_still_a_test():
    result = parse(
        "Every Friday, email the timesheet exceptions from https://hr.example.com/api/timesheets "
        "to managers@example.com."
    )
    assert result.actions == ["http.request", "check_status", "email.send"]


@pytest.mark.parametrize(
    "text, cron",
    [
        (
            "Every Friday at 3pm, email the cleaning crew at cleaning@example.com the list of "
            "rooms booked for Saturday from https://rooms.example.com/api/bookings/saturday.",
            "0 15 * * 5",
        ),
        (
            "Every Thursday at 4pm, post the shifts scheduled for next Monday in #crew.",
            "0 16 * * 4",
        ),
        ("Every Friday at 2pm, email the menu for Sunday to chefs@example.com.", "0 14 * * 5"),
    ],
)
def test_a_day_after_booked_for_names_the_data(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.confidence >= 0.85


def test_the_only_day_after_a_noun_stays_the_run_with_a_doubt():
    result = parse("Post the rota for Saturday at 9am in #crew.")
    assert result.schedule.cron_expression == "0 9 * * 6"
    assert any("'rota for Saturday' may say which items" in w for w in result.warnings)
    assert result.confidence < 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Post the daily uptime numbers from https://status.example.com/api/uptime to #eng at "
        "9am every day. Sorry, #platform, not #eng.",
        "Post the daily uptime numbers from https://status.example.com/api/uptime to #eng at "
        "9am every day. #platform, not #eng.",
        "Post the daily uptime numbers from https://status.example.com/api/uptime to #eng at "
        "9am every day. Make that #platform.",
        "Post the daily uptime numbers from https://status.example.com/api/uptime to "
        "#platform, not #eng, at 9am every day.",
    ],
)
def test_a_place_denied_is_no_delivery(text):
    result = parse(text)
    assert result.actions == ["http.request", "slack.post_message"]
    assert result.steps[1].config["channel"] == "#platform"
    assert result.schedule.cron_expression == "0 9 * * *"
