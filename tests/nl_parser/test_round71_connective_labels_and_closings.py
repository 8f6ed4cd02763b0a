"""Round 71: a label of asking opened by a word that ends the telling ("… every month. So
here's what I'd like: …") still says where the request starts; a closing that offers to drop
the request if it is too hard ("If that's too fiddly, let me know!") is no step; and what the
workflow is worth, opened by a word of candour ("Honestly, this would save us hours every
week."), is no step and no schedule."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
X, WAIT, C = "extract", "wait", "check_status"

RIVERMEAD = (
    "Background: at Rivermead Driving School our instructors keep forgetting to log their lesson"
    " hours, and the payroll run on the 25th comes out wrong nearly every month. So here's what"
    " I'd like: on the 22nd of each month at 10am, email instructors@example-rivermeaddriving.co.uk"
    " a reminder to log their hours, give them two days, then pull the logged hours from"
    " https://lessons.example-rivermeaddriving.co.uk/api/hours and send them to"
    " payroll@example-rivermeaddriving.co.uk. If that's too fiddly, let me know!"
)

# "So here's what I'd like:": "so" ends the story before the label; read as no label, the
# story's "on the 25th … every month" joined the run's schedule.
CONNECTIVE_LABELS = [
    (RIVERMEAD, ("0 10 22 * *", [E, WAIT, H, E])),
    (
        "The gym's members keep turning up to cancelled classes, and the front desk gets the"
        " blame every Saturday. So, what I'd like is: every day at 7am, fetch today's"
        " cancellations from https://classes.example-ironpeakgym.com/api/cancelled and post them"
        " to #front-desk.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "Our tenants forget the bin day, and the council fines us on the 3rd of every month."
        " Anyway, here's what I need: every Tuesday at 6pm, email a reminder to"
        " tenants@example-millyard.co.uk.",
        ("0 18 * * 2", [E]),
    ),
    (
        "Half our drivers miss their MOT dates and the insurer chases us on the 1st of every"
        " month. Right, here's the plan: on the 20th of each month at 8am, pull the vehicles due"
        " from https://fleet.example-tarnvale.co.uk/api/mot-due and email them to"
        " fleet@example-tarnvale.co.uk.",
        ("0 8 20 * *", [H, E]),
    ),
    (
        "The bakery runs out of sourdough by 11 every Saturday. Basically, what we're after:"
        " every Friday at 4pm, fetch the pre-orders from"
        " https://orders.example-crumbandco.co.uk/api/preorders and post them in #bakery.",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "So, here's what I need: every Monday at 9am, email the rota to"
        " staff@example-oakfield.org.",
        ("0 9 * * 1", [E]),
    ),
]

# "If that's too fiddly, let me know!": an offer to drop the request, said last, sends nothing;
# read as a test and a delivery, it added a check on "too" and an email with no address.
TOO_HARD_CLOSINGS = [
    (
        "Whenever a new booking comes in, post it to #bookings. Let me know if that's too"
        " complicated.",
        (None, [S]),
    ),
    (
        "Every Friday at 4pm, fetch the timesheets from"
        " https://hr.example-oakhill.com/api/timesheets and email them to"
        " payroll@example-oakhill.com. If it's too much hassle, just tell me.",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "When a form is submitted, send it to the intake webhook. Shout if this is too tricky!",
        (None, [W]),
    ),
    (
        "Each weekday at 8am, post the open tickets from https://desk.example-lumen.io/api/open"
        " to #support. If that's too difficult to set up, no worries.",
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "Every Monday at 7am, email the rota to crew@example-harbourline.com. If this is a bit"
        " too complex, let me know.",
        ("0 7 * * 1", [E]),
    ),
]

# "Honestly, this would save us hours every week.": what the workflow is worth, opened by a word
# of candour; read as a clause, "every week" made a schedule for a workflow run by its event.
CANDID_WORTH = [
    (
        "We're a tiny volunteer-run charity (Wyvern Bat Trust) and over the summer our hotline"
        " gets dozens of calls about grounded bats \u2014 the carers are all volunteers and most"
        " of them have day jobs. Every time the hotline logs a new call, please fetch the list of"
        " carers who are free from https://carers.example-wyvernbattrust.org.uk/api/available,"
        " pull the caller's postcode and phone number out of the call notes, and text it all to"
        " the carers' SMS webhook. Honestly, this would save us hours every week.",
        (None, [H, X, W]),
    ),
    (
        "When a new order comes in, post it to #orders. Frankly, it'd save me an hour every"
        " morning.",
        (None, [S]),
    ),
    (
        "Every Monday at 8am, fetch the rota from https://rota.example-fellside.org/api/week and"
        " email it to staff@example-fellside.org. Truly, that would free up our Friday"
        " afternoons.",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "Whenever a complaint is logged, send it to the quality webhook. To be honest, this will"
        " save the team hours each month.",
        (None, [W]),
    ),
    (
        "Each time a delivery is signed for, post it to #deliveries. Seriously, it'll save us"
        " loads of time every day.",
        (None, [S]),
    ),
]

# Near cases: a closing that tests the world, a step after a word of candour, and a sentence
# before the label that asks keep their reading.
UNCHANGED = [
    (
        "Every hour, fetch the greenhouse readings from https://grow.example-fernhill.com/api/now"
        " and let me know if the temperature is too hot.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "Every day at 6pm, fetch the sales from https://till.example-fernhill.com/api/sales."
        " Honestly, post them to #sales.",
        ("0 18 * * *", [H, S]),
    ),
    (
        "Every Friday at 5pm, pull the bookings from https://desk.example-fernhill.com/api/bookings"
        " and email them to office@example-fernhill.com. So here's the thing: it must go out.",
        ("0 17 * * 5", [H, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONNECTIVE_LABELS)
def test_a_label_opened_by_so_still_ends_the_story(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), TOO_HARD_CLOSINGS)
def test_an_offer_to_drop_a_too_hard_request_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), CANDID_WORTH)
def test_worth_opened_by_candour_is_no_step_and_no_schedule(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
