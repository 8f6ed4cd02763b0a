"""Round 36: subsets picked by "to any … that", "whose …'s", currencies, and passive sends."""

from nl_parser import parse
from tests.nl_parser.reading import read

_SALES = {"availableTools": ["salesforce.query", "slack.post_message", "email.send"]}
_POLL = {"availableTools": ["http.request", "slack.post_message"]}


def test_sharing_with_receivers_after_classifying_picks_no_class():
    text = (
        "Every Friday at 5pm, fetch the week's refund requests from Salesforce, group them by "
        "reason, summarise the patterns and share them with the store leads."
    )
    assert read(text, _SALES)[1] == ["salesforce.query", "classify", "summarize", "email.send"]


def test_a_class_named_before_the_receivers_still_picks():
    text = (
        "Every Friday at 5pm, fetch the week's leads from Salesforce, classify them by region "
        "and share the EMEA leads with the sales team."
    )
    assert read(text, _SALES)[1] == ["salesforce.query", "classify", "check_status", "email.send"]


def test_bare_plural_passive_send_is_a_class_route():
    text = (
        "When a customer writes to support, classify the message as refund, bug or other; bugs "
        "go to the engineering webhook, and refunds get emailed to billing@shop.example.com."
    )
    assert read(text)[1] == [
        "classify",
        "check_status",
        "webhook.post",
        "check_status",
        "email.send",
    ]


def test_passive_with_an_article_stays_a_plain_send():
    text = "When an order is refunded, the details get emailed to finance@shop.example.com."
    assert read(text)[1] == ["email.send"]


def test_any_participle_landing_in_a_channel_sends_and_reads_pounds():
    text = (
        "Every morning at 8, pull yesterday's won opportunities from Salesforce; any above £5k "
        "should be applauded in #wins."
    )
    result = parse(text, _SALES)
    assert result.actions == ["salesforce.query", "check_status", "slack.post_message"]
    assert result.steps[1].config == {"field": "$.value", "operator": "gt", "value": 5000}


def test_alerting_to_any_compound_noun_that_is_a_polled_subset():
    text = "Every 15 minutes, alert the on-call crew to any build agent that has lost its link."
    assert read(text, _POLL)[1] == ["http.request", "check_status", "slack.post_message"]


def test_whose_possessive_owner_picks_receivers_and_direct_reports_make_no_report():
    text = (
        "Every Monday at 8, pull the staff list from https://hr.example.com/api/staff and email "
        "any team lead whose direct report's contract starts in the next 7 days."
    )
    result = parse(text)
    assert result.actions == ["http.request", "check_status", "email.send"]
    assert result.steps[1].config["field"] == "$.direct_report_contract"


def test_a_bare_event_stays_untested():
    text = "When a parent emails the office, forward the message to office@school.example.com."
    assert read(text)[1] == ["email.send"]
