"""Round 53: a period's figures sent to an address are at hand, a report word that qualifies a
noun ("plot numbers") makes nothing, a day someone owns ("my Monday mornings") is not the run's,
what the workflow is worth ("It would save …") is no step, and a pronoun's deed ("unless they
paid upfront") is a flag on the item."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Mon\u2013Fri at 4pm email tomorrow's rounds to crew@example-clearviewwindows.co.uk — "
            "scratch that, make it 3:30pm.",
            "30 15 * * 1-5",
            ["email.send"],
        ),
        (
            "Every weekday at 7am, email today's delivery runs to drivers@example-bakery.com.",
            "0 7 * * 1-5",
            ["email.send"],
        ),
        (
            "Each Friday at 4pm post next week's lesson timetable in #tutors.",
            "0 16 * * 5",
            ["slack.post_message"],
        ),
        (
            "send tomorrow's installation schedule to the site-board webhook every day at 6pm",
            "0 18 * * *",
            ["webhook.post"],
        ),
        (
            "At 8:30 on Mondays email this week's class timetables over to team@example-gym.com.",
            "30 8 * * 1",
            ["email.send"],
        ),
    ],
)
def test_period_figures_sent_to_an_address_are_at_hand(
    text: str, cron: str, actions: list[str]
) -> None:
    assert read(text) == (cron, actions)
    assert not any("no source was named" in d for d in doubts_of(text))


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # Figures handed to people, and the newest data wherever it goes, are still fetched.
        ("at 7am send the crew today's delivery runs", ["http.request", "email.send"]),
        (
            "every evening at 8pm, give each groomer their route for tomorrow",
            [
                "http.request",
                "email.send",
            ],
        ),
        (
            "Weekdays, hourly from 9am to 5pm, send the latest fuel prices to the pump-display "
            "webhook.",
            ["http.request", "webhook.post"],
        ),
        (
            "every morning at 6, post the current water temperatures in #lifeguards",
            [
                "http.request",
                "slack.post_message",
            ],
        ),
    ],
)
def test_figures_given_to_people_and_newest_data_are_still_fetched(
    text: str, actions: list[str]
) -> None:
    assert read(text)[1] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Deepdale Allotment Society: on the 3rd of each month at half past ten in the "
            "morning, email the plot rent invoices to "
            "plotholders@example-deepdaleallotments.org.uk; a fortnight later, check "
            "https://plots.example-deepdaleallotments.org.uk/api/payments and post the unpaid "
            "plot numbers in #committee.",
            ["email.send", "wait", "http.request", "check_status", "slack.post_message"],
        ),
        (
            "Every day at 9am, fetch https://x.example.com/api/graves and post the plot numbers "
            "in #grounds.",
            ["http.request", "slack.post_message"],
        ),
        (
            "Daily at 6pm pull https://x.example.com/api/boards and email the dashboard owners to "
            "ops@example.com.",
            ["http.request", "email.send"],
        ),
        (
            "Every Monday, get https://x.example.com/api/allotments and post the plot holders in "
            "#committee.",
            ["http.request", "slack.post_message"],
        ),
        (
            "Hourly, fetch https://x.example.com/api/charts and send the chart ids to the "
            "archive webhook.",
            ["http.request", "webhook.post"],
        ),
    ],
)
def test_report_word_that_qualifies_a_noun_makes_nothing(text: str, actions: list[str]) -> None:
    assert read(text)[1] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # A plot, chart or report of the data is still made.
        (
            "Every day at 9am, fetch https://x.example.com/api/sales and post a plot of them in "
            "#sales.",
            ["http.request", "generate_report", "slack.post_message"],
        ),
        (
            "Every day at 9am, fetch https://x.example.com/api/sales and post a report of the "
            "numbers in #sales.",
            ["http.request", "generate_report", "slack.post_message"],
        ),
    ],
)
def test_report_of_data_is_still_made(text: str, actions: list[str]) -> None:
    assert read(text)[1] == actions


_PIANO = (
    "I run a one-man piano tuning business and I'm forever scribbling addresses on the backs of "
    "receipts. Every Sunday at eight in the evening, could you pull next week's appointments "
    "from https://diary.example-truetonepianos.co.uk/api/appointments, extract the customer's "
    "address, piano make and access notes from each one, and email them to me at "
    "ben@example-truetonepianos.co.uk? It would save my Monday mornings."
)


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (_PIANO, "0 20 * * 0", ["http.request", "extract", "email.send"]),
        (
            "Every Friday at 5pm, fetch https://x.example.com/api/jobs and email them to "
            "a@example.com. That'd free up our Monday mornings.",
            "0 17 * * 5",
            ["http.request", "email.send"],
        ),
        (
            "On Thursdays at 6pm fetch https://x.example.com/api/rota and post it in #crew so "
            "their Saturday nights are planned.",
            "0 18 * * 4",
            ["http.request", "slack.post_message"],
        ),
        (
            "Every Sunday at 7pm email the week's orders from https://x.example.com/api/orders to "
            "me@example.com, so my Monday is calm.",
            "0 19 * * 0",
            ["http.request", "email.send"],
        ),
        (
            "Every weekday at noon, get https://x.example.com/api/menu and post it in #kitchen. "
            "This will spare the team hours.",
            "0 12 * * 1-5",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_owned_day_and_worth_said_last_are_not_the_run(
    text: str, cron: str, actions: list[str]
) -> None:
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7
    assert not any("named apart" in d or "not understood" in d for d in doubts_of(text))


def test_own_day_alone_is_still_the_run() -> None:
    # With no other day, the owned day is the only one there is.
    assert read("On our Monday mornings at 9am, email the rota to crew@example.com.")[0] == (
        "0 9 * * 1"
    )
    assert read("every Monday at 9am email the rota to crew@example.com")[0] == "0 9 * * 1"


@pytest.mark.parametrize(
    ("text", "field", "operator"),
    [
        (
            "After each house move, Two Oaks Removals should email the customer the final "
            "invoice unless they paid upfront.",
            "$.paid_upfront",
            "not_equals",
        ),
        ("When an invoice is created, email the client if they have paid.", "$.paid", "equals"),
        ("When an invoice is raised, email the client unless it is paid.", "$.paid", "not_equals"),
        (
            "When an order ships, email the buyer unless they opted out.",
            "$.opted_out",
            "not_equals",
        ),
        (
            "When a booking is made, email the guest a welcome pack if she signed up online.",
            "$.signed_up_online",
            "equals",
        ),
        (
            "When a tenant moves in, post in #lettings unless he has already paid in full.",
            "$.paid_in_full",
            "not_equals",
        ),
    ],
)
def test_pronoun_deed_is_a_flag_on_the_item(text: str, field: str, operator: str) -> None:
    result = parse(text, {})
    check = next(s for s in result.steps if s.action == "check_status")
    assert check.config["field"] == field
    assert check.config["operator"] == operator
    assert check.config["value"] is True
    assert result.confidence >= 0.7
    assert not doubts_of(text)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "After each house move, Two Oaks Removals should email the customer the final "
            "invoice unless they paid upfront.",
            ["check_status", "email.send"],
        ),
        ("After each house move, email the customer the final invoice.", ["email.send"]),
        ("When a customer signs up, email them a welcome pack.", ["email.send"]),
    ],
)
def test_pronoun_deed_leaves_the_actions(text: str, actions: list[str]) -> None:
    assert read(text)[1] == actions
