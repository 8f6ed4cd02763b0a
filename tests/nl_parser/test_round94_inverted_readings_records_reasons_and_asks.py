"""Round 94: "should <subject> sit/read/hover …" inverts as "should … exceed" does; "Any <item>
that <someone> flags as <state>:" heads a test of the state recorded; a setback told with its
reason as a clause ("called off because the swell's too big") says which events count, as
"because of" does; and an item arriving "asking for" or "mentioning" a thing is tested for it."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, H, W = "check_status", "email.send", "slack.post_message", "http.request", "webhook.post"
WAIT = "wait_for_signal"

INVERTED_READINGS = [
    (
        "Foamline Brewing Co.: every 3 hours, read the fermenter temperatures at "
        "https://brewhouse.foamline.example/api/fv and drop a note in #brewers shoud any tank "
        "sit above 22°C.",
        ("0 */3 * * *", [H, C, S]),
    ),
    (
        "Every hour, read the boiler pressures at https://plant.example/api/p and drop a note "
        "in #ops should any boiler sit above 3 bar.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every 15 minutes, fetch the probe readings from https://cold.example/api/probes and "
        "email chef@cold.example should any probe read above 5°C.",
        ("*/15 * * * *", [H, C, E]),
    ),
    (
        "Daily at 7am, pull the humidity levels from https://vault.example/api/rh and post in "
        "#archive should any room hover above 60%.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "Every 30 minutes, check the queue depth at https://queue.example/api/depth and page "
        "the on-call webhook should the backlog creep above 500.",
        ("*/30 * * * *", [H, C, W]),
    ),
]

RECORDED_AS = [
    (
        "Any skip at Grindle Recycling that the yard app flags as overweight: email the "
        "haulage firm at loads@grindlehaul.example — sorry, not email, use their bookings "
        "webhook — and drop a note in #weighbridge.",
        (None, [C, W, S]),
    ),
    ("Any order that the fraud tool marks as risky: post it in #fraud.", (None, [C, S])),
    ("Any ticket that the triage bot tags as urgent: email oncall@x.example.", (None, [C, E])),
    (
        "Any parcel which our depot scanner logs as damaged: post it in #depot and email "
        "claims@x.example.",
        (None, [C, S, E]),
    ),
    (
        "Any review that the moderation service classifies as abusive: drop a note in "
        "#trust-safety.",
        (None, [C, S]),
    ),
]

REASONS_TOLD = [
    (
        "If a Breakwater Surf School lesson is called off because the swell's too big, give "
        "the instructors a heads-up.",
        (None, [C, S]),
        {"availableTools": ["slack.post_message"]},
    ),
    (
        "When a match is postponed because the pitch is waterlogged, email the players at "
        "squad@x.example.",
        (None, [C, E]),
        None,
    ),
    (
        "When a flight is cancelled because the crew are sick, post it in #ops.",
        (None, [C, S]),
        None,
    ),
    (
        "Whenever a gig is scrapped because the venue has flooded, email fans@band.example.",
        (None, [C, E]),
        None,
    ),
    (
        "If a ferry sailing is cancelled because the wind's too strong, post it in #harbour.",
        (None, [C, S]),
        None,
    ),
]

ASKS = [
    (
        "Signpoint Interpreting: when a booking request comes in asking for a deafblind "
        "interpreter, hold it until the coordinator confirms someone's available, then email "
        "the client and post the booking to the rota webhook.",
        (None, [C, WAIT, E, W]),
    ),
    (
        "When a booking request comes in asking for a deafblind interpreter, email the client.",
        (None, [C, E]),
    ),
    ("When a support ticket arrives asking for a refund, post it in #billing.", (None, [C, S])),
    ("When a support ticket arrives mentioning a refund, post it in #billing.", (None, [C, S])),
    ("When an enquiry comes in requesting a quote, email sales@x.example.", (None, [C, E])),
]

RIGHT = [(text, expected, None) for text, expected in INVERTED_READINGS + RECORDED_AS + ASKS]
RIGHT += REASONS_TOLD

NEAR = [
    # No test after the delivery: the reading is sent whole.
    (
        "Every hour, read the boiler pressures at https://plant.example/api/p and drop a note "
        "in #ops.",
        ("0 * * * *", [H, S]),
    ),
    # A relative clause with no verb of recording: the item alone, no state.
    ("Any skip that the yard app weighs: post it in #weighbridge.", (None, [S])),
    # The event with nothing asked for, and with no reason told.
    ("When a booking request comes in, email the client.", (None, [E])),
    ("When a support ticket arrives, post it in #billing.", (None, [S])),
]


@pytest.mark.parametrize(("text", "expected", "context"), RIGHT)
def test_read_as_the_construction_says(text, expected, context):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "expected", "context"), RIGHT)
def test_right_answers_are_confident_and_carry_no_new_doubt(text, expected, context):
    assert confidence_of(text, context) >= 0.7
    # A typo mended and a correction applied were doubts before this round.
    assert [d for d in doubts_of(text, context) if "typo" not in d and "correction" not in d] == []


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
