"""A comma that groups thousands ("£25,000") splits no clause and keeps the whole amount."""

import pytest

from nl_parser import parse
from nl_parser.clauses import split_clauses
from tests.nl_parser.reading import read

_TESTED = [
    (
        "For every claim form that lands in our claims inbox, extract the policy number, claim "
        "amount and incident date; anything above £25,000 goes to the senior-adjuster webhook, "
        "the rest gets posted in #claims-desk.",
        25000,
    ),
    ("Anything above $25,000 goes to the approvals webhook, the rest to #sales.", 25000),
    ("Any order over 1,500 units goes to the wholesale webhook; post the rest in #orders.", 1500),
    ("Invoices above €12,500 get emailed to cfo@example.com, the others go in #ap.", 12500),
]


@pytest.mark.parametrize(("text", "amount"), _TESTED)
def test_the_whole_amount_is_tested(text, amount):
    tests = [s.config for s in parse(text, {}).steps if s.action == "check_status"]
    assert tests and tests[0]["value"] == amount


def test_the_rest_after_a_grouped_amount_keeps_its_branch():
    assert read(_TESTED[0][0])[1] == [
        "extract",
        "check_status",
        "webhook.post",
        "check_status",
        "slack.post_message",
    ]


def test_a_comma_after_the_amount_still_ends_the_clause():
    clauses = split_clauses("If the backlog is over 2,500, page the on-call webhook, then 12, 15")
    assert [c.text for c in clauses][:2] == [
        "If the backlog is over 2,500",
        "page the on-call webhook",
    ]
