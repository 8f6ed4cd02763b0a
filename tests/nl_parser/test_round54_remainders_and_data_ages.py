"""Constructions found by heldout152/154: the remainder named as "all remaining X" or by a
comparative ("anything sooner"), a duty passed on in the passive to a webhook, a "hasn't
moved in 48 hours" after a fetch (the data's age, no wait), "its a" for "it's a", and a
lower-case -ly name before its noun in a trigger."""

import pytest

from nl_parser import parse

E, S, C, H, W = "email.send", "slack.post_message", "check_status", "http.request", "webhook.post"
X, K, WAIT = "extract", "classify", "wait"


def _right(text, cron, actions):
    result = parse(text)
    assert result.actions == actions
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    return result


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Directive from the Practice Manager, Harewood Lane Dental Surgery: at 16:45 every "
            "weekday, the next day's appointment list shall be retrieved from "
            "https://diary.example-harewooddental.co.uk/api/tomorrow. Any patient flagged as "
            "needing sedation is to be emailed the pre-op fasting instructions; all remaining "
            "patients are to receive the standard reminder via the SMS webhook.",
            "45 16 * * 1-5",
            [H, C, E, C, W],
        ),
        (
            "Every morning at 7, pull the day's jobs from https://jobs.acme.io/api/today; "
            "urgent jobs go to #dispatch and all remaining jobs to ops@acme.io.",
            "0 7 * * *",
            [H, C, S, C, E],
        ),
        (
            "When an invoice arrives, post it to #finance if it is over $5,000; any remaining "
            "invoices should be emailed to ap@acme.io.",
            None,
            [C, S, C, E],
        ),
        (
            "New catering order from the Gallery Café website: forward it to the kitchen "
            "webhook only if the delivery date is at least 48 hours away; anything sooner, "
            "email manager@example-gallerycafe.co.uk instead.",
            None,
            [C, W, C, E],
        ),
        (
            "When a refund request comes in, send it to the refunds webhook if the amount is "
            "under $100; anything larger, email finance@acme.io.",
            None,
            [C, W, C, E],
        ),
        (
            "When a booking arrives, post it in #front-desk if the guest is over 18; anyone "
            "younger, email guardians@acme.io.",
            None,
            [C, S, C, E],
        ),
        (
            "Every hour, fetch https://q.acme.io/api/jobs and post a job to #ops if its "
            "runtime is over 30 minutes; anything shorter, email batch@acme.io.",
            "0 * * * *",
            [H, C, S, C, E],
        ),
    ],
)
def test_the_remainder_named_by_remaining_or_a_comparative_takes_the_other_branch(
    text, cron, actions
):
    _right(text, cron, actions)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Cobblestone Credit Union, lending procedure: upon receipt of a loan application, "
            "the applicant's income, employer and requested amount are to be extracted. "
            "Applications requesting more than £25,000 are to be referred to the underwriting "
            "webhook; all others are to be emailed to lending@example-cobblestonecu.org.",
            [X, C, W, C, E],
        ),
        (
            "When a loan application arrives, extract the income. Applications over £25,000 "
            "are to be referred to the underwriting webhook.",
            [X, C, W],
        ),
        (
            "When a claim comes in, extract the amount. Claims above $10,000 should be "
            "escalated to the fraud webhook; all others are to be emailed to claims@acme.io.",
            [X, C, W, C, E],
        ),
        (
            "When a purchase order arrives, extract the total; orders over $500 must be "
            "routed to the approvals webhook.",
            [X, C, W],
        ),
        (
            "When a new lead arrives, extract the company size. Leads with more than 200 "
            "employees are to be handed to the enterprise webhook.",
            [X, C, W],
        ),
    ],
)
def test_a_subset_passed_on_in_the_passive_to_a_webhook_is_tested(text, actions):
    result = _right(text, None, actions)
    assert not any("may be a condition" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Every 3 hours, GET https://tanks.example-ironkettlebrewing.co.uk/api/fermenters "
            "and, if a fermenter's gravity reading hasn't moved in 48 hours, post it to "
            "#brewhouse.",
            "0 */3 * * *",
            [H, C, S],
        ),
        (
            "Every hour, fetch https://x.acme.io/api/sensors and if the reading hasn't "
            "changed in 2 hours, post it to #ops.",
            "0 * * * *",
            [H, C, S],
        ),
        (
            "Daily at 9am, pull https://crm.acme.io/api/tickets and, if a ticket has not "
            "been updated within 3 days, email support-leads@acme.io.",
            "0 9 * * *",
            [H, C, E],
        ),
        (
            "Every 30 minutes, GET https://iot.acme.io/api/freezers; if a freezer hasn't "
            "reported in 2 hours, trigger the alarm webhook.",
            "*/30 * * * *",
            [H, C, W],
        ),
        (
            "Every morning at 6, check https://fleet.acme.io/api/vans and if a van hasn't "
            "moved in 12 hours, post in #fleet.",
            "0 6 * * *",
            [H, C, S],
        ),
    ],
)
def test_not_done_within_a_span_after_a_fetch_is_the_datas_age(text, cron, actions):
    result = _right(text, cron, actions)
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # After a step that is no fetch, the span is still a wait before the test.
        (
            "Bookstore: when a special order comes in, email the customer that it's ready, and "
            "if it hasn't been picked up in 10 days, post it in #returns-to-publisher.",
            [E, WAIT, C, S],
        ),
        (
            "When a guest checks out, text the cleaner through the SMS webhook, and if he "
            "hasn't marked it clean within 3 hours, post in #office.",
            [W, WAIT, C, S],
        ),
    ],
)
def test_not_done_within_a_span_after_another_step_still_waits(text, actions):
    _right(text, None, actions)


@pytest.mark.parametrize(
    "text",
    [
        "every time a ticket lands in the ledgerly helpdesk, classify it as bug, billing or "
        "feature request and if its a bug ping #eng-triage",
        "every time a ticket comes in, classify it as bug or feature and if its a bug, post "
        "to #eng.",
        "When a ticket comes in, classify it as bug or feature and if it's a bug ping #eng",
        "whenever a ticket lands in the supportly inbox, classify it as bug or feature and "
        "if its a bug, post to #eng.",
        "when a ticket arrives in our deskly queue, classify it as bug or feature; if its a "
        "bug, post to #eng.",
    ],
)
def test_its_a_and_a_lowercase_ly_name_in_a_trigger(text):
    result = _right(text, None, [K, C, S])
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # The construction without the test: nothing to turn around.
        ("When an order comes in, email it to ops@acme.io.", [E]),
        # "anything more than …" is a test of its own, not the remainder.
        (
            "When an invoice arrives, extract the total; anything more than $500, post to "
            "#finance.",
            [X, C, S],
        ),
        # "its" as a possessive stays.
        ("When a ticket comes in, classify its priority as high or low.", [K]),
        # An adverb in -ly after the trigger's verb still says which events count.
        ("When an invoice is paid late, email ar@acme.io.", [C, E]),
    ],
)
def test_near_cases_keep_their_reading(text, actions):
    assert parse(text).actions == actions
