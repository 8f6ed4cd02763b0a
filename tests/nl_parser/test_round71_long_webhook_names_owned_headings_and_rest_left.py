"""Round 71: a webhook named at length ("the Glenmere Car Wash reclaim-tank flush webhook") is
still the webhook a verb of setting off triggers, and the one-call-per-URL repair never swallows
it; a heading "For <a name of a few words>'s <things>:" says what the run is for; and what is
left "can sit / stay / wait in #channel" is posted there."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, W, S, E = "http.request", "webhook.post", "slack.post_message", "email.send"
C, K, X, WAIT = "classify", "check_status", "extract", "wait"
TOOLS = {"availableTools": [W, H, S]}

# "trigger the Glenmere Car Wash reclaim-tank flush webhook": the business's name before what the
# webhook sets off ran past three words, so the webhook was read as a call, then merged into the
# one call the URL makes.
LONG_WEBHOOK_NAMES = [
    (
        "Every hour on the hour, trigger the Glenmere Car Wash reclaim-tank flush webhook, wait 5"
        " minutes, then read https://plant.glenmerewash.example/api/tank and post in #site-leads"
        " if the water is still cloudy (turbidity over 50 NTU).",
        TOOLS,
        ("0 * * * *", [W, WAIT, H, K, S]),
    ),
    (
        "Every day at 6am, fire the Harbourside Marina north pontoon bilge-pump webhook.",
        {},
        ("0 6 * * *", [W]),
    ),
    (
        "When a new booking comes in, hit the Riverside Yoga Studio front desk check-in webhook"
        " and post it in #front-desk.",
        {},
        (None, [W, S]),
    ),
    (
        "At 7pm on weekdays, ping the Oakfield Primary School main gate lock webhook.",
        {},
        ("0 19 * * 1-5", [W]),
    ),
    (
        "Every 30 minutes, call the Millbrook Cold Storage freezer room defrost webhook, wait 10"
        " minutes, then fetch https://cold.millbrook.example/api/temps and email"
        " ops@millbrook.example if the temperature is above -18.",
        {},
        ("*/30 * * * *", [W, WAIT, H, K, E]),
    ),
    (
        "Every night at 2am, fire off the Tidewater Brewing fermenter glycol chiller webhook, then"
        " post a note in #brewhouse.",
        {},
        ("0 2 * * *", [W, S]),
    ),
]

# "For Hartwell Plumbing's answering-service transcripts:": a possessive name of a few
# capitalised words, as one word's ("For Hartwell's transcripts:"), heads what the run is for;
# "anything else can sit in #office until morning": the rest is posted where it is left.
OWNED_HEADINGS_AND_REST_LEFT = [
    (
        "For Hartwell Plumbing's answering-service transcripts: triage each new one, and if it's a"
        " burst pipe or a no-heat job, text the on-call plumber via the SMS webhook; anything else"
        " can sit in #office until morning.",
        (None, [C, K, W, K, S]),
    ),
    (
        "For Marlow Joinery's supplier invoices: extract the total from each new one, and if it's"
        " over £5,000, email finance@marlow.example; anything else can stay in #accounts.",
        (None, [X, K, E, K, S]),
    ),
    (
        "For Pine Hollow Veterinary Clinic's after-hours voicemails: sort each new one, and if"
        " it's an emergency, text the duty vet via the SMS webhook; the rest can sit in"
        " #front-desk.",
        (None, [C, K, W, K, S]),
    ),
    (
        "For Riverside Yoga's booking requests: triage each new one, and if it's a private class,"
        " email bookings@riverside.example; anything else can remain in #studio.",
        (None, [C, K, E, K, S]),
    ),
    (
        "Whenever an order is placed, if it's over $1,000, post it in #big-orders; anything else"
        " can just sit in #orders.",
        (None, [K, S, K, S]),
    ),
    (
        "When a lead arrives, score it; if it's hot, email sales@x.example; everything else can"
        " wait in #leads until morning.",
        (None, [C, K, E, K, S]),
    ),
    (
        "For Hartwell Plumbing's answering-service transcripts: triage each new one, and if it's a"
        " burst pipe or a no-heat job, text the on-call plumber via the SMS webhook.",
        (None, [C, K, W]),
    ),
]

# Near cases that must not change: a short webhook name, no webhook, a call and a webhook joined,
# "for each" that iterates (no heading), a delivery with no rest, and a wait with no subject.
UNCHANGED = [
    (
        "Every hour, trigger the flush webhook, wait 5 minutes, then read"
        " https://plant.glenmerewash.example/api/tank and post in #site-leads if the turbidity is"
        " over 50.",
        ("0 * * * *", [W, WAIT, H, K, S]),
    ),
    (
        "Every hour on the hour, read https://plant.glenmerewash.example/api/tank and post in"
        " #site-leads if the turbidity is over 50.",
        ("0 * * * *", [H, K, S]),
    ),
    (
        "Every morning at 8, call the shop orders API and post the results to the packing webhook.",
        ("0 8 * * *", [H, W]),
    ),
    ("Every hour, call the tank API and then the flush webhook.", ("0 * * * *", [H, W])),
    (
        "For each new transcript, triage it, and if it's a burst pipe, post it in #oncall.",
        (None, [C, K, S]),
    ),
    ("Whenever a ticket comes in, post it in #support.", (None, [S])),
    ("When a ticket comes in, wait in #support for a reply.", (None, ["wait_for_signal"])),
]


@pytest.mark.parametrize(("text", "context", "expected"), LONG_WEBHOOK_NAMES)
def test_a_webhook_named_at_length_is_triggered(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.9
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), OWNED_HEADINGS_AND_REST_LEFT)
def test_owned_headings_and_the_rest_left_in_a_place(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.85
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_are_unchanged(text, expected):
    assert read(text) == expected
