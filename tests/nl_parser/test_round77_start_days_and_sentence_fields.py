"""Round 77: the day a run starts on ("From Monday, at 04:45 each day …") is no day it runs on
when the text says its days apart; and a document of fields opening sentences ("Frequency: ….
Source: Salesforce — …. Output: a compiled renewals report, to be e-mailed to …") reads its
source as fetched and what it gives as made."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, Q, R, M = "check_status", "salesforce.query", "generate_report", "summarize"

# "From Monday, at 04:45 each day …": Monday is when it begins; "each day" when it runs.
START_DAYS = [
    (
        "NOTICE TO DUTY OFFICERS — Skerry Sound Ferries. From Monday, at 04:45 each day the marine"
        " forecast at https://marine.skerrysoundferries.example/api/forecast shall be obtained."
        " Should the predicted swell exceed 2.5 metres, the sailing-cancellations webhook shall be"
        " triggered and passengers@skerrysoundferries.example shall be informed by e-mail.",
        ("45 4 * * *", [H, C, W, E]),
    ),
    (
        "Starting Monday, at 04:45 each day fetch https://tides.example/api/levels and post them"
        " to #harbour.",
        ("45 4 * * *", [H, S]),
    ),
    (
        "From next Monday, every day at 7am fetch https://clinic.example/api/rota and post it to"
        " #reception.",
        ("0 7 * * *", [H, S]),
    ),
    (
        "Beginning this Thursday, pull the open tickets from https://desk.example/api/open daily"
        " at 08:15 and email them to leads@desk.example.",
        ("15 8 * * *", [H, E]),
    ),
    (
        "Every evening at 18:30 starting next Wednesday, query Salesforce for deals closed today"
        " and post a summary in #sales.",
        ("30 18 * * *", [Q, M, S]),
    ),
    (
        "As of Tuesday, the stock report at https://inv.example/api/stock is to be retrieved every"
        " weekday at 6am and emailed to buyers@inv.example.",
        ("0 6 * * 1-5", [H, E]),
    ),
    (
        "From Saturday onwards, at 22:00 on Saturdays and Sundays, fetch"
        " https://bar.example/api/tabs and post them to #bar.",
        ("0 22 * * 0,6", [H, S]),
    ),
]

# The start alone is the only day there is, and a range of days is the run's: unchanged.
START_DAYS_KEPT = [
    (
        "From Monday, fetch https://tides.example/api/levels at 04:45 and post them to #harbour.",
        ("45 4 * * 1", [H, S]),
    ),
    (
        "From Monday to Friday at 7am fetch https://clinic.example/api/rota and post it to"
        " #reception.",
        ("0 7 * * 1-5", [H, S]),
    ),
    (
        "From Monday, every week at 9 fetch https://clinic.example/api/rota and post it to"
        " #reception.",
        ("0 9 * * 1", [H, S]),
    ),
]

# "Frequency: …. Source: …. Output: …": the labels are the document's, not the request's.
SENTENCE_FIELDS = [
    (
        "REPORTING REQUIREMENT — Halberd Security Systems. Frequency: quarterly, 06:00 on 1"
        " January, 1 April, 1 July and 1 October. Source: Salesforce — alarm-monitoring contracts"
        " renewed in the previous quarter. Output: a compiled renewals report, to be e-mailed to"
        " directors@halberdsecurity.example.",
        ("0 6 1 1,4,7,10 *", [Q, R, E]),
    ),
    (
        "Frequency: every Monday at 08:00. Source: https://shop.example/api/orders — last week's"
        " orders. Output: a summary, to be posted in #sales.",
        ("0 8 * * 1", [H, M, S]),
    ),
    (
        "Schedule: weekdays at 7:30. Data: Salesforce — opportunities closing this month. Output:"
        " a pipeline report emailed to heads@firm.example.",
        ("30 7 * * 1-5", [Q, R, E]),
    ),
    (
        "Timing: 18:00 each Friday. Source: https://gym.example/api/attendance. Deliverable: an"
        " attendance report, to be sent to the #coaches channel.",
        ("0 18 * * 5", [H, R, S]),
    ),
    (
        "Frequency: daily, 06:15. Input: https://farm.example/api/soil — overnight soil readings."
        " Output: a digest e-mailed to grower@farm.example.",
        ("15 6 * * *", [H, M, E]),
    ),
]

# Fields between bars read as before.
SENTENCE_FIELDS_KEPT = [
    (
        "schedule: hourly, 06:00\u201320:00 | source: https://climate.example-orchids.nl/api/humidity"
        " | rule: any bench below 60% humidity | action: fire the misting webhook",
        ("0 6-20 * * *", [H, C, W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), START_DAYS + SENTENCE_FIELDS)
def test_read_right_and_sure(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), START_DAYS_KEPT + SENTENCE_FIELDS_KEPT)
def test_near_cases_unchanged(text: str, expected: tuple) -> None:
    assert read(text) == expected
