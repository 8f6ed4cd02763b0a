"""Round 81: items headed with the site they come from ("Each enquiry form from the Bramwell
Hotel website: classify it …") head the steps; "work out which are X vs Y" judges a class; a
delivery limited to a subset ("ship only the 'write off' ones", "DM Marta on Slack just the
ones for …") tests it first; and "everthing else" is a slip for "everything else"."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

H, Q, K, C, S, E, W, X, M = (
    "http.request",
    "salesforce.query",
    "classify",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
    "extract",
    "summarize",
)

# "Each <items> from <the firm's site / app / portal>: <verb> it …": the items head the steps.
ITEMS_HEADED_WITH_THEIR_SITE = [
    (
        "Each enquiry form from the Bramwell Hotel website: classify it as wedding, corporate or"
        " leisure; wedding ones go to weddings@bramwellhotel.example, anything else to"
        " #reservations.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Every new claim from the Harbourside Insurance portal: classify it as theft, flood or"
        " fire; flood ones go to floods@harbourside.example, anything else to #claims.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Each booking request from our website: tag it as group, school or private; school ones"
        " go to the schools webhook, everything else to #bookings.",
        (None, [K, C, W, C, S]),
    ),
    (
        "Every order from the Copperpot Kitchen app: sort it into delivery or collection;"
        " delivery ones go to #drivers, the rest to kitchen@copperpot.example.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Each new review from the Fellside Camping website: label it positive or negative; email"
        " the negative ones to owner@fellside.example.",
        (None, [K, C, E]),
    ),
    (
        "Each support ticket from the Lumen Labs portal: categorise it as bug, billing or other,"
        " then post a summary in #support.",
        (None, [K, M, S]),
    ),
]

# "work out which are X vs Y", "figure out which ones are X and which are Y": a class judged.
WHICH_ARE_WHICH = [
    (
        "one-off, right now: pull every Ridgeway Roofing opportunity from the CRM, work out which"
        " are storm-damage jobs vs planned re-roofs, write a summary and ship it to #estimators",
        (None, [Q, K, M, S]),
    ),
    (
        "Every Friday at 4pm, fetch the week's returns from https://shop.example/api/returns,"
        " figure out which ones are refunds and which are exchanges, and post a summary in #cs.",
        ("0 16 * * 5", [H, K, M, S]),
    ),
    (
        "When a support email arrives, determine which of them are complaints versus questions"
        " and email a summary to cs@x.example.",
        (None, [K, M, E]),
    ),
    (
        "Each morning at 7 grab the new claims from https://claims.example/api, work out which"
        " are water damage as opposed to storm damage, then summarise them for #claims.",
        ("0 7 * * *", [H, K, M, S]),
    ),
    (
        "Pull all open opportunities from Salesforce, tell which are renewals vs new business,"
        " and post a summary in #sales.",
        (None, [Q, K, M, S]),
    ),
]

# "<deliver> only / just the <class> ones …": the subset kept is tested before it is sent.
DELIVERY_LIMITED_TO_A_SUBSET = [
    (
        "Single job, not recurring \u2014 Pebblebrook Library is writing off old debts. Fetch the"
        " 1,200 overdue notices exported to"
        " https://ils.pebblebrooklibrary.example/api/overdue-export, pull out the borrower ID,"
        " item title and days overdue from each, sort them into 'chase' or 'write off', and ship"
        " only the 'write off' ones to the finance webhook.",
        (None, [H, X, K, C, W]),
    ),
    (
        "Every weekday at 11:45, pull all open Quillfeather Translation opportunities from"
        " Salesforce and DM Marta on Slack just the ones for Japanese or Korean work.",
        ("45 11 * * 1-5", [Q, C, S]),
    ),
    (
        "Fetch the invoices from https://ap.example/api, classify each as 'pay now' or 'hold',"
        " and ship only the 'pay now' ones to the payments webhook.",
        (None, [H, K, C, W]),
    ),
    (
        "Every Friday, pull the open deals from Salesforce, classify them as 'hot' or 'cold', and"
        " email only the 'hot' ones to sales@x.example.",
        ("0 9 * * 5", [Q, K, C, E]),
    ),
    (
        "Each Monday at 8, grab every new lead from Salesforce and DM Priya on Slack only the"
        " ones from Germany.",
        ("0 8 * * 1", [Q, C, S]),
    ),
    (
        "Every weekday at 9, pull the open cases from https://cases.example/api and message Tom"
        " on Slack just the ones for the London office.",
        ("0 9 * * 1-5", [H, C, S]),
    ),
    (
        "Every evening, fetch new orders from https://shop.example/api and post in #ops just the"
        " ones over $500.",
        ("0 18 * * *", [H, C, S]),
    ),
]

# "everthing else", "evrything else", "anythng else": the other branch, its word mistyped.
REST_MISTYPED = [
    (
        "Each weekday at 13:00, fetch new reviews for Paws & Suds Grooming from"
        " https://reviews.pawsandsuds.example/api/new; forward any rated two stars or lower to"
        " owner@pawsandsuds.example and drop everthing else in #groomers.",
        ("0 13 * * 1-5", [H, C, E, C, S]),
    ),
    (
        "Every morning at 8, pull the new orders from https://shop.example/api/orders; email the"
        " ones over $500 to sales@shop.example and post evrything else in #orders.",
        ("0 8 * * *", [H, C, E, C, S]),
    ),
    (
        "Critical tickets go to #incidents and everyting else to #support.",
        (None, [C, S, C, S]),
    ),
    (
        "Every hour fetch alerts from https://mon.example/api; page the critical ones via the"
        " pager webhook, anythng else goes to #ops.",
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "When a lead comes in, email the enterprise ones to ae@x.example and post anyting else"
        " in #sales.",
        (None, [C, E, C, S]),
    ),
]

# The constructions without what this round reads: unchanged.
NEAR = [
    (
        "Every weekday at 11:45, pull all open Quillfeather Translation opportunities from"
        " Salesforce and DM Marta on Slack.",
        ("45 11 * * 1-5", [Q, S]),
    ),
    (
        "Every hour fetch readings from https://x.example/api and post only the summary to #ops.",
        ("0 * * * *", [H, M, S]),
    ),
    (
        "Each enquiry form from the Bramwell Hotel website should be emailed to"
        " sales@bramwell.example.",
        (None, [H, E]),
    ),
    (
        "Every Monday at 9 post a summary of everything in #team.",
        ("0 9 * * 1", [M, S]),
    ),
    (
        "Each enquiry form: classify it as wedding, corporate or leisure.",
        (None, [K]),
    ),
]

READ_WHOLE = ITEMS_HEADED_WITH_THEIR_SITE + WHICH_ARE_WHICH + DELIVERY_LIMITED_TO_A_SUBSET
# The first miss keeps the doubt of its opening words ("Single job, not recurring"), not ours.
CONFIDENT = ITEMS_HEADED_WITH_THEIR_SITE + WHICH_ARE_WHICH + DELIVERY_LIMITED_TO_A_SUBSET[1:]


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE + REST_MISTYPED)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONFIDENT)
def test_no_doubt_when_read(text, expected):
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), CONFIDENT + REST_MISTYPED)
def test_confident_when_read(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), REST_MISTYPED)
def test_only_the_typo_is_doubted(text, expected):
    assert all("likely typo" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected


def test_quoted_class_is_kept_whole():
    text = DELIVERY_LIMITED_TO_A_SUBSET[2][0]
    tests = [s.config for s in parse(text, {}).steps if s.action == C]
    assert tests == [{"field": "$.category", "operator": "equals", "value": "pay now"}]
