"""Round 54: "let <people> at <Organisation> know …" is a notification, "could X go up in
#channel" a post, a summary made "for the team" goes by the one medium listed, and a one-off
summary of dated data reads it from the one source listed."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

HTTP_EMAIL = {"availableTools": ["http.request", "email.send"]}
HTTP_SLACK = {"availableTools": ["http.request", "slack.post_message"]}

LET_KNOW_PLACED = [
    (
        "At 7:15 every weekday, let the volunteers at Eastfield Food Bank know today's collection "
        "rounds from https://rounds.example-eastfieldfoodbank.org.uk/api/today.",
        HTTP_EMAIL,
        "15 7 * * 1-5",
        ["http.request", "email.send"],
    ),
    (
        "Every evening at 18:45, let the kitchen team at Saffron Lane Curry House know "
        "tomorrow's table bookings from https://bookings.example-saffronlane.co.uk/api/tomorrow.",
        HTTP_SLACK,
        "45 18 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Every Monday at 8am, let the coaches from Hillside Rugby Club know this week's pitch "
        "slots from https://pitches.example-hillside.org/api/week.",
        HTTP_EMAIL,
        "0 8 * * 1",
        ["http.request", "email.send"],
    ),
    (
        "At 6am daily, let the drivers at Brook Street Dairy know the day's rounds from "
        "https://rounds.example-brookdairy.co.uk/api/today.",
        HTTP_SLACK,
        "0 6 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Every Friday at 5pm let the stewards of Oakmere Sailing Club know next week's race "
        "entries from https://entries.example-oakmere.org/api/next.",
        HTTP_EMAIL,
        "0 17 * * 5",
        ["http.request", "email.send"],
    ),
    (
        "Each weekday at 9:30, let our nurses at Linden Grove Care Home know today's visits "
        "from https://visits.example-lindengrove.co.uk/api/today.",
        HTTP_EMAIL,
        "30 9 * * 1-5",
        ["http.request", "email.send"],
    ),
]

GOES_UP = [
    (
        "Could the ride queue times from https://rides.example-wildwoodpark.co.uk/api/queues go "
        "up in #park-ops at 11am and 3pm each day?",
        {},
        "0 11,15 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Every morning at 7, the tide tables from https://tides.example-harbour.org/api/today "
        "should go up in #harbour-crew.",
        {},
        "0 7 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Can the lunch menu from https://menu.example-canteen.com/api/today go up in #canteen "
        "every weekday at 11:30?",
        {},
        "30 11 * * 1-5",
        ["http.request", "slack.post_message"],
    ),
    (
        "At 8pm every Sunday the week's rota from https://rota.example-cafe.co.uk/api/week "
        "goes up in #cafe-staff.",
        {},
        "0 20 * * 0",
        ["http.request", "slack.post_message"],
    ),
    (
        "Would the gate times from https://gates.example-airfield.com/api/slots go up in "
        "#ground-ops every hour?",
        {},
        "0 * * * *",
        ["http.request", "slack.post_message"],
    ),
]

MADE_FOR_PEOPLE = [
    (
        "Every Tuesday at 10:30, pull the past week's desk and meeting-room bookings for "
        "Fernhouse Coworking and summarise them for the community team.",
        HTTP_SLACK,
        "30 10 * * 2",
        ["http.request", "summarize", "slack.post_message"],
    ),
    (
        "Every Monday at 9, fetch last week's repair tickets from https://tickets.example-fixit.com"
        "/api/week and write a summary for the workshop managers.",
        HTTP_EMAIL,
        "0 9 * * 1",
        ["http.request", "summarize", "email.send"],
    ),
    (
        "Each Friday at 4pm, get the week's class attendance from https://gym.example-fitbox.com"
        "/api/attendance and summarise it for our coaches.",
        HTTP_SLACK,
        "0 16 * * 5",
        ["http.request", "summarize", "slack.post_message"],
    ),
    (
        "Every night at 11, grab the day's bar takings from https://till.example-redlion.co.uk"
        "/api/today and produce a report for the owner.",
        HTTP_EMAIL,
        "0 23 * * *",
        ["http.request", "generate_report", "email.send"],
    ),
    (
        "On the first of each month at 8am, pull last month's lettings from "
        "https://lets.example-homes.co.uk/api/month and summarise them for the board.",
        HTTP_EMAIL,
        "0 8 1 * *",
        ["http.request", "summarize", "email.send"],
    ),
]

ONE_OFF_DATED_SUMMARY = [
    (
        "Summarise last month's returns for the Pebble & Twine yarn shop and send it to the owner.",
        HTTP_EMAIL,
        None,
        ["http.request", "summarize", "email.send"],
    ),
    (
        "Summarise yesterday's deliveries for the bakery and email it to the manager.",
        HTTP_EMAIL,
        None,
        ["http.request", "summarize", "email.send"],
    ),
    (
        "Write a recap of last week's bookings at the climbing wall and post it in #wall-staff.",
        HTTP_SLACK,
        None,
        ["http.request", "summarize", "slack.post_message"],
    ),
    (
        "Summarise this year's donations for the animal shelter and send the summary to the "
        "trustees.",
        {"availableTools": ["salesforce.query", "email.send"]},
        None,
        ["salesforce.query", "summarize", "email.send"],
    ),
    (
        "Recap last quarter's refunds for the bike shop and send it to accounts@example-bikes.com.",
        HTTP_EMAIL,
        None,
        ["http.request", "summarize", "email.send"],
    ),
]


@pytest.mark.parametrize(
    ("text", "context", "cron", "actions"),
    [*LET_KNOW_PLACED, *GOES_UP, *MADE_FOR_PEOPLE, *ONE_OFF_DATED_SUMMARY],
)
def test_construction_is_read(text: str, context: dict, cron: str | None, actions: list) -> None:
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(
    ("text", "context", "cron", "actions"),
    [
        # No medium listed: a report prepared for a committee may be read where it is kept.
        (
            "Every Friday at 3pm, pull this week's expenses from https://ledger.example.org/api/"
            "week and prepare a report for the committee.",
            {},
            "0 15 * * 5",
            ["http.request", "generate_report"],
        ),
        # "for the quarter" is a span of time, not people.
        (
            "Every Monday at 9, fetch the sales from https://shop.example.com/api/sales and "
            "summarise them for the quarter.",
            HTTP_EMAIL,
            "0 9 * * 1",
            ["http.request", "summarize"],
        ),
        # Already delivered: no second delivery.
        (
            "Every Tuesday at 10:30, pull last week's bookings from https://b.example.com/api and "
            "summarise them for the community team and post it in #community.",
            HTTP_SLACK,
            "30 10 * * 2",
            ["http.request", "summarize", "slack.post_message"],
        ),
        # Triggered: the transcript comes with the event, nothing to read.
        (
            "When a board meeting transcript is uploaded, summarise it and email it to "
            "trustees@example.org.",
            HTTP_EMAIL,
            None,
            ["summarize", "email.send"],
        ),
        # Items at hand, not dated data: nothing is read first.
        (
            "Summarise the 75 exit-interview notes HR collected and post the summary to #people.",
            HTTP_SLACK,
            None,
            ["summarize", "slack.post_message"],
        ),
        # "let it run" is no notification.
        (
            "Every day at 6am fetch https://status.example.com/api and let it run.",
            {},
            "0 6 * * *",
            ["http.request"],
        ),
    ],
)
def test_near_cases_unchanged(text: str, context: dict, cron: str | None, actions: list) -> None:
    assert read(text, context) == (cron, actions)
