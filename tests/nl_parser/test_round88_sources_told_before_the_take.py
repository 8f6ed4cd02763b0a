"""Round 88: the items fields are taken from, named before the verb that takes them ("From each
card pull the object name, donor and year acquired, …"), are read as they are when named after
it ("pull the object name, donor and year acquired from each card"): an extract, not a fetch."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, X, R, E, S = "http.request", "extract", "generate_report", "email.send", "slack.post_message"

# "From / out of each|every <item>[,] <take verb> <field>, <field> and <field>, …"
SOURCE_FIRST = [
    (
        "Single run, no schedule: the Tollgate Folk Museum has 1,150 accession cards typed up as"
        " text files. From each card pull the object name, donor and year acquired, compile the"
        " lot into a report, and send it to curator@tollgatemuseum.example.",
        (None, [X, R, E]),
    ),
    (
        "From each invoice grab the supplier, total and due date, and email them to"
        " accounts@fernbrook.example.",
        (None, [X, E]),
    ),
    (
        "From every application form, pull the applicant name, phone number and start date and"
        " post them in #hiring.",
        (None, [X, S]),
    ),
    (
        "Out of each delivery note take the haulier, date and net weight, then put them into a"
        " report for yard@millstone.example.",
        (None, [X, R, E]),
    ),
    (
        "From each of the scanned leases extract the tenant, rent and renewal date and send them"
        " to lettings@harbourhomes.example.",
        (None, [X, E]),
    ),
    (
        "From every survey reply, grab the postcode and rating and compile them into a report,"
        " then email it to research@oakline.example.",
        (None, [X, R, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_FIRST)
def test_items_named_before_the_take_are_what_fields_come_from(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not [d for d in doubts_of(text) if "background" not in d]


def test_the_same_take_with_its_source_after_is_unchanged():
    text = (
        "Pull the object name, donor and year acquired from each card, compile the lot into a"
        " report, and send it to curator@tollgatemuseum.example."
    )
    assert read(text) == (None, [X, R, E])


def test_a_fetch_from_a_named_source_first_still_fetches():
    text = "From https://stock.example/api/items, pull the low lines and post them in #stock."
    assert read(text)[1] == [H, S]


def test_a_take_with_no_source_before_it_still_fetches():
    text = "Pull the orders and post them in #orders every Monday at 9."
    assert read(text) == ("0 9 * * 1", [H, S])
