"""Round 43: a counted batch taken or read through is the run's data ("take the dockets (about
140 PDFs)", "read through the 40 transcripts"); a message got into a place is sent ("get a
'last orders' shout in #bar"); a gerund before a noun of time or manner names a kind of thing
("the winter opening hours"), not a state that picks some out."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read


def _sure(text: str) -> tuple:
    """Return (cron, actions) for text, checking the answer carries no doubt."""
    result = parse(text, {})
    assert result.confidence >= 0.7, result.warnings
    assert not [w for w in result.warnings if w.startswith("uncertain:")], result.warnings
    return (result.schedule.cron_expression if result.schedule else None), result.actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # the miss (heldout109/15)
        (
            "Take last month's milk collection dockets (about 140 PDFs), extract the farm ID, "
            "litres collected and butterfat % from each, and post the results to the "
            "milk-payments webhook.",
            ["extract", "webhook.post"],
        ),
        # the miss (heldout110/27)
        (
            "Please read through the 40 exit-interview transcripts from last quarter, summarise "
            "the recurring themes and send the summary to people-ops@example-logistics.com.",
            ["summarize", "email.send"],
        ),
        # the count before the noun, another verb after
        (
            "Take these 75 signed volunteer waivers, pull out each volunteer's name and "
            "emergency contact, and email the list to desk@example-harbour.org.",
            ["extract", "email.send"],
        ),
        # the count in brackets, a classification after
        (
            "Take this spring's planning objections (roughly 300 letters), sort each into "
            "traffic, noise or design, and build a report for #planning.",
            ["classify", "generate_report", "slack.post_message"],
        ),
        # "read over", a count with a thousands comma
        (
            "Read over the 1,200 survey comments from the open day, summarize the main "
            "complaints and post the summary in #open-day.",
            ["summarize", "slack.post_message"],
        ),
        # "read" with a count and no "through"
        (
            "Could you read the 60 vet discharge notes from the spring clinic, extract each "
            "animal's name and follow-up date, and email them to reception@example-vets.com?",
            ["extract", "email.send"],
        ),
        # "read through" with no count: reading through, as going through, names the items
        (
            "Read through the ward handover notes from the weekend, summarise any safety "
            "concerns and email the summary to matron@example-hospital.nhs.uk.",
            ["summarize", "email.send"],
        ),
    ],
)
def test_a_batch_taken_or_read_through_is_no_fetch(text, actions):
    assert _sure(text) == (None, actions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a batch read from a named source is still fetched
        (
            "Read the 50 newest tickets from https://desk.example.com/api/tickets and "
            "summarise them for #support.",
            (None, ["http.request", "summarize", "slack.post_message"]),
        ),
        # taking the data of a period on a schedule still fetches it (round 29)
        (
            "Fridays 5pm: take today's orders, summarize them and email them to shop@example.com",
            ("0 17 * * 5", ["http.request", "summarize", "email.send"]),
        ),
        # a ranking by count is chosen at the source
        (
            "Every Monday at 9, read the 10 latest reviews from https://shop.example.com/api/"
            "reviews and post them in #reviews.",
            ("0 9 * * 1", ["http.request", "slack.post_message"]),
        ),
    ],
)
def test_a_counted_fetch_from_a_source_still_fetches(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the miss (heldout109/37)
        (
            "hey can we get a 'last orders in 15 min' shout in #bar-staff fri + sat nights at "
            "22:45?",
            ("45 22 * * 5,6", ["slack.post_message"]),
        ),
        (
            "Every weekday at 8:55, get a 'doors open in 5' message into #front-desk.",
            ("55 8 * * 1-5", ["slack.post_message"]),
        ),
        (
            'Could we get a "please submit your timesheets" reminder out to '
            "staff@example-studio.com every Friday at 10am?",
            ("0 10 * * 5", ["email.send"]),
        ),
        (
            "On the 1st of each month at 9am, get a quick 'rent is due' note to the tenants "
            "webhook.",
            ("0 9 1 * *", ["webhook.post"]),
        ),
        (
            "At 16:30 on Sundays can you get a friendly 'kitchen closes at 5' heads-up in "
            "#cafe-team",
            ("30 16 * * 0", ["slack.post_message"]),
        ),
    ],
)
def test_a_message_got_into_a_place_is_sent(text, expected):
    assert _sure(text) == expected


def test_getting_data_still_fetches():
    assert read(
        "Every hour, get the queue length from https://mq.example.com/api/depth and post it in "
        "#ops."
    ) == ("0 * * * *", ["http.request", "slack.post_message"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the miss (heldout107/17)
        (
            "Every year on 1 November at 9am, email the winter opening hours to "
            "members@example-golfclub.com.",
            ("0 9 1 11 *", ["email.send"]),
        ),
        (
            "On 20 December at 10am, post the holiday closing times in #front-of-house.",
            ("0 10 20 12 *", ["slack.post_message"]),
        ),
        (
            "Every Monday at 8, email the new visiting hours to families@example-care.org.",
            ("0 8 * * 1", ["email.send"]),
        ),
        (
            "Send the updated parking instructions to the events webhook at 7am on Saturdays.",
            ("0 7 * * 6", ["webhook.post"]),
        ),
        (
            "Every year on 1 March at 9am, share the summer trading hours with #shop-floor.",
            ("0 9 1 3 *", ["slack.post_message"]),
        ),
    ],
)
def test_a_gerund_before_a_noun_of_time_or_manner_picks_nothing(text, expected):
    assert _sure(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state before a plural of items still picks a subset
        (
            "Every morning at 7, email the failing builds to ci@example.com.",
            ("0 7 * * *", ["http.request", "check_status", "email.send"]),
        ),
        (
            "Send the pending refunds to #finance every day at 5pm.",
            ("0 17 * * *", ["http.request", "check_status", "slack.post_message"]),
        ),
    ],
)
def test_a_state_before_items_still_picks_a_subset(text, expected):
    assert read(text) == expected
