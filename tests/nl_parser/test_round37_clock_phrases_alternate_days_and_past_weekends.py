"""Round 37: minutes to/past an hour, every other night, past weekends, hesitant corrections."""

import pytest

from tests.nl_parser.reading import cron_of, read


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("every friday at ten past nine post the rota in #ops", "10 9 * * 5"),
        (
            "at twenty-five to six in the evening on weekdays, email the sums to a@x.com",
            "35 17 * * 1-5",
        ),
        ("Every Sunday at 10 minutes to midnight, post the backup log to #ops", "50 23 * * 0"),
        ("daily at half past midnight, post the backup log to #ops", "30 0 * * *"),
        ("at a quarter to one every day, email the menu to chef@x.com", "45 12 * * *"),
        ("every tuesday at twenty past 4pm → post 'stand up' in #team", "20 16 * * 2"),
        ("each monday at about ten to eight in the morning: send a list to a@x.com", "50 7 * * 1"),
        ("at five to eleven, post 'break' in #floor every weekday", "55 10 * * 1-5"),
        ("saturdays (at a quarter past noon) — post the specials in #kitchen", "15 12 * * 6"),
    ],
)
def test_minutes_to_or_past_an_hour_are_a_clock_time(text, cron):
    assert cron_of(text) == cron


def test_counted_minutes_without_at_stay_a_count():
    # "five to ten times" is a range of counts, not 9:55; "at five to eleven users" one too.
    assert cron_of("retry five to ten times, every day at 9am post the report in #ops") == (
        "0 9 * * *"
    )
    assert cron_of("when signups reach five to eleven users, post it in #growth") is None


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("on alternate mornings at 7, post 'water the plants' in #garden", "0 7 */2 * *"),
        ("every second evening at 8 email the rota to a@x.com", "0 20 */2 * *"),
        ("every otehr night at 11pm, post the backup log in #ops", "0 23 */2 * *"),
        ("Every other night → 02:30, post the disk report to #ops", "30 2 */2 * *"),
        ("every ohter day at 9am; post the report in #ops", "0 9 */2 * *"),
    ],
)
def test_every_other_period_of_the_day_is_a_two_day_step(text, cron):
    assert cron_of(text) == cron


def test_every_second_alone_stays_seconds():
    assert cron_of("every second, ping https://x.example.com/health") is None


@pytest.mark.parametrize(
    "text",
    [
        "every monday 8am: email ops@x.com the tickets opened during the weekend",
        "Mondays at 8am → post the orders we received at the weekend to #sales",
        "each monday at 8, pull any signups that were created over the last weekend from "
        "https://x.example.com/api/signups and post them in #growth",
        "on mondays at 8am send a@x.com whatever came in over the weekend (from the CRM)",
    ],
)
def test_a_weekend_after_a_past_verb_is_the_items_not_the_run(text):
    assert cron_of(text) == "0 8 * * 1"


def test_a_weekend_without_a_past_verb_stays_the_run():
    assert cron_of("on the weekend at 10am, post 'brunch' in #social") == "0 10 * * 0,6"
    assert cron_of("every 2 hours over the weekend, post the queue depth in #ops") == (
        "0 */2 * * 0,6"
    )


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("every friday at 10am — um, sorry, 11am, post the rota in #ops", "0 11 * * 5"),
        ("every thursday at 2pm; hmm, no, 4pm — post 'tasting' in #bar", "0 16 * * 4"),
        ("Every Monday at 8am email a@x.com the report — no, 9am, when stock is in.", "0 9 * * 1"),
    ],
)
def test_a_hesitation_before_a_take_back_still_corrects(text, cron):
    assert cron_of(text) == cron


def test_a_when_clause_after_a_correction_is_its_reason():
    cron, actions = read(
        "On the 2nd of each month at 10:00, query Salesforce for closed deals and post them in "
        "#sales — I mean the 5th, once payroll has run."
    )
    assert cron == "0 10 5 * *"
    assert actions == ["salesforce.query", "slack.post_message"]
