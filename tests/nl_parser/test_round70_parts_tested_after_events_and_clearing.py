"""Round 70: "… comes in and the animal is a deer" tests the item; "once X clears it" awaits X."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

TEST_THEN_OTHER = ["check_status", "webhook.post", "check_status", "slack.post_message"]


@pytest.mark.parametrize(
    ("text", "context", "actions"),
    [
        (
            "When a rescue call comes in to the Heathfield Wildlife Hospital hotline and the "
            "animal is a deer or a badger, trigger the large-animal team webhook; otherwise post "
            "the details in #volunteers.",
            {"availableTools": ["webhook.post", "slack.post_message"]},
            TEST_THEN_OTHER,
        ),
        (
            "Whenever an invoice is received and its total is over 5000, trigger the approvals "
            "webhook, otherwise post it to #finance.",
            {},
            TEST_THEN_OTHER,
        ),
        (
            "When a support ticket lands in the queue and the customer is on the enterprise "
            "plan, email success@example.com; otherwise post it in #support.",
            {},
            ["check_status", "email.send", "check_status", "slack.post_message"],
        ),
        (
            "When a new booking arrives and the guest is a returning customer, post it in #vip; "
            "otherwise email bookings@example.com.",
            {},
            ["check_status", "slack.post_message", "check_status", "email.send"],
        ),
        (
            "When a parcel is scanned at the depot and their postcode is outside the zone, email "
            "depot@example.com; otherwise post it in #routes.",
            {},
            ["check_status", "email.send", "check_status", "slack.post_message"],
        ),
        (
            "When a sample is logged at the lab and the result is positive, trigger the outbreak "
            "webhook.",
            {},
            ["check_status", "webhook.post"],
        ),
    ],
)
def test_a_part_of_the_item_after_and_is_a_test_of_it(text, context, actions):
    assert read(text, context) == (None, actions)
    assert confidence_of(text, context) >= 0.7
    assert not doubts_of(text, context)


def test_the_event_alone_stays_a_trigger():
    assert read("When a rescue call comes in, trigger the team webhook.") == (
        None,
        ["webhook.post"],
    )


def test_news_of_a_part_after_and_is_no_test():
    # "and the team is notified": something done, not a state of the item.
    text = "When a rescue call comes in and the team is notified, post it in #ops."
    assert "check_status" not in read(text)[1]
    text = "When a hire car comes back and the photos are uploaded, post them in #returns."
    assert read(text) == (None, ["slack.post_message"])


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Upon receipt of any Stormhaven Chandlery online order exceeding £2,500 in value, the "
            "order is to be emailed to accounts@example-stormhavenchandlery.co.uk for a fraud "
            "review and, once accounts have cleared it, forwarded to the dispatch webhook.",
            None,
            ["check_status", "email.send", "wait_for_signal", "webhook.post"],
        ),
        (
            "Every Monday at 9, put together the sales report and, once finance has cleared it, "
            "email it to board@example.com.",
            "0 9 * * 1",
            ["generate_report", "wait_for_signal", "email.send"],
        ),
        (
            "Every Friday at 4pm, generate the incident report, email it to cto@example.com and, "
            "after legal clears it, post it in #status.",
            "0 16 * * 5",
            ["generate_report", "email.send", "wait_for_signal", "slack.post_message"],
        ),
        (
            "Any expense claim above $300 is to be emailed to audit@example.com and, once the "
            "auditor clears it, forwarded to the payroll webhook.",
            None,
            ["check_status", "email.send", "wait_for_signal", "webhook.post"],
        ),
        (
            "When a grant application is submitted, email it to grants@example.com; when the "
            "panel clears it, trigger the award webhook.",
            None,
            ["email.send", "wait_for_signal", "webhook.post"],
        ),
    ],
)
def test_someone_clearing_the_thing_is_awaited(text, cron, actions):
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


def test_a_payment_that_clears_is_its_own_state_not_a_wait():
    text = (
        "Email the order to accounts@example.com and, once the payment has cleared, forward it "
        "to the dispatch webhook."
    )
    assert "wait_for_signal" not in read(text)[1]


def test_no_clearing_no_wait():
    text = "Email the order to accounts@example.com and forward it to the dispatch webhook."
    assert read(text) == (None, ["email.send", "webhook.post"])
