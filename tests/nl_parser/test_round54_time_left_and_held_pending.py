"""Round 54: time left to pass ("leave it five days", "let it sit for a week") is a wait, and a
duty made from a URL with an irregular participle ("is to be written from https://…"), then
"held pending <someone>'s approval", is a summary or report made, then a wait for approval."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, W, C, H, S = "email.send", "wait", "check_status", "http.request", "slack.post_message"
WH, SUM, REP, SIG = "webhook.post", "summarize", "generate_report", "wait_for_signal"
TOOLS = {"availableTools": ["email.send", "webhook.post"]}


@pytest.mark.parametrize(
    ("text", "context", "actions"),
    [
        (
            "24 hours after a patient's first session at Corestrength Physio, email them their "
            "home exercise sheet. Then leave it five days, and if they still haven't booked a "
            "follow-up by then, send them a text through the SMS webhook.",
            TOOLS,
            [W, E, W, C, WH],
        ),
        (
            "Post the agenda to #board. Then leave it two days, and if nobody has replied by "
            "then, email chair@example.org.",
            None,
            [S, W, C, E],
        ),
        (
            "Send the invoice to billing@acme.com, leave it a week, then email a reminder to "
            "billing@acme.com.",
            None,
            [E, W, E],
        ),
        (
            "Open a ticket via the helpdesk webhook; leave things for 48 hours and then post the "
            "status in #support.",
            None,
            [WH, W, S],
        ),
        (
            "Email the survey to the guests, let it sit for three days, then email a reminder to "
            "the guests.",
            None,
            [E, W, E],
        ),
        (
            "When an order ships, email the buyer a thank-you note, leave them ten days, and if "
            "they haven't booked a call, send them a text through the SMS webhook.",
            None,
            [E, W, C, WH],
        ),
    ],
)
def test_time_left_to_pass_is_a_wait(text, context, actions):
    assert read(text, context) == (None, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # "Leave" with no time is no wait: a note left somewhere is delivered.
        ("Leave a note in #ops every Monday at 9am.", "0 9 * * 1", [S]),
        # Given time, as before.
        (
            "Post the agenda to #board. Then give it two days, and if nobody has replied by "
            "then, email chair@example.org.",
            None,
            [S, W, C, E],
        ),
        # Leaving alone is doing nothing.
        ("If the build fails, post it to #ci; otherwise leave it alone.", None, [C, S]),
    ],
)
def test_leaving_without_a_time_is_no_wait(text, cron, actions):
    assert read(text) == (cron, actions)


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Quillmark Magazine editorial procedure: at 14:00 every Wednesday, a summary of the "
            "week's published articles is to be written from "
            "https://cms.example-quillmarkmag.com/api/published/week, held pending the "
            "editor-in-chief's approval, and then dispatched via the newsletter webhook.",
            "0 14 * * 3",
            [H, SUM, SIG, WH],
        ),
        (
            "Every Monday at 9am, a digest of new tickets is to be written up from "
            "https://desk.example.com/api/new, held pending the support lead's approval, and "
            "then posted to #support.",
            "0 9 * * 1",
            [H, SUM, SIG, S],
        ),
        (
            "Daily at 7:30, a report of overnight sales should be produced from "
            "https://shop.example.com/api/sales, kept back pending sign-off from finance, then "
            "emailed to board@shop.com",
            "30 7 * * *",
            [H, REP, SIG, E],
        ),
        (
            "At 18:00 on Fridays a summary of the week's commits is to be written from "
            "https://git.example.com/api/commits and then sent to the dev team through the "
            "release webhook.",
            "0 18 * * 5",
            [H, SUM, WH],
        ),
        (
            "Every weekday at 8am, a short summary of yesterday's incidents must be prepared from "
            "https://ops.example.com/api/incidents, held pending the on-call manager's approval "
            "and then sent to #ops.",
            "0 8 * * 1-5",
            [H, SUM, SIG, S],
        ),
    ],
)
def test_duty_made_from_a_url_and_held_pending_approval(text, cron, actions):
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # Data fetched and posted, nothing made of it.
        (
            "Every Tuesday at noon the latest prices are to be fetched from "
            "https://shop.example.com/api/prices and posted to #pricing.",
            "0 12 * * 2",
            [H, S],
        ),
        # "held until …", as before.
        (
            "Every Monday at 9am, a summary of the week's orders is to be made from "
            "https://shop.example.com/api/orders, held until the manager approves, and then "
            "posted to #sales.",
            "0 9 * * 1",
            [H, SUM, SIG, S],
        ),
        # The imperative hold, as before.
        (
            "When a refund request arrives, hold it pending the manager's approval, then post it "
            "to #refunds.",
            None,
            [SIG, S],
        ),
        # "held pending" inside a noun phrase names a state of the data and holds nothing.
        (
            "Every Friday at 4pm, fetch the orders held pending payment from "
            "https://shop.example.com/api/orders and post them to #ops.",
            "0 16 * * 5",
            [H, S],
        ),
    ],
)
def test_near_cases_keep_their_reading(text, cron, actions):
    assert read(text) == (cron, actions)
