"""Phone and chat spellings read as their plain forms (`nl_parser/surface.py`)."""

import pytest

from nl_parser.surface import plain_surface
from tests.nl_parser.reading import read


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("tagged \u2018vip\u2019 or \u201curgent\u201d", "tagged 'vip' or \"urgent\""),
        ("fetch it & email it", "fetch it and email it"),
        ("R&D and AT&T", "R&D and AT&T"),
        ("email  the   team", "email the team"),
        ("pls post it", "please post it"),
        ("at 6:30 p.m. post it", "at 6:30 pm post it"),
        ("at 6:30 p.m. Thanks", "at 6:30 pm. Thanks"),
        ("at 8 a.m. Sydney time", "at 8 am Sydney time"),
        ("make it 6 a.m..", "make it 6 am."),
        ("thanks \U0001f64f\u2705", "thanks"),
    ],
)
def test_spellings_are_made_plain(written, plain):
    assert plain_surface(written) == plain


def test_an_ampersand_joins_steps_as_and_does():
    text = "every weekday at 7 pull https://erp.example.com/api/late & email it to ops@example.com"
    assert read(text) == ("0 7 * * 1-5", ["http.request", "email.send"])


def test_a_curly_quoted_value_is_still_a_test():
    text = "Whenever a lead\u2019s status changes to \u2018qualified\u2019, email ae@example.com."
    assert read(text) == (None, ["check_status", "email.send"])


def test_a_dotted_pm_correction_replaces_the_time():
    text = "Every Saturday at 5 a.m., send the crossword to the subscribers webhook. No, 6 a.m.."
    assert read(text) == ("0 6 * * 6", ["webhook.post"])


def test_please_before_a_request_is_no_step():
    text = (
        "pls can u set up something that pings https://a.example.com/up hourly "
        "& tells #ops if it's down"
    )
    assert read(text) == ("0 * * * *", ["http.request", "check_status", "slack.post_message"])
