"""Round 36: waits opened by a span or an idiom, "for X ones" steps and passive steps."""

from nl_parser import parse
from tests.nl_parser.reading import read


def test_after_a_span_opens_a_wait_before_the_next_step():
    text = (
        "When a tenant signs a lease, email them the move-in checklist, after two days send "
        "a welcome email, and a month after that post their unit in #lettings."
    )
    assert read(text) == (
        None,
        ["email.send", "wait", "email.send", "wait", "slack.post_message"],
    )


def test_a_person_who_has_done_something_is_a_signal():
    text = (
        "When a supplier sends an invoice, email it to ap@firm.example.com, wait until the "
        "finance lead has checked the totals, then post it in #payables."
    )
    assert read(text)[1] == ["email.send", "wait_for_signal", "slack.post_message"]


def test_an_idiom_of_waiting_is_a_wait():
    text = (
        "When a visa form comes in, email the applicant a receipt, hang tight till the "
        "consulate replies, then post the case in #visas."
    )
    assert read(text)[1] == ["email.send", "wait_for_signal", "slack.post_message"]


def test_for_a_subset_of_ones_the_step_follows_without_a_comma():
    text = (
        "When a claim is filed, classify it as minor or major, and for major ones wait for "
        "an adjuster's approval before emailing the claimant."
    )
    result = parse(text, {})
    assert result.actions == ["classify", "check_status", "wait_for_signal", "email.send"]
    assert result.confidence >= 0.85


def test_a_fetch_in_the_passive_reads_from_its_source():
    text = (
        "Every Monday at 8:00, the open tickets are pulled from https://desk.example.com/api, "
        "summarised and emailed to ops@desk.example.com."
    )
    assert read(text) == ("0 8 * * 1", ["http.request", "summarize", "email.send"])


def test_data_named_with_its_source_then_done_to_in_the_passive():
    text = (
        "Every day at 18:00 the day's orders at https://shop.example.com/api/orders are "
        "summarised, with the summary posted in #sales."
    )
    result = parse(text, {})
    assert (result.schedule.cron_expression, result.actions) == (
        "0 18 * * *",
        ["http.request", "summarize", "slack.post_message"],
    )
    assert result.confidence >= 0.85


def test_near_miss_a_wait_until_a_time_stays_timed():
    # "until the next morning" is no person acting: no signal.
    text = "When an order ships, wait until the next morning, then email the customer."
    assert "wait_for_signal" not in read(text)[1]


def test_near_miss_with_a_part_of_the_message_starts_no_step():
    # "with the totals highlighted" says what the email holds; no second step.
    text = (
        "Every Friday at 9am, email the sales report to boss@example.com, with the totals "
        "highlighted."
    )
    assert read(text) == ("0 9 * * 5", ["email.send"])


def test_near_miss_an_event_in_the_passive_is_no_fetch():
    # "is uploaded from the portal" is the trigger's event, not a fetch the run makes.
    assert read("When a form is uploaded from the portal, email it to a@b.com.") == (
        None,
        ["email.send"],
    )
