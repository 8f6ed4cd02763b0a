"""Round 70: the last label a sorting verb lists ("into North, South or Export territory") is no
step whatever verb it looks like; "with a copy emailed to …" after a place already named is a
second delivery, comma or not; and a question whether a named chore can be automated ("Could the
Friday pipeline pack be automated?") is talk around the request."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

Q, H, E, S = "salesforce.query", "http.request", "email.send", "slack.post_message"
C, R, SUM = "classify", "generate_report", "summarize"
TOOLS = {"availableTools": [Q, H, S, E]}

# "… or Export territory": after "or" closing labels a sorting verb opened, a word and a noun at
# most up to the clause's end is the last label; read as a step, "export" made a fetch.
LAST_LABELS = [
    (
        "One-off: pull the full list of Brannock Industrial Supply accounts out of Salesforce,"
        " sort each one into North, South or Export territory, and email the sorted list to"
        " salesops@brannocksupply.example.",
        (None, [Q, C, E]),
    ),
    (
        "Every Monday at 9am pull the new cases from Salesforce, classify each as billing,"
        " outage or import batch, and email the classified cases to support@desk.example.",
        ("0 9 * * 1", [Q, C, E]),
    ),
    (
        "Every Monday at 9am pull the new cases from Salesforce, tag each as billing or post"
        " queue, and email the tagged cases to support@desk.example.",
        ("0 9 * * 1", [Q, C, E]),
    ),
    (
        "Pull the leads from Salesforce, sort them into hot, warm or call back, and email the"
        " sorted list to sales@acme.example.",
        (None, [Q, C, E]),
    ),
    (
        "Each Friday at 5pm query the donors in Salesforce, group each under gold, silver or"
        " export list, and email the grouped list to gifts@charity.example.",
        ("0 17 * * 5", [Q, C, E]),
    ),
    (
        "Fetch the returns from https://api.shop.example/returns, categorise each into refund,"
        " repair or export bucket, then email the sorted returns to returns@shop.example.",
        (None, [H, C, E]),
    ),
]

# "put it in #estimating with a copy emailed to …": no comma, but a place already named and a
# thing sent on to another make two deliveries; read as one, "emailed" became a status test.
COPIES_SENT_WITH = [
    (
        "Could the Friday pipeline pack for Meridian Scaffolding be automated? Pull the open"
        " quotes from the CRM at 2:15pm each Friday, turn them into a pipeline report, and put it"
        " in #estimating with a copy emailed to carlos.reyes@meridianscaffold.example.",
        ("15 14 * * 5", [Q, R, S, E]),
    ),
    (
        "Every Monday at 8am pull the open tickets from Salesforce, summarize them, and post the"
        " summary in #support with a copy sent to lead@helpdesk.example.",
        ("0 8 * * 1", [Q, SUM, S, E]),
    ),
    (
        "Every day at 6pm query the new orders in Salesforce, build a sales report and email it"
        " to ops@shop.example with a copy posted in #sales.",
        ("0 18 * * *", [Q, R, E, S]),
    ),
    (
        "On weekdays at 7am summarise the readings from https://api.farm.example/sensors and"
        " drop the summary into #growers with a copy forwarded to agronomist@farm.example.",
        ("0 7 * * 1-5", [H, SUM, S, E]),
    ),
    (
        "Each Tuesday at 10am pull the renewals from Salesforce and share them in #renewals with"
        " copies emailed to amy@co.example and ben@co.example.",
        ("0 10 * * 2", [Q, S, E]),
    ),
]

# "Could the weekly stock pack be automated?": the chore named by any words, asked after.
CHORES_ASKED = [
    (
        "Could the weekly stock pack be automated? Every Monday at 9am pull the stock levels from"
        " Salesforce and post them to #stores.",
        ("0 9 * * 1", [Q, S]),
    ),
    (
        "Can our month-end commission sheet be set up to run by itself? On the 1st of every"
        " month at 8am query the closed deals in Salesforce and email them to pay@co.example.",
        ("0 8 1 * *", [Q, E]),
    ),
    (
        "Would the Harbour Lane rota reminder be done automatically? Every Sunday at 6pm fetch"
        " the week's rota from https://rota.example/api/week and post it in #harbour-lane.",
        ("0 18 * * 0", [H, S]),
    ),
    (
        "Could this Bexley Dental recall list be automated for us? Every weekday at 8am pull the"
        " recalls due from Salesforce and email them to front@bexley.example.",
        ("0 8 * * 1-5", [Q, E]),
    ),
]

# Near cases: a step after "or" with its object and place, a part sent "with" the thing, a
# question naming the only cadence, and a place that comes after the comma stay as they were.
UNCHANGED = [
    (
        "Pull the accounts from Salesforce, sort them into north or south and export them to"
        " https://sheets.example/api/import.",
        (None, [Q, C, H]),
    ),
    (
        "Every Friday at 4pm pull the invoices from Salesforce, summarize them and email the"
        " summary to ap@co.example with the totals highlighted.",
        ("0 16 * * 5", [Q, SUM, E]),
    ),
    (
        "Every Friday at 4pm pull the invoices from Salesforce and post them in #finance with a"
        " short note.",
        ("0 16 * * 5", [Q, S]),
    ),
    (
        "Every Friday at 4pm pull the invoices from Salesforce and post them in #finance, with"
        " the summary emailed to ap@co.example.",
        ("0 16 * * 5", [Q, S, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAST_LABELS)
def test_last_label_a_sorting_verb_lists_is_no_step(text, expected):
    assert read(text, TOOLS) == expected
    assert confidence_of(text, TOOLS) >= 0.7


@pytest.mark.parametrize(("text", "expected"), COPIES_SENT_WITH)
def test_copy_sent_with_after_a_place_is_a_second_delivery(text, expected):
    assert read(text, TOOLS) == expected
    assert confidence_of(text, TOOLS) >= 0.7
    assert doubts_of(text, TOOLS) == []


@pytest.mark.parametrize(("text", "expected"), CHORES_ASKED)
def test_question_whether_a_chore_can_be_automated_is_talk(text, expected):
    assert read(text, TOOLS) == expected
    assert confidence_of(text, TOOLS) >= 0.7
    assert doubts_of(text, TOOLS) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text, TOOLS) == expected
