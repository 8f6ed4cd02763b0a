""" "trigger" is a known verb (a call, or a delivery when its object is a webhook) and "bother"
is a delivery ("only bother #x if …"): both start their own step."""

import pytest

from tests.nl_parser.reading import read

H, C, S, W = "http.request", "check_status", "slack.post_message", "webhook.post"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the nightly backup fails, trigger the on-call webhook.", (None, [C, W])),
        (
            "Every hour check https://x.example.com/health and trigger the pager webhook if it "
            "is down.",
            ("0 * * * *", [H, C, W]),
        ),
        (
            "When a PR is merged, trigger https://ci.example.com/hooks/deploy and post in #ship.",
            (None, [H, S]),
        ),
        (
            "Every night at 2am, trigger the rebuild at https://ci.example.com/api/rebuild.",
            ("0 2 * * *", [H]),
        ),
        (
            "every 3 hrs hit https://api.example.io/v2/health, only bother #eng if it isn't "
            "returning 200",
            ("0 */3 * * *", [H, C, S]),
        ),
    ],
)
def test_trigger_calls_or_delivers_and_bother_delivers(text, expected):
    assert read(text) == expected
