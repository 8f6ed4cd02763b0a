"""Round 62: a counted batch at hand is no fetch, whether it heads the steps as a noun ("850
scanned census pages → extract …") or is what an agent works on "from the site"; "set up a monday
noon thing:" is a request whose schedule words stay; "give Martin a heads-up" is a message sent to
the person named."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, SUM, REP, EX, CL = "check_status", "summarize", "generate_report", "extract", "classify"
SF = "salesforce.query"
SLACK_ONLY = {"availableTools": [S]}
SF_SLACK = {"availableTools": [SF, S]}

# "summarise the 35 incident reports from the site": items the asker has counted are at hand, and
# the site they come from is a place, not a website to call.
COUNTED_FROM_A_PLACE = [
    (
        "The board at Millbrook Distribution wants the headlines from a rough year at the Leeds"
        " warehouse. Could you summarise the 35 incident reports from the site and email the"
        " summary to safety@example-millbrookdistribution.com? Just this once.",
        (None, [SUM, E]),
    ),
    (
        "Summarise the 120 inspection forms from the Leeds site and post the summary in #quality.",
        (None, [SUM, S]),
    ),
    (
        "Please extract the date and supplier from the 60 delivery notes from the building site"
        " and email them to ops@example-keystone.com.",
        (None, [EX, E]),
    ),
    (
        "Write a report on the 14 snag lists from the construction site and post it in #builds.",
        (None, [REP, S]),
    ),
    (
        "Summarise the forty shift logs from our Hull site, then email it to"
        " plant@example-hullmills.co.uk.",
        (None, [SUM, E]),
    ),
]

# "850 scanned census pages → extract … → compile a report": a counted batch named alone, a
# participle its adjective, heads the steps as the data handed over.
COUNTED_BATCH_HEADING = [
    (
        "one-off pls: 850 scanned census pages for kerrow local history society → extract"
        " surname, occupation + street from each → compile a report",
        (None, [EX, REP]),
    ),
    (
        "120 scanned invoices → pull out the supplier, date and total → email them to"
        " ap@example-tidewater.com",
        (None, [EX, E]),
    ),
    (
        "40 uploaded CVs for the barista role; extract name, phone and experience from each;"
        " post a summary in #hiring.",
        (None, [EX, SUM, S]),
    ),
    (
        "About 300 printed feedback cards from the spring fair → classify each as praise,"
        " complaint or idea → send the complaints to events@example-fairfield.org",
        (None, [CL, C, E]),
    ),
    (
        "200 photographed receipts → extract the vendor and amount from each → compile a"
        " report for finance@example-lark.com",
        (None, [EX, REP, E]),
    ),
]

# "can u set up a monday noon thing: …": the request names what it sets up by its schedule; the
# schedule words stay to be read, the request itself is no step.
SCHEDULED_THING_ASKED_FOR = [
    (
        "yo can u set up a monday noon thing: salesforce → last weeks new leads for peakside"
        " climbing walls → short summary → #growth. ta",
        ("0 12 * * 1", [SF, SUM, S]),
        SF_SLACK,
    ),
    (
        "can you set up a friday 4pm thing: salesforce → this weeks closed deals → short summary"
        " → #sales",
        ("0 16 * * 5", [SF, SUM, S]),
        SF_SLACK,
    ),
    (
        "Could you set up a daily 8am thing: pull the open tickets from https://api.example.com/"
        "tickets and post them in #support.",
        ("0 8 * * *", [H, S]),
        None,
    ),
    (
        "set up a weekly thing: salesforce → new leads → summary → #growth",
        ("0 9 * * 1", [SF, SUM, S]),
        SF_SLACK,
    ),
    (
        "hey can you make a tuesday 7am thing that emails me the new invoices from"
        " https://api.example.com/invoices",
        ("0 7 * * 2", [H, E]),
        None,
    ),
]

# "give Martin a heads-up with the address and time": a message given to a person named is sent.
MESSAGE_TO_A_NAMED_PERSON = [
    (
        "Any time a tuning gets booked through the Octave Piano Services website, give Martin a"
        " heads-up with the address and time.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "Whenever a new order comes in, give Priya a quick heads-up in Slack.",
        (None, [S]),
        None,
    ),
    (
        "When a booking is cancelled, send Dana Okafor a note with the client's name.",
        (None, [S]),
        SLACK_ONLY,
    ),
    (
        "Every morning at 8, pull the day's deliveries from https://api.example.com/drops and"
        " give Tomasz a heads-up by email.",
        ("0 8 * * *", [H, E]),
        None,
    ),
    (
        "As soon as a repair job is booked in, shoot Aisha a message with the invoice total.",
        (None, [S]),
        SLACK_ONLY,
    ),
]

# "The board … wants the headlines from a rough year at the Leeds warehouse. Could you …": who
# wants what, in a sentence before the request, is talk around it when what is wanted makes no
# step; a summary wanted is one, and a source named is still fetched.
WANTED_BEFORE_THE_REQUEST = [
    (
        "Our trustees want the big picture from a busy season at the boathouse. Could you"
        " summarise the 48 session logs and email it to chair@example-rowclub.org?",
        (None, [SUM, E]),
    ),
    (
        "The head chef wants the lowdown on last month at the Deansgate kitchen. Can you"
        " write a report on the 30 temperature sheets and post it in #kitchen?",
        (None, [REP, S]),
    ),
    (
        "My manager needs the gist of the spring audits. Please extract the findings from the"
        " 12 audit forms and email them to audit@example-harlow.com.",
        (None, [EX, E]),
    ),
    (
        "The council wants the story behind a year of complaints at Elm Park. Could you"
        " summarise the 200 complaint letters and email it to parks@example-council.gov.uk?",
        (None, [SUM, E]),
    ),
    (
        "The team wants a summary of signups. Could you post it in #growth?",
        (None, [SUM, S]),
    ),
    (
        "The board wants the figures from https://api.example.com/figures. Could you summarise"
        " them and email them to board@example-kestrel.com?",
        (None, [H, SUM, E]),
    ),
]

# Near cases that keep their reading: a source named for the batch, a ranking, a website.
UNCHANGED = [
    (
        "Summarise the 35 incident reports from the helpdesk API and email the summary to"
        " safety@example-millbrook.com.",
        (None, [H, SUM, E]),
    ),
    (
        "Summarise the incident reports from the site API and email it to ops@example-tally.com.",
        (None, [H, SUM, E]),
    ),
    (
        "Summarise the 10 latest reviews from our website and post it in #cx.",
        (None, [H, SUM, S]),
    ),
    (
        "When a deploy fails, give the team a heads-up by email.",
        (None, [C, E]),
    ),
    (
        "Every 5 minutes, scan https://status.example.com and post in #ops if it is down.",
        ("*/5 * * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_FROM_A_PLACE)
def test_counted_items_from_a_place_are_at_hand(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), COUNTED_BATCH_HEADING)
def test_a_counted_batch_heading_the_steps_is_data_handed_over(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected", "context"), SCHEDULED_THING_ASKED_FOR)
def test_a_thing_asked_for_by_its_schedule_is_the_request(text, expected, context):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected", "context"), MESSAGE_TO_A_NAMED_PERSON)
def test_a_message_given_to_a_named_person_is_sent(text, expected, context):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), WANTED_BEFORE_THE_REQUEST)
def test_what_someone_wants_before_the_request_is_talk_around_it(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
