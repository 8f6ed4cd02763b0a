"""Round 65: fields parted by single slashes ("Corvid Security / weekdays 14:00 / Salesforce: …
/ classify each as … / commercial ones → #b2b-installs"), and "only where" opening a test, its
action perhaps inverted after it ("only where their combined value falls below £400,000 is the
charter director to be informed")."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, E, S, Q = "http.request", "email.send", "slack.post_message", "salesforce.query"
C, CL, SU = "check_status", "classify", "summarize"

CORVID = (
    "Corvid Security Systems / weekdays 14:00 / Salesforce: inbound leads created today /"
    " classify each as residential or commercial / commercial ones \u2192 #b2b-installs"
)
CORVID_TOOLS = {"availableTools": ["salesforce.query", "slack.post_message"]}

# "shop / weekdays 14:00 / Salesforce: … / classify … / …": a slash between two pieces of more
# than a word parts fields as an arrow does; "crash / gameplay / cosmetic" lists alternatives.
SLASHED_FIELDS = [
    (
        "Hollybrook Vets / every Monday 08:00 / GET https://api.example-hollybrook.com/appointments"
        " / summarise them / email the summary to vets@example-hollybrook.com",
        ("0 8 * * 1", [H, SU, E]),
    ),
    (
        "Fenwick Bakery / daily 06:30 / Salesforce: wholesale orders placed yesterday / tag each as"
        " bread or pastry / pastry ones \u2192 #pastry-team",
        ("30 6 * * *", [Q, CL, C, S]),
    ),
    (
        "Orchard Hill School / Fridays 15:30 / pull this week's absences from"
        " https://sis.example-orchardhill.sch.uk/api/absences / classify each as authorised or"
        " unauthorised / email the unauthorised ones to attendance@example-orchardhill.sch.uk",
        ("30 15 * * 5", [H, CL, C, E]),
    ),
    (
        "Marlow Storage / weekdays 10:00 / salesforce: new unit enquiries / classify each by size"
        " (small / medium / large) / large ones \u2192 #warehouse",
        ("0 10 * * 1-5", [Q, CL, C, S]),
    ),
    (
        "Brightwater Pools / every Sunday 18:00 / salesforce: memberships ending this month /"
        " email the list to renewals@example-brightwater.com",
        ("0 18 * * 0", [Q, E]),
    ),
]

# "…; only where their combined value falls below £400,000 is the charter director to be
# informed, by email to …": "only where" opens a test as "only if" does, after a break or not.
ONLY_WHERE = [
    (
        "Peregrine Yacht Charters \u2014 sales operations. On Tuesdays and Thursdays at 11:45, the"
        " open charter opportunities are to be queried from Salesforce; only where their combined"
        " value falls below \u00a3400,000 is the charter director to be informed, by email to"
        " director@example-peregrinecharters.com.",
        {"availableTools": ["salesforce.query", "email.send"]},
        ("45 11 * * 2,4", [Q, C, E]),
    ),
    (
        "Every Friday at 16:00 the week's refunds are to be pulled from"
        " https://shop.example.com/api/refunds; only where their total exceeds \u00a32,000 is the"
        " finance lead to be told, by email to finance@example.com.",
        {},
        ("0 16 * * 5", [H, C, E]),
    ),
    (
        "Daily at 07:00, fetch the overnight alarms from"
        " https://alarms.example-coldstore.com/api/overnight; only where any reading rose above"
        " 8\u00b0C should the duty manager be alerted in #cold-store.",
        {},
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "Each Monday at 9am query Salesforce for stalled deals, and only where their combined"
        " value exceeds $50,000 post them to #sales-leads.",
        {},
        ("0 9 * * 1", [Q, C, S]),
    ),
    (
        "Every weekday at 8am, fetch the open orders from https://shop.example.com/api/orders;"
        " only where any order is unpaid must the accounts team be emailed at"
        " accounts@example.com.",
        {},
        ("0 8 * * 1-5", [H, C, E]),
    ),
    (
        "On weekdays at 17:00 pull open tickets from https://help.example.com/api/open; only if the"
        " count is above 25 is an email to be sent to lead@example.com.",
        {},
        ("0 17 * * 1-5", [H, C, E]),
    ),
]

UNCHANGED = [
    # a slash between steps, no name before them: already fields
    (
        "nightly 23:00 / fetch failed payments from https://pay.example.com/api/failed / post them"
        " in #billing",
        ("0 23 * * *", [H, S]),
    ),
    # a slash inside a noun ("the in / out board") parts nothing
    (
        "Every Monday at 9am, email the in / out board to office@example.com",
        ("0 9 * * 1", [E]),
    ),
    # alternatives between slashes stay one classify
    (
        "bug reports from the in-game form \u2192 triage into crash / gameplay / cosmetic \u2192"
        " crashes go to #live-ops, everything else to qa@example-pixelforge.games",
        (None, [CL, C, S, C, E]),
    ),
    # "where" after a break, and "only if" inverted, read as before
    (
        "On Tuesdays and Thursdays at 11:45, the open charter opportunities are to be queried from"
        " Salesforce; where their combined value falls below \u00a3400,000, the charter director"
        " is to be informed, by email to director@example-peregrinecharters.com.",
        ("45 11 * * 2,4", [Q, C, E]),
    ),
    (
        "On Tuesdays and Thursdays at 11:45, the open charter opportunities are to be queried from"
        " Salesforce; only if their combined value falls below \u00a3400,000 is the charter"
        " director to be informed by email to director@example-peregrinecharters.com.",
        ("45 11 * * 2,4", [Q, C, E]),
    ),
    # no test at all
    (
        "On Tuesdays and Thursdays at 11:45, the open charter opportunities are to be queried from"
        " Salesforce and the charter director is to be informed by email to"
        " director@example-peregrinecharters.com.",
        ("45 11 * * 2,4", [Q, E]),
    ),
]


def test_the_slashed_miss_classifies_before_its_subset():
    assert read(CORVID, CORVID_TOOLS) == ("0 14 * * 1-5", [Q, CL, C, S])
    assert confidence_of(CORVID, CORVID_TOOLS) >= 0.7


@pytest.mark.parametrize(("text", "expected"), SLASHED_FIELDS)
def test_slashes_between_fields_part_them(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), ONLY_WHERE)
def test_only_where_opens_a_test(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
