"""Round 78: after "check / see / look at whether P", labels naming the answers ("Opted in: …
Not opted in: …", "Member: … Not a member: …", "Yes: … No: …") are the question's two branches;
a slip in "should" opening a test ("shuold it be higher than 1.8 metres") is mended; and a purpose
after a step ("fire the webhook so customers get a text") asks for no step of its own."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
HOOK_OR_MAIL = {"availableTools": ["webhook.post", "email.send"]}

# "<event>, <check | see | look at> whether P. P: <step>. Not P: <step>."
ANSWERS_LABELLED = [
    (
        "Whenever the pharmacist finishes dispensing a prescription at Fernside Pharmacy, look at"
        " whether the patient has opted in to text messages. Opted in: send the collection"
        " notice through the SMS webhook. Not opted in: email it to them instead.",
        HOOK_OR_MAIL,
        (None, [C, W, C, E]),
    ),
    (
        "When a class booking comes in at Harbour Yoga, check whether the client is a member."
        " Member: post it in #members. Not a member: email them the price list.",
        {},
        (None, [C, S, C, E]),
    ),
    (
        "Whenever a repair job is closed at Fixit Garage, see whether the customer has paid."
        " Paid: email them the receipt. Not paid: post the job in #accounts.",
        {},
        (None, [C, E, C, S]),
    ),
    (
        "Once a dog is checked in at Mossley Kennels, check whether the owner booked"
        " grooming. Yes: post it in #groomers. No: email desk@mossley.example.",
        {},
        (None, [C, S, C, E]),
    ),
    (
        # The other branch named first.
        "When a parcel is delivered, verify whether the parcel was signed for. Not signed for:"
        " email the courier at ops@courier.example. Signed for: post it in #deliveries.",
        {},
        (None, [C, E, C, S]),
    ),
]

# "…, shuold it be higher than 1.8 metres, …": "should" opening a test, mistyped.
SHOULD_MISTYPED = [
    (
        "Every three hours, fetch the river level for Riverside Meadow Campsite from"
        " https://levels.riverwatch.example/api/pendle-water and, shuold it be higher than 1.8"
        " metres, post a warning in #campsite-wardens.",
        {},
        ("0 */3 * * *", [H, C, S]),
    ),
    (
        "Every hour, poll https://api.tideline.example/levels and, shoud the tide be above 4"
        " metres, post a warning in #harbour.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every morning at 7, fetch the stock list from https://stock.example/api and, shoudl"
        " any item be below 10 units, email buyer@shop.example.",
        {},
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "Every 5 minutes, call https://queue.example/api/depth; sholud it exceed 500, trigger"
        " the on-call webhook.",
        {},
        ("*/5 * * * *", [H, C, W]),
    ),
    (
        "Each weekday at 9am, pull the open invoices from https://billing.example/api and,"
        " shuold the total be over $10,000, email finance@firm.example.",
        {},
        ("0 9 * * 1-5", [H, C, E]),
    ),
]

# "…; otherwise <step> so <someone> get(s) <a message>": why the step is taken, no step.
PURPOSE_AFTER_A_STEP = [
    (
        "At 6:10am every day in July and August, pull the sea-state forecast for Penhallow Kayak"
        " Hire from https://sea.penhallowkayaks.example/api/today. If the wind is under 15"
        " knots, post 'trips are on' in #guides; otherwise fire the cancellations webhook so"
        " customers get a text.",
        {},
        ("10 6 * 7,8 *", [H, C, S, C, W]),
    ),
    (
        "Every day at 7am, fetch the snow report from https://snow.example/api/today. If the"
        " pistes are open, post 'lifts running' in #instructors; otherwise fire the closures"
        " webhook so guests get a text.",
        {},
        ("0 7 * * *", [H, C, S, C, W]),
    ),
    (
        "Every hour, fetch the river level from https://river.example/api; if it is above 2"
        " metres, post an alert in #wardens, otherwise fire the all-clear webhook so campers"
        " get a message.",
        {},
        ("0 * * * *", [H, C, S, C, W]),
    ),
    (
        "Every hour, fetch the river level from https://river.example/api; if it is above 2"
        " metres, post an alert in #wardens, otherwise fire the all-clear webhook so that the"
        " campers get an email.",
        {},
        ("0 * * * *", [H, C, S, C, W]),
    ),
    (
        "Every weekday at 6am, pull the rota from https://rota.example/api and, if the pool is"
        " closed, post it in #cover; otherwise hit the open-day webhook so every parent gets a"
        " message.",
        {},
        ("0 6 * * 1-5", [H, C, S, C, W]),
    ),
]

READ_WHOLE = ANSWERS_LABELLED + SHOULD_MISTYPED + PURPOSE_AFTER_A_STEP


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), PURPOSE_AFTER_A_STEP)
def test_purpose_is_no_false_doubt(text, context, expected):
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


def test_answer_labels_leave_no_unknown_action():
    text, context, _ = ANSWERS_LABELLED[0]
    assert not [d for d in doubts_of(text, context) if "action" in d or "no condition" in d]


# Near cases that must not change.
NEAR = [
    (
        "When a class booking comes in, check whether the client is a member; if so, post it in"
        " #members, otherwise email them the price list.",
        {},
        (None, [C, S, C, E]),
    ),
    (
        "When a class booking comes in, post it in #members. Note: email the price list to"
        " desk@harbour.example.",
        {},
        (None, [S, E]),
    ),
    (
        "Every three hours, fetch the river level from https://levels.example/api and, should it"
        " be higher than 1.8 metres, post a warning in #wardens.",
        {},
        ("0 */3 * * *", [H, C, S]),
    ),
    ("Every Friday at 5pm, shout out the week's top sellers in #wins.", {}, ("0 17 * * 5", [S])),
    (
        "If the wind is under 15 knots, post 'trips are on' in #guides; otherwise fire the"
        " cancellations webhook.",
        {},
        (None, [C, S, C, W]),
    ),
    (
        "Every hour, fetch the river level from https://river.example/api; if it is above 2"
        " metres, post an alert in #wardens, otherwise fire the all-clear webhook and email"
        " campers@site.example.",
        {},
        ("0 * * * *", [H, C, S, C, W, E]),
    ),
    (
        "When a class is cancelled, fire the cancellations webhook so members get a text.",
        {},
        (None, [W]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
