"""What the schedule words said (`ScheduleSpec`) and the 5-field cron expression it makes.

`schedule.py` reads the words into a spec; `build_cron` fills each field: steps ("*/15"), hour
ranges ("9-17"), lists ("1,15"), the default time of day when none was named (09:00, or the
period's hour), and the warnings for what one cron expression cannot hold.
"""

from dataclasses import dataclass, field

from nl_parser import clock
from nl_parser.calendar_words import cron_list


@dataclass
class ScheduleSpec:
    """What the schedule words said, field by field, before they become a cron expression."""

    times: list[clock.ClockTime] = field(default_factory=list)
    minute_step: int | None = None
    hour_step: int | None = None
    day_step: int | None = None
    month_step: int | None = None
    minute_of_hour: int | None = None
    more_minutes_of_hour: set[int] = field(default_factory=set)  # "at :15 and :45": the 45
    hour_range: tuple[int, int] | None = None
    dom: set[int] = field(default_factory=set)
    months: set[int] = field(default_factory=set)
    dow: set[int] = field(default_factory=set)
    cadence: str | None = None
    per_day: int | None = None
    period: str | None = None
    impossible: bool = False
    more_often: bool = False  # "every other week", "the first Monday": cron runs each week
    warnings: list[str] = field(default_factory=list)


_PERIOD_DEFAULT = {"morning": 9, "afternoon": 14, "evening": 18, "night": 0}


def build_cron(spec: ScheduleSpec) -> tuple[str, bool]:
    """Return the 5-field cron for `spec` and whether a default time of day was used."""
    times = sorted({clock.apply_period(t, spec.period) for t in _both_halves(spec.times)})
    defaulted = False
    hour_field = "*" if spec.hour_range is None else f"{spec.hour_range[0]}-{spec.hour_range[1]}"
    if spec.minute_step:
        minute = "*" if spec.minute_step == 1 else f"*/{spec.minute_step}"
        hour = hour_field
    elif spec.hour_step:
        minute = str(spec.minute_of_hour or (times[0][1] if times else 0))
        if spec.minute_of_hour is not None and spec.more_minutes_of_hour:
            minute = cron_list({spec.minute_of_hour, *spec.more_minutes_of_hour})
        if spec.hour_step == 1:
            hour = hour_field
        elif spec.hour_range or times:
            first, last = spec.hour_range or (times[0][0], 23)
            # "every 6 hours starting at midnight" is every 6 hours: cron counts from 0 anyway.
            whole_day = (first, last) == (0, 23)
            hour = f"*/{spec.hour_step}" if whole_day else f"{first}-{last}/{spec.hour_step}"
        else:
            hour = f"*/{spec.hour_step}"
    elif spec.minute_of_hour is not None and not times:
        minute = cron_list({spec.minute_of_hour, *spec.more_minutes_of_hour})
        hour = hour_field
    else:
        if not times:
            defaulted = True
            times = _default_times(spec)
        minute, hour = _time_fields(times, spec)
    dom = _dom_field(spec)
    month = cron_list(spec.months) if spec.months else "*"
    if spec.month_step:
        month = f"*/{spec.month_step}"
    elif spec.cadence == "quarterly" and not spec.months:
        month = "1,4,7,10"
    elif spec.cadence == "yearly" and not spec.months:
        month = "1"
    dow = cron_list({d % 7 for d in spec.dow}) if spec.dow else "*"
    if dow == "*" and dom == "*" and spec.cadence == "weekly":
        dow = "1"
    if dom != "*" and dow != "*":
        spec.warnings.append("cron runs when either the day of the month or the weekday matches")
    return f"{minute} {hour} {dom} {month} {dow}", defaulted


def _both_halves(times: list[clock.ClockTime]) -> list[clock.ClockTime]:
    """Read "at 8 and 8 (morning and night)" as 8:00 and 20:00: on a 12-hour clock the same time
    written twice without am/pm names both halves of the day, for no-one lists a time twice."""
    seen: set[tuple[int, int]] = set()
    read: list[clock.ClockTime] = []
    for time in times:
        key = (time.hour, time.minute)
        if key in seen and not time.explicit_half and 1 <= time.hour <= 11:
            time = clock.ClockTime(time.hour + 12, time.minute, True)
        seen.add(key)
        read.append(time)
    return read


def _default_times(spec: ScheduleSpec) -> list[tuple[int, int]]:
    if spec.per_day and spec.per_day > 1:
        if spec.per_day == 2:
            return [(9, 0), (17, 0)]
        if spec.per_day == 3:
            return [(9, 0), (13, 0), (17, 0)]
        return [(h, 0) for h in range(0, 24, max(24 // spec.per_day, 1))]
    return [(_PERIOD_DEFAULT.get(spec.period or "", 9), 0)]


def _time_fields(times: list[tuple[int, int]], spec: ScheduleSpec) -> tuple[str, str]:
    hours = {h for h, _ in times}
    minutes = {m for _, m in times}
    if len(minutes) == 1 or len(hours) == 1:
        return cron_list(minutes), cron_list(hours)
    spec.warnings.append(
        "these times of day cannot share one cron expression; only the first is used"
    )
    return str(times[0][1]), str(times[0][0])


def _dom_field(spec: ScheduleSpec) -> str:
    if spec.dom:
        return cron_list(spec.dom)
    if spec.day_step:
        return f"*/{spec.day_step}"
    if spec.cadence in ("monthly", "quarterly", "yearly") or spec.month_step:
        return "1" if not spec.dow else "*"
    return "*"
