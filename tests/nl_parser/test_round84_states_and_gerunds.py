"""Round 84: an item sold out or booked up, a webhook set off as a gerund, a wait counted from
an item falling due, and a compared subject that gets a message."""

import pytest

from nl_parser import parse

CASES = [
    # "X is booked out / sold out / fully booked": a state tested, not the event of selling out.
    (
        "When a stargazing night at Darkfield Observatory is booked out, post 'sold out' in "
        "#front-of-house.",
        ["check_status", "slack.post_message"],
    ),
    (
        "When a stargazing night is fully booked, post 'full' in #foh.",
        ["check_status", "slack.post_message"],
    ),
    (
        "When a guided tour is booked up, email ops@example-tours.com.",
        ["check_status", "email.send"],
    ),
    (
        "When the Saturday pottery class is already sold out, text Jo via the SMS webhook.",
        ["check_status", "webhook.post"],
    ),
    (
        "If the escape room session is sold out, post it in #bookings.",
        ["check_status", "slack.post_message"],
    ),
    # near cases: the event of selling out stays a trigger
    ("When a workshop sells out, post 'gone' in #foh.", ["slack.post_message"]),
    ("When a new booking is made, post it in #foh.", ["slack.post_message"]),
    # "before firing the X webhook": a gerund of setting off is the next step.
    (
        "For any Inkwell Print Co. order of more than 500 copies, wait for the customer's proof "
        "approval before firing the press-queue webhook.",
        ["check_status", "wait_for_signal", "webhook.post"],
    ),
    (
        "Wait for the manager's approval before firing the press-queue webhook.",
        ["wait_for_signal", "webhook.post"],
    ),
    (
        "When a tenancy renewal comes in, wait for the landlord's go-ahead before kicking the "
        "contract-draft webhook.",
        ["wait_for_signal", "webhook.post"],
    ),
    (
        "For any quote above $2,000, hold for Priya's sign-off before poking the dispatch webhook.",
        ["check_status", "wait_for_signal", "webhook.post"],
    ),
    (
        "When an invoice arrives, wait for finance approval before posting it in #ap.",
        ["wait_for_signal", "slack.post_message"],
    ),
    # near case: no webhook named, no step
    ("Wait for approval before firing.", ["wait_for_signal"]),
    # "N hours after X is due back": the moment it falls due is the event the wait counts from.
    (
        "Two hours after a van is due back at Crossroads Van Hire, check "
        "https://fleet.crossroadsvanhire.example/api/returns and, if it still hasn't been "
        "returned, fire the overdue-van webhook.",
        ["wait", "http.request", "check_status", "webhook.post"],
    ),
    (
        "Three days after a library book is due, email the borrower a reminder.",
        ["wait", "email.send"],
    ),
    (
        "A day after an invoice is due, check https://x.example/api/inv and, if it is still "
        "unpaid, email ar@example.com.",
        ["wait", "http.request", "check_status", "email.send"],
    ),
    (
        "30 minutes after a rental bike is due back, text the rider via the SMS webhook.",
        ["wait", "webhook.post"],
    ),
    ("Two hours after a van is returned, email ops@example.com.", ["wait", "email.send"]),
    # near case: "is due to expire" stays a test
    (
        "When an employee's visa is due to expire within 90 days, email hr-compliance@example.com.",
        ["check_status", "email.send"],
    ),
    # "<compared subject> gets a <message> to X": the test and the message it brings.
    (
        "When a print-job PDF is uploaded to Inkline Print Co., extract the page count, paper "
        "stock and deadline; anything due inside 24 hours gets a Slack DM to Marek.",
        ["extract", "check_status", "slack.post_message"],
    ),
    (
        "When a print-job PDF is uploaded, extract the page count and deadline; anything over 500 "
        "pages gets a Slack DM to Marek.",
        ["extract", "check_status", "slack.post_message"],
    ),
    (
        "When a print-job PDF is uploaded, extract the deadline; anything due in under 24 hours "
        "gets an email to marek@example.com.",
        ["extract", "check_status", "email.send"],
    ),
    (
        "When a rental form arrives, extract the return date; any booking due within 2 days gets "
        "a text via the SMS webhook.",
        ["extract", "check_status", "webhook.post"],
    ),
    # near case: a person who gets a message is no test
    ("When a lead comes in, the sales rep gets an email.", ["email.send"]),
]


@pytest.mark.parametrize(("text", "actions"), CASES)
def test_round84_constructions(text: str, actions: list[str]) -> None:
    result = parse(text)
    assert result.schedule is None
    assert result.actions == actions
    assert result.confidence >= 0.7
    assert not any(w.startswith("uncertain:") for w in result.warnings)
