"""Text written all in lower case, 12-hour corrections of 24-hour times, and 24-hour windows."""

import pytest

from tests.nl_parser.reading import cron_of, read

H, S, E, W, C = "http.request", "slack.post_message", "email.send", "webhook.post", "check_status"


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("every friday at 7am from may through august, post the rota in #pool.", "0 7 * 5-8 5"),
        ("on 3 may and 3 june at 10:00, post the audit note in #audit.", "0 10 3 5,6 *"),
        ("post the rota in #crew every day at 8am in may.", "0 8 * 5 *"),
        ("post the rota in #crew at 8am on may 4th.", "0 8 4 5 *"),
    ],
)
def test_a_lower_case_may_beside_a_date_or_a_range_is_the_month(text, cron):
    assert cron_of(text) == cron


@pytest.mark.parametrize(
    "text",
    [
        "every day at 8am post the rota in #crew; some shifts may change.",
        "every day at 8am post the rota in #crew, the crew may 2 hours late.",
    ],
)
def test_a_lower_case_may_that_is_a_verb_is_no_month(text):
    assert cron_of(text) == "0 8 * * *"


def test_a_lower_case_name_reporting_a_thing_is_an_event():
    actions = read("when shopify reports a chargeback, summarize it and email it to ar@x.io.")[1]
    assert actions == ["summarize", E]


def test_a_pronoun_reporting_a_thing_is_still_a_test():
    assert read("fetch https://x.io/health hourly; if it reports an error, post in #ops.")[1] == [
        H,
        C,
        S,
    ]


def test_a_lower_case_form_number_names_the_form():
    assert read("when a contractor uploads an i-9, extract the name and email hr@x.io.")[1] == [
        "extract",
        E,
    ]


def test_a_lower_case_ly_name_after_through_is_no_manner():
    text = "whenever a guest pays through weebly, email the receipt to shop@x.io."
    assert read(text)[1] == [E]


def test_a_lower_case_ly_adverb_still_says_which_events():
    assert read("whenever a guest pays partially, email shop@x.io.")[1] == [C, E]


def test_a_lower_case_place_after_from_picks_the_fetched_items():
    text = "every hour, fetch https://x.io/orders and send orders from france to the eu webhook."
    assert read(text)[1] == [H, C, W]


def test_a_time_after_from_picks_no_place():
    text = "every hour, fetch https://x.io/orders and send orders from yesterday to the eu webhook."
    assert read(text)[1] == [H, W]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("Post the rota in #crew every Monday at 14:00 — actually make it 2:45.", "45 14 * * 1"),
        ("Post the rota in #crew every Monday at 19:00, no wait, 6:15.", "15 18 * * 1"),
        ("Post the rota in #crew every Monday at 19:00, actually 6.", "0 18 * * 1"),
    ],
)
def test_a_12_hour_correction_of_a_24_hour_time_is_the_nearer_hour(text, cron):
    assert cron_of(text) == cron


def test_a_12_hour_correction_of_a_morning_time_stays_in_the_morning():
    assert cron_of("Post the rota in #crew every Monday at 08:00 — actually 9:15.") == "15 9 * * 1"


def test_24_hour_times_in_brackets_are_no_list_markers():
    text = "Three times a day (06:00, 12:00 and 18:00) fetch https://x.io/tides and post in #dock."
    assert read(text) == ("0 6,12,18 * * *", [H, S])


def test_a_numbered_step_after_a_colon_is_still_a_marker():
    text = "Every day at 9am: 1) fetch https://x.io/tides 2) post them in #dock"
    assert read(text) == ("0 9 * * *", [H, S])


@pytest.mark.parametrize(
    "text",
    [
        "pump check, every 3 hrs 06:00-18:00: GET https://x.io/pump and post in #plant",
        "every 3 hours during shifts, 06:00 to 18:00, fetch https://x.io/pump and post in #plant",
    ],
)
def test_two_24_hour_times_bound_an_interval(text):
    assert cron_of(text) == "0 6-18/3 * * *"


def test_a_day_range_after_an_address_keeps_the_fetch():
    text = "Summarize the incidents from https://x.io/incidents Tuesday to Thursday at 8:15."
    assert read(text) == ("15 8 * * 2-4", [H, "summarize"])


def test_a_bare_but_takes_a_day_from_a_range():
    assert cron_of("Monday to Saturday but Saturday at 7am, post the rota in #crew.") == (
        "0 7 * * 1-5"
    )


def test_the_hour_of_a_deadline_is_no_run_time():
    text = "Remind #crew that the logs are due by Monday 9am every Friday at 4pm."
    assert cron_of(text) == "0 16 * * 5"
