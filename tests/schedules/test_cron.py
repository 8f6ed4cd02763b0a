"""Cron validation and next fire times in several zones, with cron's DST rules."""

from datetime import datetime

import pytest

from service.schedules.cron import CronInvalid, check_cron, check_timezone, fires_hourly, next_fire

NOW = datetime(2026, 3, 19, 18, 15)


def fires(expression, timezone, after, count):
    """Return the next `count` fire times after `after` (all naive UTC)."""
    found = []
    for _ in range(count):
        after = next_fire(expression, timezone, after)
        found.append(after)
    return found


def utc(*parts):
    return datetime(*parts)


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression",
    [
        "0 9 * * 1",
        "*/15 * * * *",
        "0 0 29 2 *",  # leap days only
        "0 0 29 2 1",  # 29 February or any Monday of February (day-or-weekday)
        "0 9 * jan-mar mon-fri",
        "5,35 8-18/2 1,15 * *",
        "0 0 * * 7",
        "  0   9 * *  1 ",
    ],
)
def test_valid_expressions_are_normalised(expression):
    assert check_cron(expression, now=NOW) == " ".join(expression.split())


@pytest.mark.parametrize(
    ("expression", "words"),
    [
        ("0 0 * * * *", "exactly 5 fields"),  # croniter would read the sixth as seconds
        ("0 9 * *", "exactly 5 fields"),
        ("", "exactly 5 fields"),
        ("@daily", "exactly 5 fields"),
        ("0 0 30 2 *", "never fire"),
        ("0 0 31 4,6,9,11 *", "never fire"),
        ("0 0 31 2 *", "never fire"),
        ("61 * * * *", "invalid"),
        ("0 24 * * *", "invalid"),
        ("0 0 0 * *", "invalid"),
        ("0 0 * 13 *", "invalid"),
        ("0 0 * * 8", "invalid"),
        ("0 0 * foo *", "invalid"),
        ("0 0 L * *", "not standard cron syntax"),
        ("0 0 * * 1#2", "not standard cron syntax"),
        ("H 0 * * *", "not standard cron syntax"),
        ("0 0 ? * *", "not standard cron syntax"),
        ("0 9 * * mon;rm", "not standard cron syntax"),
    ],
)
def test_invalid_expressions_say_why(expression, words):
    with pytest.raises(CronInvalid, match=words):
        check_cron(expression, now=NOW)


def test_leap_day_is_found_from_just_after_one_across_a_skipped_leap_year():
    # 2100 is not a leap year: the next 29 February after 2096 is in 2104.
    assert check_cron("0 0 29 2 *", now=datetime(2096, 3, 1)) == "0 0 29 2 *"
    assert next_fire("0 0 29 2 *", "UTC", datetime(2096, 3, 1)) == datetime(2104, 2, 29)


@pytest.mark.parametrize("name", ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata"])
def test_known_zones_are_accepted(name):
    assert str(check_timezone(name)) == name


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "EST+5", "../etc/passwd", "/etc/localtime"])
def test_unknown_zones_are_refused(name):
    with pytest.raises(CronInvalid, match="IANA"):
        check_timezone(name)


def test_wildcard_means_the_minute_or_the_hour_field_starts_with_a_star():
    # Debian cron's rule (and cronsim's): such slots fire at every real occurrence.
    assert fires_hourly("0 * * * *")
    assert fires_hourly("*/30 * * * *")
    assert fires_hourly("0 */2 * * *")
    assert fires_hourly("*/15 2 * * *")
    assert not fires_hourly("0 1-5/2 * * *")
    assert not fires_hourly("30 1 * * *")
    assert not fires_hourly("0 1,2 * * *")


# --- next_run_at in several zones ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "timezone", "expected"),
    [
        # The reference's example: from Thursday 2026-03-19 18:15Z, Monday 09:00 in New York (EDT).
        ("0 9 * * 1", "America/New_York", utc(2026, 3, 23, 13)),
        ("0 9 * * 1", "UTC", utc(2026, 3, 23, 9)),
        ("0 9 * * *", "Europe/Berlin", utc(2026, 3, 20, 8)),  # CET, before Berlin's change
        ("0 9 * * *", "Asia/Kolkata", utc(2026, 3, 20, 3, 30)),  # +05:30
        ("0 9 * * *", "Australia/Sydney", utc(2026, 3, 19, 22)),  # AEDT, +11
        ("45 23 * * *", "Asia/Kathmandu", utc(2026, 3, 20, 18, 0)),  # +05:45, already 3-20 there
        ("*/15 * * * *", "America/New_York", utc(2026, 3, 19, 18, 30)),
        ("0 0 1 * *", "Pacific/Auckland", utc(2026, 3, 31, 11)),  # NZDT +13 until April
    ],
)
def test_next_fire_in_the_schedules_zone_is_stored_as_utc(expression, timezone, expected):
    assert next_fire(expression, timezone, NOW) == expected


def test_next_fire_is_strictly_after():
    assert next_fire("0 9 * * *", "UTC", utc(2026, 3, 20, 9)) == utc(2026, 3, 21, 9)
    assert next_fire("0 9 * * *", "UTC", utc(2026, 3, 20, 8, 59, 59, 999999)) == utc(2026, 3, 20, 9)


# --- DST: America/New_York (2026-03-08 02:00 -> 03:00; 2026-11-01 02:00 -> 01:00) --------------


def test_new_york_spring_gap_fixed_time_fires_once_right_after_the_gap():
    assert fires("30 2 * * *", "America/New_York", utc(2026, 3, 7, 0), 3) == [
        utc(2026, 3, 7, 7, 30),  # 02:30 EST
        utc(2026, 3, 8, 7, 0),  # 02:30 does not exist: 03:00 EDT, the end of the gap
        utc(2026, 3, 9, 6, 30),  # 02:30 EDT
    ]


def test_new_york_spring_gap_several_fixed_slots_fire_once_together():
    assert fires("0,30 2 * * *", "America/New_York", utc(2026, 3, 8, 5), 2) == [
        utc(2026, 3, 8, 7, 0),
        utc(2026, 3, 9, 6, 0),
    ]


def test_new_york_spring_gap_hourly_slots_fire_at_every_real_occurrence():
    # 02:00 and 02:30 never happen; nothing is doubled at 03:00.
    assert fires("*/30 * * * *", "America/New_York", utc(2026, 3, 8, 5, 45), 4) == [
        utc(2026, 3, 8, 6, 0),  # 01:00 EST
        utc(2026, 3, 8, 6, 30),  # 01:30 EST
        utc(2026, 3, 8, 7, 0),  # 03:00 EDT
        utc(2026, 3, 8, 7, 30),  # 03:30 EDT
    ]


def test_new_york_fall_overlap_fixed_time_fires_once_at_the_first():
    # croniter alone yields 01:30 EDT and 01:30 EST here.
    assert fires("30 1 * * *", "America/New_York", utc(2026, 10, 31, 16), 3) == [
        utc(2026, 11, 1, 5, 30),  # 01:30 EDT only
        utc(2026, 11, 2, 6, 30),
        utc(2026, 11, 3, 6, 30),
    ]


def test_new_york_fall_overlap_fixed_time_from_inside_the_second_pass_waits_a_day():
    assert next_fire("30 1 * * *", "America/New_York", utc(2026, 11, 1, 6, 10)) == utc(
        2026, 11, 2, 6, 30
    )


def test_new_york_fall_overlap_hourly_slots_fire_at_both_occurrences():
    assert fires("*/30 * * * *", "America/New_York", utc(2026, 11, 1, 4), 6) == [
        utc(2026, 11, 1, 4, 30),  # 00:30 EDT
        utc(2026, 11, 1, 5, 0),  # 01:00 EDT
        utc(2026, 11, 1, 5, 30),  # 01:30 EDT
        utc(2026, 11, 1, 6, 0),  # 01:00 EST
        utc(2026, 11, 1, 6, 30),  # 01:30 EST
        utc(2026, 11, 1, 7, 0),  # 02:00 EST
    ]
    assert fires("0 * * * *", "America/New_York", utc(2026, 11, 1, 4, 30), 3) == [
        utc(2026, 11, 1, 5),  # 01:00 EDT
        utc(2026, 11, 1, 6),  # 01:00 EST
        utc(2026, 11, 1, 7),  # 02:00 EST
    ]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (utc(2026, 11, 1, 5, 10), utc(2026, 11, 1, 5, 30)),  # 01:10 EDT -> 01:30 EDT
        (utc(2026, 11, 1, 5, 40), utc(2026, 11, 1, 6, 0)),  # 01:40 EDT -> 01:00 EST
        (utc(2026, 11, 1, 6, 10), utc(2026, 11, 1, 6, 30)),  # 01:10 EST -> 01:30 EST
    ],
)
def test_new_york_fall_overlap_hourly_from_inside_the_overlap(after, expected):
    assert next_fire("*/30 * * * *", "America/New_York", after) == expected


# --- DST: Europe/Berlin (2026-03-29 02:00 -> 03:00; 2026-10-25 03:00 -> 02:00) -----------------


def test_berlin_spring_gap_fixed_time_fires_once_right_after_the_gap():
    assert fires("30 2 * * *", "Europe/Berlin", utc(2026, 3, 28, 12), 2) == [
        utc(2026, 3, 29, 1, 0),  # 03:00 CEST
        utc(2026, 3, 30, 0, 30),  # 02:30 CEST
    ]


def test_berlin_spring_gap_hourly_slots_skip_the_missing_hour():
    assert fires("0 * * * *", "Europe/Berlin", utc(2026, 3, 28, 23, 30), 4) == [
        utc(2026, 3, 29, 0),  # 01:00 CET
        utc(2026, 3, 29, 1),  # 03:00 CEST
        utc(2026, 3, 29, 2),  # 04:00 CEST
        utc(2026, 3, 29, 3),
    ]


def test_berlin_fall_overlap_fixed_time_fires_once():
    assert fires("30 2 * * *", "Europe/Berlin", utc(2026, 10, 24, 12), 2) == [
        utc(2026, 10, 25, 0, 30),  # 02:30 CEST only
        utc(2026, 10, 26, 1, 30),  # 02:30 CET
    ]


def test_berlin_fall_overlap_hourly_slots_fire_at_both_occurrences():
    assert fires("*/30 * * * *", "Europe/Berlin", utc(2026, 10, 24, 23, 45), 5) == [
        utc(2026, 10, 25, 0, 0),  # 02:00 CEST
        utc(2026, 10, 25, 0, 30),  # 02:30 CEST
        utc(2026, 10, 25, 1, 0),  # 02:00 CET
        utc(2026, 10, 25, 1, 30),  # 02:30 CET
        utc(2026, 10, 25, 2, 0),  # 03:00 CET
    ]


def test_a_zone_without_dst_is_unaffected():
    assert fires("30 2 * * *", "Asia/Tokyo", utc(2026, 3, 7, 0), 2) == [
        utc(2026, 3, 7, 17, 30),
        utc(2026, 3, 8, 17, 30),
    ]
