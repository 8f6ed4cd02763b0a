"""Round 69: a clock time spelled out ("half four", "quarter past nine", "at nine") read where
the schedule grammar left it: as the correction of a time said before it, which keeps that
time's half of the day ("every Monday at 4am — scratch that, half four" runs at 04:30), and as
the hour of schedule words it follows ("Sunday evenings at nine" runs at 21:00)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S = "http.request", "email.send", "slack.post_message"
M = "summarize"

# "<time with its half of the day> <take-back>, <spelled time>": the new time is that half's.
SPELLED_CORRECTIONS = [
    (
        "Email the weekly bake schedule to bakers@example-sourdoughandrye.co.uk every Monday at"
        " 4am — scratch that, half four, the ovens need warming first.",
        ("30 4 * * 1", [E]),
    ),
    (
        "Every Friday at 5pm, post the bar rota in #front-of-house — actually, half five.",
        ("30 17 * * 5", [S]),
    ),
    (
        "Send the invoice digest to accounts@example.com daily at 9am, no, quarter past nine.",
        ("15 9 * * *", [E]),
    ),
    (
        "Every weekday at 7am — sorry, half seven — post the van loading list in #drivers.",
        ("30 7 * * 1-5", [S]),
    ),
    (
        "Every Sunday at 11pm — scratch that, quarter to eleven — summarise the week's tickets"
        " and email it to support@example.com.",
        ("45 22 * * 0", [M, E]),
    ),
    (
        "Post the ward round list in #nursing at 18:00 every day, make that half six.",
        ("30 18 * * *", [S]),
    ),
    (
        "Every Tuesday at 6am, or rather ten past six, email the bread order to mill@example.com.",
        ("10 6 * * 2", [E]),
    ),
    (
        "Email the schedule to a@example.com every Monday at 4pm — scratch that, half four.",
        ("30 16 * * 1", [E]),
    ),
    (
        "Email the schedule to a@example.com every Monday at 4pm — no, half four in the morning.",
        ("30 4 * * 1", [E]),
    ),
]

# Near cases: a spelled time said once, a correction written in digits, and a spelled time
# with its own half of the day said once.
SPELLED_UNCHANGED = [
    ("Every Monday at half four, email the schedule to a@example.com.", ("30 16 * * 1", [E])),
    (
        "Email the schedule to a@example.com every Monday at 4am — scratch that, 4:30.",
        ("30 4 * * 1", [E]),
    ),
    (
        "Every day at half past seven in the evening, post the menu in #kitchen.",
        ("30 19 * * *", [S]),
    ),
]

# "<days, a period or a cadence> at <hour spelled out>": the hour of those schedule words.
SPELLED_HOURS = [
    (
        "Sunday evenings at nine, put together a recap of the weekend's first-aid incidents at"
        " Bounce Republic Trampoline Park for the duty managers.",
        {"availableTools": [H, E]},
        ("0 21 * * 0", [H, M, E]),
    ),
    ("Every evening at nine, email the stock count to a@example.com.", {}, ("0 21 * * *", [E])),
    ("Weekday mornings at seven, post the traffic summary in #dispatch.", {}, ("0 7 * * 1-5", [S])),
    (
        "Every Monday at nine, email the timesheet reminder to staff@example.com.",
        {},
        ("0 9 * * 1", [E]),
    ),
    (
        "Send the kennel feeding list to a@example.com daily at eight.",
        {},
        ("0 8 * * *", [E]),
    ),
    (
        "Post the day's loans list in #library at ten every night.",
        {},
        ("0 22 * * *", [S]),
    ),
    ("On Fridays at five, email the timesheets to payroll@example.com.", {}, ("0 17 * * 5", [E])),
]

# Near cases: a count after "at" that is no time, a spelled hour with no schedule words beside
# it, and hours written in digits.
HOURS_UNCHANGED = [
    ("Sunday evenings at 9, email the recap to a@example.com.", ("0 21 * * 0", [E])),
    (
        "Every Monday, check the stock at nine stores and email the summary to a@example.com.",
        ("0 9 * * 1", [E]),
    ),
    ("Every evening at nine stores, email the takings to a@example.com.", ("0 18 * * *", [E])),
    ("Every Sunday at nine in the evening, email it to a@example.com.", ("0 21 * * 0", [E])),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_CORRECTIONS)
def test_a_spelled_correction_keeps_the_half_of_the_day_it_corrects(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert all("as a correction of" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), SPELLED_UNCHANGED)
def test_spelled_times_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "context", "expected"), SPELLED_HOURS)
def test_a_spelled_hour_after_schedule_words_is_their_hour(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), HOURS_UNCHANGED)
def test_spelled_hours_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
