"""Round 69: a kind of the fetched items routed to a place written as its own step ("→ commercial
policies → #commercial-desk | everything else → personal@…") is the subset the remainder after
the place is left from, so both deliveries get their test."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, Q = "http.request", "email.send", "slack.post_message", "salesforce.query"
C = "check_status"

# "commercial policies → #commercial-desk | everything else → …": the lone place is read with the
# items before it, so the remainder that says they were only some is the clause after the place.
KIND_ROUTED_BEFORE_THE_REST = [
    (
        "Vantage Insurance Brokers | weekdays 07:15 → CRM: renewal opportunities closing in the"
        " next 30 days → commercial policies → #commercial-desk | everything else →"
        " personal@example-vantagebrokers.com",
        {"availableTools": [Q, S, E]},
        ("15 7 * * 1-5", [Q, C, S, C, E]),
    ),
    (
        "Fridays 16:00 → CRM: deals closed this week → enterprise deals →"
        " sales-leads@example-brightpath.io; all other deals → #smb-wins",
        {},
        ("0 16 * * 5", [Q, C, E, C, S]),
    ),
    (
        "weekdays 8:30 -> GET https://api.example-greenfleet.com/vehicles -> electric vans ->"
        " #ev-team -> the rest -> depot@example-greenfleet.com",
        {},
        ("30 8 * * 1-5", [H, C, S, C, E]),
    ),
    (
        "every day at 9am → GET https://shop.example-millbrookteas.com/api/orders → wholesale"
        " orders → #trade-desk; everything else → #shop-floor",
        {},
        ("0 9 * * *", [H, C, S, C, S]),
    ),
    (
        "every hour → GET https://status.example-corvid.net/api/alerts → database alerts →"
        " ops-dba@example-corvid.net; anything else → #ops-alerts",
        {},
        ("0 * * * *", [H, C, E, C, S]),
    ),
    (
        "Thursdays 10:00 | Salesforce: accounts up for renewal this quarter | healthcare accounts"
        " | #health-team | all other accounts | renewals@example-northpeak.com",
        {},
        ("0 10 * * 4", [Q, C, S, C, E]),
    ),
]

# The same shapes with no remainder, or with the kind already read as a subset, keep their reading.
UNCHANGED = [
    (
        "Vantage Insurance Brokers | weekdays 07:15 → CRM: renewal opportunities closing in the"
        " next 30 days → commercial policies → #commercial-desk",
        {"availableTools": [Q, S, E]},
        ("15 7 * * 1-5", [Q, S]),
    ),
    (
        "Vantage Insurance Brokers | weekdays 07:15 → CRM: renewal opportunities closing in the"
        " next 30 days → commercial ones → #commercial-desk | everything else →"
        " personal@example-vantagebrokers.com",
        {"availableTools": [Q, S, E]},
        ("15 7 * * 1-5", [Q, C, S, C, E]),
    ),
    (
        "Mondays 07:00 → Salesforce → new leads → #sales",
        {},
        ("0 7 * * 1", [Q, S]),
    ),
    (
        "Hollybrook Vets; Mondays 08:00; Salesforce → overdue invoices → equine invoices →"
        " #large-animal; the rest → accounts@example-hollybrookvets.co.uk",
        {},
        ("0 8 * * 1", [Q, C, S, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), KIND_ROUTED_BEFORE_THE_REST)
def test_a_kind_routed_to_a_lone_place_is_the_subset_the_rest_leaves(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
