"""Round 36: hour windows "9-5" and "6-22h", day lists of one month, possessive and "after each"
periods, a unit-less interval correction and a trailing "actually"."""

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


def test_working_day_window_after_hourly_reads_afternoon_end():
    text = "hourly 8-6 weekdays: GET https://api.example.net/tickets, post to #desk"
    assert cron_of(text) == "0 8-18 * * 1-5"


def test_hours_marked_with_h_are_a_window():
    text = "every 20 min 7-19h GET https://api.example.net/levels and post to #ops"
    assert cron_of(text) == "*/20 7-19 * * *"


def test_day_numbers_listed_before_one_month():
    text = "at 10am on 3, 4 and 5 June post 'fair opens soon' in #volunteers"
    assert cron_of(text) == "0 10 3-5 6 *"


def test_day_numbers_listed_after_one_month():
    assert cron_of("at 8am on May 20 & 21 post 'exam day' in #students") == "0 8 20,21 5 *"


def test_possessive_nightly_is_the_event_not_a_schedule():
    cron, actions = read(
        "Whenever the warehouse's nightly stock sync fails, email ops@depot.example.com."
    )
    assert cron is None
    assert actions[-1] == "email.send"


def test_after_each_evening_event_is_no_schedule():
    result = parse(
        "after each morning lecture finishes, wait 20 minutes, then email notes@uni.example.edu",
        {},
    )
    assert result.schedule is None
    assert not any("reads like a schedule" in w for w in result.warnings)


def test_every_evening_still_schedules():
    assert cron_of("every evening email the summary to a@b.example.com") == "0 18 * * *"


def test_count_alone_corrects_interval_keeping_its_unit():
    text = (
        "poll https://api.example.net/queue every 30 minutes (actually, make it every 10) "
        "and post to #ops"
    )
    assert cron_of(text) == "*/10 * * * *"


def test_trailing_actually_corrects_the_day():
    text = (
        "Post 'choir practice tonight' in #choir every Tuesday at 5pm. "
        "Hmm, Wednesdays actually, since the hall is booked on Tuesdays."
    )
    assert cron_of(text) == "0 17 * * 3"


def test_trailing_actually_after_no_schedule_words_changes_nothing():
    text = "Post 'choir practice tonight' in #choir every Tuesday at 5pm. It is late actually."
    assert cron_of(text) == "0 17 * * 2"
