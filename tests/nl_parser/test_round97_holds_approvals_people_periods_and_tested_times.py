"""Round 97: a thing named and put on hold until someone approves it ("put the booking on hold
until the manager approves it") waits for that person as "put it on hold" does; the item an event
brings may need an approval too ("…, it needs the events manager's OK first — once she gives it,
…"), and the person giving it is the approval in hand; who a person is, said between the name and
"know" ("let Marguerite, our head of sales, know") or in brackets after it ("ping Dev (sales
manager)"), is no clause of its own and names no source; a plural period
asked about ("summarise which nights sold out") is what the data tells, no nightly run; and a
clock time a test compares a time in the data with ("if low water is before 9am") is no run's."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
G, M, Q = "wait_for_signal", "summarize", "salesforce.query"

THINGS_PUT_ON_HOLD = [
    (
        "When a member books a meeting room for more than 4 hours at Ferrous Works Coworking, "
        "put the booking on hold until the community manager approves it, then email the member "
        "a confirmation and post the booking in #front-of-house.",
        (None, [C, G, E, S]),
    ),
    (
        "When a refund is requested, put the refund request on hold until the manager approves "
        "it, then post it in #refunds.",
        (None, [G, S]),
    ),
    (
        "Whenever a supplier invoice arrives, keep each invoice on hold until finance signs off, "
        "then send it to the payments webhook.",
        (None, [G, W]),
    ),
    # Held for a span, the thing named waits for the span.
    (
        "When an order arrives, keep the order on hold for 2 days, then email the customer.",
        (None, ["wait", E]),
    ),
]

APPROVALS_THE_ITEM_NEEDS = [
    (
        "Thornfield Barn weddings: when a booking comes in for more than 150 guests, it needs "
        "the events manager's OK first \u2014 once she gives it, email the couple their contract "
        "and post the date in #venue-team.",
        (None, [C, G, E, S]),
    ),
    (
        "When a booking comes in, it needs the manager's approval first, then email the couple "
        "their contract.",
        (None, [G, E]),
    ),
]

PEOPLE_DESCRIBED_BEFORE_KNOW = [
    (
        "Beaconfield Conference Centre: on the hour every hour, look through the new event "
        "enquiries in the CRM, and if any of them is for more than 300 delegates, let "
        "Marguerite, our head of sales, know.",
        {"availableTools": ["salesforce.query", "slack.post_message"]},
        ("0 * * * *", [Q, C, S]),
    ),
    ("When a deal closes, let Sam, our finance lead, know on Slack.", {}, (None, [S])),
    ("When a deal closes, let Sam (our finance lead) know on Slack.", {}, (None, [S])),
    # A role in brackets after the name names no source: "sales" is no CRM here.
    (
        "Tessellate Software \u2014 Thursdays at 10:10am: should the CRM show fewer than 5 demo "
        "calls booked this week, ping Dev (sales manager) on Slack.",
        {},
        ("10 10 * * 4", [Q, C, S]),
    ),
]

PERIODS_ASKED_ABOUT = [
    (
        "Can you pull the last 12 months of gig listings from https://api.brassneckvenue.example"
        "/v2/gigs, summarise which nights sold out, and email that to booker@brassneckvenue"
        ".example? Just the once, it's for our end-of-year review.",
        (None, [H, M, E]),
    ),
]

TIMES_A_TEST_COMPARES = [
    (
        "Every day at 5am, get today's tide times from https://tides.portreathmarina.example/api"
        "/today. If low water is before 9am, post a warning in #berth-holders; otherwise email "
        "the times to harbourmaster@portreathmarina.example.",
        ("0 5 * * *", [H, C, S, C, E]),
    ),
]

UNCHANGED = [
    (
        "When a quote is drafted, they need Gareth's sign-off before anything goes out; once "
        "he's approved it, email it to the client.",
        (None, [G, E]),
    ),
    ("When an order comes in, it needs to be packed, then email the customer.", (None, [E])),
    ("When a deal closes, let the team know on Slack.", (None, [S])),
    ("When an invoice is paid, email Ana (ana@x.example).", (None, [E])),
    (
        "Every Monday at 9am, pull last week's bookings from https://rooms.example.com/api, "
        "summarise how many evenings were full and email it to ops@example.com.",
        ("0 9 * * 1", [H, M, E]),
    ),
    (
        "Every weekday at 6:30, check https://trains.example.com/api/first; when the first train "
        "is later than 7:15, email commuters@example.com.",
        ("30 6 * * 1-5", [H, C, E]),
    ),
    # The hour now, tested, is hour_now's.
    (
        "Every day at 5am, check https://x.example/api. If it's after 7am, post in #ops.",
        ("0 5 * * *", [H, C, S]),
    ),
    (
        "Pull the bookings from https://x.example/api nights at 11pm and email a@b.example.",
        ("0 23 * * *", [H, E]),
    ),
    ("Every night at 11pm, email a@b.example the bookings.", ("0 23 * * *", [E])),
]


@pytest.mark.parametrize(("text", "expected"), THINGS_PUT_ON_HOLD)
def test_a_thing_put_on_hold_until_someone_approves_waits_for_them(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), APPROVALS_THE_ITEM_NEEDS)
def test_an_approval_the_item_needs_is_waited_for(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(("text", "context", "expected"), PEOPLE_DESCRIBED_BEFORE_KNOW)
def test_who_a_person_is_before_know_is_no_clause(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), PERIODS_ASKED_ABOUT)
def test_a_plural_period_asked_about_is_no_cadence(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), TIMES_A_TEST_COMPARES)
def test_a_time_a_test_compares_is_no_runs(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_are_unchanged(text, expected):
    assert read(text) == expected
