"""Round 30: a colon that ends a trigger, a wish opened by "if", a request after a comma, the
reason after a correction, and a period's figures sent with no source named."""

from tests.nl_parser.reading import read


def test_a_colon_after_a_trigger_ends_it_before_a_fixed_wait():
    text = (
        "whenever a backup completes: wait 10 minutes for the checksum job;"
        " GET https://backup.example.com/api/verify; post it to #storage"
    )
    assert read(text) == (None, ["wait", "http.request", "slack.post_message"])


def test_a_colon_after_a_trigger_before_a_delivery_is_read_as_before():
    text = "whenever a deploy completes: post the release notes to #deploys"
    assert read(text) == (None, ["slack.post_message"])


def test_a_wish_opened_by_if_asks_for_the_step_and_tests_nothing():
    text = (
        "I'd really appreciate it if the payroll summary could be sent to hr@example.com"
        " every Friday at 4pm."
    )
    assert read(text) == ("0 16 * * 5", ["email.send"])
    text = "It would be great if you could post the standup notes in #team every weekday at 9:30."
    assert read(text) == ("30 9 * * 1-5", ["slack.post_message"])


def test_a_real_if_still_tests():
    text = "Every Friday at 4pm, email hr@example.com if the payroll export failed."
    assert read(text) == ("0 16 * * 5", ["http.request", "check_status", "email.send"])


def test_a_request_after_a_comma_leaves_its_verb_to_start_the_step():
    text = (
        "Every Sunday at 6pm during the league, which runs April to August, can you grab the"
        " week's fixtures and email them to the coaches?"
    )
    assert read(text) == ("0 18 * 4-8 0", ["http.request", "email.send"])


def test_a_request_to_set_up_the_workflow_after_a_greeting_is_still_read_whole():
    text = (
        "Hey, could you set it up so every weekday at 8 the bot pulls open alerts from"
        " https://alerts.example.com/api/open and posts a summary in #sre?"
    )
    assert read(text) == ("0 8 * * 1-5", ["http.request", "summarize", "slack.post_message"])


def test_the_reason_after_a_correction_names_no_day_of_the_schedule():
    text = (
        "Every Tuesday at 9am, post the menu in #kitchen - actually, make that Wednesdays at"
        " 9am, the chef shops on Tuesdays."
    )
    assert read(text) == ("0 9 * * 3", ["slack.post_message"])


def test_a_periods_figures_with_no_source_are_fetched_first():
    text = "Every Friday at 5pm, email the finance team this week's refund totals."
    assert read(text) == ("0 17 * * 5", ["http.request", "email.send"])


def test_a_periods_rota_is_sent_as_it_is():
    text = "Every Friday at 5pm, post next week's cleaning rota in #office."
    assert read(text) == ("0 17 * * 5", ["slack.post_message"])
