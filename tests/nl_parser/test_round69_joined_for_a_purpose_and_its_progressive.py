"""Round 69: "signs up to ring with the band" joins a party for a purpose (who is joined says
nothing of which events count), and "if its shipping abroad email …" is "it's" typed without its
apostrophe before a verb in -ing and its adverb, the step following with no comma."""

import pytest

from nl_parser.surface import plain_surface
from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, C = "email.send", "slack.post_message", "webhook.post", "check_status"

# "signs up to ring with the St Aldhelm's bell-ringing band": a verb of joining, then what the
# joiner means to do, then "with" and the party joined; the party is no test.
JOINED_FOR_A_PURPOSE = [
    (
        "Whenever a new volunteer signs up to ring with the St Aldhelm's bell-ringing band, send"
        " them the practice-night details by email.",
        (None, [E]),
    ),
    (
        "When a new member joins to row with the Kingsmead rowing club, email them the welcome"
        " pack.",
        (None, [E]),
    ),
    (
        "Each time someone registers to volunteer with the Millbrook food bank, post their name"
        " in #rota.",
        (None, [S]),
    ),
    (
        "Whenever a student enrols to train with Harbourside Harriers, email them the kit list.",
        (None, [E]),
    ),
    (
        "When a new singer signs up to perform with our community choir, send them the rehearsal"
        " schedule by email.",
        (None, [E]),
    ),
    (
        "Whenever a player registers to play cricket with the Ashdown Vale club, post it in"
        " #membership.",
        (None, [S]),
    ),
]

# "if its shipping abroad email customs@…": "its" before a verb in -ing and one word after it,
# then a step's verb, is "it's" typed without its apostrophe; the test ends where the step opens.
ITS_PROGRESSIVE = [
    (
        "when a new order comes thru on the hazel & fern candles shop, if its shipping abroad"
        " email customs@example-hazelfern.co.uk otherwise just post it in #packing",
        (None, [C, E, C, S]),
    ),
    (
        "when a parcel is booked in, if its going overseas email export@example-parcelhub.com"
        " otherwise post it in #dispatch",
        (None, [C, E, C, S]),
    ),
    (
        "whenever a ticket comes in, if its running late ping #support otherwise email"
        " desk@example-helpline.org",
        (None, [C, S, C, E]),
    ),
    (
        "when a delivery van checks in, if its heading north text the depot webhook otherwise"
        " post it in #south-runs",
        (None, [C, W, C, S]),
    ),
    (
        "When a booking arrives, if its coming from abroad email visas@example-stayfarm.co.uk.",
        (None, [C, E]),
    ),
]

# The same requests told another way keep their reading.
UNCHANGED = [
    (
        "Whenever a new volunteer signs up, send them the practice-night details by email.",
        (None, [E]),
    ),
    (
        "Whenever a new volunteer signs up with the band, send them the details by email.",
        (None, [E]),
    ),
    (
        "Whenever someone signs up with a company email, post it in #sales.",
        (None, [C, S]),
    ),
    (
        "when a new order comes in, if it's shipping abroad, email customs@example.com,"
        " otherwise just post it in #packing",
        (None, [C, E, C, S]),
    ),
    (
        "when a new order comes in, if its urgent email customs@example.com otherwise post it"
        " in #packing",
        (None, [C, E, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_FOR_A_PURPOSE)
def test_the_party_joined_for_a_purpose_is_no_test(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ITS_PROGRESSIVE)
def test_its_before_a_progressive_is_it_is(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


def test_a_noun_in_ing_keeps_its_possessive():
    assert "its rating drops" in plain_surface("if its rating drops email ops@example.com")
    assert "it's going overseas" in plain_surface("if its going overseas email ops@example.com")
