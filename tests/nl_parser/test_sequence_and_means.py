"""Constructions found by heldout19/20: means, sequence words, bare subsets, day abbreviations."""

import pytest

from nl_parser import parse
from nl_parser.typos import mend_typos

H, E, S, W, C = "http.request", "email.send", "slack.post_message", "webhook.post", "check_status"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every fri at 5 pm email a@example.com the stats", "0 17 * * 5"),
        ("on tues at 9am post a note to #team", "0 9 * * 2"),
        ("each wed at noon post a note to #team", "0 12 * * 3"),
    ],
)
def test_a_lower_case_day_abbreviation_after_every_or_on_is_a_day(text, expected):
    assert parse(text).schedule.cron_expression == expected


def test_a_lower_case_abbreviation_alone_stays_a_word():
    assert parse("every day at 5 pm post the sat phone numbers to #a").schedule.cron_expression == (
        "0 17 * * *"
    )


def test_a_vowel_for_a_vowel_in_a_long_word_is_mended():
    assert mend_typos("send a summery")[0] == "send a summary"
    assert mend_typos("sent")[0] == "sent"  # short words stay: a vowel there is another word


@pytest.mark.parametrize(
    "text",
    [
        "When a payment fails, retry by calling https://pay.example.com/api/retry.",
        "Every night at 1, back up the table by calling https://db.example.com/api/backup.",
    ],
)
def test_a_means_by_gerund_is_the_step(text):
    result = parse(text)
    assert result.actions[-1] == H
    assert not any("not one the parser knows" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Every day at 9 call https://a.example.com/x, then email a@example.com when it's done.",
        "Every day at 9 call https://a.example.com/x and email a@example.com once it has finished.",
    ],
)
def test_when_it_is_done_is_order_not_a_test(text):
    assert parse(text).actions == [H, E]


def test_as_soon_as_a_polled_thing_is_complete_stays_a_test():
    text = (
        "Every 5 minutes, poll https://a.example.com/jobs/1 and as soon as the job is complete,"
        " email r@example.com."
    )
    assert parse(text).actions == [H, C, E]


def test_for_bare_ones_after_a_comma_picks_a_subset():
    text = (
        "When a bug is filed, triage it by severity and, for critical ones, page the on-call"
        " webhook."
    )
    assert parse(text).actions == ["classify", C, W]


def test_someone_mentioning_a_thing_is_an_event_not_a_contains_test():
    text = "When someone mentions our brand on Twitter, email pr@example.com."
    assert parse(text).actions == [E]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I want to get an email at ops@example.com every morning at 7 with the number of"
            " failed jobs from https://jobs.example.com/api/failed.",
            [H, E],
        ),
        (
            "We'd like to receive a Slack message in #ops every Monday at 9 with the open"
            " tickets from https://desk.example.com/api/tickets.",
            [H, S],
        ),
    ],
)
def test_a_delivery_written_from_the_receiving_side(text, expected):
    result = parse(text)
    assert result.actions == expected
    assert result.confidence > 0.85


def test_a_word_the_clause_source_url_names_picks_nothing_more():
    text = "Every day at 7, email a@example.com the failed jobs from https://a.example.com/jobs/failed."
    result = parse(text)
    assert result.actions == [H, E]
    assert result.confidence > 0.85


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every Friday at 3, post a note to #team.", "0 15 * * 5"),
        ("Every night at 2, post a note to #team.", "0 2 * * *"),
        ("Every day at 7, post a note to #team.", "0 7 * * *"),
        ("Every day at 03:00, post a note to #team.", "0 3 * * *"),
    ],
)
def test_a_bare_hour_from_1_to_5_with_no_period_word_is_afternoon(text, expected):
    assert parse(text).schedule.cron_expression == expected


@pytest.mark.parametrize(
    "text",
    [
        "When a new signup comes from a .edu address, send it to the edu team webhook.",
        "When someone signs up with a gmail address, email sales@example.com.",
    ],
)
def test_a_trigger_from_an_address_tests_the_sender(text):
    result = parse(text)
    assert result.actions[0] == C
    assert result.steps[0].config["field"] == "$.email"
    assert result.confidence > 0.85


def test_a_restated_schedule_replaces_every_schedule_word_before_it():
    text = (
        "Each quarter... no, every month on the last business day? Let's say every month on the"
        " 28th at 5pm, post a note to #finance."
    )
    assert parse(text).schedule.cron_expression == "0 17 28 * *"


def test_lets_say_corrects_the_time_before_it():
    assert parse(
        "Every Monday at 9. Let's say 10am. Post a note to #team."
    ).schedule.cron_expression == ("0 10 * * 1")


@pytest.mark.parametrize("word", ["discord", "expert", "Discord"])
def test_words_one_vowel_from_a_target_that_are_words_stay(word):
    assert mend_typos(word)[0] == word


def test_a_kind_named_with_only_the_that_the_fetch_did_not_name_is_doubted():
    text = (
        "Every Friday at 3pm, grab the NPS responses from https://survey.example.com/api/nps and"
        " send the detractors to #cx."
    )
    result = parse(text)
    assert result.confidence <= 0.6
    assert any("'detractors'" in w for w in result.warnings)


def test_a_measure_of_what_was_fetched_is_the_whole():
    text = "Every day at 8am, fetch https://api.example.com/fx and post the rates to #treasury."
    assert parse(text).confidence > 0.9


def test_someone_mentioning_a_quoted_word_is_a_test():
    text = "When someone mentions 'outage' on Twitter, page the on-call webhook."
    assert parse(text).actions == [C, W]
