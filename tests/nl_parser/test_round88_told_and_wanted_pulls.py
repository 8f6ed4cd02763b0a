"""Round 88: a verb of telling with a bare or named group of people ("remind Oakleaf Coworking
members that their credits have reset") tells them what follows "that", and a capitalised word
inside a name ("Coworking") is no participle picking items; a fetch wished for as a noun ("I'd
like a Salesforce pull, every Monday at 7am, of all leads that … — emailed to …") is the fetch,
its relative clause the query's own filter."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, CS, E, S, SF = (
    "http.request",
    "check_status",
    "email.send",
    "slack.post_message",
    "salesforce.query",
)

# "<tell|remind|warn|inform|notify> <people, no article> that <a clause with its own subject>".
TOLD_THAT = [
    (
        "Remind Oakleaf Coworking members that their meeting-room credits have reset: email"
        " members@oakleafcowork.example on the 1st of every month at 9:30am.",
        ("30 9 1 * *", [E]),
    ),
    (
        "Tell drivers that their routes have changed: post in #drivers every Friday at 4pm.",
        ("0 16 * * 5", [S]),
    ),
    (
        "Warn Millcourt tenants that the water will be off tomorrow: email"
        " tenants@millcourt.example every Tuesday at 7am.",
        ("0 7 * * 2", [E]),
    ),
    (
        "Every Monday at 10am, remind Northgate Library patrons that their loans are due, by"
        " emailing patrons@northgatelib.example.",
        ("0 10 * * 1", [E]),
    ),
    (
        "Inform volunteers that the rota for next week is up: post in #volunteers every Sunday"
        " at 6pm.",
        ("0 18 * * 0", [S]),
    ),
    (
        "Notify Harbour Rowing Club members that their boat slots reset: email"
        " crew@harbourrowing.example on the 1st of every month at 8am.",
        ("0 8 1 * *", [E]),
    ),
]

# "<I'd like|we need|I want> a <source>? <pull|export|dump> <, when,> of <items that …> — <sent>".
FETCH_WANTED = [
    (
        "I'd like a Salesforce pull, every Monday at 7am, of all Brightfield Solar leads that had"
        " a roof survey booked but never completed \u2014 emailed to"
        " surveys@brightfieldsolar.example.",
        ("0 7 * * 1", [SF, E]),
    ),
    (
        "We need a Salesforce export, every Friday at 5pm, of all opportunities that closed last"
        " week \u2014 emailed to sales@kestrelbikes.example.",
        ("0 17 * * 5", [SF, E]),
    ),
    (
        "I want a nightly pull from https://shop.example/api/orders of the orders that shipped"
        " late, posted to #ops at 11pm.",
        ("0 23 * * *", [H, S]),
    ),
    (
        "I'd like a weekly Salesforce pull of contacts who never opened the newsletter, every"
        " Wednesday at 8am, emailed to growth@tidewater.example.",
        ("0 8 * * 3", [SF, E]),
    ),
    (
        "I'd like an export, every weekday at 6pm, of all Salesforce cases that are still open"
        " \u2014 posted to #support.",
        ("0 18 * * 1-5", [SF, S]),
    ),
    (
        "I'd like a Salesforce pull every Monday at 7am of all leads that had a roof survey"
        " booked, emailed to surveys@brightfieldsolar.example.",
        ("0 7 * * 1", [SF, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_THAT + FETCH_WANTED)
def test_people_told_and_fetches_wanted(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


def test_a_relative_clause_on_people_still_picks_them():
    text = (
        "Every Friday at 4pm, remind members that haven't paid their fees: email"
        " members@oakleafcowork.example."
    )
    assert CS in read(text)[1]


def test_a_named_group_is_no_subset():
    assert read(
        "Every Monday at 9am, email the Riverside Trading customers a catalogue update."
    ) == (
        "0 9 * * 1",
        [E],
    )


def test_a_participle_in_lower_case_still_picks_items():
    assert read("Every morning at 8, email the failing jobs to ops@x.example.")[1] == [H, CS, E]


def test_a_subset_sent_after_a_plain_pull_is_still_tested():
    text = (
        "Every Monday at 7am, pull all leads from Salesforce and email the ones that never"
        " completed a survey to surveys@brightfieldsolar.example."
    )
    assert read(text) == ("0 7 * * 1", [SF, CS, E])
