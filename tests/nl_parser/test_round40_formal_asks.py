"""Round 40: formal asks: "and that X be emailed should …", "arrange for X to receive …",
"…, the X extracted from each", a purpose before the request, a fetch told as a participle."""

import pytest

from tests.nl_parser.reading import read

CHECKED_THEN_EMAILED = ["http.request", "check_status", "email.send"]


@pytest.mark.parametrize(
    "text",
    [
        # no comma before "and that"
        "The ops group requests that queue depths at https://mq.example.org/api/queues be polled"
        " every 10 minutes and that oncall@example.org be emailed should any queue exceed 500.",
        # a semicolon
        "Facilities asks that the freezer temperatures at https://iot.example.com/api/freezers be"
        " checked hourly; that ops@example.com be emailed should any freezer rise above -15 C.",
        # a dash, then "and that"
        "We request that tank levels at https://tanks.example.net/api/levels be read every 30"
        " minutes — and that ops@example.net be emailed should any tank drop under 20%.",
        # lower case
        "the lab requests that co2 readings at https://lab.example.edu/api/co2 be checked every 5"
        " minutes and that safety@example.edu be emailed should any room exceed 1000 ppm.",
    ],
)
def test_second_subjunctive_ask_after_and_that_is_a_step(text):
    assert read(text)[1] == CHECKED_THEN_EMAILED


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Every weekday at 6am, arrange for the finance system to receive, via webhook, the"
            " rates published at https://rates.example.com/api/daily.",
            ["http.request", "webhook.post"],
        ),
        (
            "Please have #pricing receive the competitor prices listed at"
            " https://prices.example.com/api/today, pulled at 7am every day.",
            ["http.request", "slack.post_message"],
        ),
        (
            "Every Monday at 9, get ops@example.com to receive by email the uptime figures from"
            " https://status.example.com/api/uptime.",
            ["http.request", "email.send"],
        ),
        (
            "Arrange for the billing system to receive (by webhook) the usage totals posted at"
            " https://usage.example.com/api/totals, fetched at 02:00 each night.",
            ["http.request", "webhook.post"],
        ),
        (
            "let the warehouse webhook receive the stock counts kept on"
            " https://stock.example.com/api/counts — retrieved every hour.",
            ["http.request", "webhook.post"],
        ),
        (
            "Post to #fx the daily rates published at https://rates.example.com/api/daily,"
            " fetched at 6am each weekday.",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_data_a_receiver_is_to_receive_is_fetched_then_sent(text, actions):
    assert read(text)[1] == actions


def test_webhook_posts_to_its_own_address_not_the_data_address():
    from nl_parser import parse

    result = parse(
        "Every weekday at 6am, arrange for the finance system to receive, by webhook, the rates"
        " published at https://rates.example.com/api/daily.",
        {},
    )
    assert result.steps[0].config == {"url": "https://rates.example.com/api/daily"}
    assert result.steps[1].config.get("url") is None


@pytest.mark.parametrize(
    ("text", "made"),
    [
        (
            "Every day at 7, fetch open claims from https://claims.example.com/api/open; the"
            " claimant name and policy number extracted from each; email them to a@example.com.",
            "extract",
        ),
        (
            "Every day at 7, fetch the tickets from https://desk.example.com/api/tickets — the"
            " replies summarised for the team — and post it to #support.",
            "summarize",
        ),
        (
            "at 8 each morning, pull new applications from https://hr.example.com/api/apps, the"
            " skills and salary expectation parsed out of each, and email them to hr@example.com.",
            "extract",
        ),
        (
            "Every day at 7, fetch open files from https://x.example.com/api/files, with the owner"
            " name and due date extracted from each, and email them to a@example.com.",
            "extract",
        ),
    ],
)
def test_object_then_participle_of_working_on_data_is_a_step(text, made):
    assert read(text)[1][1] == made


def test_picked_items_with_a_participle_stay_a_filter():
    # near miss: "the ones tagged urgent" picks items; it is no classify step.
    text = (
        "Every day at 7, fetch the tickets from https://desk.example.com/api/tickets, the ones"
        " tagged urgent go to #ops."
    )
    assert read(text)[1] == ["http.request", "check_status", "slack.post_message"]


@pytest.mark.parametrize(
    "text",
    [
        "To stop the endless pinging, every Friday at 4pm pull the open deals from Salesforce"
        " and email them to cfo@example.com.",
        "Our board keeps asking for numbers. In order to keep them happy — every Friday at 4pm,"
        " query Salesforce for open deals and email them to cfo@example.com.",
        "so as to spare Dana the chasing, every Friday at 4pm could you pull open deals from"
        " Salesforce and email them to cfo@example.com?",
        "We get asked daily. To put an end to that, every Friday at 4pm pull the open deals in"
        " the wholesale channel from Salesforce and email them to cfo@example.com.",
    ],
)
def test_purpose_before_the_request_is_no_step(text):
    context = {"availableTools": ["salesforce.query", "email.send", "slack.post_message"]}
    assert read(text, context) == ("0 16 * * 5", ["salesforce.query", "email.send"])


def test_receiver_after_to_is_not_blanked_as_a_purpose():
    # near miss: "To the night shift," names who it is for, and "in the sales channel" is Slack.
    assert read("Post the weekly numbers in the sales channel every Monday at 9.")[1] == [
        "slack.post_message"
    ]
    text = (
        "To the night shift, every day at 6pm post the handover notes from"
        " https://notes.example.com/api/today in #ops."
    )
    assert read(text)[1] == ["http.request", "slack.post_message"]
