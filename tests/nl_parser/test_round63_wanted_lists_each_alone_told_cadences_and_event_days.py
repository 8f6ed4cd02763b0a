"""Round 63: a list wanted of items kept somewhere ("I need a one-off list: Yorkshire accounts in
Salesforce that …"), "For each," with no noun (the items named before, no test), a cadence told
in the story before a request that opens on its own event ("we're Tanglewood Farm Shop and every
December we take …"), and a day naming the thing an event is about ("registers for the Saturday
rapidplay")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, Q = "http.request", "email.send", "slack.post_message", "salesforce.query"
C, CL, X, R, SU = "check_status", "classify", "extract", "generate_report", "summarize"

# "I need a one-off list: Yorkshire accounts in Salesforce that …", "I want a list of all
# contacts in Salesforce that …": the list wanted is of items kept somewhere, so they are got
# from there; an occasion it is wanted for may run straight into who wants it, with no comma.
LISTS_WANTED = [
    (
        "Ahead of Thursday's regional review I need a one-off list: Yorkshire accounts in"
        " Salesforce for Duncan & Rowe Garden Rooms that visited a showroom but never got a quote."
        " Turn it into a short report and email it to regional@example-duncanrowe.co.uk.",
        (None, [Q, R, E]),
    ),
    (
        "Before Friday's board meeting we need a one-off list: open invoices in Salesforce for"
        " Hollin Brothers that were never chased. Email it to finance@example-hollin.co.uk.",
        (None, [Q, E]),
    ),
    (
        "I'd like a list of the members in the CRM who joined this spring. Summarise it and post"
        " it to #membership.",
        (None, [Q, SU, S]),
    ),
    (
        "We need a quick rundown: every supplier at https://api.example-greengrocer.com/suppliers"
        " that delivered late last month. Post it in #buying.",
        (None, [H, S]),
    ),
    (
        "Ahead of the audit, I want a list of all contacts in Salesforce that have no email"
        " address. Send it to audit@example.com.",
        (None, [Q, E]),
    ),
    (
        "In time for tomorrow's stock take I need a list: products in the CRM that haven't sold"
        " this year. Email it to stock@example.com.",
        (None, [Q, E]),
    ),
]

# "1,200 customer repair letters, 1890s to 1950s. For each, pull out …": "each" standing for
# the items named before it, with no noun of its own, walks them all and tests nothing.
EACH_ALONE = [
    (
        "One-time task for the Burrow & Finch Clockmakers archive: 1,200 customer repair letters,"
        " 1890s to 1950s. For each, pull out the clock make and the fault the customer describes,"
        " then sort the letters into movement, case or dial problems. Email only the movement"
        " ones to workshop@example-burrowfinchclocks.co.uk.",
        (None, [X, CL, C, E]),
    ),
    (
        "We have 300 scanned invoices. For each, extract the total and the due date and email"
        " them to ap@example.com.",
        (None, [X, E]),
    ),
    (
        "Pull the overdue loans from https://api.example-library.org/loans; for each, extract the"
        " borrower and due date, then post them in #desk.",
        (None, [H, X, S]),
    ),
    (
        "Fetch today's deliveries from https://api.example-couriers.com/deliveries and, for each,"
        " email the customer a tracking link.",
        (None, [H, E]),
    ),
    (
        "One-off job: 450 scanned lease agreements. For each, pull out the tenant and rent, then"
        " email them to leases@example.com.",
        (None, [X, E]),
    ),
]

# "we're Tanglewood Farm Shop and every December we take about 400 turkey pre-orders … So:
# whenever a turkey pre-order comes in, …": a cadence in the story tells when the trouble comes;
# the request opens on its own event, so the run has a trigger and no schedule.
CADENCES_TOLD_BEFORE_AN_EVENT = [
    (
        "Bit of context: we're Tanglewood Farm Shop and every December we take about 400 turkey"
        " pre-orders, mostly over the phone. Last year a few of the really big birds never got"
        " ordered from the farm in time, which made for some very unhappy Christmas Eves. So:"
        " whenever a turkey pre-order comes in, extract the weight and collection date, and if"
        " the bird is over 8 kg, email our butcher at butcher@example-tanglewoodfarmshop.co.uk"
        " straight away. Much appreciated!",
        (None, [X, C, E]),
    ),
    (
        "We're a small bakery and every Friday we get about 50 cake orders. Whenever a cake order"
        " comes in, extract the flavour and date and email it to bake@example.com.",
        (None, [X, E]),
    ),
    (
        "We're Hollybush Garage and every March we do about 200 MOTs, mostly for regulars. Each"
        " time an MOT booking comes in, post it to #workshop.",
        (None, [S]),
    ),
    (
        "I run a tiny bike shop and every Saturday we sell a dozen bikes. Last spring two of them"
        " went out without a safety check. When a bike sale is logged, email"
        " mechanic@example-bikeshop.com.",
        (None, [E]),
    ),
    (
        "Context: we're Pennine Ski Hire and every January we rent out about 900 sets of skis."
        " Whenever a rental is returned damaged, post it in #repairs.",
        (None, [C, S]),
    ),
]

# "When a member registers for the Saturday rapidplay, …": a day between "the" (or an owner)
# and a noun inside the event names which thing the event is about, not the day of a run.
DAYS_OF_EVENT_ITEMS = [
    (
        "When a member registers for the Saturday rapidplay at Kingsmeade Chess Club, send them"
        " the pairing rules by email, provided it's their first tournament with us.",
        (None, [C, E]),
    ),
    (
        "When someone books the Saturday class, email them the kit list.",
        (None, [E]),
    ),
    (
        "Whenever a parent signs up for the Sunday swim session, post it in #coaches.",
        (None, [S]),
    ),
    (
        "Each time a player registers for the Friday league at Oakfield Bowls, email the fixture"
        " list to them.",
        (None, [E]),
    ),
    (
        "When a guest cancels their Saturday tasting, email events@example.com.",
        (None, [E]),
    ),
]

# Near cases that must keep their reading.
UNCHANGED = [
    # A verb after the colon is the step; the list wanted is only its heading.
    (
        "I need a list: pull the open deals from Salesforce and email them to sales@example.com.",
        (None, [Q, E]),
    ),
    ("We need a summary of signups: post it to #growth.", (None, [SU, S])),
    (
        "We need a quick look at the Northbridge group: query Salesforce for their open deals and"
        " email them to ops@example.com.",
        (None, [Q, E]),
    ),
    # "each" with a noun that picks some of the items still tests them.
    ("For each order over $500, email sales@example.com.", (None, [C, E])),
    ("For each one, extract the total and email it to ap@example.com.", (None, [X, E])),
    # A told cadence with no event after it may be the run's.
    ("We meet every Monday at 10. Email me the agenda.", ("0 10 * * 1", [E])),
    # A day before a noun with no event around it, or beside the run's own day.
    (
        "Every Friday at 4pm send the Saturday class roster to instructors@example.com.",
        ("0 16 * * 5", [E]),
    ),
    ("Send the Saturday class roster to instructors@example.com.", ("0 9 * * 6", [E])),
    ("Every Saturday at 8am, email the class list to coach@example.com.", ("0 8 * * 6", [E])),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_WANTED)
def test_a_list_wanted_of_kept_items_is_fetched(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), EACH_ALONE)
def test_each_alone_walks_the_items_and_tests_nothing(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), CADENCES_TOLD_BEFORE_AN_EVENT)
def test_a_cadence_told_before_an_event_request_is_no_schedule(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), DAYS_OF_EVENT_ITEMS)
def test_a_day_naming_an_event_item_is_no_schedule(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
