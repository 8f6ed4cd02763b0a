"""Who asks, how things are with them and why they ask make no step (`parser.py`)."""

import pytest

from tests.nl_parser.reading import read

ASKED = (
    "Can you set up something that emails a@example.com the list from https://x.example.com/l "
    "every Monday at 9?"
)
WHEN = "When an invoice is marked as disputed, email ar@example.com."


@pytest.mark.parametrize(
    "before",
    ["Hi! I run a small bakery. ", "Context: our ops team is tiny. ", "We're a 12-person firm. "],
)
def test_a_request_after_who_asks_is_still_the_request(before):
    assert read(before + ASKED) == ("0 9 * * 1", ["http.request", "email.send"])


def test_an_event_after_how_things_are_is_still_the_trigger():
    text = "Context: my team is small. " + WHEN
    assert read(text) == (None, ["check_status", "email.send"])


@pytest.mark.parametrize(
    "why",
    [
        " We keep forgetting to do this by hand.",
        " It always slips through the cracks.",
        " Right now someone does this manually.",
    ],
)
def test_why_they_ask_is_no_step(why):
    assert read(WHEN + why) == (None, ["check_status", "email.send"])


def test_a_sentence_about_us_with_an_address_is_kept():
    # "my email is sam.lee@…": the dot inside the address is no sentence end.
    text = "remind me every Sunday at 8pm to check the hives. my email is sam.lee@example.com"
    assert read(text) == ("0 20 * * 0", ["email.send"])


def test_the_named_channel_is_the_channel():
    text = "Every Friday at 3pm, post the rota in the #crew channel."
    assert read(text) == ("0 15 * * 5", ["slack.post_message"])
