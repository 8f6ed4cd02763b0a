"""Round 82: a lead-in before the colon that opens the steps ("Just the once, please:", "Right
now:", "Quick one-off ahead of today's board meeting at Tillerman Yacht Charters:", "Harrowby
Piano Tuners, one-time tidy-up:", "Pinewhistle Solar, Monday 08:00:", "Fridays 16:00 — Halyard
Sailing School:") is no step; a count written with thousands separators ("2,300 records") is one
number, no test; and data told to be held at a source ("we've got 2,300 records at https://…",
"the export of the notes sits at https://…") is what is fetched."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, Q, K, C, S, E, W, X, M, R = (
    "http.request",
    "salesforce.query",
    "classify",
    "check_status",
    "slack.post_message",
    "email.send",
    "webhook.post",
    "extract",
    "summarize",
    "generate_report",
)

# "Just the once", "Right now", "Quick one-off ahead of …": the run said to happen once.
RUN_ONCE_LEAD_INS = [
    (
        "Just the once, please: go through the 600 exit-survey responses at"
        " https://surveys.fernleighsixthform.example/api/exit-2024, write a summary of the main"
        " themes and email it to head@fernleighsixthform.example.",
        (None, [H, M, E]),
    ),
    (
        "Right now, please: query Salesforce for Ashby Fitness corporate accounts with fewer than"
        " 10 active members and email the list to partnerships@ashbyfitness.example.",
        (None, [Q, E]),
    ),
    (
        "Just the once, for Thursday's strategy meeting: query Salesforce for every deal"
        " Copperline Office Furniture lost last financial year and build a report on why they"
        " fell through.",
        (None, [Q, R]),
    ),
    (
        "Quick one-off ahead of today's board meeting at Tillerman Yacht Charters: query"
        " Salesforce for every open charter opportunity worth over $40,000, boil them down into a"
        " short summary and email that summary to ceo@tillermanyachts.example.",
        (None, [Q, M, E]),
    ),
    (
        "Only the once: pull the open tickets from https://help.brackenfold.example/api/open,"
        " summarise them and post the summary in #support.",
        (None, [H, M, S]),
    ),
    (
        "Right now: query Salesforce for every lapsed Dunmore Golf member and email the list to"
        " membership@dunmoregolf.example.",
        (None, [Q, E]),
    ),
    (
        "Right away, please: fetch the stock levels from https://stock.pelham.example/api/levels"
        " and post them in #warehouse.",
        (None, [H, S]),
    ),
    (
        "Small one-off before Monday's review at Orchard Lane Dental: query Salesforce for the"
        " practices that cancelled this quarter and summarise why.",
        (None, [Q, M]),
    ),
    (
        "Quick one-time job for the Kestrel Rowing Club committee: pull the race entries from"
        " https://entries.kestrelrowing.example/api/all and email them to sec@kestrel.example.",
        (None, [H, E]),
    ),
    (
        "Just the once, for the Marlow audit: fetch the invoices at https://ledger.marlow.example/"
        "api/invoices, extract the totals and email them to audit@marlow.example.",
        (None, [H, X, E]),
    ),
]

# A firm's name heading the steps beside the schedule or the one-off's kind of job.
FIRM_BESIDE_SCHEDULE = [
    (
        "Fridays 16:00 \u2014 Halyard Sailing School: query Salesforce for this week's"
        " course-enquiry leads, categorise each one as dinghy, keelboat or powerboat, summarise"
        " the mix, then post the summary to #instructors and email it to"
        " bookings@halyardsailing.example.",
        ("0 16 * * 5", [Q, K, M, S, E]),
    ),
    (
        "Pinewhistle Solar, Monday 08:00: query Salesforce for installs signed last week, pull"
        " out the system size and postcode from each one, build a report from that, then email"
        " it to ops@pinewhistlesolar.example and post it in #install-planning.",
        ("0 8 * * 1", [Q, X, R, E, S]),
    ),
    (
        "Weekdays 07:30 \u2014 Brackenfold Garden Centre: query Salesforce for yesterday's trade"
        " orders and email a summary to trade@brackenfold.example.",
        ("30 7 * * 1-5", [Q, M, E]),
    ),
    (
        "Tuesdays 09:15 - Corran Ferries: fetch the sailings from https://ops.corran.example/api/"
        "sailings and post them in #crew.",
        ("15 9 * * 2", [H, S]),
    ),
    (
        "Marsh Lane Bakery, Friday 17:45: query Salesforce for this week's wholesale orders and"
        " post a summary in #wholesale.",
        ("45 17 * * 5", [Q, M, S]),
    ),
    (
        "Ridgeway Vets, weekdays 06:30: pull the day's appointments from https://vets.ridgeway"
        ".example/api/today and email them to reception@ridgeway.example.",
        ("30 6 * * 1-5", [H, E]),
    ),
    (
        "Harrowby Piano Tuners, one-time tidy-up: we've got 2,300 old customer records at"
        " https://clients.harrowbypianos.example/api/all. Fetch them, work out whether each"
        " customer owns a grand, an upright or a digital, and send just the grand-piano owners to"
        " the mailing-list webhook.",
        (None, [H, K, C, W]),
    ),
    (
        "Fenwick Opticians, one-time clean-up: pull the old patient list from"
        " https://records.fenwick.example/api/patients and email it to admin@fenwick.example.",
        (None, [H, E]),
    ),
]

# "2,300 records", "1,200 scanned notes": how many items are in hand, one number, no test;
# data held at a source is what is fetched.
COUNTS_AND_DATA_HELD = [
    (
        "Need this done once, not on a loop. Harmonia Piano Services is switching off its old"
        " booking system on Friday, and the export of 2,300 customer notes sits at"
        " https://export.harmoniapianos.example/api/notes. Pull the piano make, serial number and"
        " last tuning date out of each note and push the results to the new system's import"
        " webhook.",
        (None, [H, X, W]),
    ),
    (
        "We're moving Hartwood Timber's paperwork into the new accounts system, so this is a"
        " one-time job: there are 1,200 scanned delivery notes at"
        " https://archive.hartwoodtimber.example/api/delivery-notes. Go through them, pick out the"
        " customer, timber species and cubic metres from each, compile the lot into a report and"
        " send it to accounts@hartwoodtimber.example.",
        (None, [H, X, R, E]),
    ),
    (
        "We've got 4,500 warranty cards at https://cards.boltwood.example/api/cards. Pull the"
        " serial number out of each and email the list to support@boltwood.example.",
        (None, [H, X, E]),
    ),
    (
        "I have 12,000 survey replies at https://survey.tarnside.example/api/replies; summarise"
        " them and post the summary in #research.",
        (None, [H, M, S]),
    ),
    (
        "The archive of 3,400 job sheets sits at https://jobs.kellan.example/api/sheets. Extract"
        " the engineer and the hours from each and email the results to ops@kellan.example.",
        (None, [H, X, E]),
    ),
    (
        "Summarise the 1,500 comments at https://forum.pellow.example/api/comments and email the"
        " summary to team@pellow.example.",
        (None, [H, M, E]),
    ),
]

# Near cases that keep their reading: a real comparison with a separated number stays a test,
# a subset heading stays a test, and a schedule with no firm keeps its steps.
NEAR = [
    (
        "Every Monday at 9am, query Salesforce for open opportunities and email the ones over"
        " $40,000 to sales@acme.example.",
        ("0 9 * * 1", [Q, C, E]),
    ),
    (
        "Fridays 16:00: query Salesforce for this week's leads and post them to #sales.",
        ("0 16 * * 5", [Q, S]),
    ),
    (
        "Query Salesforce for open opportunities and email the list to a@b.example.",
        (None, [Q, E]),
    ),
    (
        "Every hour, fetch the orders from https://shop.example/api/orders and if any order is"
        " over 2,000 units post it in #ops.",
        ("0 * * * *", [H, C, S]),
    ),
]

ALL = RUN_ONCE_LEAD_INS + FIRM_BESIDE_SCHEDULE + COUNTS_AND_DATA_HELD


@pytest.mark.parametrize(("text", "expected"), ALL + NEAR)
def test_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_no_doubt_when_read(text, expected):
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_confident_when_read(text, expected):
    assert confidence_of(text) >= 0.85


def test_separated_count_is_one_number():
    assert not any("2 300" in d for d in doubts_of(COUNTS_AND_DATA_HELD[0][0]))
