"""Round 87: months named earlier and referred back to ("Frost season is April and May. … in
those two months only, …") are when the run happens; a month set off with "only" ("December
only — daily at 7:30am, …") is the run's month; and a thing wanted "in report form" (or "as a
summary") is made by the making verb whose object is only "it" ("… compile it and email it")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, CS, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
R, SUM = "generate_report", "summarize"

# "<months named>. … in those (two) months (only), <schedule>, …": the months referred back to.
MONTHS_REFERRED_BACK = [
    (
        "Frost season at Chalkhill Vineyard is April and May, and last year we lost a whole block"
        " of Pinot because nobody saw the overnight dip. So in those two months only, every day at"
        " 05:30, fetch the overnight readings from https://sensors.chalkhillvineyard.example/api/"
        "frost and hit the vineyard manager's pager webhook if any block went below 0\u00b0C.",
        ("30 5 * 4,5 *", [H, CS, W]),
    ),
    (
        "Our pumpkin patch opens in September and October, and the gate gets chaotic. During"
        " those months, every Saturday at 8am, pull the bookings from"
        " https://patch.example/api/bookings and email them to gate@patch.example.",
        ("0 8 * 9,10 6", [H, E]),
    ),
    (
        "Ski rental peaks from December to February, and last winter we ran out of boots twice."
        " In those three months only, daily at 07:00, fetch the stock levels from"
        " https://skis.example/api/stock and post them to #rentals.",
        ("0 7 * 1,2,12 *", [H, S]),
    ),
    (
        "Exams are in June; in that month only, every weekday at 6:30pm, fetch the revision"
        " sign-ups from https://school.example/api/signups and email them to exams@school.example.",
        ("30 18 * 6 1-5", [H, E]),
    ),
    (
        "Hay fever is worst in May and June. Every morning at 6 during those two months, get the"
        " pollen count from https://pollen.example/api/count and post it to #allergy.",
        ("0 6 * 5,6 *", [H, S]),
    ),
]

# "<Month> only — <schedule>, …", "…, September only, …": the month the run is limited to.
MONTH_ONLY_SET_OFF = [
    (
        "December only \u2014 daily at 7:30am, pull the gift-wrap queue from"
        " https://wrap.tinselandtwine.example/api/queue and ship it to"
        " wrapping@tinselandtwine.example by email.",
        ("30 7 * 12 *", [H, E]),
    ),
    (
        "July only: every Friday at 5pm, fetch the ice-cream orders from"
        " https://scoops.example/api/orders and email them to van@scoops.example.",
        ("0 17 * 7 5", [H, E]),
    ),
    (
        "Every weekday at 8:00, September only, pull the enrolment list from"
        " https://college.example/api/enrol and post it to #admissions.",
        ("0 8 * 9 1-5", [H, S]),
    ),
    (
        "Only February \u2014 every Monday at 10am, get the ledger checks from"
        " https://ledger.example/api/checks and email them to audit@ledger.example.",
        ("0 10 * 2 1", [H, E]),
    ),
    (
        "Daily at 18:00, fetch the advent calendar stock from https://shop.example/api/advent and"
        " send it to stock@shop.example by email, November only.",
        ("0 18 * 11 *", [H, E]),
    ),
]

# "<who> wants <data> in report form. <schedule>, compile it and email it …": the report made.
FORM_WANTED_THEN_MADE = [
    (
        "The director wants the week's class attendance in report form. Fridays at 18:00, compile"
        " it for Babel Bridge Language School and email it to"
        " director@babelbridgelanguages.example.",
        ("0 18 * * 5", [R, E]),
    ),
    (
        "Our head chef wants the week's food waste as a report. Every Sunday at 20:00, put it"
        " together and email it to chef@bistro.example.",
        ("0 20 * * 0", [R, E]),
    ),
    (
        "The committee needs last month's membership numbers in report form. On the 1st of every"
        " month at 9am, prepare it and post it to #committee.",
        ("0 9 1 * *", [R, S]),
    ),
    (
        "I'd like the day's sales in summary form. Every evening at 9pm, compile it and send it"
        " to owner@shop.example.",
        ("0 21 * * *", [SUM, E]),
    ),
    (
        "The trustees want the quarter's donations in the form of a report. Every Monday at 8am,"
        " draw it up and email it to trustees@charity.example.",
        ("0 8 * * 1", [R, E]),
    ),
]

CASES = MONTHS_REFERRED_BACK + MONTH_ONLY_SET_OFF + FORM_WANTED_THEN_MADE
# "Exams are in June", "Hay fever is worst in May and June": a season told as a plain statement
# leaves its other words unread, as before this round; only the months are this round's.
SURE = [case for case in CASES if not case[0].startswith(("Exams", "Hay"))]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reads_the_construction(text, expected):
    assert read(text) == (expected[0], expected[1])


@pytest.mark.parametrize(("text", "expected"), SURE)
def test_right_answers_stay_sure(text, expected):
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "not understood" in d]


# Near cases that must not change: no months referred back, a month that names data, no form.
NEAR = [
    (
        "Every day at 05:30, fetch the overnight readings from https://x.example/api/frost and"
        " post them to #frost.",
        ("30 5 * * *", [H, S]),
    ),
    (
        "Daily at 7:30am, pull the December orders from https://x.example/api/orders and email"
        " them to a@x.example.",
        ("30 7 * * *", [H, E]),
    ),
    (
        "Every Monday at 9am, pull the orders from https://x.example/api/orders and email the"
        " ones from December only to a@x.example.",
        "0 9 * * 1",
    ),
    (
        "We get swamped after the holidays. In those weeks, every day at 9am, fetch the returns"
        " from https://shop.example/api/returns and email them to returns@shop.example.",
        "0 9 * * *",
    ),
    (
        "The director wants the week's class attendance in report form. Fridays at 18:00, email"
        " it to director@x.example.",
        ("0 18 * * 5", [E]),
    ),
    (
        "Fridays at 18:00, compile a report of the week's class attendance and email it to"
        " director@x.example.",
        ("0 18 * * 5", [R, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    cron, actions = read(text)
    if isinstance(expected, str):
        assert cron == expected
    else:
        assert (cron, actions) == expected
