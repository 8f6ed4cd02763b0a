"""Round 39: quoted verbs, "with us" parties, fields from documents, misspelt days, bare days."""

import pytest

from nl_parser import parse
from nl_parser.typos import mend_typos
from tests.nl_parser.reading import cron_of, read


@pytest.mark.parametrize(
    "text",
    [
        "weekdays at 7am post 'wipe and stack the trays' in #bakery",
        'every friday at 3pm slack #yard: "sweep and hose the floor"',
        "daily at 6pm post 'lock and alarm the shed' to #night-crew, sorry, 6:30pm",
        "at 9am each Monday post \u201cfeed and water the goats\u201d in #barn",
    ],
)
def test_a_verb_inside_a_quotation_starts_no_step(text):
    assert read(text)[1] == ["slack.post_message"]


@pytest.mark.parametrize(
    "text",
    [
        "whenever a new patient signs up with us, email them the intake form",
        "each time a client books with you \u2192 email them the prep notes",
        "when a new member registers with us; email them a welcome pack",
        "any time a horse is boarded with us \u2014 email the owner the feed plan",
        "when a volunteer checks in with me, post a note in #desk",
    ],
)
def test_with_a_pronoun_names_the_party_not_a_test(text):
    actions = read(text)[1]
    assert "check_status" not in actions
    assert parse(text, {}).confidence >= 0.85


def test_with_an_attendant_thing_still_tests_the_event():
    assert read("when a customer signs up with a company email, post in #sales")[1] == [
        "check_status",
        "slack.post_message",
    ]


@pytest.mark.parametrize(
    ("text", "delivery"),
    [
        (
            "pick the lot numbers and expiry dates from the attached PDFs \u2192 post them to #qa",
            "slack.post_message",
        ),
        (
            "grab the policy number (and renewal date) from these scanned letters \u2014 push to "
            "the crm webhook",
            "webhook.post",
        ),
        (
            "select the meter readings off the photos of the gauges and email them to ops@x.com",
            "email.send",
        ),
        (
            "pick out the invoice totals from each uploaded receipt; send them to the finance "
            "webhook",
            "webhook.post",
        ),
        (
            "Pick out the lot codes from these 40 signed delivery notes and push them to the "
            "stock webhook",
            "webhook.post",
        ),
    ],
)
def test_fields_taken_from_documents_are_extracted(text, delivery):
    assert read(text)[1] == ["extract", delivery]
    assert parse(text, {}).confidence >= 0.85


def test_fields_picked_with_no_document_stay_a_pick_and_a_system_stays_a_fetch():
    assert read("pick the name and email fields and post them to the crm webhook")[1][0] == "pick"
    assert read("pull the deals from Salesforce and post them to #sales")[1] == [
        "salesforce.query",
        "slack.post_message",
    ]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("every Wensday at 10am post 'standup moved' in #team", "0 10 * * 3"),
        ("on thrusdays at 4pm email the menu to staff@x.com", "0 16 * * 4"),
        ("saterday 9am: post the rota in #crew", "0 9 * * 6"),
        ("every tusday at 8:30am email the agenda to board@x.com", "30 8 * * 2"),
        ("Wendsdays, 5pm \u2192 post 'bins out' in #house", "0 17 * * 3"),
    ],
)
def test_a_misspelt_weekday_is_still_that_day(text, cron):
    assert cron_of(text) == cron


def test_words_ending_in_day_that_are_no_weekday_stay_as_written():
    text = "the midday run, a mayday call, the Faraday lab, someday, today, weekday, holiday"
    assert mend_typos(text) == (text, [])
    assert cron_of("every Monday at 9am email the Faraday lab notes to lab@x.com") == "0 9 * * 1"


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("post the rent reminder in #flat, 28th, 9am", "0 9 28 * *"),
        ("send the invoice summary to ap@x.com \u2014 15th at 8:30am", "30 8 15 * *"),
        ("7am, 1st: email the safety bulletin to crew@x.com", "0 7 1 * *"),
        ("remind #ops about backups (3rd, 6pm)", "0 18 3 * *"),
        ("email the timesheet export to payroll@x.com at 5pm, 25th", "0 17 25 * *"),
        ("email payroll@x.com the timesheet export at 5pm on 25th", "0 17 25 * *"),
    ],
)
def test_a_bare_day_number_beside_a_clock_time_is_a_day_of_the_month(text, cron):
    assert cron_of(text) == cron


@pytest.mark.parametrize(
    "text",
    [
        "post the roster for 2nd shift in #ops at 7am",
        "email the floor plan to a@x.com, 3rd floor, 7am",
    ],
)
def test_an_ordinal_that_names_a_thing_is_no_day(text):
    assert cron_of(text) == "0 7 * * *"
