"""Round 91: a route's items told by a participle alone ("asked about the summer course →
#summer-team; the remainder → …") are the ones that did so, a test and not a step; and the
asker's firm said before the asking ("…, so at Ashgrove Funeral Directors we'd like this: …")
is talk around the request, as the asking is."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, F, C, S, E, T = (
    "http.request",
    "salesforce.query",
    "check_status",
    "slack.post_message",
    "email.send",
    "wait",
)

# "<participle> <preposition> X → <place>; the rest → <place>": the ones that did X go there.
DESCRIBED_ROUTES = [
    (
        "Summerhill Language School\nWhen: weekdays 08:05\nSource: yesterday's new leads in"
        " Salesforce\nRoute: asked about the intensive summer course \u2192 #summer-team; the"
        " remainder \u2192 enrol@summerhilllang.example",
        ("5 8 * * 1-5", [F, C, S, C, E]),
    ),
    (
        "Hollow Oak Bakery\nWhen: daily 07:30\nSource: yesterday's new orders in Salesforce\n"
        "Route: paid by invoice \u2192 #accounts; everything else \u2192 orders@hollowoak.example",
        ("30 7 * * *", [F, C, S, C, E]),
    ),
    (
        "Every Monday at 9am pull last week's signups from https://api.example.com/signups;"
        " signed up through the partner link \u2192 #partners; the rest \u2192"
        " growth@example.com",
        ("0 9 * * 1", [H, C, S, C, E]),
    ),
    (
        "Fridays 3pm: get this week's leads from Salesforce. Submitted via the webinar form ->"
        " #webinar-leads; the remainder -> sales@firm.example",
        ("0 15 * * 5", [F, C, S, C, E]),
    ),
    (
        "Kestrel Freight\nWhen: weekdays 17:00\nSource: today's delivery reports in Salesforce\n"
        "Route: escalated by a driver \u2192 #depot-leads; the remainder \u2192"
        " depot@kestrel.example",
        ("0 17 * * 1-5", [F, C, S, C, E]),
    ),
]

# Near cases: the items named, or told by an adjective, read as before.
ROUTES_LEFT_ALONE = [
    (
        "Summerhill Language School\nWhen: weekdays 08:05\nSource: yesterday's new leads in"
        " Salesforce\nRoute: leads who asked about the intensive summer course \u2192"
        " #summer-team; the remainder \u2192 enrol@summerhilllang.example",
        ("5 8 * * 1-5", [F, C, S, C, E]),
    ),
    (
        "Summerhill Language School\nWhen: weekdays 08:05\nSource: yesterday's new leads in"
        " Salesforce\nRoute: interested in the intensive summer course \u2192 #summer-team; the"
        " remainder \u2192 enrol@summerhilllang.example",
        ("5 8 * * 1-5", [F, C, S, C, E]),
    ),
    (
        "Every Monday at 9am pull last week's signups from https://api.example.com/signups and"
        " post them to #growth.",
        ("0 9 * * 1", [H, S]),
    ),
]

# "<story>, so [here] at <Firm> <asking>: <steps>": the firm is where the asker is, no step.
FIRMS_ASKING = [
    (
        "Families tell us the weeks after a funeral are the loneliest, so at Ashgrove Funeral"
        " Directors we'd like this: after each service we conduct, wait ten days and then email"
        " the family our bereavement-support leaflet.",
        (None, [T, E]),
    ),
    (
        "Our patients often forget their aftercare, so here at Brightsmile Dental we'd love"
        " this: after each extraction we perform, wait two days and then email the patient our"
        " aftercare sheet.",
        (None, [T, E]),
    ),
    (
        "At Kelso Garden Centre we'd like this: every Monday at 8am, pull last week's orders"
        " from https://shop.kelso.example/api/orders and email them to owner@kelso.example.",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "Here at Harbour Yoga, we need the following: when a member cancels, wait a day and"
        " then email them our comeback offer.",
        (None, [T, E]),
    ),
    (
        "New volunteers drift away quickly, so for Tarn Valley Scouts could you do this:"
        " whenever a volunteer signs up, email them the welcome pack.",
        (None, [E]),
    ),
]

# Near cases: the story and asking without a firm read as before.
ASKING_LEFT_ALONE = [
    (
        "Families tell us the weeks after a funeral are the loneliest, so we'd like this: after"
        " each service we conduct, wait ten days and then email the family our"
        " bereavement-support leaflet.",
        (None, [T, E]),
    ),
    (
        "Families tell us the weeks after a funeral are the loneliest, so could you do this:"
        " after each service we conduct, wait ten days and then email the family our"
        " bereavement-support leaflet.",
        (None, [T, E]),
    ),
    (
        "At 8am every Monday, pull last week's orders from https://shop.kelso.example/api/orders"
        " and email them to owner@kelso.example.",
        ("0 8 * * 1", [H, E]),
    ),
]

ALL = DESCRIBED_ROUTES + ROUTES_LEFT_ALONE + FIRMS_ASKING + ASKING_LEFT_ALONE


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_reads(text: str, expected: tuple) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_ROUTES + FIRMS_ASKING)
def test_right_answers_are_sure(text: str, expected: tuple) -> None:
    assert confidence_of(text) >= 0.6
    assert not [d for d in doubts_of(text) if "read as a test" in d or "not understood: 'we" in d]


X, R, Z, W = "extract", C, "summarize", "webhook.post"

# "<select | pick out | pull> <field>, <field> and total for each <item>": "total" closes the
# list of fields taken out of every item, as it does before "off each"; it sums nothing.
FIELDS_FOR_EACH = [
    (
        "Each Friday at 5pm, pull the week's invoices from https://billing.example/api/invoices,"
        " select the invoice number, supplier and total for every invoice and email them to"
        " finance@billing.example.",
        ("0 17 * * 5", [H, X, E]),
    ),
    (
        "Every morning at 7, fetch the new orders from https://shop.example/api/orders, pick out"
        " the customer, postcode and total for each order, and post them in #dispatch.",
        ("0 7 * * *", [H, X, S]),
    ),
    (
        "Every Monday at 8am, get last week's expenses from https://spend.example/api/claims,"
        " select the claimant, date and amount for every claim and email them to"
        " accounts@spend.example.",
        ("0 8 * * 1", [H, X, E]),
    ),
    (
        "Hourly, grab the latest bookings from https://spa.example/api/bookings; select the"
        " guest, treatment and total for each booking; send them to the front-desk webhook.",
        ("0 * * * *", [H, X, W]),
    ),
    (
        "Each night at 11, download the day's sales from https://till.example/api/sales, pull"
        " the till, cashier and total for every sale and email them to owner@till.example.",
        ("0 23 * * *", [H, X, E]),
    ),
]

# Near cases: a total asked of the items themselves still sums them.
TOTALS_LEFT_ALONE = [
    (
        "Every day at 6pm, pull the invoices from https://billing.example/api/invoices, select"
        " the overdue ones and total for each customer, then email finance@billing.example.",
        ("0 18 * * *", [H, R, Z, E]),
    ),
    (
        "Every Friday at 5pm, pull the week's invoices from https://billing.example/api/invoices,"
        " total them for every customer and email it to finance@billing.example.",
        ("0 17 * * 5", [H, Z, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS_FOR_EACH + TOTALS_LEFT_ALONE)
def test_fields_for_each(text: str, expected: tuple) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIELDS_FOR_EACH)
def test_fields_for_each_are_sure(text: str, expected: tuple) -> None:
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)
