"""Round 79: one kind labelled before the rest, and a question answered by a lone place."""

import pytest

from nl_parser import parse


def _check(text: str, cron: str, actions: list[str], *, sure: bool = True) -> None:
    result = parse(text, {})
    assert result.schedule is not None
    assert result.schedule.cron_expression == cron
    assert result.actions == actions
    if sure:
        assert result.confidence >= 0.7, result.warnings
        assert not [w for w in result.warnings if w.startswith("uncertain:")], result.warnings


# "Enterprise leads: email …. All other leads: #sales": a kind of the fetched items, labelled in
# the plural before its step, is a test when a later clause takes the rest.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Weekday mornings at ten past nine: Salesforce → yesterday's new Larchfield Language "
            "School leads. Business-English enquiries: email corporate@larchfieldlang.example. "
            "All other enquiries: #admissions-desk.",
            "10 9 * * 1-5",
            [
                "salesforce.query",
                "check_status",
                "email.send",
                "check_status",
                "slack.post_message",
            ],
        ),
        (
            "Every morning at 9 pull yesterday's new leads from Salesforce. Enterprise leads: "
            "email sales@x.example. Everything else: post in #sales.",
            "0 9 * * *",
            [
                "salesforce.query",
                "check_status",
                "email.send",
                "check_status",
                "slack.post_message",
            ],
        ),
        (
            "Every Friday at 4pm fetch the week's orders from https://shop.example/api/orders. "
            "Wholesale orders: email trade@shop.example. The rest: #orders.",
            "0 16 * * 5",
            ["http.request", "check_status", "email.send", "check_status", "slack.post_message"],
        ),
        (
            "Hourly: GET https://status.example/api/incidents. Critical incidents: trigger the "
            "pager webhook. All other incidents: post them in #noc.",
            "0 * * * *",
            ["http.request", "check_status", "webhook.post", "check_status", "slack.post_message"],
        ),
        (
            "Each weekday at 8:00 pull new tickets from https://help.example/api/tickets. VIP "
            "tickets: email vip@help.example. Any other tickets: #support.",
            "0 8 * * 1-5",
            ["http.request", "check_status", "email.send", "check_status", "slack.post_message"],
        ),
        (
            "Every Monday at 10 pull last week's closed deals from Salesforce. Renewal deals: "
            "post in #renewals. Everything else: email sales@firm.example.",
            "0 10 * * 1",
            [
                "salesforce.query",
                "check_status",
                "slack.post_message",
                "check_status",
                "email.send",
            ],
        ),
    ],
)
def test_one_kind_labelled_before_the_rest_is_a_test(text, cron, actions):
    _check(text, cron, actions)


# "→ didn't complete? → it-ops@…": a short question with no verb of a step, answered by a lone
# address or channel, is the test that delivery is under.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Orbital Games build farm: 01:30 nightly → backup webhook → wait 45 min → GET "
            "https://backup.orbitalgames.example/api/last-run → didn't complete? → "
            "it-ops@orbitalgames.example",
            "30 1 * * *",
            ["webhook.post", "wait", "http.request", "check_status", "email.send"],
        ),
        (
            "01:30 nightly → GET https://x.example/api → didn't finish? → it-ops@x.example",
            "30 1 * * *",
            ["http.request", "check_status", "email.send"],
        ),
        (
            "Weekdays at 7am → GET https://etl.example/api/last-load → hasn't loaded? → "
            "data@etl.example",
            "0 7 * * 1-5",
            ["http.request", "check_status", "email.send"],
        ),
        (
            "Each night at 2 → backup webhook → wait 1 hour → GET https://b.example/status → "
            "failed? → #backups + ops@b.example",
            "0 2 * * *",
            [
                "webhook.post",
                "wait",
                "http.request",
                "check_status",
                "slack.post_message",
                "email.send",
            ],
        ),
        (
            "Every 30 minutes → GET https://jobs.example/api/import → not finished? → #imports",
            "*/30 * * * *",
            ["http.request", "check_status", "slack.post_message"],
        ),
    ],
)
def test_question_answered_by_a_lone_place_is_a_test(text, cron, actions):
    _check(text, cron, actions)


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # No remainder named after the label: no test of a kind is made.
        (
            "Every Monday: email the rota to a@b.example.com",
            "0 9 * * 1",
            ["email.send"],
        ),
        # No question before the place: the place is where the result goes, untested.
        (
            "01:30 nightly → GET https://x.example/api → it-ops@x.example",
            "30 1 * * *",
            ["http.request", "email.send"],
        ),
    ],
)
def test_near_cases_unchanged(text, cron, actions):
    _check(text, cron, actions)


def test_one_kind_without_the_rest_makes_no_test():
    result = parse(
        "Every morning at 9 pull yesterday's new leads from Salesforce. Enterprise leads: "
        "email sales@x.example.",
        {},
    )
    assert "check_status" not in result.actions
