"""Round 75: a phrasal verb of taking out before "anything" or "anyone" ("leave out anything
marked controlled") is a step of its own that drops them; labels a slash lists with spaces
around it ("tag it healthy / queenless / diseased") are a sort's labels as "healthy/queenless"
are; a question of what an item is about ("whether it's about an order, a wholesale enquiry or
an allergy question") lists classes as "whether it's an order, …" does; and an adverb of speed
between the items and their place ("pass allergy questions straight to …") picks no fewer."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
K = "classify"
SLACK_ONLY = {"availableTools": [S]}

# "leave out anything marked controlled", "weed out anything tagged internal": the particle's
# verb with an indefinite pronoun for its object starts a step, as with "the … ones".
LEFT_OUT_ANYTHING = [
    (
        "Each weekday at 17:15, pull the ready-for-collection list from"
        " https://rx.parkviewpharmacy.example/api/ready, leave out anything marked controlled, and"
        " text the remaining patients via the SMS webhook.",
        ("15 17 * * 1-5", [H, C, W]),
    ),
    (
        "Every Monday at 8am, fetch the open jobs from https://jobs.example-ashgrove.com/api/open,"
        " weed out anything tagged internal, and post the rest in #crew.",
        ("0 8 * * 1", [H, C, S]),
    ),
    (
        "Every night at 11pm, grab the new signups from https://api.example-fernhill.org/signups,"
        " cut out everyone marked as test, and email the remaining ones to"
        " growth@example-fernhill.org.",
        ("0 23 * * *", [H, C, E]),
    ),
    (
        "Each Friday at 16:00, pull the order list from https://shop.example-larkrise.co.uk/api/orders,"
        " strip out anything flagged as fraud, and send the rest to the packing webhook.",
        ("0 16 * * 5", [H, C, W]),
    ),
    (
        "Daily at 7am, get the bookings from https://book.example-millpond.com/api/today, leave out"
        " anyone marked cancelled, then text the remaining guests via the SMS webhook.",
        ("0 7 * * *", [H, C, W]),
    ),
]

# "tag it healthy / queenless / diseased": spaces around the slashes list the same labels.
SPACED_SLASHES = [
    (
        "weald beekeepers: new hive inspection logged → tag it healthy / queenless / diseased →"
        " diseased ones → email the county bee inspector at inspector@wealdbeekeepers.example",
        (None, [K, C, E]),
    ),
    (
        "new ticket → tag it bug / question / praise → bugs → post in #eng",
        (None, [K, C, S]),
    ),
    (
        "When a delivery note is scanned, label it damaged / complete / short and post the short"
        " ones in #goods-in.",
        (None, [K, C, S]),
    ),
    (
        "Each incoming review: grade it positive / neutral / negative, then email the negative"
        " ones to care@example-brookside.com.",
        (None, [K, C, E]),
    ),
    (
        "new lead → rank it hot / warm / cold → hot → trigger the sales webhook",
        (None, [K, C, W]),
    ),
]

# "whether it's about an order, a wholesale enquiry or an allergy question": what an item is
# about, asked between classes, sorts it as "whether it's an order, …" does.
TOPICS_ASKED = [
    (
        "When a message comes in, work out whether it's about an order, a wholesale enquiry or"
        " an allergy question, and post the allergy questions in #cheese.",
        (None, [K, C, S]),
    ),
    (
        "When an email comes in, figure out whether it's about billing, shipping or returns, and"
        " forward the billing ones to accounts@example-oakfield.com.",
        (None, [K, C, E]),
    ),
    (
        "For every new support chat, work out whether it is about a refund, a delivery or a"
        " complaint, and post the complaints in #cx-leads.",
        (None, [K, C, S]),
    ),
    (
        "When a voicemail is transcribed, decide whether it's regarding a booking, a cancellation"
        " or a question, and send the cancellations to the front desk via the SMS webhook.",
        (None, [K, C, W]),
    ),
    (
        "Whenever a form is submitted, determine whether it's to do with membership, events or"
        " donations, and email the donations to treasurer@example-kestrel.org.",
        (None, [K, C, E]),
    ),
]

# "pass allergy questions straight to …": how fast they go, then where; the items still pick.
STRAIGHT_TO = [
    (
        "When a message lands in the Bramblecote Creamery inbox, work out whether it's about an"
        " order, a wholesale enquiry or an allergy question, and pass allergy questions straight"
        " to the head cheesemaker.",
        (None, [K, C, S]),
    ),
    (
        "When a message comes in, work out whether it's an order, a wholesale enquiry or an"
        " allergy question, and pass allergy questions straight to #cheese.",
        (None, [K, C, S]),
    ),
    (
        "Classify each new ticket as bug, billing or praise and forward bug tickets directly to"
        " eng@example-tarn.com.",
        (None, [K, C, E]),
    ),
    (
        "When an application arrives, sort it into shortlist, maybe or reject, and send the"
        " shortlist ones right over to #hiring.",
        (None, [K, C, S]),
    ),
    (
        "Whenever a fault report comes in, classify it as electrical, plumbing or structural and"
        " send electrical reports immediately to the sparks webhook.",
        (None, [K, C, W]),
    ),
]

MISSES = LEFT_OUT_ANYTHING + SPACED_SLASHES + TOPICS_ASKED + STRAIGHT_TO


@pytest.mark.parametrize(("text", "expected"), MISSES)
def test_construction_is_read(text, expected):
    context = SLACK_ONLY if "Bramblecote" in text else None
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "expected"), MISSES)
def test_right_reading_is_confident(text, expected):
    context = SLACK_ONLY if "Bramblecote" in text else None
    assert doubts_of(text, context) == []
    assert confidence_of(text, context) >= 0.7


NEAR = [
    # Nothing left out: the remaining patients are all of them.
    (
        "Each weekday at 17:15, pull the list from https://rx.parkviewpharmacy.example/api/ready"
        " and text the patients via the SMS webhook.",
        ("15 17 * * 1-5", [H, W]),
    ),
    # "leave it a week": a wait granted, not items left out.
    (
        "When a claim comes in, leave it a week, then email claims@example-tarn.com.",
        (None, ["wait", E]),
    ),
    # Slashes without spaces, as before.
    (
        "new ticket → tag it as bug/question/praise → bugs → post in #eng",
        (None, [K, C, S]),
    ),
    # "whether it's about to expire or not": a yes or no, no classes.
    (
        "Every morning at 8, check https://certs.example-tarn.com/api/expiry and tell #ops if it is"
        " about to expire.",
        ("0 8 * * *", [H, C, S]),
    ),
    # "pass it straight to #forms": everything goes, nothing is picked.
    (
        "When a form comes in, pass it straight to #forms.",
        (None, [S]),
    ),
    # The items named without a sort before: still no test.
    (
        "When an order comes in, send it straight to the packing webhook.",
        (None, [W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_stay(text, expected):
    assert read(text) == expected
