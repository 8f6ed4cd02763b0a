"""Round 71: a thing handed "to a new hire" (a role one joins) goes to a newcomer, the event's
own receiver, not an odd place that says which events count; "the names" (or titles, addresses)
of what was fetched is a field of every item, not a kind picking some; and a gerund before
"changes" or "updates" ("the sailing changes") names what changed, not a state."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, Q, C = (
    "http.request",
    "email.send",
    "slack.post_message",
    "salesforce.query",
    "check_status",
)

# "ships a laptop to a new hire": read as "from a new country" is, it tested $.hire == "new".
TO_A_NEWCOMER = [
    (
        "whenever corvid it services ships a laptop to a new hire, dm the hire's manager in slack"
        " and email the hire the tracking number",
        (None, [S, E]),
    ),
    (
        "whenever the club sends a welcome pack to a new member, email the member the club rules",
        (None, [E]),
    ),
    (
        "When HR assigns a buddy to a new starter, post the buddy's name in #people and email"
        " the starter the first-week plan.",
        (None, [S, E]),
    ),
    (
        "Each time facilities hands a desk to a new employee, DM the employee's manager in Slack.",
        (None, [S]),
    ),
    (
        "Whenever the letting agent gives the keys to a new tenant, email the tenant the house"
        " rules.",
        (None, [E]),
    ),
    (
        "whenever the school issues a laptop to a new pupil, email the pupil's parents the login"
        " details",
        (None, [E]),
    ),
]

# "post the names in #bizdev": a field read off each item fetched, as "the numbers" is.
FIELDS_OF_EACH = [
    (
        "One time only \u2014 query Salesforce for every Brightmoor Architects client account in"
        " Scotland with no activity since January, and post the names in #bizdev.",
        (None, [Q, S]),
    ),
    (
        "Query Salesforce for every account in Wales with no open case, and post the names in #cx.",
        (None, [Q, S]),
    ),
    (
        "Pull the open roles from https://jobs.example-corvid.com/api/roles and post the titles"
        " in #hiring.",
        (None, [H, S]),
    ),
    (
        "One-off: pull the vendors from https://ap.example-fernleaf.com/api/vendors and send the"
        " addresses to accounts@example-fernleaf.com.",
        (None, [H, E]),
    ),
    (
        "Once only: query Salesforce for every open opportunity in the Northern region closing"
        " this quarter, and email the names to sales@example-brightmoor.com.",
        (None, [Q, E]),
    ),
    (
        "Every Monday at 9am, fetch the new articles from https://news.example-tarn.com/api/feed"
        " and post the headlines in #newsroom.",
        ("0 9 * * 1", [H, S]),
    ),
]

# "the sailing changes": the gerund says what changed, as "the parking instructions" does.
KINDS_OF_CHANGE = [
    (
        "Post the sailing changes from https://timetable.example-skerryferries.co.uk/api/changes"
        " in #deckhands every day at 5am \u2014 scratch that, 4:40.",
        ("40 4 * * *", [H, S]),
    ),
    (
        "Post the sailing changes from https://timetable.example-skerryferries.co.uk/api/changes"
        " in #deckhands every day at 4:40am.",
        ("40 4 * * *", [H, S]),
    ),
    (
        "Every Monday at 8am, post the ticketing changes from"
        " https://box.example-lyric.co.uk/api/changes in #front-of-house.",
        ("0 8 * * 1", [H, S]),
    ),
    (
        "Send the boarding announcements from https://gate.example-skerryair.com/api/news to"
        " #gate-crew every morning at 6.",
        ("0 6 * * *", [H, S]),
    ),
    (
        "Every Friday at 4pm, email the catering updates from"
        " https://venue.example-ashgrove.com/api/updates to events@example-ashgrove.com.",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Every weekday at 7:30, send the cleaning notices from"
        " https://estate.example-tarnhousing.co.uk/api/board to #caretakers.",
        ("30 7 * * 1-5", [H, S]),
    ),
]

# Near cases: an unfamiliar place, a kind of item named alone, and a state before "changes".
UNCHANGED = [
    ("whenever someone logs in from a new country, email security@example.com", (None, [C, E])),
    ("When an order ships to a new address, post it in #fraud.", (None, [C, S])),
    (
        "Grab the NPS responses from https://survey.example.com/api/nps and send the detractors"
        " to #cx.",
        (None, [H, C, S]),
    ),
    (
        "Post the pending changes from https://git.example-tarn.com/api/changes in #reviews every"
        " day at 9am.",
        ("0 9 * * *", [H, C, S]),
    ),
    (
        "Post the failing builds from https://ci.example-tarn.com/api/builds in #ci every day at"
        " 9am.",
        ("0 9 * * *", [H, C, S]),
    ),
    (
        "Post the breaking changes from https://git.example-tarn.com/api/changes in #dev every"
        " day at 9am.",
        ("0 9 * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TO_A_NEWCOMER)
def test_a_thing_handed_to_a_newcomer_is_the_event_itself(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), FIELDS_OF_EACH)
def test_a_field_of_each_item_delivered_picks_none_of_them(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), KINDS_OF_CHANGE)
def test_a_gerund_before_changes_names_what_changed(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
