"""Round 63: a kind named after the noun sent ("the requests for kids' classes") is the subset
"everything else" is left from, "the smaller ones" is the rest of a comparison, a verbless state
with a date window ("couples with a wedding date in the next six months →") is a test, and a
question whether any items exist, answered by "if so", is the test that step is under."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, SF, C = (
    "http.request",
    "email.send",
    "slack.post_message",
    "salesforce.query",
    "check_status",
)
SF_SLACK = {"availableTools": [SF, S]}
SF_EMAIL_SLACK = {"availableTools": [SF, E, S]}

# "email the requests for kids' classes to … and post everything else in …": what the items are
# for or about, after the noun, is the kind sent first; the rest gets the test turned around.
KIND_AFTER_THE_NOUN = [
    (
        "When a trial class request comes in at Steps Ahead Dance Studio, email the requests for"
        " kids' classes to kids@example-stepsaheaddance.com and post everything else in"
        " #adult-classes.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "When a support ticket comes in, forward the tickets about billing to"
        " billing@example.com and post the rest in #support.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "When a new order arrives, send the orders for gift cards to giftcards@example.com and"
        " post all the others in #orders.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "Whenever a booking request comes in, post the requests for group tours in #groups and"
        " email everything else to desk@example.com.",
        {},
        (None, [C, S, C, E]),
    ),
    (
        "When a ticket arrives, forward the tickets about billing to billing@example.com, the"
        " rest to #support.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "Every day at 9, pull new enquiries from https://api.example.com/enquiries, email the"
        " enquiries about weddings to events@example.com and post everything else in"
        " #enquiries.",
        {},
        ("0 9 * * *", [H, C, E, C, S]),
    ),
]

# "anything over £250k, email to …; the smaller ones, one line each in #workshop": a comparative
# before "ones" names the other side of the comparison before it.
COMPARED_ONES = [
    (
        "Mondays, 10:20 — Tallis & Greaves Organ Builders. Pull every open deal from Salesforce;"
        " anything with a contract value over £250k, email to"
        " partners@example-tallisgreaves.co.uk; the smaller ones, one line each in #workshop.",
        {},
        ("20 10 * * 1", [SF, C, E, C, S]),
    ),
    (
        "Every Friday at 4pm, pull open invoices from https://api.example.com/invoices; anything"
        " over $10,000, email to finance@example.com; the smaller ones, one line each in #ar.",
        {},
        ("0 16 * * 5", [H, C, E, C, S]),
    ),
    (
        "Daily at 8am, fetch yesterday's orders from https://shop.example.com/api/orders. Orders"
        " above 500 units go to ops@example.com by email; the smaller ones go in #orders.",
        {},
        ("0 8 * * *", [H, C, E, C, S]),
    ),
    (
        "Mondays at 10, pull every open deal from Salesforce; anything with a contract value over"
        " $1m, email to board@example.com; the cheaper ones, a line apiece in #sales.",
        {},
        ("0 10 * * 1", [SF, C, E, C, S]),
    ),
    (
        "Every hour, get the deliveries from https://api.example.com/deliveries; if the delay is"
        " more than 30 minutes, email dispatch@example.com; the shorter ones, a note each in"
        " #drivers.",
        {},
        ("0 * * * *", [H, C, E, C, S]),
    ),
]

# "Couples with a wedding date in the next six months → email …; the rest → …": a verbless
# state after the fetch is a test, its date window counted as one thing said.
DATE_WINDOW_STATES = [
    (
        "Daily at 18:30, grab today's new enquiries for Bramblecote Barn Weddings from the CRM."
        " Couples with a wedding date in the next six months → email"
        " events@example-bramblecotebarn.co.uk; the rest → DM Sophie on Slack.",
        SF_EMAIL_SLACK,
        ("30 18 * * *", [SF, C, E, C, S]),
    ),
    (
        "Daily at noon, grab new leads from the CRM. Leads with a demo date in the next week → DM"
        " Priya on Slack; the rest → email sales@example.com.",
        {},
        ("0 12 * * *", [SF, C, S, C, E]),
    ),
    (
        "Every morning at 7, pull open orders from https://api.example.com/orders. Orders with a"
        " delivery date in the next three days → post in #dispatch; the rest → email"
        " planning@example.com.",
        {},
        ("0 7 * * *", [H, C, S, C, E]),
    ),
    (
        "Each Monday at 9am, fetch the accounts from Salesforce. Accounts with a renewal date"
        " within the next 60 days → email renewals@example.com; everything else → #accounts.",
        {},
        ("0 9 * * 1", [SF, C, E, C, S]),
    ),
    (
        "Every weekday at 7am, get the bookings from https://api.example.com/bookings. Guests with"
        " an arrival date in the next two days → email frontdesk@example.com; everything else →"
        " post in #reservations.",
        {},
        ("0 7 * * 1-5", [H, C, E, C, S]),
    ),
]

# "are there any … leads who …? If so, shout about them in #brokers": whether any items exist,
# asked and answered by "if so", is the test the step is under (and the data it needs fetched).
ASKED_IF_ANY = [
    (
        "Weekdays at noon: are there any Quayside Boat Sales leads in the CRM who asked for a sea"
        " trial and still haven't had a callback after 48 hours? If so, shout about them in"
        " #brokers.",
        SF_SLACK,
        ("0 12 * * 1-5", [SF, C, S]),
    ),
    (
        "Every hour: are there any failed jobs in Jenkins? If so, post them in #ops.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Each morning at 8, is anyone still on the waitlist at the clinic? If so, email the list"
        " to front@example.com.",
        {},
        ("0 8 * * *", [H, C, E]),
    ),
    (
        "Weekdays at 5pm: are there any open tickets in Zendesk older than 3 days? If yes, post a"
        " reminder in #support.",
        {},
        ("0 17 * * 1-5", [H, C, S]),
    ),
    (
        "Every Monday at 9: is there anything in the returns queue older than a week? If so,"
        " email returns@example.com.",
        {},
        ("0 9 * * 1", [H, C, E]),
    ),
]

# The constructions without what makes them a test keep their reading.
UNCHANGED = [
    # a kind after the noun with no remainder picks nothing
    (
        "When a trial class request comes in at Steps Ahead Dance Studio, email the requests for"
        " kids' classes to kids@example-stepsaheaddance.com.",
        (None, [E]),
    ),
    # no kind named: the remainder has nothing to be left from
    (
        "When a trial class request comes in at Steps Ahead Dance Studio, email the requests to"
        " kids@example-stepsaheaddance.com and post everything else in #adult-classes.",
        (None, [E, S]),
    ),
    # a question with no "if so" after it is not read as a test
    (
        "Every hour: are there any failed jobs in Jenkins? Post them in #ops.",
        ("0 * * * *", [H, S]),
    ),
    # a short verbless state reads as before
    (
        "Daily at 18:30, grab today's new enquiries from the CRM. Enquiries with a budget over"
        " 5000 → email events@example.com; the rest → DM Sophie on Slack.",
        ("30 18 * * *", [SF, C, E, C, S]),
    ),
    # a long verbless phrase that says no state stays untested
    (
        "Daily at 9, grab new enquiries from the CRM. Enquiries from couples planning a wedding in"
        " the next six months → email events@example.com.",
        ("0 9 * * *", [SF, E]),
    ),
]


def _paraphrases(cases):
    """Return the cases after the first (the miss itself, whose other words cost confidence)."""
    return [(text, context) for text, context, _ in cases[1:]]


@pytest.mark.parametrize(("text", "context", "expected"), KIND_AFTER_THE_NOUN)
def test_a_kind_after_the_noun_is_the_subset_the_rest_is_left_from(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), COMPARED_ONES)
def test_the_comparative_ones_are_the_rest_of_a_comparison(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), DATE_WINDOW_STATES)
def test_a_verbless_state_with_a_date_window_is_a_test(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), ASKED_IF_ANY)
def test_a_question_whether_any_exist_answered_by_if_so_is_a_test(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    _paraphrases(KIND_AFTER_THE_NOUN)
    + _paraphrases(COMPARED_ONES)
    + _paraphrases(DATE_WINDOW_STATES),
)
def test_right_readings_carry_no_doubt(text, context):
    assert confidence_of(text, context) >= 0.85
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context"), _paraphrases(ASKED_IF_ANY))
def test_questions_read_as_tests_doubt_only_the_fetch_added(text, context):
    assert confidence_of(text, context) >= 0.8
    assert all("fetch" in doubt for doubt in doubts_of(text, context))


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
