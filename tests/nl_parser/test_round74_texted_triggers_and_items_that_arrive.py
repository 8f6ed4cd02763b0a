"""Round 74: a texted trigger ("wheneva …") run on into its step with no comma, the step's
verb on a bare list of nouns ("pull out date, headcount n budget"), a thing shoved (bunged,
chucked) in a place is posted there, an -ly word after another is an adjective of the noun
still to come ("the wobbly jelly soft play site"); and every item that arrives, said again
in the subject of a duty ("every message that comes in … should be posted"), is the arrival,
not a subset."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
X, C, SUM = "extract", "check_status", "summarize"

# The miss (heldout230/19) and paraphrases: a texted "whenever", no comma after the event, a
# bare list of nouns, "n" for "and", and a verb of shoving something in a place.
TEXTED_TRIGGERS = [
    (
        "wheneva someone fills in the party enquiry form on the wobbly jelly soft play site pull"
        " out date, headcount n budget and shove it in #bookings",
        (None, [X, S]),
    ),
    (
        "wenever a customer submits the repair form grab make, model n fault and bung it in"
        " #workshop",
        (None, [X, S]),
    ),
    (
        "Whenevr a parent fills out the camp signup form extract name, age and allergies and"
        " chuck it in #camp-staff",
        (None, [X, S]),
    ),
    (
        "whenever someone books a table on the lovely friendly bistro site, pull out date, time"
        " and party size and email it to host@example-bistro.com",
        (None, [X, E]),
    ),
    (
        "when a tenant submits a maintenance request pull out flat number, issue n urgency and"
        " shove it in #repairs",
        (None, [X, S]),
    ),
    (
        "every friday at 5pm fetch the week's sales from https://shop.example-jellyco.com/api/sales"
        " and shove them in #sales",
        ("0 17 * * 5", [H, S]),
    ),
]

# Every item that arrives, named as the subject of a duty, is the arrival told again.
ARRIVALS_TOLD_AGAIN = [
    (
        "Every message that comes in to the support inbox should be posted to #support.",
        (None, [S]),
    ),
    (
        "Every message that comes in to the support inbox gets posted to #support.",
        (None, [S]),
    ),
    (
        "Each order that lands in the shop inbox should be emailed to packing@example-shop.com.",
        (None, [E]),
    ),
    ("Every booking that arrives should be posted to #front-desk.", (None, [S])),
    (
        "Each enquiry that comes through the website gets posted to #enquiries.",
        (None, [S]),
    ),
]

# Near cases that keep their reading.
UNCHANGED = [
    # The event and its step with a comma, and the list with a determiner, read as before.
    (
        "whenever someone fills in the party enquiry form, pull out the date and post it in"
        " #bookings",
        (None, [X, S]),
    ),
    # A relative clause that says which items count is still a subset.
    ("post every message that arrives late to #support", (None, [C, S])),
    ("forward every email that fails to #support", (None, [C, S])),
    # "put" with no place named stays as before.
    (
        "whenever someone fills in the party enquiry form, summarise it and post it in #bookings",
        (None, [SUM, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEXTED_TRIGGERS)
def test_a_texted_trigger_runs_on_into_its_steps(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ARRIVALS_TOLD_AGAIN)
def test_every_item_that_arrives_is_the_arrival_not_a_subset(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
