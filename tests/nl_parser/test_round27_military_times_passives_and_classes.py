"""Round 27: colonless 24-hour times, passive requests, waits after each event, classes, tools."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a four-digit 24-hour time after "at" is a clock time
        ("on weekdays at 0545 post the shift roster in #floor", "45 5 * * 1-5"),
        ("At 2215 each evening, email ops@x.example.com the backup log", "15 22 * * *"),
        ("every Tuesday and Friday at 1300 post the menu in #kitchen", "0 13 * * 2,5"),
        ("each day at 0030 Tokyo time post the report in #ops", "30 0 * * *"),
        ("every Sunday at 0800 hours email me the rota at a@b.example.com", "0 8 * * 0"),
    ],
)
def test_colonless_24_hour_times(text, expected):
    assert cron_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # counts, units, invalid hours or minutes, and numbers not after "at" stay numbers
        "every Monday at 9 email me if the CO2 is at 1000 ppm",
        "every Monday at 9 email me if the queue is at 1200 jobs",
        "every Monday at 9 email me if sales pass 2000",
        "every Monday at 9 email me the 2026 budget",
        "every Monday at 9 email me if the count is at 2575",
        "every Monday at 9 email me if the meter is at 1890",
    ],
)
def test_counts_are_not_times(text):
    assert cron_of(text) == "0 9 * * 1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing needed fetched (a participle of fetching) is fetched, then sent
        (
            "We need the overdue invoices pulled and posted in #billing every Friday at 4pm",
            ["http.request", "slack.post_message"],
        ),
        (
            "My manager wants the shift logs fetched and emailed to her at m@x.example.com daily",
            ["http.request", "email.send"],
        ),
        # a thing someone makes sure is done, as a passive, is done
        (
            "Please ensure the changelog at https://code.example.net/api/log is summarised "
            "and posted in #eng every Friday",
            ["http.request", "summarize", "slack.post_message"],
        ),
        (
            "Make sure the open bugs from https://bugs.example.net/api/open get summarized "
            "and sent to qa@x.example.com",
            ["http.request", "summarize", "email.send"],
        ),
        # data that lives at an address is read from it
        (
            "summarize the page at https://wiki.example.net/p and post it in #docs",
            ["http.request", "summarize", "slack.post_message"],
        ),
        # a passive state that is no known verb is no step ("make sure X is completed")
        (
            "every Friday at 5pm post in #ops to make sure the backup is completed",
            ["slack.post_message"],
        ),
    ],
)
def test_passive_requests(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<step> N <units> after each <event>": a wait after the event, before the step
        (
            "Could we text tenants a renewal notice via the SMS webhook 60 days after every "
            "lease signing?",
            ["wait", "webhook.post"],
        ),
        (
            "post a feedback poll in #events two hours after each workshop",
            ["wait", "slack.post_message"],
        ),
        # a wait verb already says the wait; no second one
        (
            "wait 10 minutes after each deploy, then post the status in #deploys",
            ["wait", "slack.post_message"],
        ),
        # no duration, no wait
        ("post a feedback poll in #events after each workshop", ["slack.post_message"]),
    ],
)
def test_waits_said_after_the_step(text, expected):
    assert read(text)[1] == expected


def test_wait_after_the_step_is_confident():
    assert parse("post a feedback poll in #events two hours after each workshop").confidence >= 0.85
