"""Clause readings in actions.py: a delivery written with what goes as its subject, exclusions."""

import pytest

from nl_parser import parse

H, S, W, C = "http.request", "slack.post_message", "webhook.post", "check_status"


@pytest.mark.parametrize(
    "text",
    [
        "Every night, pull payments from https://x.io/p; any that failed should go to #bills.",
        "Every hour, fetch https://x.io/jobs. The failed ones should be sent to #ci.",
    ],
)
def test_what_goes_as_the_subject_is_a_filtered_delivery(text):
    assert parse(text).actions == [H, C, S]


def test_a_subject_that_goes_nowhere_known_is_no_delivery():
    assert S not in parse("Every hour, fetch https://x.io/jobs; the rest goes to waste.").actions


def test_a_classified_subject_and_everything_else_go_to_two_places():
    text = (
        "Classify each alert by severity; critical ones go to the pager webhook "
        "and everything else to #alerts."
    )
    # "everything else" is the other branch: the test turned around guards its delivery.
    assert parse(text).actions == ["classify", C, W, C, S]


def test_skip_the_test_accounts_keeps_the_rest():
    text = (
        "Every day at 6, pull signups from https://x.io/s, skip the test accounts, "
        "and post the rest to #growth."
    )
    assert parse(text).actions == [H, C, S]


def test_a_bare_plural_after_a_classification_names_a_class_not_a_report():
    text = "When feedback arrives, classify it by topic and post bug reports to #bugs."
    assert parse(text).actions == ["classify", C, S]


def test_a_bare_plural_the_fetch_did_not_name_is_a_weak_guard():
    result = parse(
        "Every day at 9, pull responses from https://x.io/nps and flag detractors in #cx."
    )
    assert result.actions == [H, C, S]
    assert result.confidence < 0.6
    assert any("'detractors'" in w for w in result.warnings)


def test_a_bare_plural_the_fetch_named_is_the_whole():
    assert parse("Every day at 9, pull https://x.io/leads and post leads to #sales.").actions == [
        H,
        S,
    ]


def test_an_unknown_verb_on_crm_things_reads_them_from_salesforce_first():
    text = "Every Sunday at 10pm, back up the CRM contacts to https://x.io/api/upload."
    assert parse(text).actions == ["salesforce.query", H]


def test_make_sure_someone_hears_about_it_is_a_notification():
    text = "Make sure #support hears about every ticket marked 'urgent'."
    assert parse(text).actions == [C, S]


def test_a_url_after_from_is_a_source_not_a_webhook():
    result = parse(
        "Every Friday at 4pm, notify the team about the incidents from https://x.io/inc."
    )
    assert result.actions == [H, "email.send"]
    assert any("assumed" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Every day at 9, pull signups from the signups API, summarized and posted to #growth.",
        "I'd like yesterday's signups from the signups API every day at 9, summarized and sent "
        "to #growth.",
        "I'd like the signups from the signups API every day at 9, turned into a summary and "
        "posted to #growth.",
    ],
)
def test_what_is_done_to_the_data_may_be_written_as_participles(text):
    result = parse(text)
    assert result.actions == [H, "summarize", S]
    assert result.confidence > 0.9


def test_a_subject_that_goes_somewhere_after_a_trigger_is_its_own_step():
    text = "When an order is refunded, the details go to the finance webhook."
    assert parse(text).actions == [W]
