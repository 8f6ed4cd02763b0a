"""Round 47: a duty whose subject is a pronoun or "a …" ("it is to be POSTed to …", "a line is
to be posted in …"), a webhook named with whose it is ("the contractor's callout webhook"), a
"where" test whose subject opens on "all" / "every" / "no", and items that need someone's
sign-off before the steps after them ("any quote over £15k needs Gareth's sign-off first")."""

import pytest

from nl_parser import parse

WAIT_THEN_SEND = ["check_status", "wait_for_signal", "email.send", "slack.post_message"]


def _read(text: str, context: dict | None = None) -> tuple:
    result = parse(text, context or {})
    cron = result.schedule.cron_expression if result.schedule else None
    return cron, result.actions, result.confidence


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # the miss: "it is to be POSTed to …", guarded by a trailing "unless"
        (
            "Please configure the following for Larkfield Compounding Pharmacy: whenever a"
            " compounded prescription order is received, it is to be POSTed to the compounding"
            " lab's intake webhook, unless the prescribing clinician is flagged as unverified.",
            None,
            ["check_status", "webhook.post"],
        ),
        (
            "Whenever a booking is cancelled, it is to be sent to the refunds webhook, unless the"
            " booking is marked as non-refundable.",
            None,
            ["check_status", "webhook.post"],
        ),
        (
            "When a new supplier invoice arrives, it is to be emailed to ap@example.com.",
            None,
            ["email.send"],
        ),
        (
            "Each time a survey response comes in, they are to be posted in #feedback unless the"
            " respondent is flagged as a test account.",
            None,
            ["check_status", "slack.post_message"],
        ),
        (
            "Whenever a claim is lodged, it is to be forwarded to claims@example.com.",
            None,
            ["email.send"],
        ),
        # the miss: "the contractor's callout webhook is to be triggered and … emailed at …"
        (
            "Notice to the automation team from Lift Services, Crestmoor Towers: each weekday at"
            " 07:00, obtain the lift fault log from"
            " https://lifts.example-crestmoortowers.com/api/faults. Where any lift has been out"
            " of service for over 24 hours, the contractor's callout webhook is to be triggered"
            " and the building manager emailed at bm@example-crestmoortowers.com.",
            "0 7 * * 1-5",
            ["http.request", "check_status", "webhook.post", "email.send"],
        ),
        (
            "Every day at 6am, fetch the pump readings from https://pumps.example.com/api/now and"
            " trigger the plumber's callout webhook.",
            "0 6 * * *",
            ["http.request", "webhook.post"],
        ),
        (
            "Hourly, obtain the queue depths from https://mq.example.com/api/queues. Where any"
            " queue holds more than 5000 messages, the platform team's scaling webhook is to be"
            " triggered.",
            "0 * * * *",
            ["http.request", "check_status", "webhook.post"],
        ),
        # the miss: "Where all chambers are at or below that figure, a '…' line is to be posted"
        (
            "MEMORANDUM — To: Workflow Automation. From: Night Operations, Harbourside Cold"
            " Storage Ltd. Commencing tonight, the blast-freezer probes at"
            " https://probes.example-harbourside-cold.com/api/chambers are to be read at 02:10"
            " each day. In the event that any chamber is warmer than minus 18°C, the duty"
            " engineer shall be emailed at engineer-oncall@example-harbourside-cold.com. Where"
            " all chambers are at or below that figure, a 'chambers nominal' line is to be posted"
            " in #night-ops.",
            "10 2 * * *",
            ["http.request", "check_status", "email.send", "check_status", "slack.post_message"],
        ),
        (
            "Every day at 5am, read the tank levels at https://tanks.example.com/api/levels."
            " Where all tanks are above 40%, a 'tanks fine' note is to be posted in #yard.",
            "0 5 * * *",
            ["http.request", "check_status", "slack.post_message"],
        ),
        (
            "Each Monday at 8, pull the build results from https://ci.example.com/api/builds."
            " Where every build has passed, a summary is to be emailed to leads@example.com.",
            "0 8 * * 1",
            ["http.request", "check_status", "summarize", "email.send"],
        ),
        (
            "Every night at 1am, fetch the backups from https://backup.example.com/api/jobs."
            " Where no job has failed, a 'backups ok' line is to be posted in #ops.",
            "0 1 * * *",
            ["http.request", "check_status", "slack.post_message"],
        ),
    ],
)
def test_duties_on_pronouns_and_wheres_on_quantifiers(text, cron, actions):
    got_cron, got_actions, _ = _read(text)
    assert (got_cron, got_actions) == (cron, actions)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # the miss: the items need someone's sign-off; "once he's approved it" says it again
        (
            "Any roofing quote over £15k that our estimators finish needs Gareth's sign-off"
            " first — once he's approved it, email it to the homeowner and drop a copy in"
            " #quotes.",
            WAIT_THEN_SEND,
        ),
        (
            "Every purchase order above $5,000 that procurement raises needs the CFO's approval"
            " first; once she's approved it, send it to the supplier webhook.",
            ["check_status", "wait_for_signal", "webhook.post"],
        ),
        (
            "Any refund over $200 requires a manager's sign-off. Once approved, email the"
            " customer and post it in #refunds.",
            WAIT_THEN_SEND,
        ),
        (
            "Vendor invoices above €10,000 must have Maria's sign-off first; as soon as she signs"
            " off, push them to the payments webhook.",
            ["check_status", "wait_for_signal", "webhook.post"],
        ),
        (
            "Every urgent change request needs the release manager's approval — once she's"
            " approved it, email it to cab@example.com and post it in #changes.",
            WAIT_THEN_SEND,
        ),
        # near: no test on the items, only the wait
        (
            "Any roofing quote that our estimators finish needs Gareth's sign-off first — once"
            " he's approved it, email it to the homeowner and drop a copy in #quotes.",
            ["wait_for_signal", "email.send", "slack.post_message"],
        ),
        # near: the wait written as a step keeps its reading
        (
            "When a quote over £15k is finished, wait for Gareth's sign-off, then email it to the"
            " homeowner.",
            ["check_status", "wait_for_signal", "email.send"],
        ),
        (
            "When an expense report is submitted, wait for the manager to approve it, then send"
            " it to the payroll webhook.",
            ["wait_for_signal", "webhook.post"],
        ),
    ],
)
def test_items_needing_a_sign_off_wait_for_it(text, actions):
    cron, got_actions, confidence = _read(text)
    assert (cron, got_actions) == (None, actions)
    assert confidence >= 0.7


def test_a_relative_where_stays_a_noun():
    cron, actions, _ = _read(
        "Every day at 9, fetch the files from https://docs.example.com/api/list and post the"
        " folder where all the drafts live to #docs."
    )
    assert (cron, actions) == ("0 9 * * *", ["http.request", "slack.post_message"])
