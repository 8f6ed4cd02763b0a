"""Round 67: after a sort ("triage it by severity:"), a class named alone by one bare word
("sev-1 goes straight to the pager webhook, everything else to #support-queue") is the subset
its delivery takes, and the rest get the other branch; after the colon of a sort, the class may
lead the delivery as its subject."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W = "email.send", "slack.post_message", "webhook.post"
C, CL, SF = "check_status", "classify", "salesforce.query"
ROUTED = [CL, C, W, C, S]

# "triage it by severity: sev-1 goes to …, everything else to …": one bare word before the rest,
# after a sort by some measure with no labels listed, names one class of it.
CLASS_NAMED_ALONE = [
    (
        "Whenever a support email hits the Nimbus Ledger helpdesk, triage it by severity: sev-1"
        " goes straight to the pager webhook, everything else to #support-queue.",
        (None, ROUTED),
    ),
    (
        "When a new lead signs up, score it by fit: enterprise goes to the sales webhook,"
        " everything else to #growth.",
        (None, ROUTED),
    ),
    (
        "Each time an incident is opened, rank it by impact: P1 goes directly to the on-call"
        " webhook, the rest to #incidents.",
        (None, ROUTED),
    ),
    (
        "Whenever a bug report comes in, sort it by priority. Send P0 to the on-call webhook and"
        " the rest to #bugs.",
        (None, ROUTED),
    ),
    (
        "When a refund request arrives, classify it by risk: high goes to finance@acme.com,"
        " everything else to #refunds.",
        (None, [CL, C, E, C, S]),
    ),
    (
        "When a support email hits the helpdesk, triage it by severity: sev-2 goes to #oncall."
        " Everything else goes to the ticket webhook.",
        (None, [CL, C, S, C, W]),
    ),
]

# The same words with no class named alone, or with no sort before, keep their reading.
UNCHANGED = [
    (
        "Whenever a support email hits the helpdesk, triage it by severity and post it to"
        " #support-queue.",
        (None, [CL, S]),
    ),
    (
        "Whenever a support email hits the helpdesk, triage it by severity: the urgent ones go to"
        " the pager webhook, everything else to #support-queue.",
        (None, ROUTED),
    ),
    ("Whenever an order comes in: the receipt goes to the customer by email.", (None, [E])),
    ("Classify each new review by sentiment: post a summary to #cx.", (None, [CL, S])),
    (
        "When a form is submitted, classify it by topic, then email Dana and everyone else the"
        " form.",
        (None, [CL, E]),
    ),
    (
        "When a ticket arrives, send it to the pager webhook and everything else to #queue.",
        (None, [W, S]),
    ),
    (
        "Every Monday at 9am pull the open deals from Salesforce, rank them by size: the top ones"
        " go to #sales.",
        ("0 9 * * 1", [SF, CL, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_NAMED_ALONE)
def test_a_class_named_alone_before_the_rest_is_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


def test_the_class_and_its_other_branch_are_the_word_written():
    steps = parse(CLASS_NAMED_ALONE[0][0]).steps
    tests = [(s.config["field"], s.config["operator"], s.config["value"]) for s in steps[1::2]]
    assert tests == [
        ("$.category", "equals", "sev-1"),
        ("$.category", "not_equals", "sev-1"),
    ]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
