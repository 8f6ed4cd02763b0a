"""Round 76: a step's verb after a bare source's arrow opens a step of its own ("https://… →
extract …"); fields listed with commas alone after a fetch are extracted ("pull donor name,
object type, accession year"), and "one-off" between bars is the run's marker; a record kept
entry by entry and dated ("last week's lost-property log") is data read from the one source
listed; and "with the summary going to …" sends the thing made there."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
K, R, Q, X, SUM = "classify", "generate_report", "salesforce.query", "extract", "summarize"
HE = {"availableTools": [H, E]}
HS = {"availableTools": [H, S]}

# A verb after the arrow that follows a bare URL or "salesforce": a step of its own.
STEPS_AFTER_A_SOURCE = [
    (
        "Ferncast Print — weekdays 18:00 → https://jobs.ferncastprint.example/api/completed →"
        " extract job no., paper stock + sheet count → build a report → email"
        " production@ferncastprint.example → #press-room",
        {"availableTools": [H, E, S]},
        ("0 18 * * 1-5", [H, X, R, E, S]),
    ),
    (
        "Oakridge Bakery → daily 06:00 → https://orders.oakridgebakery.example/api/today →"
        " summarise → email bakers@oakridgebakery.example",
        {},
        ("0 6 * * *", [H, SUM, E]),
    ),
    (
        "Tidemark Kayaks :: Saturdays 08:30 :: https://hire.tidemarkkayaks.example/api/bookings"
        " :: compile a report :: #dock-crew",
        {},
        ("30 8 * * 6", [H, R, S]),
    ),
    (
        "Brambleway Vets — Mon 07:15 → https://clinic.bramblewayvets.example/api/appointments →"
        " compile a report → email reception@bramblewayvets.example",
        {},
        ("15 7 * * 1", [H, R, E]),
    ),
    (
        "Hollowmere Brewery — Fridays 17:00 -> https://taproom.hollowmere.example/api/sales ->"
        " pull out beer, pints sold and takings -> #taproom",
        {},
        ("0 17 * * 5", [H, X, S]),
    ),
    (
        "Kestrel Joinery — weekdays 16:00 → salesforce → summarise → #joinery-sales",
        {},
        ("0 16 * * 1-5", [Q, SUM, S]),
    ),
]

# The arrow after a source still points at the data asked of it, or at a test on it.
SOURCE_ARROWS_KEPT = [
    (
        "Kestrel Joinery — weekdays 16:00 → salesforce → open opportunities closing this week →"
        " #joinery-sales",
        {},
        ("0 16 * * 1-5", [Q, S]),
    ),
    (
        "Kestrel Joinery — weekdays 16:00 → https://jobs.kestreljoinery.example/api/open → email"
        " it to office@kestreljoinery.example",
        {},
        ("0 16 * * 1-5", [H, E]),
    ),
    (
        "Kestrel Joinery — weekdays 16:00 → https://jobs.kestreljoinery.example/api/open → any"
        " job overdue → #joinery",
        {},
        ("0 16 * * 1-5", [H, C, S]),
    ),
]

# Fields listed with commas alone after a fetch, and "one-off" as a field between bars.
FIELDS_WITH_COMMAS = [
    (
        "Greyfriars Museum archive | one-off | fetch"
        " https://archive.greyfriarsmuseum.example/api/accessions (~1,800 records) | pull donor"
        " name, object type, accession year | compile report | curators@greyfriarsmuseum.example",
        {},
        (None, [H, X, R, E]),
    ),
    (
        "Every Monday at 9, fetch https://shop.larchgrove.example/api/orders, grab customer name,"
        " order total, ship date, then email them to ops@larchgrove.example.",
        {},
        ("0 9 * * 1", [H, X, E]),
    ),
    (
        "Willowbrook Surgery | daily 07:00 | GET https://rota.willowbrook.example/api/shifts |"
        " grab clinician, room, start time | #reception",
        {},
        ("0 7 * * *", [H, X, S]),
    ),
    (
        "query Salesforce for renewals due this month, pull account name, owner, renewal date,"
        " amount, then post them in #renewals",
        {},
        (None, [Q, X, S]),
    ),
    (
        "Hartwell Lettings | one-off | fetch https://lets.hartwell.example/api/tenancies | get"
        " tenant, address, end date | email lettings@hartwell.example",
        {},
        (None, [H, X, E]),
    ),
]

# Listed data with a source of its own is fetched; a one-off with no fields stays as it was.
FIELDS_NEAR = [
    (
        "Every Monday at 9, pull orders, refunds, returns from"
        " https://shop.larchgrove.example/api/orders and post them in #ops.",
        {},
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every Monday at 9, fetch https://shop.larchgrove.example/api/orders and email them to"
        " ops@larchgrove.example.",
        {},
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Hartwell Lettings | one-off | fetch https://lets.hartwell.example/api/tenancies | email"
        " lettings@hartwell.example",
        {},
        (None, [H, E]),
    ),
]

# A dated record kept entry by entry, with one source listed: read from it first.
DATED_RECORDS = [
    (
        "Every Monday at 10:00, boil last week's lost-property log at Cranford Central Library"
        " down into a short digest and email it to desk@cranfordlibrary.example.",
        HE,
        ("0 10 * * 1", [H, SUM, E]),
    ),
    (
        "Every Friday at 5pm, email the caretaker this week's boiler log.",
        HE,
        ("0 17 * * 5", [H, E]),
    ),
    (
        "Each weekday at 8:00, post today's visitor register for Alder Court in #front-desk.",
        HS,
        ("0 8 * * 1-5", [H, S]),
    ),
    (
        "On the 1st of every month at 9am, boil last month's petty-cash ledger down into a"
        " one-page summary and email it to treasurer@rowanhall.example.",
        HE,
        ("0 9 1 * *", [H, SUM, E]),
    ),
    (
        "Every Sunday at 20:00, condense the week's incident logbook at Pinecrest Campsite into a"
        " short digest and post it in #wardens.",
        HS,
        ("0 20 * * 0", [H, SUM, S]),
    ),
]

# No source listed, or no dated record: nothing is fetched.
RECORDS_NEAR = [
    (
        "Every Monday at 10:00, boil last week's lost-property log down into a short digest and"
        " email it to desk@cranfordlibrary.example.",
        {},
        ("0 10 * * 1", [SUM, E]),
    ),
    (
        "Every Monday at 10:00, email desk@cranfordlibrary.example a reminder to check the"
        " lost-property log.",
        HE,
        ("0 10 * * 1", [E]),
    ),
]

# "with the summary going to …": the thing made is sent to the place.
GOING_TO_A_PLACE = [
    (
        "Every support chat that comes into Lumio Smart Lighting should get scored as positive or"
        " negative, and the negative ones summarised, with the summary going to"
        " cx-lead@lumiolighting.example.",
        {"availableTools": [E, S]},
        (None, [K, C, SUM, E]),
    ),
    (
        "Every Friday at 4pm, summarise this week's returns from"
        " https://shop.larchgrove.example/api/returns, with the summary going to"
        " ops@larchgrove.example.",
        {},
        ("0 16 * * 5", [H, SUM, E]),
    ),
    (
        "When a review comes in, tag it as praise or complaint, and the complaints summarised,"
        " with the summary heading to #cx.",
        {},
        (None, [K, C, SUM, S]),
    ),
    (
        "Every weekday at 9, pull the overnight alerts from https://mon.brightwire.example/api/alerts"
        " and write a short digest, with the digest going straight to the on-call webhook.",
        {},
        ("0 9 * * 1-5", [H, SUM, W]),
    ),
    (
        "Each Monday at 8:00, compile a report on last week's deliveries from"
        " https://fleet.ashgrove.example/api/drops, with the report going out to"
        " fleet@ashgrove.example.",
        {},
        ("0 8 * * 1", [H, R, E]),
    ),
]

# "going to be" is a future, no delivery.
GOING_NEAR = [
    (
        "Every Friday at 4pm, summarise this week's returns from"
        " https://shop.larchgrove.example/api/returns and email it to ops@larchgrove.example, with"
        " the summary going to be short.",
        {},
        ("0 16 * * 5", [H, SUM, E]),
    ),
]

RIGHT = [*STEPS_AFTER_A_SOURCE, *FIELDS_WITH_COMMAS, *DATED_RECORDS, *GOING_TO_A_PLACE]
ALL = [*RIGHT, *SOURCE_ARROWS_KEPT, *FIELDS_NEAR, *RECORDS_NEAR, *GOING_NEAR]


@pytest.mark.parametrize(("text", "context", "expected"), ALL)
def test_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), RIGHT)
def test_right_answers_are_confident(text, context, expected):
    assert confidence_of(text, context) >= 0.9
    assert doubts_of(text, context) == []
