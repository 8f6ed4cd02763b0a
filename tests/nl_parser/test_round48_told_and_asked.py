"""Round 48: a question or a told clause after a message, a source asked for data, a
receiver made sure of, and data rolled up into a digest."""

import pytest

from nl_parser import parse

SLACK_ONLY = {"availableTools": ["http.request", "slack.post_message"]}
CRM_EMAIL = {"availableTools": ["salesforce.query", "email.send"]}

CASES = [
    # "asking who's free": the question a message puts is what it says, not a test.
    (
        "Every Monday at 9am, email drivers@example-mealsonwheels.org asking who's free this "
        "week, wait 48 hours, then send the whole list a text reminder through the SMS webhook.",
        None,
        "0 9 * * 1",
        ["email.send", "wait", "webhook.post"],
    ),
    (
        "Every Friday at 4pm, message #volunteers asking who is available for Saturday's shift.",
        None,
        "0 16 * * 5",
        ["slack.post_message"],
    ),
    (
        "At 8am each weekday, email crew@example.org asking which vans are free today.",
        None,
        "0 8 * * 1-5",
        ["email.send"],
    ),
    (
        "Every Thursday at 17:00, post in #band wondering who's coming to rehearsal.",
        None,
        "0 17 * * 4",
        ["slack.post_message"],
    ),
    (
        "On the 1st of every month at 9:00, email tutors@example.edu asking what rooms they "
        "need, wait 3 days, then post the replies in #rooms.",
        None,
        "0 9 1 * *",
        ["email.send", "wait", "slack.post_message"],
    ),
    # "text all tenants … that rent is due": a clause with its own subject is told.
    (
        "On the 25th of each month at 10:00, text all tenants through the SMS webhook that rent "
        "is due on the 1st; a week later, send leasing@example-brickyardlofts.com the standard "
        "follow-up template by email.",
        None,
        "0 10 25 * *",
        ["webhook.post", "wait", "email.send"],
    ),
    (
        "Every Monday at 8am, email all members that the pool is closed this week.",
        None,
        "0 8 * * 1",
        ["email.send"],
    ),
    (
        "Every day at 7:00, text the drivers via the SMS webhook that the depot is open.",
        None,
        "0 7 * * *",
        ["webhook.post"],
    ),
    (
        "On the 28th of every month at 9am, notify all parents by email that fees are due "
        "next week.",
        None,
        "0 9 28 * *",
        ["email.send"],
    ),
    (
        "Every Friday at 3pm, tell the whole team in #general that timesheets are due today.",
        None,
        "0 15 * * 5",
        ["slack.post_message"],
    ),
    # "ask Salesforce for X": asking a source for data fetches it.
    (
        "At 8:20 each weekday morning, ask Salesforce for every mortgage application that has "
        "sat in underwriting for more than 10 days, and put that list in #underwriting-chase.",
        None,
        "20 8 * * 1-5",
        ["salesforce.query", "slack.post_message"],
    ),
    (
        "Every Monday at 9am, ask the CRM for the deals that closed last week and email them to "
        "sales@example.com.",
        None,
        "0 9 * * 1",
        ["salesforce.query", "email.send"],
    ),
    (
        "Every hour, ask https://api.example.com/queue for the pending jobs and post them in #ops.",
        None,
        "0 * * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Each morning at 6, ask the weather API for today's forecast and post it to #grounds.",
        None,
        "0 6 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Every Tuesday at 10:00, ask Salesforce for open opportunities over $50k and send the "
        "list to cro@example.com.",
        None,
        "0 10 * * 2",
        ["salesforce.query", "email.send"],
    ),
    # "make sure the account managers get them": a receiver made sure of is sent to.
    (
        "Every Monday at 11:10, pull the policy renewals due in the next 30 days from the CRM "
        "and make sure the account managers get them.",
        CRM_EMAIL,
        "10 11 * * 1",
        ["salesforce.query", "email.send"],
    ),
    (
        "Every day at 6pm, fetch the day's orders from https://shop.example.com/api/orders and "
        "make sure #fulfilment gets them.",
        None,
        "0 18 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Every Friday at 5pm, summarize the week's tickets and ensure the support leads receive "
        "it by email.",
        None,
        "0 17 * * 5",
        ["summarize", "email.send"],
    ),
    (
        "At 7am each weekday, pull the shift rota from the rota API and make sure that "
        "ops@example.com gets it.",
        None,
        "0 7 * * 1-5",
        ["http.request", "email.send"],
    ),
    (
        "Every Monday at 9:30, grab the open incidents from Salesforce and make sure the duty "
        "managers receive them.",
        CRM_EMAIL,
        "30 9 * * 1",
        ["salesforce.query", "email.send"],
    ),
    # "roll X up into a digest": data rolled up into a summary is summarized.
    (
        "Every Sunday at 19:00, roll this week's riding-lesson bookings and horse workloads up "
        "into a digest and send it to the yard staff.",
        SLACK_ONLY,
        "0 19 * * 0",
        ["http.request", "summarize", "slack.post_message"],
    ),
    (
        "Every Friday at 16:00, wrap the week's support tickets up into a short summary and "
        "post it in #support.",
        None,
        "0 16 * * 5",
        ["summarize", "slack.post_message"],
    ),
    (
        "At 6pm daily, bundle today's sales up into a digest and email it to boss@example.com.",
        None,
        "0 18 * * *",
        ["summarize", "email.send"],
    ),
    (
        "Every month on the 1st at 8am, fold last month's expenses up into an overview and "
        "send it to #finance.",
        None,
        "0 8 1 * *",
        ["summarize", "slack.post_message"],
    ),
    (
        "Every Monday at 7:45, roll up last week's site visits into a recap and post it in #field.",
        None,
        "45 7 * * 1",
        ["summarize", "slack.post_message"],
    ),
]

# Near cases that keep their reading: a real test, a real fetch, no summary named.
UNCHANGED = [
    (
        "Every Monday at 9am, fetch the driver list from https://api.example.org/drivers and "
        "email drivers@example.org the ones who are free.",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "Every day at 8am, email the customers that support has flagged.",
        ["http.request", "check_status", "email.send"],
    ),
    (
        "At 9am on weekdays, ask the team in #standup to post their updates.",
        ["slack.post_message"],
    ),
    (
        "Every Friday at 5pm, roll the week's tickets into #archive.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions"), CASES)
def test_construction_reads(text, context, cron, actions):
    result = parse(text, context)
    assert result.schedule is not None and result.schedule.cron_expression == cron
    assert result.actions == actions
    assert result.confidence >= 0.7, result.warnings


@pytest.mark.parametrize(("text", "actions"), UNCHANGED)
def test_near_cases_keep_their_reading(text, actions):
    result = parse(text)
    if actions is not None:
        assert result.actions == actions
    assert "summarize" not in result.actions or "summar" in text
