"""Round 67: a passive delivery whose place is a message named as a noun ("any patient flagged as
overdue is to be listed in an email to …"), a story that tells what can go wrong ("The river can
come up fast after heavy rain …"), and what the workflow is worth said with no subject
("Cheers, saves me a lot of phone calls.")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"
HTTP_AND_EMAIL = {"availableTools": [H, E]}

# "<the items> are to be <done> in an email to <address>": the message named as a noun after
# the participle is where they go, so the duty is a delivery of its subject, and a modifier on
# the subject picks which.
MEDIUM_NAMED_PASSIVES = [
    (
        "Memorandum \u2014 Fernside Dental Practice. From next Monday, at 07:40 on each weekday,"
        " the day's appointment book is to be retrieved from"
        " https://diary.example-fernsidedental.co.uk/api/appointments/today, and any patient"
        " flagged as overdue on payment is to be listed in an email to"
        " reception@example-fernsidedental.co.uk.",
        ("40 7 * * 1-5", [H, C, E]),
    ),
    (
        "Every Friday at 16:00 the stock levels are to be fetched from"
        " https://shop.example.com/api/stock, and any item marked as discontinued should be"
        " itemised in an email to buyers@shop.example.com.",
        ("0 16 * * 5", [H, C, E]),
    ),
    (
        "At 6am daily, pull the shift roster from https://rota.example.org/api/shifts; any shift"
        " flagged as unfilled must be included in a message to #staffing.",
        ("0 6 * * *", [H, C, S]),
    ),
    (
        "On weekdays at 9:15 fetch https://lab.example.net/api/samples, and all samples labelled"
        " as contaminated are to be noted in an email to qa@lab.example.net.",
        ("15 9 * * 1-5", [H, C, E]),
    ),
    (
        "Each Monday at 08:30 the invoices are to be retrieved from"
        " https://billing.example.io/api/invoices and any invoice tagged as disputed is to be"
        " detailed in the email to accounts@billing.example.io.",
        ("30 8 * * 1", [H, C, E]),
    ),
]

# A story sentence whose subject is a thing that "can" or "could" do something tells what may go
# wrong; the modal asks nothing, so the sentence is blanked with the rest of the story, and the
# closing "Cheers, saves me …" (the worth, its subject left out) with it.
POSSIBLE_TROUBLES = [
    (
        "I coach the juniors at Kestrel Reach Rowing Club. The river can come up fast after heavy"
        " rain and every Saturday morning I get a dozen parents asking whether training is still"
        " on. Could you, every Saturday at quarter to seven in the morning, check the river level"
        " at https://river.example-kestrelreachrc.org.uk/api/gauge and, if it's above 1.8"
        " metres, text the parents through the SMS webhook that the session is cancelled?"
        " Cheers, saves me a lot of phone calls.",
        ("45 6 * * 6", [H, C, W]),
    ),
    (
        "I run the allotment society. The water butts can run dry in a heatwave and every Sunday"
        " I get members asking whether the hoses are allowed. Every Sunday at 7am, fetch"
        " https://allot.example.org/api/butts and if the level is below 20%, post in #plots that"
        " hoses are banned.",
        ("0 7 * * 0", [H, C, S]),
    ),
    (
        "We manage a small car park. The barrier could jam overnight and every morning we get"
        " complaints. Every day at 6am, check https://park.example.com/api/barrier and if the"
        " status is down, email ops@park.example.com.",
        ("0 6 * * *", [H, C, E]),
    ),
    (
        "I look after the church boiler. The pressure can drop without warning. Every evening at"
        " 8pm fetch https://boiler.example.org/api/pressure and if it's below 1 bar, post to the"
        " caretaker webhook. Thanks, saves me a trip.",
        ("0 20 * * *", [H, C, W]),
    ),
    (
        "Every weekday at 7:30 pull https://queue.example.com/api/depth and if it's above 500,"
        " email ops@example.com. Cheers \u2014 would save us hours.",
        ("30 7 * * 1-5", [H, C, E]),
    ),
]

# Near cases that keep their reading: the delivery with no subset, a thing that can be done
# that asks ("the bot can post …"), a bare "save" that stores, the passive sent to an address.
UNCHANGED = [
    (
        "At 07:40 on weekdays fetch https://diary.example.com/api/today, and the day's bookings"
        " are to be listed in an email to reception@example.com.",
        ("40 7 * * 1-5", [H, E]),
    ),
    (
        "At 07:40 on weekdays fetch https://diary.example.com/api/today, and any patient flagged"
        " as overdue should be emailed to reception@example.com.",
        ("40 7 * * 1-5", [H, C, E]),
    ),
    (
        "Every Saturday at 6:45am, check the river level at https://river.example.org/api/gauge"
        " and, if it's above 1.8 metres, text the parents through the SMS webhook.",
        ("45 6 * * 6", [H, C, W]),
    ),
    (
        "I run the caf\u00e9. We can email the totals to owner@cafe.example.com every Monday at 9am"
        " from https://cafe.example.com/api/sales.",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Every day at 9am fetch https://shop.example.com/api/orders and post them in #orders."
        " Saves the totals to the sheet.",
        ("0 9 * * *", [H, S, H]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEDIUM_NAMED_PASSIVES)
def test_a_passive_into_a_named_message_delivers_its_subject(text, expected):
    assert read(text, HTTP_AND_EMAIL if "Fernside" in text else None) == expected
    assert confidence_of(text, HTTP_AND_EMAIL if "Fernside" in text else None) >= 0.7
    assert not [d for d in doubts_of(text) if "nothing filters" in d]


@pytest.mark.parametrize(("text", "expected"), POSSIBLE_TROUBLES)
def test_what_a_thing_can_do_is_told_and_bare_worth_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
