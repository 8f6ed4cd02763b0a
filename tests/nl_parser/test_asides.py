"""Talk about the request at either end of the text is no step (`nl_parser/asides.py`)."""

import pytest

from nl_parser.asides import blank_asides
from tests.nl_parser.reading import read

WEEKLY = (
    "every Friday at 4pm, pull open invoices from https://erp.example.com/api/open and email "
    "them to ar@example.com."
)


@pytest.mark.parametrize(
    "before",
    [
        "Can you set up a workflow for this: ",
        "Please set up the following: ",
        "Could you automate this for me? ",
        "New automation request: ",
        "Here's what I need: ",
        "Quick one: ",
        "Hey team, can you build something that does this? ",
        "Goal: I'd like a workflow: ",
    ],
)
def test_asking_before_the_instruction_makes_no_step(before):
    assert read(before + WEEKLY) == ("0 16 * * 5", ["http.request", "email.send"])


@pytest.mark.parametrize(
    "after",
    [
        " Let me know if anything is unclear.",
        " Is that possible?",
        " Can you set that up?",
        " Does that make sense? Thanks in advance!",
        " Happy to clarify if you have questions.",
    ],
)
def test_closing_talk_after_the_instruction_makes_no_step(after):
    assert read(WEEKLY.capitalize() + after) == ("0 16 * * 5", ["http.request", "email.send"])


def test_a_closing_that_asks_for_a_message_is_kept():
    # "Let me know if it fails." names a test and a delivery: no word of it is only asking.
    text = "Every night at 2, call https://backup.example.com/api/run. Let me know if it fails."
    assert blank_asides(text) == text


def test_a_heading_with_a_step_or_schedule_word_is_kept():
    for text in ("Every Monday: email the team.", "Summary please: of the week's tickets."):
        assert blank_asides(text) == text


def test_blanking_keeps_every_offset():
    text = "Quick one: email ops@example.com at 9. Thanks!"
    blanked = blank_asides(text)
    assert len(blanked) == len(text)
    assert blanked.strip().startswith("email ops@example.com at 9.")
