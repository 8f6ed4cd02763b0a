"""Confidence means something: clear, fully read instructions score above vague or broken ones."""

import pytest

from nl_parser import parse

CLEAR = [
    "Every Monday at 9am, query Salesforce for new leads and email them to a@example.com",
    "Every 10 minutes, call https://status.example.com and post to #ops if it is down",
    "Wait 10 minutes, then email the customer at c@example.com",
]
VAGUE = [
    "Do the thing with the stuff every so often",
    "Please handle the board meeting logistics",
    "Every day at 5, reconcile the ledger and flag discrepancies for review",
    "Send a text message to the driver when the package ships",
    "On the last day of the month, tidy the shared drive",
]


@pytest.mark.parametrize("text", CLEAR)
def test_clear_instructions_score_high(text):
    assert parse(text).confidence >= 0.85


@pytest.mark.parametrize("text", VAGUE)
def test_vague_instructions_score_low(text):
    assert parse(text).confidence < 0.6


def test_unread_words_lower_the_score():
    full = parse("Every day at 5, fetch the ledger API and email a@example.com")
    partial = parse("Every day at 5, reconcile the ledger and email a@example.com")
    assert partial.confidence < full.confidence - 0.15


def test_confidence_is_within_bounds():
    for text in CLEAR + VAGUE:
        assert 0.0 <= parse(text).confidence <= 1.0
