"""Round 79: "rate X by sentiment" rates by a criterion, a classification; "each X should get a
sentiment check" names the classification as a noun the items get; and "could someone triage
…" asks anyone at all for the step, as "could you …" does."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, K, C, S, E, W = (
    "http.request",
    "classify",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
)

# "rate <items> by <criterion>": a rating by a criterion is a classification.
RATED_BY_A_CRITERION = [
    (
        "Each weekday at ten past nine, rate yesterday's app reviews from"
        " https://reviews.fitloopapp.example/api/yesterday by sentiment and forward anything"
        " negative to product@fitloopapp.example.",
        {},
        ("10 9 * * 1-5", [H, K, C, E]),
    ),
    (
        "Every Monday at 8am, pull last week's support tickets from https://desk.example.com/api"
        "/tickets, rate them by urgency and post the urgent ones in #support-leads.",
        {},
        ("0 8 * * 1", [H, K, C, S]),
    ),
    (
        "Every evening at 6pm, rate the day's guest comments at https://inn.example.com/api"
        "/comments by tone, then email any negative ones to gm@inn.example.com.",
        {},
        ("0 18 * * *", [H, K, C, E]),
    ),
    (
        "Every Friday at 4pm, fetch new supplier invoices from https://ap.example.com/api"
        "/invoices and rate each one by risk; post the high-risk ones to #finance.",
        {},
        ("0 16 * * 5", [H, K, C, S]),
    ),
    (
        "Daily at 7am, rate overnight bug reports from https://bugs.example.com/api/new by"
        " severity and send anything critical to the on-call webhook.",
        {},
        ("0 7 * * *", [H, K, C, W]),
    ),
]

# "<items> should get / get / need a <criterion> check": the classification named as a noun.
CLASS_CHECK_GOT = [
    (
        "Every review left on the Crumb & Co Bakery website should get a sentiment check"
        " (thumbs up or thumbs down); anything thumbs-down gets emailed to"
        " manager@crumbandco.example.",
        {},
        (None, [K, C, E]),
    ),
    (
        "Every ticket that comes in to the help desk should get an urgency check; anything"
        " urgent gets posted to #on-call.",
        {},
        (None, [K, C, S]),
    ),
    (
        "Each comment posted on our forum needs a tone check (friendly or hostile); anything"
        " hostile gets emailed to mods@forum.example.",
        {},
        (None, [K, C, E]),
    ),
    (
        "Every survey answer submitted on the feedback form gets a sentiment check, and the"
        " negative ones get posted to #cx.",
        {},
        (None, [K, C, S]),
    ),
    (
        "Every Monday at 9am, fetch the open bug reports from https://bugs.example.com/api/open;"
        " each one should get a severity check, and anything critical goes to the on-call"
        " webhook.",
        {},
        ("0 9 * * 1", [H, K, C, W]),
    ),
]

# "could someone / can somebody / would anyone <verb> …": asked of anyone, the verb is after.
ASKED_OF_ANYONE = [
    (
        "Bit of a one-off: we switched help desks at Quanta (we make B2B invoicing software) and"
        " about 600 support emails from last quarter got dumped at"
        " https://mail.quanta-saas.example/api/q3-support. Could someone triage each one into"
        " bug, billing, feature request or how-to, and push just the bugs to the engineering"
        " webhook? Much appreciated.",
        {},
        (None, [H, K, C, W]),
    ),
    (
        "Every Monday at 8am, could someone pull the new leads from https://crm.example.com/api"
        "/leads and post them in #sales?",
        {},
        ("0 8 * * 1", [H, S]),
    ),
    (
        "The spring catalogue orders are at https://shop.example.com/api/spring. Can somebody"
        " sort them into retail, trade or export and email the trade ones to trade@shop.example?",
        {},
        (None, [H, K, C, E]),
    ),
    (
        "Would anyone summarise the incident notes at https://ops.example.com/api/incidents and"
        " post the summary in #ops?",
        {},
        (None, [H, "summarize", S]),
    ),
    (
        "Every Friday at 5pm, can anybody fetch the week's sales from https://pos.example.com/api"
        "/sales and email them to owner@cafe.example?",
        {},
        ("0 17 * * 5", [H, E]),
    ),
]

# Near cases: the same shapes without the construction, read as before.
NEAR = [
    (
        # A rate that is a quantity, tested: no classification.
        "Every hour, fetch the error rate from https://metrics.example.com/api/errors and post"
        " in #ops if it is above 5%.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        # Rated into listed labels: a classification, as before.
        "Every day at 9am, fetch reviews from https://reviews.example.com/api and rate each one"
        " positive or negative, then email the negative ones to care@example.com.",
        {},
        ("0 9 * * *", [H, K, C, E]),
    ),
    (
        # A check of state, not of a class: no classification.
        "Every morning at 7am, run a health check on https://api.example.com/health and post"
        " the result in #ops.",
        {},
        ("0 7 * * *", [H, S]),
    ),
    (
        # "could you" as before.
        "Could you triage each message at https://mail.example.com/api/inbox into bug or"
        " question, and push just the bugs to the engineering webhook?",
        {},
        (None, [H, K, C, W]),
    ),
]

READ_WHOLE = RATED_BY_A_CRITERION + CLASS_CHECK_GOT + ASKED_OF_ANYONE


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), RATED_BY_A_CRITERION + CLASS_CHECK_GOT)
def test_no_new_doubt(text, context, expected):
    assert not doubts_of(text, context)


@pytest.mark.parametrize(("text", "context", "expected"), RATED_BY_A_CRITERION + CLASS_CHECK_GOT)
def test_confident_when_read(text, context, expected):
    assert confidence_of(text, context) >= 0.7


def test_asked_of_anyone_leaves_no_unread_step():
    text, context, _ = ASKED_OF_ANYONE[0]
    assert not [d for d in doubts_of(text, context) if "not understood" in d]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR)
def test_near_cases_unchanged(text, context, expected):
    assert read(text, context) == expected
