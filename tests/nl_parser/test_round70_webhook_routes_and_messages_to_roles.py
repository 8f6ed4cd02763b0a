"""Round 70: a route to a webhook ends at the comma before the next arrowed route ("bugs to the qa
webhook, all other labels → #support-misc"), as a route to a channel or address does; and a
message noun with no verb, sent to someone named by role ("→ heads-up to the logistics team"),
is a delivery."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, K, X = "check_status", "classify", "extract"

# "bugs to the qa webhook, all other labels → #support-misc": the comma ends the route to the
# webhook, so the remainder is a route of its own and both deliveries get their test.
WEBHOOK_ROUTE_BEFORE_THE_REST = [
    (
        "pixelfold games: every closed chat transcript → label it bug / refund / account → bugs"
        " to the qa webhook, all other labels → #support-misc",
        {},
        (None, [K, C, W, C, S]),
    ),
    (
        "every new product review → sort it into praise / complaint → complaints to the cx"
        " webhook, all other reviews → #reviews",
        {},
        (None, [K, C, W, C, S]),
    ),
    (
        "each returned parcel → classify it as damaged / wrong item / unwanted → damaged ones to"
        " the claims webhook, any other return → returns@example-parcelco.com",
        {},
        (None, [K, C, W, C, E]),
    ),
    (
        "each incoming support ticket → tag it billing / outage / other → outages to the pager"
        " webhook, all other tickets → #support",
        {},
        (None, [K, C, W, C, S]),
    ),
    (
        "every new application → classify it as urgent / routine → urgent ones to the intake"
        " web-hook, any other application → intake@example-clinic.org",
        {},
        (None, [K, C, W, C, E]),
    ),
]

# "heads-up to the logistics team": a message noun, no verb, then who gets it by role.
MESSAGE_TO_A_ROLE = [
    (
        "customs broker uploads a manifest for Quayside Import Co. → pull out container no., port"
        " and ETA → ETA slipped by more than 3 days? → heads-up to the logistics team",
        {"availableTools": [S]},
        (None, [X, C, S]),
    ),
    (
        "when a supplier sends an invoice → extract the amount and due date → amount over $5,000?"
        " → note to the finance team",
        {"availableTools": [E]},
        (None, [X, C, E]),
    ),
    (
        "whenever a tenant signs a new lease → pull out the tenant name and start date → start"
        " date within 14 days? → a heads-up to the property managers",
        {"availableTools": [S]},
        (None, [X, C, S]),
    ),
    (
        "every night at 11pm → fetch open tickets from https://x.example.com/api/tickets → more"
        " than 50? → reminder to the night shift lead",
        {"availableTools": [H, E]},
        ("0 23 * * *", [H, C, E]),
    ),
    (
        "when a delivery is marked late → extract the order number and the new date → order"
        " value above $500? → notification to our account managers",
        {"availableTools": [S]},
        (None, [C, X, C, S]),
    ),
]

# The same shapes without the new reading keep theirs.
UNCHANGED = [
    (
        "every new product review → sort it into praise / complaint → complaints to the cx webhook",
        {},
        (None, [K, C, W]),
    ),
    (
        "every new message → classify it as bug, feature or praise -> bugs to the qa webhook",
        {},
        (None, [K, C, W]),
    ),
    (
        "every day at 05:30 & 13:30, Athens time >> GET https://x.example.com/api/feed >> post it"
        " to the feed webhook",
        {},
        ("30 5,13 * * *", [H, W]),
    ),
    (
        "when a delivery is marked late → extract the order number and the new date → heads-up"
        " to #logistics",
        {"availableTools": [S]},
        (None, [C, X, S]),
    ),
    (
        "when a delivery is marked late → extract the order number and the new date → give the"
        " logistics team a heads-up",
        {"availableTools": [S]},
        (None, [C, X, S]),
    ),
    (
        # A webhook is no one named by role: with no webhook allowed, nothing is sent.
        "when a delivery is marked late → extract the order number and the new date → order"
        " value above $500? → a heads-up to the logistics webhook",
        {"availableTools": [S]},
        (None, [C, X, C]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), WEBHOOK_ROUTE_BEFORE_THE_REST)
def test_a_webhook_route_ends_at_the_comma_before_the_rest(text, context, expected):
    assert read(text, context) == expected
    assert not any("nothing posts" in d or "condition may be missing" in d for d in doubts_of(text))


@pytest.mark.parametrize(("text", "context", "expected"), MESSAGE_TO_A_ROLE)
def test_a_message_to_a_role_is_sent(text, context, expected):
    assert read(text, context) == expected
    assert not any("guards nothing" in d for d in doubts_of(text, context))


@pytest.mark.parametrize(("text", "context", "expected"), MESSAGE_TO_A_ROLE[1:])
def test_a_message_to_a_role_is_read_with_confidence(text, context, expected):
    assert not doubts_of(text, context)
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
