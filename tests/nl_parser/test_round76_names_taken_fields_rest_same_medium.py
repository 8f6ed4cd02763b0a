"""Round 76: a firm's name heading an arrow chain before its schedule, ended by a comma or a bar
("Cairnmore Ski Centre, daily at 06:45 → https://… → …"); fields taken from each item ("take
clinician, room, start time from each booking") are extracted as pulled ones are; the rest sent
by the same medium as the subset ("critical ones go to #incidents and everything else to
#orders") is a delivery of its own under the test turned around; and a field's abbreviation
before "and" ("extract job no. and paper stock") ends no sentence."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
X, K, SUM = "extract", "classify", "summarize"

# A firm's name, then a comma or a bar, then the schedule, then the arrows: left unread before.
NAME_BEFORE_ARROWED_SCHEDULE = [
    (
        "Cairnmore Ski Centre, daily at 06:45 → https://slopes.example-cairnmore.co.uk/api/snow →"
        " email to ops@example-cairnmore.co.uk",
        ("45 6 * * *", [H, E]),
    ),
    (
        "Brambleway Vets | Mon 07:15 → https://diary.example-brambleway.co.uk/api/week → extract"
        " the pet names → email to desk@example-brambleway.co.uk",
        ("15 7 * * 1", [H, X, E]),
    ),
    (
        "Otterburn Kayak Hire, weekdays 08:30 → https://api.example-otterburn.co.uk/v1/rota →"
        " summarise → #guides",
        ("30 8 * * 1-5", [H, SUM, S]),
    ),
    (
        "Harbour View Bed and Breakfast | every Sunday at 19:00 → https://rooms.example-hvbb.com/"
        "api/week → email to owner@example-hvbb.com",
        ("0 19 * * 0", [H, E]),
    ),
    (
        "Pennyroyal Bakery, every day at 5am → https://tills.example-pennyroyal.co.uk/api/orders"
        " → any order over £200? → email to bakers@example-pennyroyal.co.uk",
        ("0 5 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_BEFORE_ARROWED_SCHEDULE)
def test_a_name_before_an_arrowed_schedule_is_no_step(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


# Not a name: words in lower case before the schedule stay as they were read.
def test_lower_case_words_before_an_arrowed_schedule_are_left_alone():
    text = "urgent tickets, every hour → https://desk.example.com/api/tickets → post to #support"
    assert read(text)[0] == "0 * * * *"


# "take …, … from each …": 'take' read as an unknown verb before.
TAKEN_FIELDS = [
    (
        "Every weekday at 7, fetch the bookings from https://clinic.example.com/api/bookings,"
        " take the clinician, room and start time from each booking and post them in #front-desk.",
        ("0 7 * * 1-5", [H, X, S]),
    ),
    (
        "When a booking comes in, take the clinician, room and start time from it and email them"
        " to desk@example-clinic.com.",
        (None, [X, E]),
    ),
    (
        "When a delivery note is scanned, take the supplier, date and amount from it and post them"
        " in #stores.",
        (None, [X, S]),
    ),
    (
        "Every Monday at 9, get the invoices from https://ledger.example-firm.com/api/week, take"
        " the invoice number and amount from every invoice and email them to"
        " accounts@example-firm.com.",
        ("0 9 * * 1", [H, X, E]),
    ),
    (
        "Whenever a new application arrives, take the applicant's name, course and start date"
        " from it, then post them in #admissions.",
        (None, [X, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN_FIELDS)
def test_fields_taken_from_each_item_are_extracted(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


# "take" of items from a source still reads it; fields pulled stay extracted.
def test_items_taken_from_a_source_are_still_fetched():
    text = (
        "Every day at 8, take the pending orders from https://shop.example.com/api/orders and"
        " post them in #orders."
    )
    assert read(text) == ("0 8 * * *", [H, S])


def test_fields_pulled_from_each_item_stay_extracted():
    text = (
        "Every weekday at 7, fetch the bookings from https://clinic.example.com/api/bookings,"
        " pull clinician, room, start time from each booking and post them in #front-desk."
    )
    assert read(text) == ("0 7 * * 1-5", [H, X, S])


# The rest sent to a second place of the same medium: one delivery lost before.
REST_BY_THE_SAME_MEDIUM = [
    (
        "When an order comes in, critical ones go to #incidents and everything else to #orders.",
        (None, [C, S, C, S]),
    ),
    (
        "Every 10 minutes, fetch new orders from https://shop.example.com/api/orders. Critical"
        " ones go to #incidents and everything else to #orders.",
        ("*/10 * * * *", [H, C, S, C, S]),
    ),
    (
        "When a support email arrives, send the urgent ones to oncall@example-desk.com and the"
        " rest to support@example-desk.com.",
        (None, [C, E, C, E]),
    ),
    (
        "Every morning at 8, pull the overnight alerts from https://mon.example.com/api/alerts;"
        " post the critical ones in #sre and all the others in #noise.",
        ("0 8 * * *", [H, C, S, C, S]),
    ),
    (
        "When a lead comes in, the enterprise ones go to #ent-sales, everything else to"
        " #smb-sales.",
        (None, [C, S, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REST_BY_THE_SAME_MEDIUM)
def test_the_rest_by_the_same_medium_is_its_own_delivery(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


def test_the_rest_by_another_medium_is_unchanged():
    text = (
        "Every 10 minutes, fetch new orders from https://shop.example.com/api/orders. Critical"
        " ones go to the pager webhook and everything else to #orders."
    )
    assert read(text) == ("*/10 * * * *", [H, C, W, C, S])
    assert confidence_of(text) >= 0.9


def test_two_channels_named_together_are_one_delivery():
    text = "When an order comes in, post it in #orders and #warehouse."
    assert read(text)[1].count(C) == 0


# A field's abbreviation before "and": "no." read as a sentence's end before.
ABBREVIATED_FIELDS = [
    (
        "Ferncast Print — weekdays 18:00 → https://jobs.example-ferncast.co.uk/api/today →"
        " extract job no. and paper stock → email to print@example-ferncast.co.uk",
        ("0 18 * * 1-5", [H, X, E]),
    ),
    (
        "Every day at 9, fetch https://orders.example-mill.com/api/today, extract the order no."
        " and customer name, and email them to mill@example-mill.com.",
        ("0 9 * * *", [H, X, E]),
    ),
    (
        "When a parcel is booked, extract the tracking no. and weight and post them in #dispatch.",
        (None, [X, S]),
    ),
    (
        "Each Friday at 4pm, get https://lab.example.org/api/samples, pull out the batch no. and"
        " assay type and email them to lab@example.org.",
        ("0 16 * * 5", [H, X, E]),
    ),
    (
        "When an invoice arrives, extract the invoice No. and due date and post them in #finance.",
        (None, [X, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATED_FIELDS)
def test_an_abbreviated_field_before_and_ends_no_sentence(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


def test_a_no_that_ends_a_sentence_still_ends_it():
    text = "When a guest replies no. Then email the host at host@example-inn.com."
    assert read(text)[1][-1:] == [E]
