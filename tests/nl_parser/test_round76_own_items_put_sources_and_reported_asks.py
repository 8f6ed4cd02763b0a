"""Round 76: a question about each receiver's own item ("let the Larkspur Youth Orchestra players
know which rehearsal room they're in") picks no items however long the receivers' name; where
the data was put, in the passive after a dash ("— they're published at https://… —"), is its
source; and a story whose teller comes in late ("…, and honestly our holds shelf is
overflowing"), a reported ask ("My manager asked if we could automate a nudge.") and an apology
for the length ("Cheers, and sorry for the essay!") make no step."""

import pytest

from nl_parser.story import asks_nothing
from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
MAILED = {"availableTools": [H, E]}
POSTED = {"availableTools": [H, S]}

# "know which X they're in": read as a test on the items when the receivers took 4+ words.
THEIR_OWN_ITEMS = [
    (
        "Every Sunday at 19:00, let the Larkspur Youth Orchestra players know which rehearsal"
        " room they're in this week, using https://rooms.larkspuryo.example/api/week.",
        MAILED,
        ("0 19 * * 0", [H, E]),
    ),
    (
        "Every weekday at 7am, let the Brookfield Primary School bus drivers know which route"
        " they're driving today, using https://routes.brookfieldprimary.example/api/today.",
        MAILED,
        ("0 7 * * 1-5", [H, E]),
    ),
    (
        "Each Friday at 4pm, tell the Riverside Community Garden plot holders which bed they've"
        " been given, from https://garden.example-riverside.org/api/beds.",
        POSTED,
        ("0 16 * * 5", [H, S]),
    ),
    (
        "Every Monday at 6:30am, let the St Mary's Hospital night-shift nurses know which ward"
        " they're on this week, using https://rota.example-stmarys.org/api/wards.",
        MAILED,
        ("30 6 * * 1", [H, E]),
    ),
    (
        "Every Thursday at 5pm, let the Oakfield Rugby Club coaches know which of the pitches"
        " they've got this weekend, using https://pitches.example-oakfield.org/api/weekend.",
        POSTED,
        ("0 17 * * 4", [H, S]),
    ),
]

# "— they're published at https://… —": the dash clause read as the delivery's webhook address.
PUT_SOURCES = [
    (
        "Tell the section leaders at Parkhurst Youth Orchestra their rehearsal-room allocations"
        " \u2014 they're published at https://rooms.parkhurstyo.example/api/allocations \u2014"
        " every Saturday at 8:50am.",
        POSTED,
        ("50 8 * * 6", [H, S]),
    ),
    (
        "Email the Greenway Allotment Society members their plot numbers \u2014 they're posted at"
        " https://plots.example-greenway.org/api/plots \u2014 every Monday at 9am.",
        MAILED,
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Every Friday at 5pm, send the drivers their routes for next week \u2014 they're listed"
        " at https://routes.example-haulage.com/api/next-week.",
        MAILED,
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Post the weekend shift pattern in #floor-staff every Thursday at 3pm \u2014 it's"
        " published at https://shifts.example-store.com/api/weekend.",
        {},
        ("0 15 * * 4", [H, S]),
    ),
    (
        "Every morning at 6, tell the crew their jobs for the day \u2014 the job sheet is hosted"
        " at https://jobs.example-roofing.com/api/today.",
        POSTED,
        ("0 6 * * *", [H, S]),
    ),
]

# The story, the reported ask and the apology: read as a test, an unknown verb and lost words.
TOLD_AROUND = [
    (
        "So the Hollis Street Library runs a reserve-and-collect service, and honestly our holds"
        " shelf is overflowing \u2014 last month we counted 140 items nobody ever came for. My"
        " manager asked if we could automate a nudge. Every Tuesday and Friday at 10:15am, please"
        " fetch the holds list from https://catalog.hollisstreetlib.example/api/holds, and for"
        " every item that has been waiting longer than 7 days, email the borrower a reminder and"
        " drop a note about it in #circulation. Cheers, and sorry for the essay!",
        {},
        ("15 10 * * 2,5", [H, C, E, S]),
    ),
    (
        "So the Millbrook Leisure Centre runs a swim school, and frankly our waiting list is a"
        " mess \u2014 last term we lost 30 families who never heard back. My boss asked whether"
        " we could automate the follow-up. Every Monday at 9am, please fetch the waiting list"
        " from https://swim.example-millbrook.org/api/waiting and post it in #swim-office."
        " Thanks, and sorry for the long message!",
        {},
        ("0 9 * * 1", [H, S]),
    ),
    (
        "The Dunmore Sailing Club lends out dinghies, and sadly our returns book is a shambles."
        " Every Sunday at 6pm, pull the loans from https://loans.example-dunmore.org/api/open"
        " and post them in #bosun.",
        {},
        ("0 18 * * 0", [H, S]),
    ),
    (
        "Our practice manager asked if we could automate this. Every weekday at 8am, fetch the"
        " day's appointments from https://diary.example-vets.com/api/today and post them in"
        " #reception.",
        {},
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "Our head chef wondered whether we could set something up. Every night at 11pm, fetch"
        " the fridge log from https://fridges.example-bistro.com/api/log and email it to"
        " chef@example-bistro.com.",
        {},
        ("0 23 * * *", [H, E]),
    ),
    (
        "Every Friday at 4pm, fetch the week's bookings from https://book.example-spa.com/api/week"
        " and email them to spa@example-spa.com. Apologies for the wall of text!",
        {},
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Every day at 7am, pull the stock levels from https://stock.example-deli.com/api/levels"
        " and post them in #kitchen. Sorry this is so long, and thanks!",
        {},
        ("0 7 * * *", [H, S]),
    ),
]

READ_WHOLE = THEIR_OWN_ITEMS + PUT_SOURCES + TOLD_AROUND


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, context, expected):
    assert read(text, context) == expected
    # Only the honest doubts stay: a condition no rule reads, a medium assumed.
    kept = ("was not understood", "was assumed")
    assert not [d for d in doubts_of(text, context) if not any(k in d for k in kept)]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


# Near cases: the test, the delivery and the request stay where the words ask for them.
def test_items_asked_about_still_picked():
    text = (
        "Every Sunday at 19:00, let the Larkspur Youth Orchestra players know which rehearsal"
        " rooms are still free this week, using https://rooms.larkspuryo.example/api/week."
    )
    assert read(text, MAILED) == ("0 19 * * 0", [H, C, E])


def test_posted_to_an_address_still_a_webhook():
    text = (
        "Every day at 6pm, fetch the takings from https://tills.example-cafe.com/api/today and"
        " post them to https://hooks.example-cafe.com/takings."
    )
    assert read(text) == ("0 18 * * *", [H, W])


def test_reported_ask_naming_a_step_still_asks():
    assert not asks_nothing("My manager asked if we could email her the stock levels.")
    assert not asks_nothing("Our chef asked whether we could post the fridge log in #kitchen.")
    assert asks_nothing("My manager asked if we could automate a nudge.")


def test_sorry_before_a_step_still_corrects():
    text = (
        "Every day at 9am, fetch the report from https://x.example-co.com/api/report and email"
        " it to boss@example-co.com. Sorry, post it in #ops."
    )
    assert read(text)[1][-1] == S
