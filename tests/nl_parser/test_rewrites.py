"""A right answer stays right when the instruction is asked another way (`rewrites.py`)."""

import json
from pathlib import Path

import pytest

from nl_parser.rewrites import REWRITES, flips

PUBLIC = Path(__file__).resolve().parents[3] / "shared" / "nl_eval" / "public.jsonl"
DEV = Path(__file__).resolve().parent / "data" / "dev.jsonl"


def _cases() -> list[dict]:
    paths = [p for p in (PUBLIC, DEV) if p.exists()]
    return [json.loads(line) for p in paths for line in p.read_text().splitlines() if line.strip()]


CASES = _cases()


@pytest.mark.parametrize("name", list(REWRITES))
def test_a_rewrite_keeps_every_right_answer(name):
    assert flips(CASES, name) == []


def test_a_rewrite_that_changes_meaning_is_caught():
    # The check can fail: dropping "if it is down" changes the answer, and flips() says so.
    text = "Every 5 minutes, check https://a.example.com/up and email a@b.co if it is down."
    actions = ["http.request", "check_status", "email.send"]
    case = {"instruction": text, "expect": {"cron": "*/5 * * * *", "actions": actions}}
    REWRITES["(test) drop the test"] = lambda s: s.replace(" if it is down", "")
    try:
        assert len(flips([case], "(test) drop the test")) == 1
    finally:
        del REWRITES["(test) drop the test"]
