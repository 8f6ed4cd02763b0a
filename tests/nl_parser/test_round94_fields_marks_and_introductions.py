"""Round 94: fields listed and taken "out of each" item are extracted; items marked with labels
listed right after them ("mark each one positive or negative") are sorted into those labels; a
firm's way of getting its items ("X gets booking forms by email.") before a request on its own
event is told; fields of four words ("the number of pieces") are fields of an arrival; who asks,
introduced by "here" and run into the request, is no step; an address alone in brackets after
the data is its source; and people opening the sentence at a firm ("Trustees at the Fenwick
Maritime Museum would like …") are the people alone."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S = "check_status", "email.send", "slack.post_message"
H, W, K = "http.request", "webhook.post", "classify"
X, R, SUM = "extract", "generate_report", "summarize"

FIELDS_OUT_OF_EACH = [
    (
        "One-off for Ampersand Letterpress: we've got around 400 old job dockets saved as PDFs. "
        "Pull the client, paper stock and run length out of each one, put together a report and "
        "send it to ink@ampersandletterpress.example.",
        (None, [X, R, E]),
    ),
    (
        "Pull the client, paper stock and run length out of each docket and email them to "
        "a@x.example.",
        (None, [X, E]),
    ),
    (
        "Grab the supplier, invoice date and total out of every invoice, then post them in "
        "#accounts.",
        (None, [X, S]),
    ),
    (
        "We have 200 scanned delivery notes. Pull the haulier, net weight and run time out of "
        "each one and email a report to ops@x.example.",
        (None, [X, R, E]),
    ),
    (
        "Take the tenant, rent and start date out of each lease, then send them to "
        "lettings@x.example.",
        (None, [X, E]),
    ),
]

MARKED_WITH_LABELS = [
    (
        "one-off for breakline surf school: go thru the 600 reviews we exported from tripadvisor, "
        "mark each one positive or negative, and write me a summary of the negative reviwes "
        "\u2014 send it to owner@breaklinesurf.example",
        (None, [K, C, SUM, E]),
    ),
    (
        "Mark each review positive or negative, then summarise the negative ones and email them "
        "to owner@x.example.",
        (None, [K, C, SUM, E]),
    ),
    (
        "Tag each ticket urgent or routine and post the urgent ones in #support.",
        (None, [K, C, S]),
    ),
    (
        "Label every enquiry hot, warm or cold, then email the hot ones to sales@x.example.",
        (None, [K, C, E]),
    ),
    (
        "Go through the survey replies, mark each one happy or unhappy, and post a summary of "
        "the unhappy replies in #feedback.",
        (None, [K, C, SUM, S]),
    ),
]

ARRIVALS_TOLD = [
    (
        "Clayhaus Pottery gets kiln booking forms by email. Each time one arrives, grab the "
        "member's name, the number of pieces and the firing temperature, then forward them to "
        "the kiln-rota webhook and post them in #kiln-room.",
        (None, [X, W, S]),
    ),
    (
        "Pinewood Dental gets new patient forms by email. Each time one arrives, grab the "
        "patient's name, the name of the insurer and the date of birth, then post them in "
        "#front-desk.",
        (None, [X, S]),
    ),
    (
        "The studio receives class sign-ups through the website. Whenever one comes in, grab the "
        "student's name, the number of classes and the start date, then email them to "
        "desk@x.example.",
        (None, [X, E]),
    ),
    (
        "Harbour Yacht Club gets berth requests by email. When one lands, post it in #harbour.",
        (None, [S]),
    ),
    (
        "When a repair form arrives, pull the owner's name, the make of the bike and the fault, "
        "then send them to the repair webhook.",
        (None, [X, W]),
    ),
]

INTRODUCED_AND_BRACKETED = [
    (
        "cragloft climbing here \U0001f44b need the route reset list "
        "(https://walls.cragloft.example/api/resets) dropped into #setters sat + sun mornings at "
        "7:40, cheers",
        ("40 7 * * 0,6", [H, S]),
    ),
    (
        "need the route reset list (https://walls.x.example/api/resets) dropped into #setters "
        "at 7:40 on weekends",
        ("40 7 * * 0,6", [H, S]),
    ),
    (
        "Fernhill Bakery here \U0001f44b can you post today's orders "
        "(https://orders.fernhill.example/api/today) in #bakers every day at 5am",
        ("0 5 * * *", [H, S]),
    ),
    (
        "please email the stock levels (https://shop.x.example/api/stock) to buyer@x.example "
        "every Monday at 8am",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "hockey club here need the fixtures list (https://x.example/api/fixtures) posted in "
        "#players every Friday at 6pm",
        ("0 18 * * 5", [H, S]),
    ),
]

PEOPLE_AT_A_FIRM = [
    (
        "Volunteers at the Hollybank Food Bank would like a summary of yesterday's donations in "
        "their inbox every day at 8am.",
        ("0 8 * * *", [SUM, E]),
    ),
    (
        "Parents at Brightsparks Tutoring would like a short rundown of the week's homework "
        "scores in their inbox every Sunday at 6pm.",
        ("0 18 * * 0", [SUM, E]),
    ),
    (
        "Stewards from Riverside Rugby Club would like a summary of the match-day incidents "
        "landing in their inbox every Monday at 9am.",
        ("0 9 * * 1", [SUM, E]),
    ),
    (
        "Managers at Copperkettle Hostel would like a summary of last night's bookings in their "
        "inbox every day at 7am.",
        ("0 7 * * *", [SUM, E]),
    ),
]

RIGHT = (
    FIELDS_OUT_OF_EACH
    + MARKED_WITH_LABELS
    + ARRIVALS_TOLD
    + INTRODUCED_AND_BRACKETED
    + PEOPLE_AT_A_FIRM
)

TRUSTEES = (
    "Trustees at the Fenwick Maritime Museum would like a short rundown of the previous week's "
    "visitor figures landing in their inbox every Monday at 9:05 am."
)
TOOLS = {"availableTools": [H, SUM, E]}

NEAR = [
    # A system items come out of is read.
    ("Pull the orders out of Salesforce and post them in #sales.", (None, ["salesforce.query", S])),
    # Marked with one state, no choice of labels: no sort.
    ("Mark each one as positive or negative.", (None, [K])),
    # The items counted "from each" were read before this round too.
    (
        "Pull the client, paper stock and run length from each docket and email them to "
        "a@x.example.",
        (None, [X, E]),
    ),
    # An address in brackets after the webhook is where it posts, no fetch.
    (
        "When a door opens, post the alert to the webhook (https://hooks.x.example/alerts).",
        (None, [W]),
    ),
    # Data from a system named before the wish is kept.
    ("Orders from Shopify should go to #sales every hour.", ("0 * * * *", [S])),
    # The people alone, as before.
    (
        "Trustees would like a short rundown of the previous week's visitor figures landing in "
        "their inbox every Monday at 9:05 am.",
        ("5 9 * * 1", [SUM, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_read_as_the_construction_says(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_right_answers_are_confident_and_carry_no_doubt(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


def test_people_at_a_firm_with_tools_get_the_fetch_they_need():
    assert read(TRUSTEES, TOOLS) == ("5 9 * * 1", [H, SUM, E])
    assert confidence_of(TRUSTEES, TOOLS) >= 0.7
    assert doubts_of(TRUSTEES, TOOLS) == []


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
