"""Round 83: a firm's possessive as a receiver's article and every summing-up noun as what they
get ("Kiln & Clay Pottery's studio techs should get a round-up of …"); "overnight" data as
dated data; a passive of equipping ("is fitted with new hearing aids") as a bare event; a finding
told as why ("— we've found people only notice problems once …"); and a need whose items the
steps after it fetch ("I need a summary of X — pull them, summarise them …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, Q, M, E, S, C, D = (
    "http.request",
    "salesforce.query",
    "summarize",
    "email.send",
    "slack.post_message",
    "check_status",
    "wait",
)
HME = {"availableTools": [H, M, E]}
HMS = {"availableTools": [H, M, S]}
QMS = {"availableTools": [Q, M, S]}

# "<Firm>'s <people> should get a <summing-up noun> of <dated data> <schedule>".
FIRMS_PEOPLE_GET = [
    (
        "Kiln & Clay Pottery's studio techs should get a round-up of the week's kiln firings"
        " every Sunday at 8pm.",
        HME,
        ("0 20 * * 0", [H, M, E]),
    ),
    (
        "Every Friday at 5pm, Harbour Lights Marina's berth staff should receive a rundown of"
        " the week's boat arrivals.",
        HME,
        ("0 17 * * 5", [H, M, E]),
    ),
    (
        "Greenleaf Nursery's growers should get an overview of yesterday's watering logs each"
        " morning at 7.",
        HME,
        ("0 7 * * *", [H, M, E]),
    ),
    (
        "The studio techs should get a wrap-up of the week's kiln firings every Sunday at 8pm.",
        HME,
        ("0 20 * * 0", [H, M, E]),
    ),
    (
        "Every Monday at 9, Oakridge Library's volunteers should get a roundup of last week's"
        " book returns.",
        HMS,
        ("0 9 * * 1", [H, M, S]),
    ),
]

# "<schedule>, send <people> a digest of the overnight <data>".
OVERNIGHT_DATA = [
    (
        "Mon\u2013Fri at 8:05, send the Brightwater Aquarium keepers a digest of the overnight"
        " tank alarms.",
        HMS,
        ("5 8 * * 1-5", [H, M, S]),
    ),
    (
        "Every morning at 6:30, give the ward sisters a summary of the overnight admissions.",
        HME,
        ("30 6 * * *", [H, M, E]),
    ),
    (
        "Weekdays at 7am, post a recap of the overnight server errors in #platform.",
        HMS,
        ("0 7 * * 1-5", [H, M, S]),
    ),
    (
        "At 8 every day, email the duty manager a round-up of overnight security incidents.",
        HME,
        ("0 8 * * *", [H, M, E]),
    ),
    (
        "Every day at 6am, send the bakers a digest of the overnight wholesale orders.",
        HMS,
        ("0 6 * * *", [H, M, S]),
    ),
]

# "<span> after <someone> is <equipped> with <thing>, <step> — we've found <why>".
EQUIPPED_AND_FOUND = [
    (
        "Three weeks after someone is fitted with new hearing aids at Clearsound Audiology, email"
        " them the aftercare questionaire \u2014 we've found people only notice problems once the"
        " novelty wears off.",
        {},
        (None, [D, E]),
    ),
    (
        "Two weeks after a volunteer is issued with a new lanyard, email them the safety quiz.",
        {},
        (None, [D, E]),
    ),
    (
        "A month after a tenant is supplied with a smart meter, email them the feedback form"
        " \u2014 we've noticed most questions come up once the first bill arrives.",
        {},
        (None, [D, E]),
    ),
    (
        "Ten days after a patient is fitted with a brace, email them the comfort survey.",
        {},
        (None, [D, E]),
    ),
    (
        "Five days after someone signs up, email them the welcome pack. We've found people only"
        " read it once they've logged in twice.",
        {},
        (None, [D, E]),
    ),
]

# "[For <occasion> on <day>] I need a <summary> of <items> — pull them, summarise them, post it".
NEED_THEN_FETCH = [
    (
        "For the trade show on Friday I need a one-off summary of Juniper Lane Distillery's"
        " wholesale accounts in Salesforce that haven't reordered since March \u2014 pull them,"
        " summarise them and post it in #trade-team.",
        QMS,
        (None, [Q, M, S]),
    ),
    (
        "I need a one-off summary of our Salesforce leads from the spring fair: pull them,"
        " summarise them and post it in #sales.",
        {},
        (None, [Q, M, S]),
    ),
    (
        "We need a quick recap of the open opportunities in Salesforce \u2014 grab them, sum them"
        " up and email it to boss@example.com.",
        {},
        (None, [Q, M, E]),
    ),
    (
        "For the board meeting on Thursday I need a summary of the overdue invoices in"
        " Salesforce \u2014 pull them, summarise them and post it in #finance.",
        {},
        (None, [Q, M, S]),
    ),
    (
        "I'd like a digest of the Salesforce cases opened this week \u2014 fetch them, summarise"
        " them and send it to support-leads@example.com.",
        {},
        (None, [Q, M, E]),
    ),
]

READ_WHOLE = FIRMS_PEOPLE_GET + OVERNIGHT_DATA + EQUIPPED_AND_FOUND + NEED_THEN_FETCH

NEAR = [
    # A grade on what the item is fitted with still says which events count.
    (
        "When a boiler is fitted with a faulty valve, email the engineer at eng@example.com.",
        {},
        (None, [C, E]),
    ),
    # A finding that goes on to ask ("so …") is kept for the grammars.
    (
        "Every Monday at 9, post last week's returns in #shop.",
        {},
        ("0 9 * * 1", [S]),
    ),
    # The overnight people reminded to do something are no data.
    (
        "Every evening at 10, remind the overnight porters to lock the side gate in #porters.",
        HMS,
        ("0 22 * * *", [S]),
    ),
    # A need whose summary the steps after it do not make again: the need makes it.
    (
        "We need a summary of signups from the Salesforce campaign: post it to #growth.",
        {},
        (None, [Q, M, S]),
    ),
    # The firm's people told without a made thing are sent what they get.
    (
        "Kiln & Clay Pottery's studio techs should get an email every Sunday at 8pm.",
        {},
        ("0 20 * * 0", [E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE + NEAR)
def test_reads_cron_and_actions(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), READ_WHOLE)
def test_right_answers_are_confident(text, context, expected):
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "trigger" in d or "condition" in d]
