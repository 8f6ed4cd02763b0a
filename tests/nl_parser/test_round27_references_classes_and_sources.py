"""Round 27, second part: a message referred back to, class labels as subjects, lone sources."""

import pytest

from nl_parser import parse
from nl_parser.whole_parse_doubts import whole_parse_doubts
from tests.nl_parser.reading import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that email" / "the same email" is the one named before: sent once, after its content
        (
            "When a contract is signed, email legal@acme.example.com; summarize the contract "
            "and add the summary to the same email.",
            ["summarize", "email.send"],
        ),
        (
            "Send the account manager an email whenever a renewal lapses; summarize the "
            "customer's last three tickets and include it in that email.",
            ["summarize", "email.send"],
        ),
    ],
)
def test_a_message_referred_back_to_is_sent_once(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two emails to two people, with no reference back, stay two
        (
            "When an invoice is paid, email ap@x.example.com; then email the buyer at "
            "buyer@y.example.com with the receipt.",
            ["email.send", "email.send"],
        ),
        # a different medium is no reference to the email
        (
            "When a form is submitted, email sales@x.example.com and post the message in #leads.",
            ["email.send", "slack.post_message"],
        ),
    ],
)
def test_other_messages_are_kept(text, expected):
    assert read(text)[1] == expected


def test_a_reference_back_with_the_delivery_twice_is_doubted():
    text = "email the coordinator; extract the defects and put them in that email"
    assert whole_parse_doubts(text, ["email.send", "extract", "email.send"], None)
    assert not whole_parse_doubts(text, ["extract", "email.send"], None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class label, or its plural, as the subject of a delivery is a test on the class
        (
            "When a claim is filed, sort it into fraud or clean; frauds go to the fraud "
            "webhook, clean ones go to #claims.",
            ["classify", "check_status", "webhook.post", "check_status", "slack.post_message"],
        ),
        (
            "When an expense is filed, classify it as travel or supplies; supplies go to "
            "#office, travel ones go to #trips.",
            [
                "classify",
                "check_status",
                "slack.post_message",
                "check_status",
                "slack.post_message",
            ],
        ),
        # the same class delivered twice comes under one test
        (
            "When a lead comes in, classify it as hot, warm or cold; hot ones go to #sales-now "
            "and email the rep at rep@x.example.com.",
            ["classify", "check_status", "slack.post_message", "email.send"],
        ),
    ],
)
def test_class_labels_as_subjects_are_tests(text, expected):
    assert read(text)[1] == expected


def test_a_plural_in_ies_names_its_label():
    result = parse(
        "When a ticket arrives, classify it as emergency or routine; emergencies go to #oncall."
    )
    tests = [s.config for s in result.steps if s.action == "check_status"]
    assert tests == [{"field": "$.category", "operator": "equals", "value": "emergency"}]


Q, S, E, H = "salesforce.query", "slack.post_message", "email.send", "http.request"


@pytest.mark.parametrize(
    ("text", "tools", "expected"),
    [
        # dated data a scheduled first delivery names is read from the only source listed
        ("Each Monday at 8, tell the sales team about last week's new signups.", [Q, S], [Q, S]),
        ("Daily at 6pm, email ops@x.example.com today's bookings.", [Q, E], [Q, E]),
        # no tools listed, or more than one source: nothing is guessed
        ("Each Monday at 8, tell the sales team about last week's new signups.", None, [E]),
        ("Each Monday at 8, tell the sales team about last week's new signups.", [Q, H, S], [S]),
        # no schedule: an event brings the data
        ("When a deal closes, tell the sales team about today's new signups.", [Q, S], [S]),
    ],
)
def test_dated_data_with_no_source_reads_the_only_source(text, tools, expected):
    context = {"availableTools": tools} if tools else None
    assert read(text, context)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind of person an event comes from says which events count
        ("When an issue is filed by an external contributor, ping #triage.", ["check_status", S]),
        (
            "Whenever a booking comes in from a returning guest, post it in #front-desk.",
            ["check_status", S],
        ),
        (
            "each time a review is left by a verified buyer, post it in #reviews",
            ["check_status", S],
        ),
        # an unqualified person, or a named source, picks no events
        ("When an issue is filed by a contributor, ping #triage.", [S]),
        ("Whenever a booking comes in from the website, post it in #front-desk.", [S]),
    ],
)
def test_a_qualified_actor_on_the_trigger_is_a_test(text, expected):
    assert read(text)[1] == expected
