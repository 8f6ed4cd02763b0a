"""Round 45: "get X to the trustees" delivers, "could they get X from …" is sent to them, and
"tell them which X are Y, using https://…/y" reads the source the indirect question names."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import read

EMAIL_ONLY = {"availableTools": ["email.send"]}
HTTP_AND_EMAIL = {"availableTools": ["http.request", "email.send"]}


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # the misses
        (
            "When the transcript of a quarterly trustees' meeting is uploaded, summarise it and"
            " get the summary to the trustees.",
            ["summarize", "email.send"],
        ),
        (
            "One-time thing: could you read the 212 incident reports our keepers filed at the zoo"
            " last year, write up a summary of the recurring safety issues, and get it to the"
            " head curator?",
            ["summarize", "email.send"],
        ),
        # other domains, other objects and receivers
        (
            "When a new grant application arrives, summarize it and get the summary to our"
            " review panel.",
            ["summarize", "email.send"],
        ),
        (
            "Once the board pack is uploaded, condense it into a summary and get that over to"
            " the chair.",
            ["summarize", "email.send"],
        ),
        (
            "When a site inspection report comes in, summarise it, then get it to me.",
            ["summarize", "email.send"],
        ),
        (
            "When the quarterly audit is filed, summarize it and please get the summary to"
            " audit@example.org.",
            ["summarize", "email.send"],
        ),
    ],
)
def test_a_thing_got_to_someone_is_sent_to_them(text, actions):
    result = parse(text, EMAIL_ONLY)
    assert result.schedule is None
    assert result.actions == actions
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # getting data is fetching it; getting someone to do a thing asks them, no delivery
        (
            "Every morning at 7, get the overnight orders from https://shop.example.com/api/orders"
            " and summarize them.",
            ["http.request", "summarize"],
        ),
        (
            "Every Friday at 5pm, get the sprint tickets from https://jira.example.com/api/sprint.",
            ["http.request"],
        ),
        (
            "When a summary is ready, get it down to three bullet points and email it to"
            " ops@example.com.",
            ["summarize", "email.send"],
        ),
    ],
)
def test_getting_data_stays_a_fetch(text, actions):
    assert read(text, HTTP_AND_EMAIL)[1] == actions


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        # the miss
        (
            "The pickers at our parts warehouse start at 6. Could they get today's courier"
            " collection slots from https://dispatch.example-partsdepot.com/api/collections/today"
            " at 05:50, Monday to Friday?",
            "50 5 * * 1-5",
        ),
        # the receivers named as the subject
        (
            "Could the night nurses get the ward handover notes from"
            " https://ward.example-hospital.org/api/handover every day at 19:30?",
            "30 19 * * *",
        ),
        (
            "Every weekday at 7am, can the drivers receive the day's delivery routes from"
            " https://routes.example.com/api/today?",
            "0 7 * * 1-5",
        ),
        (
            "Our lifeguards start at 8. Can they get the tide times from"
            " https://tides.example.net/api/today at 7:30 every morning?",
            "30 7 * * *",
        ),
        (
            "Could ops@example.com get the nightly backup report from"
            " https://backups.example.io/api/report at 6am on weekdays?",
            "0 6 * * 1-5",
        ),
    ],
)
def test_data_asked_for_receivers_is_fetched_and_sent(text, cron):
    assert read(text, HTTP_AND_EMAIL) == (cron, ["http.request", "email.send"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "you" fetches: no receiver is named
        (
            "Could you get today's courier slots from https://dispatch.example.com/api/slots at"
            " 05:50 on weekdays?",
            ("50 5 * * 1-5", ["http.request"]),
        ),
        (
            "Every day at 9, could you get the stock levels from https://stock.example.com/api"
            " and email them to buyer@example.com?",
            ("0 9 * * *", ["http.request", "email.send"]),
        ),
    ],
)
def test_data_got_by_you_is_only_fetched(text, expected):
    assert read(text, HTTP_AND_EMAIL) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the miss
        "Every Monday at 8am, tell the warehouse pickers which aisles are getting restocked this"
        " week, using https://wms.example-furnishings.com/api/restock/week.",
        # other verbs, other domains
        "Every Monday at 8am, let the cleaners know which rooms are being refurbished this week,"
        " using https://rooms.example-hotel.com/api/refurbished/week.",
        "Every day at 6am, tell the drivers which routes are closed today, using"
        " https://roads.example.gov/api/closed/today.",
        "Every Friday at 4pm, email the tutors which students are enrolled next week, based on"
        " https://school.example.edu/api/enrolled/next-week.",
        "Every weekday at 7:30, remind the nurses which wards are short-staffed, using"
        " https://rota.example-hospital.org/api/wards/short-staffed.",
    ],
)
def test_an_indirect_question_the_source_answers_is_no_test(text):
    result = parse(text, HTTP_AND_EMAIL)
    assert result.actions == ["http.request", "email.send"]
    assert result.confidence >= 0.7
    assert not [w for w in result.warnings if w.startswith("uncertain:")]


@pytest.mark.parametrize(
    "text",
    [
        # the source does not name the state asked about: a test on each item, as before
        "Every Monday at 8am, tell the warehouse pickers which aisles are running low, using"
        " https://wms.example-furnishings.com/api/aisles.",
        "Every Sunday at 8pm, let the baristas know which loose-leaf teas are running low.",
        "Every morning at 6:15, tell the greenhouse crew which benches are due for watering today.",
    ],
)
def test_an_indirect_question_the_source_does_not_answer_is_a_test(text):
    assert read(text, HTTP_AND_EMAIL)[1] == ["http.request", "check_status", "email.send"]
