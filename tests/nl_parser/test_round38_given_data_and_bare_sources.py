"""Round 38: data given to people ("give the presenters the latest incidents"), the newest data
read off a feed, bare data named with its source ("new leads in salesforce → …"), a medium
named as a noun in the story ("buried in email") and four-word headings before a schedule."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "every morning at 6, give the lifeguards the current water temperatures",
            ["http.request", "email.send"],
        ),
        (
            "hand the bus drivers the latest road closures at 5am on weekdays",
            ["http.request", "email.send"],
        ),
        (
            "Every weekday at 5:30am — give the ward clerks the newest admissions.",
            ["http.request", "email.send"],
        ),
        (
            "give me the most recent exchange rates every hour in #fx",
            ["http.request", "slack.post_message"],
        ),
        (
            "at 4pm on weekdays, give each courier their route for tomorrow",
            ["http.request", "email.send"],
        ),
        ("at 7am send the crew today's delivery runs", ["http.request", "email.send"]),
    ],
)
def test_data_given_to_people_is_fetched_then_sent(text: str, actions: list[str]) -> None:
    assert read(text)[1] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # An allowance of time is a wait, a call is no data, a version of a thing is at hand.
        ("every friday at 4pm, give the hiring team 2 days to review it", ["wait"]),
        (
            "every friday, post the latest version of the handbook to #all",
            ["slack.post_message"],
        ),
        ("every monday, post the day's parking rota in #ops", ["slack.post_message"]),
    ],
)
def test_time_allowed_and_things_at_hand_fetch_nothing(text: str, actions: list[str]) -> None:
    assert read(text)[1] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "open opportunities in Salesforce → every morning at 8 → summarise them → #sales",
            ["salesforce.query", "summarize", "slack.post_message"],
        ),
        (
            "yesterday's closed deals from salesforce; every day at 9am; post them to #wins",
            ["salesforce.query", "slack.post_message"],
        ),
        (
            "failed payments at https://pay.example.com/api/failed — every hour — email them "
            "to billing@shop.example.com",
            ["http.request", "email.send"],
        ),
        (
            "the new leads from the CRM: every 30 minutes, classify each as hot or cold and "
            "post the hot ones in #sales",
            ["salesforce.query", "classify", "check_status", "slack.post_message"],
        ),
        (
            "stale tickets in our CRM (every monday 9am) -> summarise -> #support",
            ["salesforce.query", "summarize", "slack.post_message"],
        ),
    ],
)
def test_bare_data_with_its_source_is_fetched(text: str, actions: list[str]) -> None:
    assert read(text)[1] == actions
    assert parse(text, {}).confidence >= 0.85


def test_unknown_verb_before_a_source_keeps_its_doubt() -> None:
    result = parse("purge stale sessions at https://x.example.com/sessions every night", {})
    assert result.actions == ["http.request"]
    assert result.confidence < 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Our nurses keep missing the stock warnings because they're buried in email. Check "
        "https://x.example.com/stock every 2 hours and post in #ward whenever any item falls "
        "below 5.",
        "My drivers drown under a pile of email. Poll https://x.example.com/routes hourly and "
        "post in #drivers when any route is longer than 50 miles.",
        "we're flooded with e-mail all day! every hour, check https://x.example.com/queue and "
        "post in #ops if the queue is longer than 100.",
    ],
)
def test_medium_named_as_a_noun_in_the_story_sends_nothing(text: str) -> None:
    assert read(text)[1] == ["http.request", "check_status", "slack.post_message"]


def test_story_asking_for_an_email_still_sends_one() -> None:
    text = (
        "Our nurses keep missing the stock warnings, please email them. Check "
        "https://x.example.com/stock every 2 hours."
    )
    assert read(text)[1][0] == "email.send"


def test_four_word_heading_before_a_schedule_is_blanked() -> None:
    result = parse(
        "Late night pizza vans: every evening at 8pm, give each driver their route for tomorrow.",
        {},
    )
    assert result.actions == ["http.request", "email.send"]
    assert cron_of("Late night pizza vans: every evening at 8pm, email the team.") == "0 20 * * *"
    assert not any("not understood" in w for w in result.warnings)
