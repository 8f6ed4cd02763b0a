"""Round 51: days joined by slashes, a lower-case "may" closing a list before "only", "Through
<month>," opening a clause, a story opened by a time gone by, a window of the day on a trigger,
"so … instead" after a reason, and a one-off "for the X on <day>" with a month a state dates
from."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
SF, REP = "salesforce.query", "generate_report"

# "at 6:45am mon/wed/fri": days joined by slashes are no English words, wherever they stand.
SLASHED_DAYS = [
    (
        "ping #belay-staff at 6:45am mon/wed/fri: 'auto-belay inspection before doors open'",
        ("45 6 * * 1,3,5", [S]),
    ),
    ("email the rota to staff@example-gym.com at 7am tue/thu", ("0 7 * * 2,4", [E])),
    ("Mon/Wed/Fri at 18:00 post the class list in #coaches", ("0 18 * * 1,3,5", [S])),
    (
        "fetch https://api.example-farm.com/feed every morning sat/sun and post it to #yard",
        ("0 9 * * 0,6", [H, S]),
    ),
    ("remind #kitchen at 5pm mon/tue/wed/thu to prep the dough", ("0 17 * * 1-4", [S])),
]
# Near cases: one day, and a slash that joins no days, stay as they were.
SLASHED_DAYS_NEAR = [
    ("ping #belay-staff at 6:45am on mon: 'inspection'", ("45 6 * * 1", [S])),
    ("every day at 9 post the and/or summary in #ops", ("0 9 * * *", [S])),
]


@pytest.mark.parametrize(("text", "expected"), SLASHED_DAYS + SLASHED_DAYS_NEAR)
def test_days_joined_by_slashes_are_the_runs_days(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


# "april & may only", "Through December, …", "all through June": the months a run keeps.
MONTHS_KEPT = [
    (
        "vineyard → nightly 21:00, april & may only → GET"
        " https://sensors.example-chalkhillvines.co.uk/api/frost-forecast → forecast low below"
        " 1°C → frost-fan webhook; otherwise → 'no frost tonight' post in #vineyard-crew",
        ("0 21 * 4,5 *", [H, C, W, C, S]),
    ),
    ("nightly 21:00, june and may only, post the frost risk in #growers", ("0 21 * 5,6 *", [S])),
    ("every hour in april and may only, GET https://a.example.com/x", ("0 * * 4,5 *", [H])),
    (
        "Through December, every day at 16:30, nudge #santas-grotto that the last grotto slot"
        " closes in half an hour.",
        ("30 16 * 12 *", [S]),
    ),
    (
        "Through March, every Monday at 8am, email volunteers@example.org the rota.",
        ("0 8 * 3 1", [E]),
    ),
    (
        "every day at 9, all through June, post the tide times to #harbour",
        ("0 9 * 6 *", [S]),
    ),
    (
        "Pool team: through August, every weekday at 6am, fetch https://pool.example.com/api/temp"
        " and post it in #lifeguards",
        ("0 6 * 8 1-5", [H, S]),
    ),
]
# Near cases: a date "through December 31" ends the run on a day, as before; told, it is no run's.
MONTHS_KEPT_NEAR = [
    ("post to #ops daily at 9 through December 31", ("0 9 31 12 *", [S])),
    ("We are open through December. Every day at 9 post the hours in #front", ("0 9 * * *", [S])),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS_KEPT + MONTHS_KEPT_NEAR)
def test_months_the_run_keeps(text: str, expected: tuple) -> None:
    assert read(text) == expected
    if "'no frost tonight'" not in text:  # the quoted "no" still reads as a verb
        assert confidence_of(text) >= 0.7


# "Last August one of our reservoirs ran low …": a time gone by opening a sentence tells a story.
PAST_OPENERS = [
    (
        "Last August one of our service reservoirs ran low over a heatwave weekend and nobody"
        " noticed until customers started ringing in. So, every six hours, get the reservoir"
        " readings from https://scada.example-valleybrookwater.co.uk/api/reservoirs and email"
        " ops@example-valleybrookwater.co.uk should any reservoir drop below 40%.",
        ("0 */6 * * *", [H, C, E]),
    ),
    (
        "Two weeks ago our freezer failed overnight and nobody knew. Every hour, GET"
        " https://a.example.com/temps and email me@example.com if any reading is above -15.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "Last winter the pipes in the east wing froze twice. Each night at 2am, pull the"
        " temperatures from https://bms.example.com/api and email facilities@example.com if any"
        " is under 3°C.",
        ("0 2 * * *", [H, C, E]),
    ),
    (
        "Last year we lost three pallets of stock to damp. So, daily at 7am, fetch"
        " https://x.example.com/h and post to #warehouse when humidity is above 70%.",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "A few months ago a tenant's boiler broke down over Christmas. Every morning at 8, get"
        " https://homes.example.com/api/boilers and post in #repairs if any is offline.",
        ("0 8 * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_OPENERS)
def test_a_time_gone_by_opens_a_story(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


def test_a_time_gone_by_alone_is_no_story() -> None:
    # One sentence: nothing follows to be the request, so it stays as it was.
    assert read("Last month, email the report to boss@example.com every Monday.")[0] == (
        "0 9 * * 1"
    )


# "whenever a door sensor reports an opening between midnight and 6am": a window of the day on
# the trigger tests the event's time; it is no schedule.
EVENT_WINDOWS = [
    (
        "We run a self-storage business across three sites, and twice this year a unit was opened"
        " in the middle of the night without anyone knowing until morning. Whenever a unit door"
        " sensor reports an opening between midnight and 6am, please trigger the security"
        " call-out webhook and email me at manager@example-boxsafestorage.co.uk. Thanks a lot.",
        (None, [C, W, E]),
    ),
    (
        "Whenever a badge is used between midnight and 5am, email security@example.com.",
        (None, [C, E]),
    ),
    ("When a card payment comes in between 11pm and 4am, post it to #fraud.", (None, [C, S])),
    (
        "whenever the back gate opens between 22:00 and 06:00, trigger the floodlight webhook",
        (None, [C, W]),
    ),
    (
        "When a visitor signs in between noon and 2pm, ping #reception in Slack.",
        (None, [C, S]),
    ),
]
# Near cases: plain numbers are a reading's band; a window on a schedule is its hours.
EVENT_WINDOWS_NEAR = [
    ("When a reading comes in between 8 and 12, post to #ops", (None, [C, S])),
    (
        "Every day between 9am and 5pm, every hour, check https://a.example.com/x and post to #ops"
        " if it is down",
        ("0 9-17 * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_WINDOWS + EVENT_WINDOWS_NEAR)
def test_a_window_of_the_day_on_a_trigger_is_tested(text: str, expected: tuple) -> None:
    context = {"availableTools": [W, E, S]} if "self-storage" in text else None
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert not any("not understood" in d for d in doubts_of(text, context))


# "at 9:45 — hmm, we open at 10:30 now, so quarter past ten instead": after a reason, "so …
# instead" takes the time back.
SO_INSTEAD = [
    (
        "Can you post 'doors open in 15' in #aquarium-front-desk every Saturday at 9:45 — hmm, we"
        " open at 10:30 now, so quarter past ten instead.",
        ("15 10 * * 6", [S]),
    ),
    (
        "Email the float count to tills@example-shop.com every day at 8am, well, the safe opens at"
        " 8:30, so 8:45 instead.",
        ("45 8 * * *", [E]),
    ),
    (
        "every Monday at 9 post the menu in #canteen; the chef is in at 10, so 10:30 instead",
        ("30 10 * * 1", [S]),
    ),
    (
        "Fetch https://api.example-gym.com/classes at 6pm every Friday, hmm, the gym shuts at 5,"
        " so 4pm instead, and post them to #members",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "Remind #drivers at 7am every weekday — the depot opens at 6 now, so 5:30am instead.",
        ("30 5 * * 1-5", [S]),
    ),
]
# Near case: "so" with no "instead" is why, not a take-back.
SO_INSTEAD_NEAR = [
    (
        "every Saturday at 9:45 post 'doors open soon' in #front-desk, so the team is ready",
        ("45 9 * * 6", [S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SO_INSTEAD + SO_INSTEAD_NEAR)
def test_so_instead_after_a_reason_takes_back(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "For the board pack on Thursday, …": what the work is for and its one day are no schedule;
# "hasn't reordered since January" dates a state, in the data.
ONE_OFF_FOR = [
    (
        "For the board pack on Thursday, pull every cheese-shop account in Salesforce that hasn't"
        " reordered since January and generate a report on them.",
        (None, [SF, REP]),
    ),
    (
        "For the audit on Friday, fetch https://api.example-depot.com/stock and email it to"
        " auditor@example-depot.com.",
        (None, [H, E]),
    ),
    (
        "for our planning day next Tuesday: pull the open deals from Salesforce and write a"
        " report on them",
        (None, [SF, REP]),
    ),
    (
        "For the trustees' meeting on Monday, get https://api.example-charity.org/donations and"
        " post a summary in #trustees.",
        (None, [H, "summarize", S]),
    ),
    (
        "Pull every lead in Salesforce that hasn't replied since March and email the list to"
        " sales@example.com.",
        (None, [SF, E]),
    ),
]
# Near cases: "on Mondays" recurs; a month without "since" is still the run's.
ONE_OFF_FOR_NEAR = [
    (
        "For the standup on Mondays, pull the open deals from Salesforce and post them in #sales.",
        ("0 9 * * 1", [SF, S]),
    ),
    ("In January, every Monday at 9, email the rota to staff@example.com", ("0 9 * 1 1", [E])),
]


@pytest.mark.parametrize(("text", "expected"), ONE_OFF_FOR + ONE_OFF_FOR_NEAR)
def test_one_off_for_an_occasion_and_since_a_month(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not any("schedule did not read" in d for d in doubts_of(text))
