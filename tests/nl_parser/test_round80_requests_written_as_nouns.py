"""Round 80: requests written as nouns. "<someone> wants/needs a <summary noun> of X" makes the
summary and sends it to them (a role may be told with where it works, "the night manager at
Copperkettle Hostel"); a field between bars that names a made thing of data ("summary of last
month's payments") makes it, and a field of people alone ("to the committee") is who it goes to;
"<thing> needs to go out to residents" sends it to people named by a bare plural; and a bare
"provided" opens a test on a count of items ("provided at least one hive is overdue")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, S, C, E, R = "http.request", "summarize", "check_status", "email.send", "generate_report"
SUMMING = {"availableTools": [H, S, E]}
EMAIL_ONLY = {"availableTools": [E]}
FETCH_AND_EMAIL = {"availableTools": [H, E]}

# "<someone> wants / needs / would like a <summary noun> of X": made, then sent to them.
SUMMARY_WANTED = [
    (
        "Daily at ten past ten at night, the night manager at Copperkettle Hostel wants a rundown"
        " of today's check-ins and no-shows.",
        SUMMING,
        ("10 22 * * *", [H, S, E]),
    ),
    (
        "Every Friday at 5pm our head chef needs a rundown of this week's food waste.",
        SUMMING,
        ("0 17 * * 5", [H, S, E]),
    ),
    (
        "Every Monday at 8am the office manager at Brightwell Dental would like a roundup of last"
        " week's missed appointments.",
        SUMMING,
        ("0 8 * * 1", [H, S, E]),
    ),
    (
        "Each Friday at 4pm, the head librarian of Elmstead Library needs a wrap-up of this"
        " week's overdue loans.",
        SUMMING,
        ("0 16 * * 5", [H, S, E]),
    ),
    (
        "Every morning at 7, the site supervisor wants a rundown of yesterday's safety incidents.",
        SUMMING,
        ("0 7 * * *", [H, S, E]),
    ),
    (
        "Every Friday at 5pm our head chef wants an overview of this week's food waste.",
        SUMMING,
        ("0 17 * * 5", [H, S, E]),
    ),
]

# Fields between bars (or arrows): a made thing of data is made; people alone receive it.
FIELDS_OF_A_MADE_THING = [
    (
        "Thornapple Allotment Society | 1st of the month, 08:00 | summary of last month's"
        " plot-rent payments | to the committee",
        SUMMING,
        ("0 8 1 * *", [H, S, E]),
    ),
    (
        "1st of the month, 08:00 → summary of last month's plot-rent payments → to the committee",
        SUMMING,
        ("0 8 1 * *", [H, S, E]),
    ),
    (
        "Larkspur Swim Club | Mondays 07:00 | rundown of last week's lane bookings | to the"
        " coaches",
        SUMMING,
        ("0 7 * * 1", [H, S, E]),
    ),
    (
        "Oakridge Scouts | Fridays, 17:30 | digest of this week's badge sign-offs | to all the"
        " leaders",
        SUMMING,
        ("30 17 * * 5", [H, S, E]),
    ),
    (
        "Millbrook Bakery | daily 05:00 | report of yesterday's wastage | to the bakers",
        {"availableTools": [H, R, E]},
        ("0 5 * * *", [H, R, E]),
    ),
]

# "<thing> needs to / should go out to <people>": people may be a bare plural.
GOES_OUT_TO_PEOPLE = [
    (
        "Redbrick Student Living: the weekly maintenance digest needs to go out to residents"
        " every Thursday at 4:30pm.",
        EMAIL_ONLY,
        ("30 16 * * 4", [E]),
    ),
    (
        "Every Thursday at 4:30pm the weekly maintenance digest should go out to tenants.",
        EMAIL_ONLY,
        ("30 16 * * 4", [E]),
    ),
    (
        "The monthly newsletter has to go out to subscribers on the 1st at 9am.",
        EMAIL_ONLY,
        ("0 9 1 * *", [E]),
    ),
    (
        "Every Monday at 7am the rota needs to go to volunteers.",
        EMAIL_ONLY,
        ("0 7 * * 1", [E]),
    ),
    (
        "Pinecrest Gym: the pool timetable should go out to members every Sunday at 6pm.",
        EMAIL_ONLY,
        ("0 18 * * 0", [E]),
    ),
]

# A bare "provided" / "providing" before a count of the items opens a test.
PROVIDED_A_COUNT = [
    (
        "Sundays at ten to seven in the evening \u2014 provided at least one Goldcomb Apiaries hive"
        " is overdue for its inspection, give the beekeepers a nudge.",
        FETCH_AND_EMAIL,
        ("50 18 * * 0", [H, C, E]),
    ),
    (
        "Sundays at 6:50pm, providing any invoice is overdue, email the team.",
        FETCH_AND_EMAIL,
        ("50 18 * * 0", [H, C, E]),
    ),
    (
        "Every weekday at 9am, provided some orders are still unshipped, email the warehouse"
        " leads.",
        FETCH_AND_EMAIL,
        ("0 9 * * 1-5", [H, C, E]),
    ),
    (
        "Each Monday at 8am \u2014 provided at least one boiler is overdue for a service, give the"
        " caretakers a heads-up.",
        FETCH_AND_EMAIL,
        ("0 8 * * 1", [H, C, E]),
    ),
    (
        "Daily at noon, providing any member's subscription has lapsed, email the membership"
        " secretary.",
        FETCH_AND_EMAIL,
        ("0 12 * * *", [H, C, E]),
    ),
]

# Near cases that must read as before.
UNCHANGED = [
    (
        "Sundays at 6:50pm, give the beekeepers a nudge.",
        FETCH_AND_EMAIL,
        ("50 18 * * 0", [E]),
    ),
    (
        "Data provided at the start of the week should be emailed to the team every Monday at 9.",
        FETCH_AND_EMAIL,
        ("0 9 * * 1", [E]),
    ),
    (
        "Redbrick Student Living: email the weekly maintenance digest to residents every Thursday"
        " at 4:30pm.",
        EMAIL_ONLY,
        ("30 16 * * 4", [E]),
    ),
    (
        "Thornapple Allotment Society | 1st of the month, 08:00 | summarise last month's plot-rent"
        " payments | email to the committee",
        SUMMING,
        ("0 8 1 * *", [H, S, E]),
    ),
    (
        "Daily at 10pm, the night manager wants a summary of today's check-ins emailed to him.",
        SUMMING,
        ("0 22 * * *", [H, S, E]),
    ),
]

CASES = SUMMARY_WANTED + FIELDS_OF_A_MADE_THING + GOES_OUT_TO_PEOPLE + PROVIDED_A_COUNT


@pytest.mark.parametrize(("text", "context", "expected"), CASES + UNCHANGED)
def test_reads_cron_and_actions(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(
    ("text", "context"),
    [(t, c) for t, c, _ in SUMMARY_WANTED + FIELDS_OF_A_MADE_THING + GOES_OUT_TO_PEOPLE],
)
def test_right_answers_are_confident(text, context):
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "not understood" in d]


def test_rundown_sent_to_someone_is_made_first():
    text = "Daily at 10pm, email the night manager a rundown of today's check-ins and no-shows."
    assert read(text, SUMMING) == ("0 22 * * *", [H, S, E])
