"""Round 68: an event written as a headline where someone marks an item as a state ("Swiftlane
driver marks a parcel as 'failed delivery' in the app → SMS …"), and a span written with its
unit's letter glued to the number ("24h later, …", "wait 2d")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C = "http.request", "email.send", "slack.post_message", "check_status"
W, WAIT = "webhook.post", "wait"

# "Swiftlane driver marks a parcel as 'failed delivery' in the app → SMS …": a subject marking
# an item as a state, heading an unscheduled text with no "when", is the event, and the state
# it gives the item says which events count, as "when a driver marks …" does.
MARKED_HEADLINES = [
    (
        "Swiftlane driver marks a parcel as 'failed delivery' in the app → SMS the recipient via"
        " the text webhook → wait 1 day → email them a rebooking link",
        (None, [C, W, WAIT, E]),
    ),
    (
        "housekeeping marks a room as out of order → email maintenance@example-hotel.com",
        (None, [C, E]),
    ),
    (
        "A site inspector flags a scaffold as unsafe in the inspection app. Email"
        " site-manager@example-scaffold.co.uk and fire the stop-work webhook.",
        (None, [C, E, W]),
    ),
    (
        "vet nurse logs a patient record as 'urgent follow-up' → post it in #clinic-floor",
        (None, [C, S]),
    ),
    (
        "the booking system lists a sailing as cancelled on the timetable; text the passengers"
        " through the SMS webhook",
        (None, [C, W]),
    ),
    (
        "Librarian marks a book as lost → wait 3 days → email the borrower a replacement invoice",
        (None, [C, WAIT, E]),
    ),
]

# "→ 24h later, last-call nudge in #production", "wait 2d": a span written with the first
# letter of its unit glued to the number is the span, as "24 hours" is.
LETTERED_SPANS = [
    (
        "Red Kite Films: Mondays 09:00 → timesheet reminder email to"
        " crew@example-redkitefilms.com → 24h later, last-call nudge in #production",
        ("0 9 * * 1", [E, WAIT, S]),
    ),
    (
        "every friday at 4pm email the rota to staff@example-cafe.com, and 48h later post a"
        " reminder in #floor",
        ("0 16 * * 5", [E, WAIT, S]),
    ),
    (
        "every friday at 4pm email the rota to staff@example-cafe.com, and after 2d send a"
        " reminder to staff@example-cafe.com",
        ("0 16 * * 5", [E, WAIT, E]),
    ),
    (
        "when a form is submitted, email ops@example.com, wait 24h, then post it in #ops",
        (None, [E, WAIT, S]),
    ),
    (
        "when a trial starts, email the user a welcome guide; 2d later, send them a tips email",
        (None, [E, WAIT, E]),
    ),
    (
        "new invoice arrives → post it in #accounts → 1w later, email billing@example.com a"
        " reminder",
        (None, [S, WAIT, E]),
    ),
    (
        "Mondays 08:00 → send the site plan to crew@example-build.co.uk → 4h later, repost it in"
        " #site-safety",
        ("0 8 * * 1", [E, WAIT, S]),
    ),
]

# "→ timesheet reminder email to crew@… →": a message whose kind is named by a noun or two, with
# no article or verb, sent to the address or #channel after it, is delivered without a doubt.
KINDS_OF_MESSAGE_TO_A_PLACE = [
    (
        "Red Kite Films: Mondays 09:00 → timesheet reminder email to"
        " crew@example-redkitefilms.com → 24h later, last-call nudge in #production",
        ("0 9 * * 1", [E, WAIT, S]),
    ),
    ("Fridays 17:00 → rota reminder email to staff@example-cafe.com", ("0 17 * * 5", [E])),
    ("new signup → welcome pack email to hello@example-gym.com", (None, [E])),
    ("daily 08:00 → stand-up reminder message in #dev-team", ("0 8 * * *", [S])),
    (
        "Tuesdays at 10am → invoice chase email to accounts@example-print.co.uk → 3 days later,"
        " final notice in #finance",
        ("0 10 * * 2", [E, WAIT, S]),
    ),
]

# Near cases that keep their reading: the same events with "when", an order to mark written as
# a step, a span written out, and hours glued to a number in a URL or a window.
UNCHANGED = [
    (
        "When a Swiftlane driver marks a parcel as 'failed delivery' in the app → SMS the"
        " recipient via the text webhook → wait 1 day → email them a rebooking link",
        (None, [C, W, WAIT, E]),
    ),
    (
        "Red Kite Films: Mondays 09:00 → timesheet reminder email to"
        " crew@example-redkitefilms.com → 24 hours later, last-call nudge in #production",
        ("0 9 * * 1", [E, WAIT, S]),
    ),
    (
        "Red Kite Films: Mondays 09:00 → timesheet reminder email to"
        " crew@example-redkitefilms.com → last-call nudge in #production",
        ("0 9 * * 1", [E, S]),
    ),
    (
        "every 2h from 06:00 to 20:00 GET https://marina.example.hr/api/berths and post them in"
        " #harbour-staff",
        ("0 6-20/2 * * *", [H, S]),
    ),
    (
        "Weekdays at 7am, pull last night's PagerDuty pages from"
        " https://pagerduty.example.com/api/incidents?since=18h, write a quick recap and drop it"
        " in #sre-handoff.",
        ("0 7 * * 1-5", [H, "summarize", S]),
    ),
    (
        "lamp monitor reports a lamp failure → page the duty keeper via the pager webhook",
        (None, [C, W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKED_HEADLINES)
def test_a_marking_written_as_a_headline_is_the_event_and_its_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), LETTERED_SPANS)
def test_a_span_with_its_units_letter_is_a_wait(text, expected):
    assert read(text) == expected
    assert not [d for d in doubts_of(text) if "condition" in d or "duration" in d]


@pytest.mark.parametrize(("text", "expected"), KINDS_OF_MESSAGE_TO_A_PLACE)
def test_a_kind_of_message_sent_to_a_place_is_delivered(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
