"""Round 94: a need heading keeps the schedule it names ("X needs a nightly check at 9pm: …");
short lower-case days joined by a slash are days left out ("skip fri/sat"); a time of the week
that "has been" some way at a place, and a want bounded only by need ("we only want to … when
we actually need to"), are told, not asked; a deadline beside the run's own days of the month
is no day of the run; and ", so <fix>" after a take-back's reason is the correction."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, X = "http.request", "email.send", "slack.post_message", "check_status", "extract"
Q = "salesforce.query"

NEED_HEADINGS_WITH_SCHEDULES = [
    (
        "The Gaslight Theatre box office would like a check every half hour from noon until "
        "8pm, Tuesday to Saturday: call https://tickets.gaslighttheatre.example/api/tonight and, "
        "once tonight's performance is more than 95% sold, post 'nearly full \u2014 stop comps' "
        "in #front-of-house.",
        ("*/30 12-20 * * 2-6", [H, C, S]),
    ),
    (
        "Sunridge Solar needs a nightly check at 9pm: pull the readings for every customer "
        "system from https://monitor.sunridgesolar.example/api/systems, extract each site's "
        "generated kWh for the day, and email service@sunridgesolar.example about any site that "
        "made under 2 kWh.",
        ("0 21 * * *", [H, X, C, E]),
    ),
    (
        "Our warehouse team wants a quick look every Monday at 7:30am: fetch the open orders "
        "from https://orders.example.com/api/open and post them in #dispatch.",
        ("30 7 * * 1", [H, S]),
    ),
    (
        "The clinic would like a reminder every weekday at 8am: email the day's appointment "
        "list from https://clinic.example.org/api/today to reception@clinic.example.org.",
        ("0 8 * * 1-5", [H, E]),
    ),
    (
        "We need a weekly sweep on Fridays at 5pm: query Salesforce for opportunities closing "
        "this month and post them to #sales.",
        ("0 17 * * 5", [Q, S]),
    ),
    (
        "Harbour Foods needs a check twice a day, at 9am and 3pm: call "
        "https://stock.harbourfoods.example/api/levels and email buyers@harbourfoods.example if "
        "any item is below 20 units.",
        ("0 9,15 * * *", [H, C, E]),
    ),
]

DAYS_SKIPPED_WITH_A_SLASH = [
    (
        "scrim times for the next day live at https://team.vortexesports.example/api/scrims "
        "\u2014 can the bot post them in #roster at 10pm sunday thru thursday? no scrims on "
        "weekends so skip fri/sat",
        ("0 22 * * 0-4", [H, S]),
    ),
    ("post them in #roster at 10pm sunday thru thursday, skip fri/sat", ("0 22 * * 0-4", [S])),
    ("post the specials in #kitchen at 10am every day, skip fri/sat", ("0 10 * * 0-4", [S])),
    ("email the rota to rota@example.com daily at 7am, excluding sat/sun", ("0 7 * * 1-5", [E])),
    ("post the stand-up link in #ops at 9 every day but mon/tue", ("0 9 * * 0,3-6", [S])),
    (
        "every day at 6pm except sat and sun, post the till totals in #shop",
        ("0 18 * * 1-5", [S]),
    ),
]

STORIES_AND_NEEDS_TOLD = [
    (
        "Friday nights at Strikezone Bowl have been quiet since the multiplex opened up the "
        "road, so we only want to push the late-night deal when we actually need to. Every "
        "Thursday at 2pm, if fewer than 10 lanes are booked for Friday evening, email "
        "promo@strikezonebowl.example.",
        ("0 14 * * 4", [H, C, E]),
        {"availableTools": ["http.request", "email.send"]},
    ),
    (
        "Sunday lunchtimes at the Crown have been slow since the bypass opened, so we only want "
        "to send the roast offer when we really need to. Every Saturday at 11am, if fewer than "
        "30 covers are booked for Sunday, post in #marketing.",
        ("0 11 * * 6", [H, C, S]),
        None,
    ),
    (
        "Weekday mornings at Riverside Pool have got busier, so we only want to open the extra "
        "lane when it's needed. Every weekday at 6am, if more than 40 swimmers are booked, email "
        "duty@riverside.example.",
        ("0 6 * * 1-5", [H, C, E]),
        None,
    ),
    (
        "Our stock has been patchy lately, so we only want to reorder when we have to. Each "
        "Monday at 9am, if any item at https://stock.example.com/api/items is below 5 units, "
        "email buyer@example.com.",
        ("0 9 * * 1", [H, C, E]),
        None,
    ),
    (
        "Friday nights at Strikezone Bowl have been quiet since the multiplex opened up the "
        "road. Every Thursday at 2pm, if fewer than 10 lanes are booked for Friday evening, "
        "email promo@strikezonebowl.example.",
        ("0 14 * * 4", [H, C, E]),
        None,
    ),
]

DEADLINES_BESIDE_DAYS_OF_THE_MONTH = [
    (
        "At 9am on the 1st, 10th and 20th of January, email clients@ledgerlinetax.example a "
        "reminder that self-assessment returns are due by the 31st.",
        ("0 9 1,10,20 1 *", [E]),
    ),
    (
        "At 9am on the 1st of January, email clients@ledgerlinetax.example a reminder that "
        "returns are due by the 31st.",
        ("0 9 1 1 *", [E]),
    ),
    (
        "At 8am on the 1st and 15th of March, post in #finance that expense claims must be in "
        "by the 25th.",
        ("0 8 1,15 3 *", [S]),
    ),
    (
        "On the 3rd of April at 10am, email entrants@example.org a note that entries close by "
        "the 20th.",
        ("0 10 3 4 *", [E]),
    ),
    (
        "At 9am on the 1st of each month, email team@example.com that timesheets are due by "
        "the 5th.",
        ("0 9 1 * *", [E]),
    ),
]

FIXES_AFTER_A_REASON = [
    (
        "Regalbox Cinema: every Thursday at 9am \u2014 no wait, the new listings aren't in till "
        "lunchtime, so 1:30pm \u2014 fetch next week's film times from "
        "https://listings.regalbox.example/api/next-week and email them to the local paper at "
        "listings@tynesidegazette.example.",
        ("30 13 * * 4", [H, E]),
    ),
    (
        "Every Monday at 8am \u2014 no wait, the office doesn't open till 9, so 9:30am \u2014 "
        "post the rota from https://rota.example.com/api/week in #staff.",
        ("30 9 * * 1", [H, S]),
    ),
    (
        "Every Friday at 4pm, sorry, the team leaves early on Fridays, so 2pm, email the "
        "timesheets from https://hr.example.org/api/times to payroll@example.org.",
        ("0 14 * * 5", [H, E]),
    ),
    (
        "Each weekday at 7am - no, the depot opens later now, so 8am - pull the van list from "
        "https://vans.example.net/api/today and post it in #drivers.",
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "Post the menu in #kitchen every Tuesday at 10am \u2014 no wait, the chef is off on "
        "Tuesdays, so Wednesdays \u2014 fetched from https://menu.example.com/api/week.",
        ("0 10 * * 3", [H, S]),
    ),
]

# Near cases that must not change.
UNCHANGED = [
    # A need with no schedule is still only talk around the steps.
    (
        "The board wants a quick check on Harbour Foods: pull the accounts from "
        "https://accounts.example.com/api/harbour and email them to board@example.com.",
        (None, [H, E]),
    ),
    # One day left out, written in full, as before.
    ("post in #ops at 9 every day, skip Fridays", ("0 9 * * 0-4,6", [S])),
    ("post them in #roster at 10pm sunday thru thursday", ("0 22 * * 0-4", [S])),
    # A deadline with no days of the run beside it stays as the schedule grammar reads it.
    ("Every Monday at 9am, email clients@example.com that returns are due by Friday.", None),
    # ", so" with no take-back before it is the reason for a step, no correction.
    (
        "Every Thursday at 9am, fetch the listings from https://listings.example.com/api, so the "
        "paper gets them, and email them to news@example.com.",
        ("0 9 * * 4", [H, E]),
    ),
    ("At 9am on the 31st of January, email clients@example.com a reminder.", ("0 9 31 1 *", [E])),
]


@pytest.mark.parametrize(("text", "expected"), NEED_HEADINGS_WITH_SCHEDULES)
def test_a_need_heading_keeps_the_schedule_it_names(text, expected):
    cron, actions = expected
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), DAYS_SKIPPED_WITH_A_SLASH)
def test_short_days_joined_by_a_slash_are_left_out(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected", "context"), STORIES_AND_NEEDS_TOLD)
def test_a_time_of_the_week_told_and_a_want_bounded_by_need_make_no_step(text, expected, context):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert not any("need to" in doubt or "needed" in doubt for doubt in doubts_of(text, context))


@pytest.mark.parametrize(("text", "expected"), DEADLINES_BESIDE_DAYS_OF_THE_MONTH)
def test_a_deadline_beside_the_runs_days_of_the_month_is_no_day_of_the_run(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), FIXES_AFTER_A_REASON)
def test_so_and_a_fix_after_a_take_backs_reason_is_the_correction(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("none was applied" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_are_unchanged(text, expected):
    if expected is None:
        assert read(text)[0] == "0 9 * * 1"
    else:
        assert read(text) == expected
