"""Round 76: "could you do a single pass over the messages at https://…?" fetches them; a holder
named with where they work ("Our secretary at Kittiwake Sailing Club has 380 forms at https://… and
is dreading typing them up") names the source; "POLICY: Cobalt Crane Hire credit control." and
"One-off request from the Bellhaven Golf Club office:" head the steps; "Here's our problem at
Moorland Ink Collective:" labels a story (what others "forget to send" is told); and "the timing
company's webhook" picks no subset."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
X, Q, M, K = "extract", "salesforce.query", "summarize", "classify"
WAIT, SIGNAL = "wait", "wait_for_signal"

READ = [
    # A pass over the items, asked or not, with their address: the fetch.
    (
        "Could you do a single pass over the 1,200 contact-form messages at"
        " https://forms.harborviewhotel.example/api/messages? Pull out the guest name, stay dates"
        " and special request from each, and post the lot in #reservations.",
        {},
        (None, [H, X, S]),
    ),
    (
        "Could you go through the 1,200 contact-form messages at"
        " https://forms.harborviewhotel.example/api/messages? Pull out the guest name and stay"
        " dates from each, and post the lot in #reservations.",
        {},
        (None, [H, X, S]),
    ),
    (
        "Please make one quick sweep through the 300 warranty claims at"
        " https://claims.example.com/api/open, extract the serial number and fault from each, and"
        " email the lot to repairs@example.com.",
        {},
        (None, [H, X, E]),
    ),
    (
        "Do a single pass over the 80 survey replies, pull out each respondent's name and rating,"
        " and post them in #feedback.",
        {},
        (None, [X, S]),
    ),
    (
        "Can you run one full pass through the 450 timesheets at https://hr.example.com/api/sheets?"
        " Extract the name and hours from each and email them to payroll@example.com.",
        {},
        (None, [H, X, E]),
    ),
    # Who holds the items, named with where they work, and how they feel about them: the source.
    (
        "Our membership secretary at Kittiwake Sailing Club has 380 renewal forms sitting at"
        " https://forms.kittiwakesc.example/api/renewals and is dreading typing them up. Could you"
        " go through them once, pull out each member's name, boat class and sail number, and email"
        " the lot to secretary@kittiwakesc.example?",
        {},
        (None, [H, X, E]),
    ),
    (
        "The bursar at Hollybank Prep has 600 expense claims at"
        " https://claims.hollybank.example/api/claims and is sick of copying them by hand. Please"
        " go through them once, extract the claimant, amount and date from each, and email the lot"
        " to bursar@hollybank.example.",
        {},
        (None, [H, X, E]),
    ),
    (
        "Our volunteers at Redfern Food Bank have about 200 intake forms sitting at"
        " https://forms.redfern.example/api/intake and are dreading keying them in. Go through"
        " them, pull out each family's name and postcode, and post the lot in #intake.",
        {},
        (None, [H, X, S]),
    ),
    (
        "The head gardener of Ashcombe Manor keeps 150 planting notes at"
        " https://notes.ashcombe.example/api/planting and is tired of searching them. Could you go"
        " through them once, extract each plant's name and bed, and email the lot to"
        " gardens@ashcombe.example?",
        {},
        (None, [H, X, E]),
    ),
    # A policy's or procedure's firm, then its topic without a comma.
    (
        "POLICY: Cobalt Crane Hire credit control. Fridays at 11:15 \u2014 should any account in"
        " the CRM carry an overdue balance above \u00a310,000,"
        " credit-control@cobaltcranehire.example is to be emailed.",
        {},
        ("15 11 * * 5", [Q, C, E]),
    ),
    (
        "Procedure: Pembury Garden Centre stock control. Every Monday at 7am, the stock list at"
        " https://stock.pembury.example/api/low shall be emailed to buyers@pembury.example.",
        {},
        ("0 7 * * 1", [H, E]),
    ),
    (
        "Policy \u2014 Ashgrove Dental Practice patient recalls. Each weekday at 08:30, post the"
        " day's recall list from https://recalls.ashgrove.example/api/today in #reception.",
        {},
        ("30 8 * * 1-5", [H, S]),
    ),
    (
        "PROTOCOL: Tidewater Ferries fuel checks. Each night at 22:00, fetch the fuel levels from"
        " https://fuel.tidewater.example/api/levels and email them to ops@tidewater.example.",
        {},
        ("0 22 * * *", [H, E]),
    ),
    # A one-off request, and whom it comes from.
    (
        "One-off request from the Bellhaven Golf Club office: query Salesforce for every corporate"
        " golf-day enquiry from last year, sort them by industry, summarise the trends, and email"
        " the summary to secretary@bellhavengolf.example.",
        {"availableTools": [Q, E]},
        (None, [Q, K, M, E]),
    ),
    (
        "One-time request from the Harcourt Library front desk: pull every overdue loan from"
        " https://library.example.com/api/loans and email the list to desk@harcourt.example.",
        {},
        (None, [H, E]),
    ),
    (
        "Once-off job from the Quarry Lane Surgery practice manager: fetch last month's missed"
        " appointments from https://surgery.example.com/api/dna, summarise them and post the"
        " summary in #practice.",
        {},
        (None, [H, M, S]),
    ),
    (
        "One-off ask from Northgate Rugby Club: query Salesforce for last season's sponsors and"
        " email them to chair@northgate.example.",
        {},
        (None, [Q, E]),
    ),
    # A labelled problem: the story of it, up to the request.
    (
        "Here's our problem at Moorland Ink Collective: clients pay a deposit for a custom tattoo"
        " and then hear nothing for weeks because the artists forget to send proofs. When a client"
        " pays their deposit, email them a confirmation, then wait until the artist approves the"
        " design proof, then email the client the proof link; three days after that, post in"
        " #front-desk so someone chases them for a reply.",
        {},
        (None, [E, SIGNAL, E, WAIT, S]),
    ),
    (
        "Here's the problem: tenants report leaks and then wait for days because the surveyors"
        " forget to email the landlord. When a tenant reports a leak, email the landlord at"
        " landlord@example.com and post the report in #repairs.",
        {},
        (None, [E, S]),
    ),
    (
        "Our issue at Bramble Lane Nursery: parents book extra sessions and the office fails to"
        " confirm them. When a parent books an extra session, email them a confirmation.",
        {},
        (None, [E]),
    ),
    (
        "The trouble with Greyfield Cycles: customers drop bikes off for a service and nobody"
        " tells them when it's ready. When a mechanic marks a service done, email the customer.",
        {},
        (None, [E]),
    ),
    # A possessive names whose the place is; it picks no subset.
    (
        "Each time a registration comes in for the Riverside Half Marathon, extract the runner's"
        " name, age category and predicted finish time, send them to the timing company's webhook,"
        " and email the runner a confirmation.",
        {},
        (None, [X, W, E]),
    ),
    (
        "When a new order arrives, send it to the cleaning firm's webhook.",
        {},
        (None, [W]),
    ),
    (
        "Whenever a tenancy ends, email the deposit details to the letting agent's inbox at"
        " deposits@example.com.",
        {},
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), READ)
def test_read_without_doubt(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.8


NEAR = [
    # A schedule told in the problem may be the run's: the doubt stays.
    (
        "Here's our problem: every Monday the report is late. Email the report to"
        " boss@example.com.",
        ("0 9 * * 1", [E]),
    ),
    # A label of a problem with a step after it is the step.
    ("Here's the problem: email the report to boss@example.com.", (None, [E])),
    # "Policy: <firm>, <step>." is a step under the heading, kept.
    ("Policy: Brindle Books, send the stock report to #shop.", (None, [S])),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected


def test_story_schedule_keeps_its_doubt():
    text = NEAR[0][0]
    assert doubts_of(text)


def test_a_filter_word_before_a_plain_plural_keeps_its_doubt():
    assert doubts_of("When a batch finishes, send the risky accounts to the audit webhook.")
