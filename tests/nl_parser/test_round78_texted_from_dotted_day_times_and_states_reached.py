"""Round 78: "frm" texted for "from" names where a delivered thing is fetched ("email the sheets
frm https://… to …"); lower-case days joined before a clock time written with a dot ("sat n sun
at 7.30am") are the days, as before "7:30am"; and after an event's opener a noun's "'s" before a
state reached ("when a piano tuning's done for … wait 72 hrs") is "is", however the state is
complemented."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, H, SF, C, W = (
    "email.send",
    "slack.post_message",
    "http.request",
    "salesforce.query",
    "check_status",
    "wait",
)

# "<deliver> the <thing> frm <source> to <receiver> <when>".
FETCHED_FRM = [
    (
        "can u email the wk's bin-round sheets frm https://rounds.greenbinwaste.example/api/week"
        " to crews@greenbinwaste.example every mon 5:45am thx",
        ("45 5 * * 1", [H, E]),
    ),
    (
        "pls email the daily rota frm https://rota.hillcrestcare.example/api/today to"
        " nurses@hillcrestcare.example every day at 6am",
        ("0 6 * * *", [H, E]),
    ),
    (
        "every fri at 4pm post the week's takings frm https://tills.brewhouse.example/api/week in"
        " #finance",
        ("0 16 * * 5", [H, S]),
    ),
    (
        "can you send the open tickets frm https://desk.quillhelp.example/api/open to"
        " support@quillhelp.example each weekday at 9am",
        ("0 9 * * 1-5", [H, E]),
    ),
    (
        "every evening at 6pm forward the new sign-ups frm https://join.fernleaf.example/api/new"
        " to membership@fernleaf.example",
        ("0 18 * * *", [H, E]),
    ),
]

# "<days joined> [at] <hour>.<minutes>am <steps>": a dotted clock time after the days.
DAYS_BEFORE_A_DOTTED_TIME = [
    (
        "sat n sun at 7.30am pls grab todays boat handovers frm"
        " https://fleet.lockkeeperboats.example/api/handovers n email em to"
        " yard@lockkeeperboats.example ta",
        ("30 7 * * 0,6", [H, E]),
    ),
    (
        "mon n thu at 8.15am pull the deliveries from https://yard.brickford.example/api/drops"
        " and post them in #yard",
        ("15 8 * * 1,4", [H, S]),
    ),
    (
        "tue and fri 6.45pm email the till totals from https://tills.corner.example/api/totals"
        " to owner@corner.example",
        ("45 18 * * 2,5", [H, E]),
    ),
    (
        "wed, fri at 5.30pm post the class list from https://gym.ironvale.example/api/classes"
        " in #front-desk",
        ("30 17 * * 3,5", [H, S]),
    ),
    (
        "fri 4.30pm email the timesheets from https://hours.oakbeam.example/api/week to"
        " payroll@oakbeam.example",
        ("30 16 * * 5", [H, E]),
    ),
    (
        "sat and sun at 07.30 fetch the tide table from https://tides.harbourmaster.example/api"
        " and post it in #moorings",
        ("30 7 * * 0,6", [H, S]),
    ),
]

# "when <an event noun>'s <done | finished | complete | ready> [<complement>] <step> …".
STATES_REACHED = [
    (
        "when a piano tuning's done for harmonia piano services wait 72 hrs then email the"
        " custmer our feedback survey",
        (None, [W, E]),
    ),
    (
        "when a boiler service's finished for the hendersons wait 2 days then email the"
        " homeowner a feedback form",
        (None, [W, E]),
    ),
    (
        "when the nightly backup's done on the main server post a note in #ops",
        (None, [S]),
    ),
    (
        "once a boiler service's finished at keystone heating wait 2 days then email the"
        " homeowner a feedback form",
        (None, [W, E]),
    ),
    (
        "when an order's complete for a wholesale client email accounts@kettleworks.example",
        (None, [E]),
    ),
    (
        "when a car's ready for collection at fernside garage email the driver",
        (None, [E]),
    ),
    (
        "whenever a portrait's finished wait 30 mins then email the sitter the proofs",
        (None, [W, E]),
    ),
]

READ_WHOLE = FETCHED_FRM + DAYS_BEFORE_A_DOTTED_TIME + STATES_REACHED


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_read(text, expected):
    assert read(text) == expected


# A miss carries a doubt of its own ("evry" read as a typo); the rest none.
PLAIN = [case for case in READ_WHOLE if "evry" not in case[0]]


@pytest.mark.parametrize(("text", "expected"), PLAIN)
def test_read_with_no_false_doubt(text, expected):
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


# Near cases that must not change.
NEAR = [
    # "FRM" in capitals is an acronym, and a path's "frm" no word.
    (
        "every monday at 9am email the FRM report to risk@lendwise.example",
        ("0 9 * * 1", [E]),
    ),
    (
        "every monday at 9am fetch https://forms.lendwise.example/frm/list and email it to"
        " risk@lendwise.example",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "sat and sun at 7:30am grab the handovers from https://fleet.lockkeeperboats.example/api"
        " and email them to yard@lockkeeperboats.example",
        ("30 7 * * 0,6", [H, E]),
    ),
    (
        "every sat and sun at 7.30am grab the handovers from"
        " https://fleet.lockkeeperboats.example/api and email them to yard@lockkeeperboats.example",
        ("30 7 * * 0,6", [H, E]),
    ),
    # A value with a dot stays a value.
    (
        "every hour check https://tank.reefhall.example/api/ph and if the ph drops below 7.45"
        " email keepers@reefhall.example",
        ("0 * * * *", [H, C, E]),
    ),
    # A possessive "'s" keeps its noun.
    (
        "if the site's uptime drops below 99% email ops@x.example",
        (None, [C, E]),
    ),
    (
        "when the client's completed forms arrive email them to intake@x.example",
        (None, [E]),
    ),
    (
        "when a piano tuning is done for harmonia piano services wait 72 hours then email the"
        " customer our feedback survey",
        (None, [W, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected
