"""Round 75: a firm's name heading fields ("Wrenfield Vets | new online booking | emergency? → …")
is no step, and the field after it opens the text; a bare case asked as a question, with "anything
else" after its step, is the case tested for; schedule words texted short ("wkday", "wknds") and
a clock time written with a dot ("11.45") beside schedule words are read; and a group named with
the address it is reached at ("the public-viewing volunters at viewing@…") is who is emailed,
not a subset of the items."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"

# The name was read as the first field, so the event moved to the question and no test was made.
NAME_HEADINGS = [
    (
        "Wrenfield Vets | new online booking | emergency? → fire the pager webhook | anything"
        " else → #reception",
        (None, [C, W, C, S]),
    ),
    (
        "Harbourside Dental | new appointment request | urgent? → text the on-call dentist via"
        " the sms webhook | anything else → #front-desk",
        (None, [C, W, C, S]),
    ),
    (
        "Kestrel Cycles | new repair ticket | warranty claim? → email it to"
        " warranty@kestrel.example | everything else → #workshop",
        (None, [C, E, C, S]),
    ),
    (
        "Brightwater Pool | new lesson enquiry | toddler? → email it to tots@brightwater.example"
        " | the rest → #lessons",
        (None, [C, E, C, S]),
    ),
    (
        "Oakmere Library | new room booking | wedding? → post it in #events-team | otherwise →"
        " email it to desk@oakmere.example",
        (None, [C, S, C, E]),
    ),
    (
        "new online booking | emergency? → fire the pager webhook | anything else → #reception",
        (None, [C, W, C, S]),
    ),
]

# "wkday" was unread and "11.45" no time, so the schedule was lost or fell back to 09:00.
SHORT_TIMES = [
    (
        "every wkday 11.45 grab the lunch bookings from https://tables.lanternbistro.example/api/"
        "lunch n if covers r over 80 txt the head chef via the sms webhook",
        ("45 11 * * 1-5", [H, C, W]),
    ),
    (
        "every weekday at 11.45 grab the lunch bookings from https://t.example/api/lunch and"
        " post them in #kitchen",
        ("45 11 * * 1-5", [H, S]),
    ),
    ("wkdays 08.30 post the rota reminder in #floor", ("30 8 * * 1-5", [S])),
    ("every wknd at 10am post the brunch specials in #front-of-house", ("0 10 * * 0,6", [S])),
    ("19.00 every Friday post the bar rota in #bar-staff", ("0 19 * * 5", [S])),
    (
        "Mondays at 17.30 email the timesheet summary to payroll@x.example",
        ("30 17 * * 1", [E]),
    ),
    ("every night at 9.30 post the lock-up checklist in #security", ("30 21 * * *", [S])),
]

# The gerund before an unknown plural read as a state, so a second test guarded the email.
GROUPS_AT_ADDRESSES = [
    (
        "Every night at 21:00 in September and October, check the cloud forecast at"
        " https://sky.highmoorobservatory.example/api/cloud and email the public-viewing"
        " volunters at viewing@highmoorobservatory.example if cover is under 30%.",
        ("0 21 * 9,10 *", [H, C, E]),
    ),
    (
        "Every night at 21:00, check the cloud forecast at https://sky.h.example/api/cloud and"
        " email the public-viewing volunteers at viewing@h.example if cover is under 30%.",
        ("0 21 * * *", [H, C, E]),
    ),
    (
        "Each Friday at 4pm, pull https://x.example/api/week and email the fundraising volunters"
        " at funds@x.example",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Every Monday at 8am, pull https://x.example/api/rota and email the closing-shift"
        " supervisers at closers@x.example",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "At 6am daily fetch the tide table from https://tides.example/api/today and message the"
        " sailing-club instructers at coaches@sailclub.example if the wind is over 25 knots",
        ("0 6 * * *", [H, C, E]),
    ),
]

UNCHANGED = [
    # A scheduled text keeps its name as before; a system named first is a source.
    (
        "Sunspan Solar Farm | weekdays 11:30 → GET https://scada.sunspan.example/api/inverters →"
        " any inverter producing under 60% of rated output? → extract inverter id + fault code →"
        " #om-team",
        ("30 11 * * 1-5", [H, C, "extract", S]),
    ),
    # Numbers with a dot away from schedule words are values, not times.
    (
        "every 3 hours, check https://x.example/fx and email treasury@x.example if the rate drops"
        " below 1.05",
        ("0 */3 * * *", [H, C, E]),
    ),
    (
        "every weekday at 9am check https://x.example/api/ph and alert #lab if it is at 7.45",
        ("0 9 * * 1-5", [H, C, S]),
    ),
    # A short span inside an address stays as written.
    (
        "wknds at 10am fetch https://x.example/wk/rota and post it in #ops",
        ("0 10 * * 0,6", [H, S]),
    ),
    # Items sent to an address, not a group reached there, are still picked.
    (
        "Every morning at 9 pull https://x.example/api/jobs and email the failed jobs to"
        " ops@x.example",
        ("0 9 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_HEADINGS)
def test_a_name_heading_fields_is_no_step_and_a_case_asked_is_tested(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), SHORT_TIMES)
def test_short_schedule_words_and_dotted_times_are_read(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), GROUPS_AT_ADDRESSES)
def test_a_group_reached_at_an_address_is_no_subset(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
