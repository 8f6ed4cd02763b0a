"""Round 48: a fault named alone as a test ("any count mismatch -> email …"), a remainder named
alone as the other branch ("anything else → …", "Absent any such reading, …"), a class of the
sort before as the subject of a delivery ("Crash reports go straight to #live-ops") and what is
logged to a named webhook (a post to it, not a call as well)."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, read

E, S, W, C, H = "email.send", "slack.post_message", "webhook.post", "check_status", "http.request"
K = "classify"


# "GET …; any count mismatch -> email …; else post …": a noun for a fault found, with no verb,
# between the fetch and a step, is the test of that step.
FAULT_NAMED = [
    (
        "pharmacy; mon-sat 18:00; GET https://stock.example-parkviewpharmacy.ie/api/controlled;"
        " any count mismatch -> email pharmacist@example-parkviewpharmacy.ie; else post"
        " 'CD count ok' in #dispensary",
        ("0 18 * * 1-6", [H, C, E, C, S]),
    ),
    (
        "daily 07:00; GET https://ledger.example-tillworks.com/api/float; cash discrepancy ->"
        " email manager@example-tillworks.com; else post 'float ok' in #shop-floor",
        ("0 7 * * *", [H, C, E, C, S]),
    ),
    (
        "weekdays 9am → GET https://wms.example-crateline.com/api/picks → any stock mismatch →"
        " hit the recount webhook",
        ("0 9 * * 1-5", [H, C, W]),
    ),
    (
        "every hour; GET https://meters.example-gridly.io/api/flows; flow anomaly -> post in"
        " #grid-ops",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "fridays 16:00 => GET https://budgets.example-ostra.com/api/projects => any budget"
        " breach => email pmo@example-ostra.com => otherwise post 'on budget' to #projects",
        ("0 16 * * 5", [H, C, E, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAULT_NAMED)
def test_a_fault_named_alone_tests_the_step_after_it(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "…; anything else → post it in #yard-team", "Absent any such reading, …": the remainder of the
# test before, named with no verb, hands the step after it the other branch.
OTHER_BRANCH_ALONE = [
    (
        "MEMORANDUM — Quality Control, Hopwright Brewing Co. With effect from this week, the"
        " fermentation log at https://tanks.example-hopwright.beer/api/fermenters is to be"
        " retrieved daily at 05:30. In the event that any vessel reads above 21°C, the head"
        " brewer shall be paged via the pager webhook. Absent any such reading, the figures are"
        " to be posted to #cellar-crew.",
        ("30 5 * * *", [H, C, W, C, S]),
    ),
    (
        "Every morning at 6, fetch the freezer temperatures from"
        " https://cold.example-frostline.com/api/units. If any unit is above -15°C, page the"
        " facilities webhook. Absent any such alarm, post the readings to #kitchen.",
        ("0 6 * * *", [H, C, W, C, S]),
    ),
    (
        "Every hour, GET https://status.example-northwind.com/api/health; if the error rate is"
        " over 5, email sre@example-northwind.com; anything else → post it in #status.",
        ("0 * * * *", [H, C, E, C, S]),
    ),
    (
        "At 8am daily, check https://api.example-tidewater.com/levels. When the level is above"
        " 3 m, trigger the flood webhook. Failing that, email the daily levels to"
        " harbour@example-tidewater.com.",
        ("0 8 * * *", [H, C, W, C, E]),
    ),
    (
        "Every 30 minutes, GET https://gates.example-portway.com/api/queue; if the queue is"
        " longer than 40, post in #gate-ops; in the absence of any such queue, email the"
        " numbers to ops@example-portway.com.",
        ("*/30 * * * *", [H, C, S, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_BRANCH_ALONE)
def test_the_remainder_named_alone_is_the_other_branch(text: str, expected: tuple) -> None:
    assert read(text) == expected
    if not text.startswith("MEMORANDUM"):  # its heading's words are unread, as before
        assert confidence_of(text) >= 0.7


# "triage it as crash, gameplay or cosmetic. Crash reports go straight to #live-ops": a class
# of the sort before, leading a delivery, is the items it takes; "the rest" the other branch.
CLASS_AS_SUBJECT = [
    (
        "Each time a player files a bug report from inside the game, triage it as crash,"
        " gameplay or cosmetic. Crash reports go straight to #live-ops; the rest get emailed to"
        " qa-backlog@example-pixelforge.games.",
        (None, [K, C, S, C, E]),
    ),
    (
        "ferry ops => 04:50 daily => GET https://sailings.example-islaferries.scot/api/"
        "weather-holds => classify each sailing as go, delay or cancel => cancels to the SMS"
        " webhook for passengers => full list to #ferry-control",
        ("50 4 * * *", [H, K, C, W, S]),
    ),
    (
        "When a review comes in, sort it as praise, complaint or question. Complaints go to"
        " care@example-brightmug.com and the rest to #reviews.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Every day at 7am, GET https://api.example-orchard.com/leads and label each lead as"
        " hot, warm or cold; hot leads to #sales.",
        ("0 7 * * *", [H, K, C, S]),
    ),
    (
        "When a claim is filed, classify it as urgent or routine. Urgent claims should be"
        " posted in #claims-desk; everything else gets emailed to claims@example-fairlane.com.",
        (None, [K, C, S, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_AS_SUBJECT)
def test_a_class_leading_a_delivery_is_its_test(text: str, expected: tuple) -> None:
    assert read(text) == expected


def test_the_class_delivery_carries_no_unknown_verb_doubt() -> None:
    text = CLASS_AS_SUBJECT[0][0]
    assert not [w for w in parse(text, {}).warnings if "not one the parser knows" in w]


# "else log the queue times to the analytics webhook": what is logged to a named webhook is
# posted to it; a source it comes from is still fetched.
LOGGED_TO_A_WEBHOOK = [
    (
        "Every 20 minutes from 9am to 9pm, check https://rides.example-thunderpark.com/api/"
        "queues; when the wait on any coaster passes 75 minutes, text the ride supervisor"
        " through the SMS webhook, else log the queue times to the analytics webhook.",
        ("*/20 9-21 * * *", [H, C, W, C, W]),
    ),
    (
        "When a delivery is signed for, log the signature to the proof-of-delivery webhook.",
        (None, [W]),
    ),
    (
        "Every night at 1am, fetch the meter readings from https://m.example-voltly.com/api and"
        " save them in the billing webhook.",
        ("0 1 * * *", [H, W]),
    ),
    (
        "When a door sensor trips, record the event via the security-log webhook and post in"
        " #security.",
        (None, [W, S]),
    ),
    (
        "When a badge is scanned, store the scan in our access-audit webhook.",
        (None, [W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOGGED_TO_A_WEBHOOK)
def test_logged_to_a_named_webhook_is_a_post(text: str, expected: tuple) -> None:
    assert read(text) == expected


# Near cases that must not change.
UNCHANGED = [
    # The fault noun with no step after it is no test; the fetch alone.
    (
        "daily 07:00; GET https://ledger.example-tillworks.com/api/float; email the totals to"
        " manager@example-tillworks.com",
        ("0 7 * * *", [H, E]),
    ),
    # A sync from a named source still fetches it.
    (
        "Every day at 4am, sync customers from Salesforce to the billing webhook.",
        ("0 4 * * *", ["salesforce.query", W]),
    ),
    # "log it in #channel" is a message, as before.
    ("When a sample arrives, log it in #lab.", (None, [S])),
    # No test before: "anything else" is no other branch.
    (
        "When a ticket arrives, classify it as bug or question and post it in #support.",
        (None, [K, S]),
    ),
    # A class word used as the verb stays the verb ("delay" is a label here).
    (
        "Every day at 6am, GET https://api.example-rail.com/trains and classify each train as"
        " on-time or delay; post the list to #rail-ops.",
        ("0 6 * * *", [H, K, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_are_unchanged(text: str, expected: tuple) -> None:
    assert read(text) == expected
