"""Round 74: "msg" before a #channel or an address is "message"; an item kept back by an
irregular participle ("any container held at customs") is picked; "unles" is "unless", and
"they've been with us before" is a flag; "about the late fee" names one thing told, no subset;
"if" before a setback with how it befell ("is aborted mid-flight") is a test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"

# "msg #taproom", "msg ops@x.com": a messaging verb texted short, its receiver a channel or an
# address, is the verb written out; what the message is about still picks the items.
SHORT_VERB_BEFORE_A_PLACE = [
    (
        "every thursday 2pm pull keg levels from https://cellar.hopworksbrewing.example/api/kegs "
        "and msg #taproom about any keg under 20%",
        ("0 14 * * 4", [H, C, S]),
    ),
    (
        "every monday 9am pull stock levels from https://shop.example.com/api/stock and msg "
        "#buyers about any item under 10 units",
        ("0 9 * * 1", [H, C, S]),
    ),
    (
        "Each hour fetch https://queue.example.com/api/depth and msg ops@queue.example.com if the"
        " depth is over 500",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "Msg #front-desk at 7am every weekday with today's arrivals from "
        "https://hotel.example.com/api/arrivals",
        ("0 7 * * 1-5", [H, S]),
    ),
    (
        "Every 10 minutes, check https://pumps.example.com/api/status and txt #pump-crew when a "
        "pump is offline",
        ("*/10 * * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_VERB_BEFORE_A_PLACE)
def test_a_short_verb_before_a_place_is_the_verb(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert not any("'msg'" in d or "'txt'" in d for d in doubts_of(text))
    assert confidence_of(text) >= 0.7


# "any container held at customs", "any bag lost in transit": an irregular participle after the
# item, with where or how it is kept after it, is a relative clause with its "that is" left out.
KEPT_BY_AN_IRREGULAR_PARTICIPLE = [
    (
        "Every two hours, grab the shipment feed from "
        "https://track.bluefinforwarding.example/api/shipments and email "
        "customs@bluefinforwarding.example about any container held at customs.",
        ("0 */2 * * *", [H, C, E]),
    ),
    (
        "Each morning at 7, fetch the baggage list from https://air.example.com/api/bags and "
        "email lostfound@air.example.com about any bag lost in transit.",
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "Daily at 8am, grab https://ship.example.com/api/containers and send "
        "logistics@ship.example.com the containers held at customs.",
        ("0 8 * * *", [H, C, E]),
    ),
    (
        "Every hour, pull the pallet list from https://depot.example.com/api/pallets and post in"
        " #yard about any pallet held up at the gate.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every 30 minutes, check https://bikes.example.com/api/fleet and ping #fleet about each "
        "bike stolen from a dock.",
        ("*/30 * * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT_BY_AN_IRREGULAR_PARTICIPLE)
def test_an_item_kept_by_an_irregular_participle_is_picked(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "unles": the doubled "s" at a target's end typed once is a slip, not the target's singular;
# "they've been with us before" says the person has come before, a flag on them.
UNLESS_BEEN_BEFORE = [
    "Whenever a child signs up for Splash Zone swim lessons, email the parent the kit list unles"
    " they've been with us before.",
    "When a guest books a room at Gull Cottage, email them the house rules unless they've been "
    "here before.",
    "Whenever a patient books a first appointment, email them the intake form unles they have "
    "been to the clinic before.",
    "When someone registers for the Harbour 10k, email them the course map unless they've been "
    "with us before.",
    "When a diner books a table at Olive & Ash, email them the parking notes if they haven't "
    "been here before.",
]


@pytest.mark.parametrize("text", UNLESS_BEEN_BEFORE)
def test_unless_they_have_been_before_is_a_test(text: str) -> None:
    assert read(text) == (None, [C, E])
    assert not any("not understood" in d for d in doubts_of(text))
    assert confidence_of(text) >= 0.7


def test_a_short_unless_is_mended() -> None:
    text = (
        "When an order comes in, email the buyer a receipt unles they paid upfront through the "
        "till."
    )
    assert read(text) == (None, [C, E])


# "about the late fee", "about the overdue fine": the one thing the message tells of, singular
# after "the", is no subset of the items, whatever its adjective.
ONE_THING_TOLD_ABOUT = [
    (
        "Plase let the owner know about the late fee whenever a pup at Silverbirch Dog Daycare "
        "is collected after 6:30pm.",
        {"availableTools": ["email.send"]},
        (None, [C, E]),
    ),
    (
        "Whenever a guest checks out, let them know about the late checkout fee.",
        {"availableTools": ["email.send"]},
        (None, [E]),
    ),
    (
        "When a book comes back, email the borrower about the overdue fine.",
        {},
        (None, [E]),
    ),
    (
        "When a member cancels a class, email them about the late cancellation charge.",
        {},
        (None, [E]),
    ),
    (
        "Email the customer about the urgent callout fee whenever a boiler repair is booked "
        "after 8pm.",
        {},
        (None, [C, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), ONE_THING_TOLD_ABOUT)
def test_one_thing_told_about_picks_nothing(text: str, context: dict, expected: tuple) -> None:
    assert read(text, context) == expected
    assert not any("two conditions" in d for d in doubts_of(text, context))


# "if a mission is aborted mid-flight": a setback that befell one item, with when or how it
# befell it after, asks whether it did ("when" names the event instead).
SETBACK_WITH_HOW = [
    (
        "If a Kestrel Drone Surveys mission is aborted mid-flight, DM the flight ops lead in "
        "Slack with the flight ID.",
        (None, [C, S]),
    ),
    ("If a rocket launch is scrubbed at the last minute, post in #launch.", (None, [C, S])),
    ("If a print job is aborted, post in #print-room.", (None, [C, S])),
    (
        "If a nightly backup run gets interrupted partway through, page the on-call webhook.",
        (None, [C, W]),
    ),
    (
        "If a Northwind Air flight is diverted mid-route, email ops@northwind.example.",
        (None, [C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SETBACK_WITH_HOW)
def test_if_a_setback_befell_an_item_is_a_test(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert not any("event" in d for d in doubts_of(text))
    assert confidence_of(text) >= 0.7


# Near cases that must not change.
NEAR = [
    # "when" names the event; a made change is news, not a setback.
    ("When a mission is aborted mid-flight, DM the flight ops lead in Slack.", (None, [S])),
    ("If a mission is created, DM the flight ops lead in Slack.", (None, [S])),
    # no condition on what is sent
    (
        "Every two hours, grab the shipment feed from https://track.example.com/api/shipments "
        "and email customs@example.com about it.",
        ("0 */2 * * *", [H, E]),
    ),
    # the plural, or "any", still picks the items
    (
        "Every day at 9am, fetch https://x.example.com/api/orders and email me about the late "
        "orders.",
        ("0 9 * * *", [H, C, E]),
    ),
    (
        "Every day at 9am, fetch https://x.example.com/api/orders and email me about any late "
        "order.",
        ("0 9 * * *", [H, C, E]),
    ),
    # a "that is" relative still picks as before
    (
        "Every two hours, grab https://track.example.com/api/shipments and email "
        "customs@example.com about any container that is held at customs.",
        ("0 */2 * * *", [H, C, E]),
    ),
    # "msg" with no receiver after it stays a word
    (
        "Every day at 6pm email ops@example.com the msg log from https://x.example.com/api/log.",
        ("0 18 * * *", [H, E]),
    ),
    # no "unless"
    (
        "Whenever a child signs up for swim lessons, email the parent the kit list.",
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_are_unchanged(text: str, expected: tuple) -> None:
    assert read(text) == expected
