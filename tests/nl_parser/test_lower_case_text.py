"""Text typed all in lower case: "may" as a month in a list or at a range's end, and a lone
letter's full stop ("e. coli") that ends no sentence."""

import pytest

from tests.nl_parser.reading import cron_of, read

C, S, W = "check_status", "slack.post_message", "webhook.post"


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "greenhouse, march to may: every 30 minutes check https://gh.example.com/api/temp",
            "*/30 * * 3-5 *",
        ),
        ("(february through may) at 6am email the lambing rota to farm@example.com", "0 6 * 2-5 *"),
        (
            "on the 2nd of january, may and september at 10:00 email the audit notice to a@x.org",
            "0 10 2 1,5,9 *",
        ),
        ("every friday at 4pm email the team so they may plan the week", "0 16 * * 5"),
    ],
)
def test_lower_case_may_is_the_month_only_beside_other_months(text, cron):
    assert cron_of(text) == cron


def test_a_lone_lower_case_letter_with_a_full_stop_ends_no_sentence():
    text = (
        "when the lab reports e. coli above the safe limit at a beach, post an advisory in "
        "#lifeguards and send it to the signage webhook"
    )
    assert read(text) == (None, [C, S, W])


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "in april and may, every 15 minutes from 1am to 7am, read https://x.example.com/frost",
            "*/15 1-7 * 4,5 *",
        ),
        ("At 15 mins past every hour, fetch https://x.example.com/api/delays", "15 * * * *"),
        ("at 20 min past every hour, fetch https://x.example.com/api/delays", "20 * * * *"),
    ],
)
def test_the_last_month_of_a_list_and_minutes_written_short(text, cron):
    assert cron_of(text) == cron
