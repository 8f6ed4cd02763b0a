"""Round 74: a "where" test whose subject is a count compared ("Where fewer than five berths
remain free, …"); an interval's hours after "shall be read" ("read every 15 minutes between 6am
and 10pm"); the window of the day an act was done, inside a test ("where any unit was opened
between midnight and 5am"), which is no schedule; the quantifier denied with its auxiliary
("where none was, …") as the other branch; a review straight before a test, which is the test's
look at the data and no summary; and a written "Edit:" take-back with a bare hour denied beside
the time kept ("Edit: 1pm, not 2")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"
SUM = "summarize"

MISSES = [
    (
        "MEMO — Tidewater Marina, Harbourmaster's Office. Re: visitor berths. The berth occupancy"
        " feed at https://berths.example-tidewatermarina.co.uk/api/occupancy shall be checked"
        " daily at 07:00. Where fewer than five visitor berths remain free, the dock crew shall be"
        " notified in #pontoon-crew.",
        {},
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "NOTICE TO ALL DUTY MANAGERS — Brackley Leisure Centre. Subject: pool water chemistry."
        " The chlorine sensor at https://pool.example-brackleyleisure.co.uk/api/chlorine shall be"
        " read every 15 minutes between 6am and 10pm. If the free chlorine level falls below 1.0"
        " mg/l, the duty manager shall be paged via the pager webhook; otherwise, the reading"
        " shall be recorded in #poolside.",
        {},
        ("*/15 6-22 * * *", [H, C, W, C, S]),
    ),
    (
        "Policy — Granary Wharf Self Storage. Each morning at 08:10, the unit-access log at"
        " https://access.granarywharfstorage.example/api/overnight shall be reviewed. Where any"
        " unit was opened between midnight and 5am, the security contractor shall be notified"
        " via webhook; where none was, a brief all-clear shall be posted to #site-staff.",
        {"availableTools": [H, W, S]},
        ("10 8 * * *", [H, C, W, C, S]),
    ),
    (
        "Post the lane allocation from https://lanes.harlowswimclub.example/api/week to #coaches"
        " every Wednesday at 2pm. Edit: 1pm, not 2.",
        {},
        ("0 13 * * 3", [H, S]),
    ),
]

# "Where fewer than five berths remain free": a count compared opens the subject of a "where"
# test as "any" or "the" does.
COUNTED_WHERE = [
    (
        "Each weekday at 06:30, the stock feed at https://stock.example-kilnbakery.co.uk/api/flour"
        " shall be checked. Where fewer than ten sacks of flour remain, the buyer shall be emailed"
        " at buyer@example-kilnbakery.co.uk.",
        ("30 6 * * 1-5", [H, C, E]),
    ),
    (
        "Every hour, poll https://api.example-parkhouse.com/spaces. Where more than 40 cars are"
        " queued, page the attendant via the attendant webhook.",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "Daily at 18:00 the rota at https://rota.example-fellrescue.org/api/tonight is to be"
        " fetched; where at least two volunteers are missing, #duty-team is to be told.",
        ("0 18 * * *", [H, C, S]),
    ),
    (
        "At 7am each Monday, pull the bin counts from"
        " https://bins.example-marlowcouncil.gov.uk/api/full and, where less than 5 crews are"
        " free, email depot@example-marlowcouncil.gov.uk.",
        ("0 7 * * 1", [H, C, E]),
    ),
    (
        "Every 30 minutes, fetch https://tills.example-crownpub.co.uk/api/open. Where at most one"
        " till is open, post in #bar-staff.",
        ("*/30 * * * *", [H, C, S]),
    ),
]

# "shall be read every 15 minutes between 6am and 10pm": "read" is the fetch, not a reading's
# state ("reads between 40 and 60 %"), once the interval between it and "between" is blanked.
READ_IN_HOURS = [
    (
        "Every 15 minutes between 7am and 7pm, the gauge at"
        " https://river.example-ouseweir.org/api/level shall be read, and the reading posted to"
        " #weir-watch.",
        ("*/15 7-19 * * *", [H, S]),
    ),
    (
        "The boiler at https://heat.example-stmarysschool.org.uk/api/boiler is to be read every"
        " 20 minutes between 6am and 6pm; if the pressure drops below 1 bar, page the caretaker"
        " via the caretaker webhook.",
        ("*/20 6-18 * * *", [H, C, W]),
    ),
    (
        "Read https://api.example-greenfieldgolf.com/greens/moisture every 30 minutes between 5am"
        " and 9pm and post it in #greenkeepers.",
        ("*/30 5-21 * * *", [H, S]),
    ),
    (
        "Hourly between 8am and 8pm the footfall counter at"
        " https://count.example-riversidemall.com/api/now shall be read and sent to the footfall"
        " webhook.",
        ("0 8-20 * * *", [H, W]),
    ),
]

# "where any unit was opened between midnight and 5am": the hours an act was done in are the
# test's, not the times the workflow runs.
ACT_IN_A_WINDOW = [
    (
        "Every morning at 07:45, pull the badge log from"
        " https://badges.example-quaylabs.com/api/overnight. If any door was opened between"
        " midnight and 6am, alert the security webhook.",
        ("45 7 * * *", [H, C, W]),
    ),
    (
        "Each day at 9am, fetch https://tills.example-cornerdeli.co.uk/api/voids and, where any"
        " sale was voided between 10pm and 2am, email manager@example-cornerdeli.co.uk.",
        ("0 9 * * *", [H, C, E]),
    ),
    (
        "At 06:00 daily the alarm log at https://alarm.example-hillsidechurch.org.uk/api/log shall"
        " be checked. Where the alarm was set between 1am and 4am, the warden shall be told in"
        " #wardens.",
        ("0 6 * * *", [H, C, S]),
    ),
    (
        "Weekdays at 8:15, GET https://gates.example-northyard.com/api/events; if a gate was left"
        " open between 11pm and 5am, post in #yard-security.",
        ("15 8 * * 1-5", [H, C, S]),
    ),
]

# "…; where none was, post …": the quantifier denied, its verb stood for by the auxiliary, is
# the test before turned around.
NONE_WAS = [
    (
        "Every morning at 7, fetch https://api.example-lockups.com/doors. Where any door is"
        " broken, post in #security; where none is, post an all-clear in #site.",
        ("0 7 * * *", [H, C, S, C, S]),
    ),
    (
        "Each night at 23:00 fetch https://tills.example-hopbarn.com/api/voids; if any sale was"
        " voided between 6pm and 11pm, email finance@example-hopbarn.com; if none was, post a note"
        " in #shop.",
        ("0 23 * * *", [H, C, E, C, S]),
    ),
    (
        "Daily at 8am, check https://api.example-bridgeclinic.com/fridges. If any fridge is above"
        " 8°C, page the nurse webhook; if none is, post an all-clear in #ward-5.",
        ("0 8 * * *", [H, C, W, C, S]),
    ),
    (
        "At 17:00 each weekday, pull https://api.example-quarrylane.com/scans. Where any badge was"
        " scanned between midnight and 5am, email safety@example-quarrylane.com; where there were"
        " none, post a quiet-night note to #site-office.",
        ("0 17 * * 1-5", [H, C, E, C, S]),
    ),
    (
        "Each Sunday at 20:00, fetch https://api.example-allotments.org/plots. Where any plot is"
        " overgrown, email committee@example-allotments.org; where nothing is, post a thank-you in"
        " #plot-holders.",
        ("0 20 * * 0", [H, C, E, C, S]),
    ),
]

# "the log shall be reviewed. Where …": a review a test reads straight after is that test's look.
REVIEW_BEFORE_A_TEST = [
    (
        "Every morning at 8, review https://doors.example-quaylabs.com/api/log. If any door was"
        " opened between 1am and 4am, post in #security.",
        ("0 8 * * *", [H, C, S]),
    ),
    (
        "Each Friday at 5pm, the sales at https://shop.example-potterybarn.co.uk/api/week shall be"
        " reviewed. Where revenue is below 2000, the owner shall be emailed at"
        " owner@example-potterybarn.co.uk.",
        ("0 17 * * 5", [H, C, E]),
    ),
    (
        "Every day at noon, review the queue at https://api.example-helpdesk.com/queue and, if any"
        " ticket is older than 3 days, post it in #support-leads.",
        ("0 12 * * *", [H, C, S]),
    ),
    (
        "At 9am on Mondays the uptime log from https://status.example-lanternhost.com/api/week is"
        " to be reviewed; if uptime fell below 99.5%, the ops webhook is to be called.",
        ("0 9 * * 1", [H, C, W]),
    ),
]

# ". Edit: 1pm, not 2.": "Edit:" takes back as "Correction:" does, and a bare hour denied
# beside the time kept is a time of the kept one's half (and minutes).
WRITTEN_EDITS = [
    (
        "Email the rota from https://rota.example-ashvale.org/api/week to staff@example-ashvale.org"
        " every Monday at 9am. Edit: 10am.",
        ("0 10 * * 1", [H, E]),
    ),
    (
        "Every Friday at 4pm, fetch https://api.example-mossgarden.com/orders and post them in"
        " #dispatch. Edit: 3pm, not 4.",
        ("0 15 * * 5", [H, S]),
    ),
    (
        "Send the menu from https://menu.example-tealeaf.co.uk/api/today to the kitchen webhook at"
        " 10:30 every day. 11:30, not 10.",
        ("30 11 * * *", [H, W]),
    ),
    (
        "Each Tuesday at 7pm, post the match list from https://api.example-chessclub.org/matches in"
        " #members. EDIT: Thursdays, not Tuesdays.",
        ("0 19 * * 4", [H, S]),
    ),
]

UNCHANGED = [
    # an "Edit:" that adds takes nothing back
    (
        "Every Monday at 8am, email the rota from https://rota.example-ashvale.org/api to"
        " staff@example-ashvale.org. Edit: also post it in #ops.",
        ("0 8 * * 1", [H, E, S]),
    ),
    # a review whose summary is sent on stays a summary
    (
        "Every Friday at 4pm, review the week's tickets from https://api.example-helpdesk.com/week"
        " and post a summary in #support-leads.",
        ("0 16 * * 5", [H, SUM, S]),
    ),
    # a reading's band after "reads" is a test's values, not hours
    (
        "Every 10 minutes, page the webhook if the tank at https://tank.example.com/api/level"
        " reads between 40 and 60 %.",
        ("*/10 * * * *", [H, C, W]),
    ),
    # the same fetch without the test
    (
        "Each morning at 08:10, fetch https://access.example-granary.com/api/overnight and post it"
        " in #site-staff.",
        ("10 8 * * *", [H, S]),
    ),
    # an hour window after "poll", as before
    (
        "Every 15 minutes between 6am and 10pm, poll https://pool.example-brackley.co.uk/api/chlorine"
        " and post it in #poolside.",
        ("*/15 6-22 * * *", [H, S]),
    ),
    # a time the run keeps, with no test around it
    (
        "Every day between 9am and 5pm, every 30 minutes, fetch https://api.example-kiosk.com/queue"
        " and post it in #front-desk.",
        ("*/30 9-17 * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), MISSES)
def test_the_misses_read_right(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [*COUNTED_WHERE, *READ_IN_HOURS, *ACT_IN_A_WINDOW, *NONE_WAS, *REVIEW_BEFORE_A_TEST],
)
def test_tests_and_hours_read_right(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), WRITTEN_EDITS)
def test_written_edits_correct_the_schedule(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert all("correction of" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
