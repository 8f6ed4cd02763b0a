"""Constructions found by heldout27-30: deliveries from the receiving side, passives, requests."""

import pytest

from nl_parser import parse

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Whenever a refund over $5k is issued, the finance lead gets an email and #refunds "
            "gets a post.",
            [C, E, S],
        ),
        (
            "When the nightly import fails, the data webhook should get paged and #data-ops "
            "should get a message.",
            [C, W, S],
        ),
        (
            "Every 10 minutes, ping https://api.acme.io/health; if it returns a 503, #oncall "
            "should hear about it.",
            [H, C, S],
        ),
        (
            "Every day at 7am, check https://backup.acme.io/api/last. If the backup failed, the "
            "ops team needs an email at ops@acme.io.",
            [H, C, E],
        ),
        (
            "I'd love a workflow where, whenever a lead books a demo, the AE gets an email and "
            "#demos gets a message.",
            [E, S],
        ),
        (
            "Can you make it so that every time an order over $1k ships, #big-orders gets a "
            "message?",
            [C, S],
        ),
        (
            "When a lead is assigned to a rep, email the rep a template; the rep's manager gets "
            "a Slack message too.",
            [E, S],
        ),
    ],
)
def test_a_delivery_from_the_receiving_side_is_the_delivery(text, actions):
    result = parse(text)
    assert result.actions == actions
    assert result.confidence >= 0.5


def test_a_receiving_side_subject_needs_a_kind_of_message():
    # "gets the 'security' label" is a state the event sets, not a message it receives.
    result = parse("When a GitHub issue gets the 'security' label, email security@acme.io.")
    assert result.actions == [C, E]


def test_a_passive_delivery_sends_its_subject():
    result = parse(
        "The weekly churn numbers from https://billing.acme.io/api/churn should be emailed to "
        "cs@acme.io every Monday at 9."
    )
    assert result.schedule.cron_expression == "0 9 * * 1"
    assert result.actions == [H, E]
    assert result.confidence >= 0.85


def test_the_rest_after_a_comma_is_a_second_place_with_its_verb_left_out():
    result = parse(
        "When a lead fills out the pricing form, classify them by company size and send the "
        "enterprise ones to #ent-sales, the rest to sales@acme.io."
    )
    # "the rest" is the other branch of the subset's test, with a check of its own.
    assert result.actions == ["classify", C, S, C, E]
    assert result.confidence >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "When an invoice is overdue, send the customer a nudge by email and copy ar@acme.io.",
        "When a deal closes, email the AE and cc the sales director.",
    ],
)
def test_copying_someone_in_adds_a_recipient_not_a_step(text):
    result = parse(text)
    assert result.actions.count(E) == 1
    assert not any("copy" in w or "nothing emails" in w for w in result.warnings)
