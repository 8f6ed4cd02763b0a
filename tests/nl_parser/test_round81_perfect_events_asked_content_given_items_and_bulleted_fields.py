"""Round 81: the perfect of what an indefinite thing does ("once a cat has checked into …") is
the event, as its present is; a question about one thing after whoever is told ("tell the crew
which pod needs turning over") is what the message says; items pointed at that the asker handed
over ("These 85 price sheets I've just uploaded …: extract …") head the steps as data; and a
bulleted list of labelled fields under a title ("• do: build a report from them") is read as the
fields are."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, W, X, K, R, M, Q, H, T = (
    "check_status",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "extract",
    "classify",
    "generate_report",
    "summarize",
    "salesforce.query",
    "http.request",
    "wait",
)

# "Once/When/After a <thing> has <verb>ed …": the perfect of the event, no test.
PERFECT_EVENTS = [
    (
        "Once a cat has checked into Whiskerwood Cattery, fire off a confirmation email to its"
        " owner; 72 hours on, email them again with a photo update.",
        {},
        (None, [E, T, E]),
    ),
    (
        "Once a guest has checked out of Harbour Lodge, email them a feedback form.",
        {},
        (None, [E]),
    ),
    (
        "After a patient has registered at Elm Street Surgery, post their name in #front-desk.",
        {},
        (None, [S]),
    ),
    (
        "When a member has joined Pinecrest Climbing Club, email them the safety rules.",
        {},
        (None, [E]),
    ),
    (
        "As soon as a parcel has arrived at the depot, post it in #deliveries.",
        {},
        (None, [S]),
    ),
    (
        "Once a new starter has signed up, wait 2 days, then email them the handbook.",
        {},
        (None, [T, E]),
    ),
]

# "tell <whom> which <one thing> <is / needs / to …>": the question is the message's content.
ONE_THING_ASKED = [
    (
        "Whenever a guest at Driftwood Glamping checks out, tell the housekeeping crew which pod"
        " needs turning over.",
        {"availableTools": ["slack.post_message"]},
        (None, [S]),
    ),
    (
        "When an order ships, tell #ops which courier is bringing it.",
        {},
        (None, [S]),
    ),
    (
        "Whenever a guest checks out, tell #housekeeping which room to clean.",
        {},
        (None, [S]),
    ),
    (
        "When a patient checks in, notify #nurses which room is free.",
        {},
        (None, [S]),
    ),
    (
        "Whenever a booking is cancelled at Larchwood Spa, tell #reception which therapist has"
        " a gap.",
        {},
        (None, [S]),
    ),
    (
        "When a van is booked at Northgate Hire, let #depot know which bay it needs to be"
        " ready in.",
        {},
        (None, [S]),
    ),
]

# "These/The [count] <items> I've/we've (just) <handed over> …: <steps>": the data in hand.
GIVEN_ITEMS = [
    (
        "These 85 supplier price sheets I've just uploaded for Terracotta & Slate Tiles: extract"
        " the product code, finish and price per square metre from each and post the lot in"
        " #showroom-pricing.",
        {},
        (None, [X, S]),
    ),
    (
        "These 120 delegate forms we've just uploaded for the Harrogate Expo: pull out the name,"
        " company and email from each and post them in #events.",
        {},
        (None, [X, S]),
    ),
    (
        "Those 40 receipts I attached: extract the date and total from each and email them to"
        " accounts@brindle.example.",
        {},
        (None, [X, E]),
    ),
    (
        "The 40 invoices we sent over: extract the total from each and post them in #pricing.",
        {},
        (None, [X, S]),
    ),
    (
        "These 60 scanned delivery notes: extract the supplier and weight from each and send"
        " them to the stock webhook.",
        {},
        (None, [X, W]),
    ),
]

# A title, then "• label: value" lines: the fields read as written without bullets.
BULLETED_FIELDS = [
    (
        "Florin & Vale Florists \u2013 weekly wedding pipeline\n\u2022 when: Mondays, 10:30\n"
        "\u2022 source: Salesforce, wedding opportunities with an event date in the next 60"
        " days\n\u2022 do: build a report from them\n\u2022 send to: weddings@florinvale.example"
        " and #design-studio",
        {},
        ("30 10 * * 1", [Q, R, E, S]),
    ),
    (
        "Harbour Dental \u2013 recall list\n\u2022 when: Tuesdays, 09:00\n\u2022 source:"
        " https://pms.harbourdental.example/api/recalls\n\u2022 do: summarise them\n"
        "\u2022 send to: #front-desk",
        {},
        ("0 9 * * 2", [H, M, S]),
    ),
    (
        "Oakridge Gym\n- when: every day at 7am\n- source: Salesforce, members lapsed in the"
        " last 30 days\n- do: build a report from them\n- send to: owner@oakridge.example",
        {},
        ("0 7 * * *", [Q, R, E]),
    ),
    (
        "Kiln log\n* when: Fridays, 16:00\n* source: https://kilns.example/api/firings\n"
        "* action: summarize them\n* send to: studio@kilns.example",
        {},
        ("0 16 * * 5", [H, M, E]),
    ),
    (
        "Parish newsletter\n\u00b7 when: 1st of the month, 8am\n\u00b7 source:"
        " https://parish.example/api/events\n\u00b7 do: compile a report\n\u00b7 send to:"
        " #parish-office",
        {},
        ("0 8 1 * *", [H, R, S]),
    ),
]

READ_WHOLE = PERFECT_EVENTS + ONE_THING_ASKED + GIVEN_ITEMS + BULLETED_FIELDS

NEAR = [
    # The present tense reads as before; a definite subject's perfect is still its state.
    ("Once a cat checks into Whiskerwood Cattery, email its owner.", {}, (None, [E])),
    ("If the backup job has failed, post in #ops.", {}, (None, [C, S])),
    ("Once the committee has approved it, email the applicant.", {}, (None, [C, E])),
    # On a schedule a perfect is the test of what the fetch returned.
    (
        "Every 10 minutes, check https://x.example/api/lifts and post in #patrol if any lift"
        " has stopped.",
        {},
        ("*/10 * * * *", [H, C, S]),
    ),
    # Many items asked about still pick which go.
    (
        "Every weekday at 4pm, let the warehouse crew know which outbound orders are still"
        " unpicked.",
        {"availableTools": ["http.request", "slack.post_message"]},
        ("0 16 * * 1-5", [H, C, S]),
    ),
    (
        "Every weekday at 08:40, tell the BI channel which Looker schedules failed overnight.",
        {"availableTools": ["http.request", "slack.post_message"]},
        ("40 8 * * 1-5", [H, C, S]),
    ),
    # A subset pointed at, with no count and nothing handed over, stays a test.
    ("Those over $500: email finance@x.example.", {}, (None, [C, E])),
    # A title over a bulleted list of steps that says when itself is still the schedule.
    (
        "Every Monday at 9\n- fetch https://x.example/api/orders\n- post them in #ops",
        {},
        ("0 9 * * 1", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), PERFECT_EVENTS)
def test_no_condition_doubt(text, context, expected):
    assert not [d for d in doubts_of(text, context) if "not understood" in d]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
