"""Round 84: an item named with the participle of its arrival and where it arrives ("for each
delivery note scanned in at Ridgeback Sawmill") is the trigger, not a test; items split, separated
or divided into named kinds are classified; a second class sent with its verb left out ("negative
ones to #foh, positive ones to the webhook") comes under its own test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, K, S, E, W = "check_status", "classify", "slack.post_message", "email.send", "webhook.post"
Q, R = "salesforce.query", "generate_report"

ARRIVED_AT_A_PLACE = [
    (
        "For each timber delivery note scanned in at Ridgeback Sawmill, sort the load into"
        " hardwood or softwood and ping the hardwood ones to #grading.",
        (None, [K, C, S]),
    ),
    (
        "For every parcel scanned in at the Dunmore depot, post it to #dispatch.",
        (None, [S]),
    ),
    (
        "For each form submitted on our website, classify it as sales or support and email the"
        " sales ones to sales@acme.example.",
        (None, [K, C, E]),
    ),
    (
        "For each receipt uploaded to the expenses folder, summarize it and post it in #finance.",
        (None, ["summarize", S]),
    ),
    (
        "For every fault logged at Harwick Garage, email it to workshop@harwick.example.",
        (None, [E]),
    ),
]

PARTED_INTO_KINDS = [
    (
        "Thornbury Recruitment, Mondays at five past seven: Salesforce \u2192 placements that"
        " started last week \u2192 split into permanent vs contract \u2192 write it up as a report"
        " \u2192 #consultants and md@thornburyrecruitment.example",
        ("5 7 * * 1", [Q, K, R, S, E]),
    ),
    (
        "When an order comes in, separate it into domestic or international and post the"
        " international ones to #ops.",
        (None, [K, C, S]),
    ),
    (
        "Every Friday at 4pm, pull the week's deals from Salesforce, divide them into new business"
        " and renewals, then email a report to sales@acme.example.",
        ("0 16 * * 5", [Q, K, R, E]),
    ),
    (
        "When a ticket arrives, split it into bug vs feature and post the bug ones in #triage.",
        (None, [K, C, S]),
    ),
    (
        "New survey reply \u2192 separate into praise/complaint \u2192 complaint ones to #feedback",
        (None, [K, C, S]),
    ),
]

GAPPED_CLASSES = [
    (
        "new review for saffron lane curry house \u2192 classify pos/neg \u2192 negative ones to"
        " #front-of-house, positive ones to the testimonials webhook",
        (None, [K, C, S, C, W]),
    ),
    (
        "new lead \u2192 score hot/cold \u2192 hot ones to #sales and cold ones to the nurture"
        " webhook",
        (None, [K, C, S, C, W]),
    ),
    (
        "When a review comes in, classify it as positive or negative, send the negative ones to"
        " #front-of-house and the positive ones to the testimonials webhook.",
        (None, [K, C, S, C, W]),
    ),
    (
        "When a ticket arrives, triage it as urgent or routine, then post the urgent ones to #ops,"
        " routine ones to support@acme.example",
        (None, [K, C, S, C, E]),
    ),
    (
        "new claim \u2192 classify big/small \u2192 big ones to the adjuster webhook, small ones"
        " to #claims",
        (None, [K, C, W, C, S]),
    ),
]

READ_RIGHT = ARRIVED_AT_A_PLACE + PARTED_INTO_KINDS + GAPPED_CLASSES

NEAR_CASES = [
    # A subset with no place it arrives at stays a test on a schedule.
    (
        "Every Monday at 9am, for each order over $500, email finance@acme.example.",
        ("0 9 * * 1", ["http.request", C, E]),
    ),
    # Splitting with no kinds named sorts nothing.
    ("When an invoice arrives, split the bill and email it to ap@acme.example.", (None, [E])),
    # One class sent, then the same items sent on: no second test.
    (
        "new lead \u2192 score hot/cold \u2192 hot ones to #sales, and send them to the nurture"
        " webhook",
        (None, [K, C, S, W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ_RIGHT)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), READ_RIGHT)
def test_confident_and_undoubted(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), NEAR_CASES)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected
