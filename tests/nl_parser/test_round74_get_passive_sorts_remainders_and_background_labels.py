"""Round 74: a sort told as a get-passive on items that arrive ("every message that comes in to
the inbox should get sorted into …") is the classify step, not the event alone; "once-off"
marks a run once as "one-off" does, and "the remainder" is the other branch as "the rest" is;
and the sentences after a label of background ("Context first: …", "Some background: …") are
told, whoever their subject is, up to the request."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
X, R, C, K = "extract", "generate_report", "check_status", "classify"

# "… should get sorted into A, B or C": the get-passive of a duty on each arriving item; read
# as the event alone (only the "be" passive was a duty), the classify and its tests were lost.
GET_SORTED_ON_ARRIVAL = [
    (
        "Every message that comes in to the Marlowe Street Bike Co-op inbox should get sorted"
        " into repair booking, parts question or complaint; complaints go to the coordinator at"
        " coord@marlowebikecoop.example, everything else lands in #workshop.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Every ticket that arrives in the helpdesk queue should get classified as outage, billing"
        " or how-to; outages go to the on-call webhook, everything else goes to #helpdesk.",
        (None, [K, C, W, C, S]),
    ),
    (
        "Each email that lands in the lettings inbox must get tagged as viewing, repair or"
        " complaint; repairs go to maintenance@example-keyhouse.co.uk, the rest go to"
        " #lettings.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Any enquiry that comes in through the website will get categorised as wedding,"
        " corporate or private; weddings go to events@example-oakbarn.co.uk and everything else"
        " goes to #bookings.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Every review that is posted on the shop page needs to get labelled as praise, bug or"
        " refund request; refund requests go to refunds@example-tillside.com and everything else to"
        " #reviews.",
        (None, [K, C, E, C, S]),
    ),
]

# "Once-off cleanup for …:" is "one-off"; "the remainder go to #…" is "the rest".
ONCE_OFF_AND_REMAINDER = [
    (
        "Once-off cleanup for Nimbus Thermostats: there are 2,400 support emails sitting in an"
        " export from last month. Label every one as hardware fault, app bug or billing; hardware"
        " faults should be POSTed to the RMA webhook, and the remainder go to #support-triage.",
        (None, [K, C, W, C, S]),
    ),
    (
        "Once-off job: classify the 800 survey replies as praise, complaint or idea; complaints"
        " go to quality@example-glenmore.org and the remainder go to #feedback.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Once-off tidy-up for Harbour Dental: there are 1,100 old booking emails in an export."
        " Tag each one as new patient, recall or cancellation; cancellations go to"
        " #front-desk and the remainder go to reception@example-harbourdental.co.uk.",
        (None, [K, C, S, C, E]),
    ),
    (
        "Sort the claims into motor, home or travel; motor claims go to the motor webhook, and"
        " the remainder should be posted in #claims.",
        (None, [K, C, W, C, S]),
    ),
    (
        "Classify each new lead as hot, warm or cold; hot leads go to #sales-hot, and the"
        " remainder get emailed to sales@example-brightwell.com.",
        (None, [K, C, S, C, E]),
    ),
]

# "Context first: <company> buys …, and the skippers send … through our portal.": the label says
# what follows is told; read as a request, "send" made an email step first.
BACKGROUND_LABELS = [
    (
        "Context first: Saltash Seafood Co. buys from about twenty day boats, and the skippers"
        " send their catch declarations through our landing portal. Our accountant keeps asking"
        " me for a weekly breakdown and I keep forgetting. So every Saturday at 10 in the"
        " morning, could you pull the week's declarations from"
        " https://landings.saltashseafood.example/api/declarations, extract species, weight and"
        " price per kilo, put together a report, and email it to accounts@saltashseafood.example?"
        " Much appreciated.",
        ("0 10 * * 6", [H, X, R, E]),
    ),
    (
        "Some background: Fennick Dairy collects milk from forty farms, and the drivers send"
        " their pickup logs through our tanker app. Every Monday at 8am, could you fetch last"
        " week's logs from https://tankers.example-fennick.co.uk/api/logs and email them to"
        " ops@example-fennick.co.uk?",
        ("0 8 * * 1", [H, E]),
    ),
    (
        "For context: Riverside Clinic sees about two hundred patients a day, and the"
        " receptionists submit intake forms via our portal. Every weekday at 18:00, please fetch"
        " the day's forms from https://intake.example-riverside.org/api/forms and post a"
        " summary in #clinic-ops.",
        ("0 18 * * 1-5", [H, "summarize", S]),
    ),
    (
        "A bit of background: Kestrel Tutors has thirty tutors, and the tutors send their"
        " timesheets through our website. On the 1st of each month at 9am, pull the timesheets"
        " from https://hours.example-kestrel.co.uk/api/timesheets and email them to"
        " payroll@example-kestrel.co.uk.",
        ("0 9 1 * *", [H, E]),
    ),
    (
        "Background: Lowmoor Allotments rents out sixty plots, and plot holders send their"
        " water readings through our members page. Every Sunday at 7pm, fetch the readings from"
        " https://plots.example-lowmoor.org/api/water and post them to #committee.",
        ("0 19 * * 0", [H, S]),
    ),
]

# Near cases: the get-passive with no arriving items, a label followed at once by the request,
# a story with no label, and "the remainder of the …" (a part, not the other branch).
UNCHANGED = [
    (
        "Every incoming message should get sorted into repair booking, parts question or"
        " complaint; complaints go to coord@example-marlowe.org, everything else lands in"
        " #workshop.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Every message that comes in to the support inbox should be sorted into order, return"
        " or other; returns go to returns@example-tillside.com, everything else lands in"
        " #support.",
        (None, [K, C, E, C, S]),
    ),
    (
        "Context: every Monday at 9am, pull the orders from"
        " https://shop.example-quayside.com/api/orders and email them to"
        " ops@example-quayside.com.",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Background: summarise the week's tickets from https://desk.example-lumen.io/api/week"
        " and post the summary in #support every Friday at 4pm.",
        ("0 16 * * 5", [H, "summarize", S]),
    ),
    (
        "Every day at 6pm, fetch the orders from https://shop.example-quayside.com/api/orders and"
        " email the remainder of the list to ops@example-quayside.com.",
        ("0 18 * * *", [H, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GET_SORTED_ON_ARRIVAL)
def test_a_get_passive_sort_on_arriving_items_is_the_classify(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ONCE_OFF_AND_REMAINDER)
def test_once_off_runs_once_and_the_remainder_is_the_other_branch(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), BACKGROUND_LABELS)
def test_sentences_after_a_background_label_are_told(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
