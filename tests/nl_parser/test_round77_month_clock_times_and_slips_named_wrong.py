"""Round 77: a clock time straight after a month's name is a time, not a day of that month
("every day in December 6:30am", or what a correction leaves: "in December at 7am — I mean
6:30am"); and a slip named as wrong with the take-back ("Sorry, wrong channel — I meant #x",
"Oops, the wrong address: …") says what the correction replaces, and is no step of its own."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"

# "<month> <clock time>": the hour and minutes are a time; the month stays the month.
MONTH_CLOCK_TIMES = [
    (
        "Every day in December at 7am — I mean 6:30am — fetch the Christmas tree delivery slots"
        " from https://slots.pinecresttreefarm.example/api/today and email them to"
        " drivers@pinecresttreefarm.example.",
        ("30 6 * 12 *", [H, E]),
    ),
    (
        "Every weekday in March at 9am, no, 8:15am, pull the ticket counts from"
        " https://desk.example/api/counts and post them in #support.",
        ("15 8 * 3 1-5", [H, S]),
    ),
    (
        "Each Monday in July at 10:00 — sorry, 11:45 — email the pool rota to staff@lido.example.",
        ("45 11 * 7 1", [E]),
    ),
    (
        "Every day in January 6:45am get the snow report from https://snow.example/api/today and"
        " send it to the gritting webhook https://hooks.example/grit.",
        ("45 6 * 1 *", [H, W]),
    ),
    (
        "Daily in August at 5pm, actually 4:30pm, post the beach flag colours from"
        " https://beach.example/api/flags in #lifeguards.",
        ("30 16 * 8 *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_CLOCK_TIMES)
def test_clock_time_after_a_month_is_a_time(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "not understood" in d]


# Near cases: a day's number after a month is still its date, with or without a time.
@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("On December 6 at 9am email the party list to hr@example.com.", "0 9 6 12 *"),
        ("Every year on March 8th, 8:15am, email the card list to hr@example.com.", "15 8 8 3 *"),
        ("On July 4 send a note to team@example.com at 10:30.", "30 10 4 7 *"),
    ],
)
def test_day_after_a_month_stays_a_date(text, cron):
    assert read(text)[0] == cron


# "<take-back>, wrong <thing> — <marker> <place>": the slip named as wrong is no step.
SLIPS_NAMED_WRONG = [
    (
        "Every day at 18:30 post tommorow's class register from"
        " https://classes.lotusgateyoga.example/api/tomorrow in #teachers. Sorry, wrong channel —"
        " I meant #instructors-rota.",
        ("30 18 * * *", [H, S]),
    ),
    (
        "Every Friday at 4pm fetch the timesheets from https://hours.example/api/week and email"
        " them to payroll@old.example. Oops, wrong address, I meant payroll@new.example.",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Each weekday at 07:10 pull the bus delays from https://transit.example/api/delays and"
        " post them in #drivers. No, wrong channel: make that #depot-ops.",
        ("10 7 * * 1-5", [H, S]),
    ),
    (
        "Every Monday at 9am get the open orders from https://shop.example/api/open and put them"
        " in #sales. Sorry — the wrong channel, I mean #orders-desk.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every night at 23:00 download the gate log from https://gate.example/api/log and email"
        " it to security@site.example. Whoops, wrong email — I meant guards@site.example.",
        ("0 23 * * *", [H, E]),
    ),
    (
        "Every day at 6pm send the till totals from https://tills.example/api/today to"
        " #managers. Wait, wrong channel — make that #owners.",
        ("0 18 * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SLIPS_NAMED_WRONG)
def test_slip_named_wrong_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# Near cases: a take-back without a slip named still corrects the place alone.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every day at 18:30 post the class register from https://yoga.example/api/classes in"
            " #teachers. Sorry, I meant #instructors-rota.",
            ("30 18 * * *", [H, S]),
        ),
        (
            "Every day at 18:30 post the class register from https://yoga.example/api/classes in"
            " #teachers — sorry, make that #instructors-rota.",
            ("30 18 * * *", [H, S]),
        ),
    ],
)
def test_take_back_without_a_slip_named_still_reads(text, expected):
    assert read(text) == expected
