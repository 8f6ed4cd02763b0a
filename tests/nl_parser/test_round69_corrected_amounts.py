"""Round 69: an amount taken back and said again ("worth more than $250k — no, make that $300k
—") corrects the amount before the marker; the test compares with the new one, and the rest of
the sentence reads as if the slip had never been said."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, W, H = "check_status", "email.send", "slack.post_message", "webhook.post", "http.request"

# "<amount> — no, make that <amount> —", "<amount> (sorry, <amount>)", "<amount>, I mean
# <amount>,": a number, a sum of money, a share or a count with its unit, said again.
CORRECTED_AMOUNTS = [
    (
        "When a Stratus Data Centres opportunity worth more than $250k — no, make that $300k —"
        " moves to Negotiation in Salesforce, email legal@example-stratusdc.com and DM Priya on"
        " Slack.",
        (None, [C, E, S]),
        None,
    ),
    (
        "If disk usage on the build box goes above 80% — no, make that 90% — email"
        " ops@example-gridline.io.",
        (None, [C, E]),
        90,
    ),
    (
        "When a Shopify order over €500 (actually, make that €750) comes in, post it to"
        " #big-orders.",
        (None, [C, S]),
        750,
    ),
    (
        "If a refund request is for more than £1,200 — sorry, £1,500 — send it to the finance"
        " webhook.",
        (None, [C, W]),
        1500,
    ),
    (
        "Every hour, fetch https://queue.example-harbourline.com/api/depth and post it in #ops"
        " if more than 40 — no, make that 60 — jobs are waiting.",
        ("0 * * * *", [H, C, S]),
        60,
    ),
    (
        "Every fifteen minutes from 6am to 10pm, check the swimmer count at"
        " https://pool.example-aquareleisure.co.uk/api/occupancy and fire the 'pool full'"
        " webhook once more than 40 — no, make that 45 — swimmers are in.",
        ("*/15 6-22 * * *", [H, C, W]),
        45,
    ),
]

# The same tests with no take-back, and a corrected clock time, keep their reading.
UNCHANGED = [
    (
        "When an opportunity worth more than $300k moves to Negotiation in Salesforce, email"
        " legal@example-stratusdc.com.",
        (None, [C, E]),
    ),
    ("If disk usage goes above 80%, email ops@example-gridline.io.", (None, [C, E])),
    (
        "Every Monday at 9 — actually make it 10 — post the rota in #ops.",
        ("0 10 * * 1", [S]),
    ),
    (
        "Every Thursday at 5pm — actually, make that 4:30pm — email the stall pitch map to"
        " traders@example-millbankmarket.org.",
        ("30 16 * * 4", [E]),
    ),
]


def _compared_with(text: str) -> list:
    return [s.config.get("value") for s in parse(text, {}).steps if s.action == C]


@pytest.mark.parametrize(("text", "expected", "value"), CORRECTED_AMOUNTS)
def test_the_amount_said_again_is_the_one_compared(text, expected, value):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("none was applied" in d for d in doubts_of(text))
    if value is not None:
        assert value in _compared_with(text)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
