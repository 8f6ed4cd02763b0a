"""Constructions found by heldout39-40: a step shifted by "N later", steps done through a call,
wants written with a participle, courtesies around the request, and objects given to a person."""

import pytest

from nl_parser import parse

E, S, C, H, W = "email.send", "slack.post_message", "check_status", "http.request", "wait"
WH, SIG = "webhook.post", "wait_for_signal"


def test_a_step_after_n_later_is_read_with_its_wait():
    result = parse(
        "When a ticket is closed, post it in #support, and 2 hours later email the customer "
        "a survey."
    )
    assert result.actions == [S, W, E]


def test_there_is_the_place_of_the_delivery_before():
    result = parse("When a room is booked, notify #front-desk, then post a checklist there too.")
    assert result.actions == [S, S]
    assert result.steps[1].config == {"channel": "#front-desk"}
    assert result.confidence >= 0.85, result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Could you set this up for the finance team? Every Monday at 8am, pull the invoices "
        "from https://ap.acme.io/api/invoices and email them to ap@acme.io.",
        "Hello all! Every Monday at 8am, pull the invoices from https://ap.acme.io/api/invoices "
        "and email them to ap@acme.io. Thank you!",
    ],
)
def test_a_request_or_courtesy_around_the_workflow_is_no_step(text):
    result = parse(text)
    assert result.actions == [H, E]
    assert result.confidence >= 0.85, result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Our bookkeeper needs the week's receipts from https://pos.acme.io/api/receipts "
        "emailed to books@acme.io every Friday at 5pm.",
        "The ops team wants the queue stats from https://mq.acme.io/api/stats posted to #ops "
        "every Friday at 5pm.",
    ],
)
def test_what_someone_needs_done_as_a_participle_is_done(text):
    result = parse(text)
    assert result.actions[0] == H and result.actions[-1] in (E, S)
    assert len(result.actions) == 2
    assert result.confidence >= 0.85, result.warnings


@pytest.mark.parametrize(
    "text, actions",
    [
        (
            "When the tank pressure goes over 3 bar, switch on the relief valve by calling "
            "https://plant.acme.io/api/valve.",
            [C, H],
        ),
        ("When a lead comes in, label it by calling https://crm.acme.io/api/labels.", [H]),
        (
            "When a refund is requested, wait for finance to approve before issuing it via "
            "https://pay.acme.io/api/refunds.",
            [SIG, H],
        ),
    ],
)
def test_a_verb_done_through_a_call_is_the_call(text, actions):
    assert parse(text).actions == actions


def test_a_quantified_state_on_what_a_call_acts_on_is_a_test():
    result = parse(
        "Every hour, check https://ci.acme.io/api/builds and retry every failed build by "
        "calling https://ci.acme.io/api/retry."
    )
    assert result.actions == [H, C, H]
    assert result.steps[1].config["value"] == "failed"


def test_what_is_looked_for_at_an_address_is_a_test():
    result = parse(
        "Every day at 6am, check https://certs.acme.io/api/all for certificates that expire "
        "within 14 days and email them to secops@acme.io."
    )
    assert result.actions == [H, C, E]


def test_a_subject_and_its_verb_end_the_trigger_without_a_comma():
    result = parse("when someone forks the repo post a thanks in #community")
    assert result.actions == [S]
    assert result.schedule is None


@pytest.mark.parametrize(
    "text",
    [
        "When a patient is discharged, email the patient the aftercare instructions.",
        "When a hire's laptop ships, email the new hire the tracking details.",
    ],
)
def test_a_thing_given_to_a_person_picks_no_items(text):
    # "the tracking details" still raises a doubt of a subset (a word in -ing before a plural).
    assert parse(text).actions == [E]


def test_a_transform_step_carries_a_doubt():
    result = parse("Every day at 9, map the fields of the export and post them to #data.")
    assert "map" in result.actions
    assert result.confidence < 0.7
    assert any("transform" in w for w in result.warnings)
