"""Round 69: a made thing "done" is made ("could you do a one-off recap of …"); the people it is
made for may be named with a long name ("for the Hillcrest Housing Co-op board"); and a
sentence that says on which one day they meet ("They meet on Thursday.") is when it is wanted
by, not when it runs."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, M, R, E, S = "http.request", "summarize", "generate_report", "email.send", "slack.post_message"
LISTED = {"availableTools": ["http.request", "email.send"]}

# "do a <made thing> of <data> for <people>. <They> meet on <one day>.": made, sent by the one
# medium listed, and run once.
DONE_FOR_PEOPLE_WHO_MEET = [
    (
        "Could you do a one-off recap of last quarter's maintenance call-outs for the Hillcrest"
        " Housing Co-op board? They meet on Thursday.",
        (None, [H, M, E]),
    ),
    (
        "Can you do a one-off summary of last month's fundraising takings for the Millbrook"
        " Allotment Society committee? They're meeting next Tuesday.",
        (None, [H, M, E]),
    ),
    (
        "Could you do a quick rundown of this year's volunteer hours for the Riverside Food Bank"
        " board? We meet this Friday.",
        (None, [H, M, E]),
    ),
    (
        "I'd like a one-off report of last month's boiler faults for the Oakfield Tenants"
        " Association trustees. They convene on Monday.",
        (None, [H, R, E]),
    ),
    (
        "Please do me a one-off digest of last week's safeguarding incidents for the governors."
        " The governors meet on Wednesday.",
        (None, [H, M, E]),
    ),
    (
        "Summarise last month's support tickets for the Acme Widgets leadership team.",
        (None, [H, M, E]),
    ),
]

# A day that may be the run's own, a meeting day beside a cadence, and "do" with no made thing
# keep their reading.
DONE_UNCHANGED = [
    ("Email the agenda to board@example.com on Thursday.", ("0 9 * * 4", [E])),
    (
        "Every week email the agenda to board@example.com. The board meets on Thursday.",
        ("0 9 * * 4", [E]),
    ),
    (
        "Every Thursday at 9am email the agenda to board@example.com. They meet on Thursdays.",
        ("0 9 * * 4", [E]),
    ),
    ("Could you do a check of the orders at https://api.example.com/orders?", (None, [H])),
    (
        "Could you write a one-off recap of last quarter's call-outs for the board?",
        (None, [H, M, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DONE_FOR_PEOPLE_WHO_MEET)
def test_made_things_done_for_people_who_meet(text, expected):
    assert read(text, LISTED) == expected
    assert confidence_of(text, LISTED) >= 0.7
    assert not doubts_of(text, LISTED)


@pytest.mark.parametrize(("text", "expected"), DONE_UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text, LISTED) == expected
