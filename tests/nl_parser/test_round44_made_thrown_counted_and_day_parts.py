"""Round 44: an idiom of making ("knock together a summary"), a thing thrown at a place ("fire
the scheduling ones at the webhook"), documents from a counted run of occasions ("the minutes
from the last twelve meetings"), and the data of a part of the day ("the morning's admissions")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read


# "knock together a summary", "whip up a digest": an idiom of making is "make" its object.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fridays 16:45 — grab the opportunities our wine reps closed-won this week out of"
            " Salesforce, knock together a summary by rep, post it in #trade-sales",
            ("45 16 * * 5", ["salesforce.query", "summarize", "slack.post_message"]),
        ),
        (
            "Every Monday at 9, pull last week's support tickets from the Zendesk API, whip up a"
            " summary and email it to cx@example.com.",
            ("0 9 * * 1", ["http.request", "summarize", "email.send"]),
        ),
        (
            "Each Friday at 5pm, grab the week's orders from https://shop.example.com/api/orders,"
            " throw together a report and email it to owner@example-shop.com.",
            ("0 17 * * 5", ["http.request", "generate_report", "email.send"]),
        ),
        (
            "At 8am every day, query Salesforce for yesterday's new leads, rustle up a quick"
            " digest and post it to #sales.",
            ("0 8 * * *", ["salesforce.query", "summarize", "slack.post_message"]),
        ),
        (
            "Fetch the open incidents from https://status.example.org/api/incidents, cobble"
            " together a report and send it to ops@example.org.",
            (None, ["http.request", "generate_report", "email.send"]),
        ),
        (
            "Get the quarter's deals out of Salesforce, draw up a report by region and email it"
            " to board@example.com.",
            (None, ["salesforce.query", "generate_report", "email.send"]),
        ),
    ],
)
def test_an_idiom_of_making_makes_its_object(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "put together" was known already, and stays as it was.
        (
            "Every Friday at 4:30pm, put together a recap of this week's volunteer hours and"
            " email it to coordinators@example-foodbank.org.",
            ("30 16 * * 5", ["summarize", "email.send"]),
        ),
        # an event whose verb happens to be "cooks up" is no step of making
        (
            "When the kitchen cooks up a new special, post it in #front-of-house.",
            (None, ["slack.post_message"]),
        ),
    ],
)
def test_other_togethers_and_ups_stay(text, expected):
    assert read(text) == expected


# "fire the scheduling ones at the webhook", "shoot the list over to ops@…": a thing thrown at
# a place is sent there.
_TOOLS = {"availableTools": ["http.request", "webhook.post", "slack.post_message"]}


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "every two hours grab the open student chats from"
            " https://chat.example-polyglotacademy.com/api/chats/open, sort them into billing,"
            " technical or scheduling, and fire the scheduling ones at the timetabling webhook",
            _TOOLS,
            ("0 */2 * * *", ["http.request", "classify", "check_status", "webhook.post"]),
        ),
        (
            "When a new lead comes in, fire it over to #sales-leads.",
            {},
            (None, ["slack.post_message"]),
        ),
        (
            "Pull the new sign-ups from https://app.example.io/api/signups and fling them at the"
            " onboarding webhook.",
            {},
            (None, ["http.request", "webhook.post"]),
        ),
        (
            "When a support email arrives, classify it as bug, billing or question and toss the"
            " billing ones over to billing@example.com.",
            {},
            (None, ["classify", "check_status", "email.send"]),
        ),
        (
            "Each Friday at 4pm, grab this week's invoices from https://books.example.com/api/"
            "invoices and chuck them into #finance.",
            {},
            ("0 16 * * 5", ["http.request", "slack.post_message"]),
        ),
        (
            "Every morning at 7, shoot the list of overdue loans from"
            " https://library.example.org/api/overdue to desk@example.org.",
            {},
            ("0 7 * * *", ["http.request", "email.send"]),
        ),
    ],
)
def test_a_thing_thrown_at_a_place_is_sent(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a webhook fired is still the webhook's post, as before
        (
            "Every 10 minutes, read the tank temperature from https://cellar.example.com/api/t"
            " and fire the glycol-boost webhook if it is above 21°C.",
            ("*/10 * * * *", ["http.request", "check_status", "webhook.post"]),
        ),
        # "fire off a quick note to …": a message named as the object, as before
        (
            "When a deploy finishes, fire off a quick note to releases@example.com.",
            (None, ["email.send"]),
        ),
    ],
)
def test_other_firing_stays(text, expected):
    assert read(text) == expected


# "read the minutes from the last twelve meetings": documents of a counted run of occasions are
# in the asker's hands, as "the 40 exit-interview notes" are; reading them fetches nothing.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Could you read the minutes from the residents' association's last twelve meetings,"
            " boil them down to a digest and email it to chair@example-residents.org?",
            ["summarize", "email.send"],
        ),
        (
            "Please read the notes from our last 8 board meetings, summarise the decisions and"
            " email them to secretary@example-club.org.",
            ["summarize", "email.send"],
        ),
        (
            "Take the feedback forms from the past three workshops, write a report on them and"
            " email it to training@example.com.",
            ["generate_report", "email.send"],
        ),
        (
            "Read the forty exit-interview notes HR collected, summarise them and send the"
            " summary to people@example.com.",
            ["summarize", "email.send"],
        ),
        (
            "Could you scan the transcripts of the last six town-hall sessions, extract every"
            " question asked and email the list to comms@example.gov?",
            ["extract", "email.send"],
        ),
    ],
)
def test_documents_of_counted_occasions_are_at_hand(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of time counted is no run of occasions: the records are fetched
        (
            "Read the error logs from the last 24 hours at https://logs.example.com/api/errors"
            " and summarise them for ops@example.com.",
            (None, ["http.request", "summarize", "email.send"]),
        ),
        # a ranking a source answers is fetched, as before
        (
            "Read the last 10 orders from https://shop.example.com/api/orders and post them in"
            " #orders.",
            (None, ["http.request", "slack.post_message"]),
        ),
    ],
)
def test_counted_time_and_rankings_still_fetch(text, expected):
    assert read(text) == expected


# "the morning's admissions", "this afternoon's deliveries": the data of a part of the day is
# dated data, read from the only source listed as "today's" is.
@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Each weekday at 12:30, summarise the morning's ward admissions and post the summary"
            " in #bed-management.",
            {"availableTools": ["http.request", "slack.post_message"]},
            ("30 12 * * 1-5", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "Every weekday at 13:00, recap this morning's walk-in appointments and email the"
            " recap to clinic@example.com.",
            {"availableTools": ["http.request", "email.send"]},
            ("0 13 * * 1-5", ["http.request", "summarize", "email.send"]),
        ),
        (
            "Each day at 18:30, post a summary of the afternoon's deliveries in #warehouse.",
            {"availableTools": ["http.request", "slack.post_message"]},
            ("30 18 * * *", ["http.request", "summarize", "slack.post_message"]),
        ),
        (
            "At 23:00 every night, send #night-desk this evening's door-staff incidents.",
            {"availableTools": ["http.request", "slack.post_message"]},
            ("0 23 * * *", ["http.request", "slack.post_message"]),
        ),
        (
            "Weekdays at noon, give the ward sisters a recap of the morning's discharges.",
            {"availableTools": ["http.request", "email.send"]},
            ("0 12 * * 1-5", ["http.request", "summarize", "email.send"]),
        ),
    ],
)
def test_data_of_a_part_of_the_day_is_read_from_the_only_source(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(
    "context",
    [{}, {"availableTools": ["slack.post_message"]}],
)
def test_no_source_listed_adds_no_fetch_for_a_part_of_the_day(context):
    text = (
        "Each weekday at 12:30, summarise the morning's ward admissions and post the summary in"
        " #bed-management."
    )
    assert read(text, context) == ("30 12 * * 1-5", ["summarize", "slack.post_message"])


# "send the list over to …": the particle after a noun object is the verb's, not a comparison.
@pytest.mark.parametrize(
    "text",
    [
        "Pull every Salesforce account tagged 'Dealer' and send the list over to ops@example.com.",
        "Query Salesforce for the renewals due this month and pass the list along to"
        " renewals@example.com.",
    ],
)
def test_a_particle_after_the_object_picks_nothing(text):
    assert read(text) == (None, ["salesforce.query", "email.send"])
