"""Round 44: a clock time placed by the period right after it ("quarter past six in the morning
and quarter past two in the afternoon"), a number hyphened to a noun naming the kind of thing an
event is about ("buys a 10-class pass"), "that list" as a demonstrative object, and "starting
now" / "from now on" as talk about when the workflow begins."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, read


def _unread_warnings(text: str) -> list[str]:
    return [w for w in parse(text, {}).warnings if "not understood" in w]


# "<time> in the morning and <time> in the afternoon": each period places its own time.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At quarter past six in the morning and quarter past two in the afternoon, every"
            " day, fetch the collection routes from https://routes.example-recycling.gov/api/today"
            " and push them to the drivers' tablet webhook.",
            ("15 6,14 * * *", ["http.request", "webhook.post"]),
        ),
        (
            "Every weekday at half past seven in the morning and half past four in the"
            " afternoon, check https://status.example.com/api/health and post the result to #ops.",
            ("30 7,16 * * 1-5", ["http.request", "slack.post_message"]),
        ),
        (
            "Daily at 7:30 in the evening and 6:30 in the morning, pull the sensor readings from"
            " https://api.example-farm.io/readings and email them to grower@example-farm.io.",
            ("30 6,19 * * *", ["http.request", "email.send"]),
        ),
        (
            "Each day at nine in the morning and six in the evening, post the queue length from"
            " https://queue.example.net/api/stats to #support.",
            ("0 9,18 * * *", ["http.request", "slack.post_message"]),
        ),
        (
            "At 7 in the evening and at 6 in the morning each day, text the on-call nurse the"
            " ward census via the SMS webhook.",
            ("0 6,19 * * *", ["webhook.post"]),
        ),
        (
            "On Saturdays, at quarter to nine in the morning and quarter to one in the afternoon,"
            " post the court bookings from https://courts.example-club.org/api/bookings in"
            " #members.",
            ("45 8,12 * * 6", ["http.request", "slack.post_message"]),
        ),
    ],
)
def test_a_period_right_after_a_time_places_that_time(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        # one period after the last of the times still places them all
        (
            "every day at 7:30 and 9:30 in the evening, email the stats to ops@example.com",
            "30 19,21 * * *",
        ),
        ("at 6:15 and 8:15 every morning, email the stats to ops@example.com", "15 6,8 * * *"),
        ("every day at 8 in the morning, email the stats to ops@example.com", "0 8 * * *"),
        ("every evening at 7:15, email the stats to ops@example.com", "15 19 * * *"),
        ("every day at 6am and 6pm, email the stats to ops@example.com", "0 6,18 * * *"),
    ],
)
def test_a_period_for_the_whole_schedule_is_unchanged(text, cron):
    assert read(text)[0] == cron


# "buys a 10-class pass": a number hyphened to a noun names which kind of thing, not a count.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "when someone buys a 10-class pass at the pole studio text them the door code thru"
            " the sms webhook",
            ["webhook.post"],
        ),
        (
            "When a client books a 6-week course at the pottery school, email them the materials"
            " list.",
            ["email.send"],
        ),
        (
            "whenever someone orders a 12-pack of cold brew, post the order in #fulfilment",
            ["slack.post_message"],
        ),
        (
            "When a guest books a 3-night stay, text them the check-in code via the SMS webhook.",
            ["webhook.post"],
        ),
        (
            "Once a member signs up for a 14-day trial, email them the getting-started guide.",
            ["email.send"],
        ),
        (
            "When a customer buys a 2-year warranty, POST the order to the warranty webhook.",
            ["webhook.post"],
        ),
    ],
)
def test_a_hyphened_number_names_a_kind_not_a_count(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.85


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a rating is a grade the event brings: still a test
        (
            "Whenever a customer leaves a 1-star review, post it in #cx-urgent and email the"
            " account manager.",
            ["check_status", "slack.post_message", "email.send"],
        ),
        (
            "When someone buys more than 10 passes, email sales@example-studio.com.",
            ["check_status", "email.send"],
        ),
        (
            "when a guest books 3 nights or more, email the front desk at desk@example-hotel.com",
            ["check_status", "email.send"],
        ),
    ],
)
def test_counts_and_grades_on_an_event_still_test(text, actions):
    assert read(text) == (None, actions)


# "send that list to …": "that" opening the object is a demonstrative, no relative clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Background: our commercial laundry signs hotel contracts through the sales team,"
            " and last quarter two big accounts lapsed because nobody noticed the contract end"
            " date until the linen stopped going out. So, starting now, on the 1st of each month"
            " at 9:40, please query Salesforce for hotel accounts whose contracts end in the next"
            " 45 days and send that list to the account managers at"
            " accounts@example-crispsheets.com. Much appreciated.",
            ("40 9 1 * *", ["salesforce.query", "email.send"]),
        ),
        (
            "Every Friday at 4pm, pull the overdue invoices from"
            " https://billing.example.com/api/overdue and post that list in #finance.",
            ("0 16 * * 5", ["http.request", "slack.post_message"]),
        ),
        (
            "Each morning at 8, query Salesforce for renewals due this month and email that"
            " set to renewals@example.com.",
            ("0 8 * * *", ["salesforce.query", "email.send"]),
        ),
        (
            "On Mondays at 9, get the new signups from https://app.example.io/api/signups and"
            " send that list to growth@example.io.",
            ("0 9 * * 1", ["http.request", "email.send"]),
        ),
        (
            "Daily at 6pm, fetch the open incidents from https://ops.example.net/api/incidents"
            " and forward that batch to the incident webhook.",
            ("0 18 * * *", ["http.request", "webhook.post"]),
        ),
    ],
)
def test_that_opening_the_object_is_a_demonstrative(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85


def test_a_relative_that_after_a_noun_still_picks_a_subset():
    text = (
        "every day at 9, fetch https://ci.example.com/api/jobs and post the jobs that failed to #ci"
    )
    assert read(text) == ("0 9 * * *", ["http.request", "check_status", "slack.post_message"])


# "starting now", "from now on", "going forward": when the workflow begins, which is now.
@pytest.mark.parametrize(
    "opening",
    [
        "Starting now,",
        "From now on,",
        "Going forward,",
        "Starting today,",
        "Effective immediately,",
    ],
)
def test_starting_now_is_talk_about_the_start(opening):
    text = (
        f"{opening} every Monday at 9, pull open tickets from https://help.example.com/api/open"
        " and post them to #ops."
    )
    assert read(text) == ("0 9 * * 1", ["http.request", "slack.post_message"])
    assert _unread_warnings(text) == []
    assert confidence_of(text) >= 0.9


def test_a_starting_thing_is_still_read():
    text = "Email the starting lineup to coach@example-fc.org every Saturday at 8am."
    assert read(text) == ("0 8 * * 6", ["email.send"])
