"""Round 53: a system's records named with no verb and no colon ("Salesforce opportunities for
…"), and data "summed up into" a note after a comma (a summary made of it)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, Q, S, SUM = "http.request", "salesforce.query", "slack.post_message", "summarize"


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Respawn Arena — Thursdays 13:05 — Salesforce opportunities for the spring LAN "
            "sponsorship packages, summed up into a short note for #partnerships",
            "5 13 * * 4",
            [Q, SUM, S],
        ),
        (
            "Mondays 9:00 — Salesforce leads from the trade show, summed up into a short note "
            "for #sales",
            "0 9 * * 1",
            [Q, SUM, S],
        ),
        (
            "Every Friday at 4pm: CRM contacts added this week, summed up in a short digest for "
            "#marketing",
            "0 16 * * 5",
            [Q, SUM, S],
        ),
        (
            "Every Friday at 5pm pull the open tickets from https://desk.example.com/api/open, "
            "summed up into a short note for #support",
            "0 17 * * 5",
            [H, SUM, S],
        ),
        (
            "Weekdays at 8am — Salesforce cases opened overnight, summed up into a quick note "
            "for #support-leads",
            "0 8 * * 1-5",
            [Q, SUM, S],
        ),
    ],
)
def test_records_summed_up_are_fetched_and_summarised(text, cron, actions):
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # With a colon, as before.
        (
            "Thursdays 13:05 — Salesforce: opportunities for the spring packages, summarised "
            "into a short note for #partnerships",
            "5 13 * * 4",
            [Q, SUM, S],
        ),
        # Not summed up: fetched and posted only.
        (
            "Mondays 9:00 — Salesforce leads from the trade show, posted to #sales",
            "0 9 * * 1",
            [Q, S],
        ),
    ],
)
def test_near_cases_keep_their_reading(text, cron, actions):
    assert read(text) == (cron, actions)
