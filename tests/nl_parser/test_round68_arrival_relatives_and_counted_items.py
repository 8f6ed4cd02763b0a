"""Round 68: a relative clause that says where the items arrive ("every message that lands in
help@…") is part of the subject, not a delivery; a sentence that counts the items at hand
("there are about 2,000 complaint emails from June to August") dates the items, not the run."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

K, C, E, S, W = "classify", "check_status", "email.send", "slack.post_message", "webhook.post"
R, X, M = "generate_report", "extract", "summarize"

# "<items> that lands in / arrives at / comes into / reaches <address> should be <done> …": the
# verb of the relative clause is the items', and the address is where they come in; the duty
# after the modal is the step.
ARRIVAL_RELATIVES = [
    (
        "Every message that lands in help@example-quillandbarrel.com should be triaged as"
        " billing, technical or other. Billing ones get posted in #accounts; anything else goes"
        " to the helpdesk webhook.",
        (None, [K, C, S, C, W]),
    ),
    (
        "Any email which arrives at orders@example-pennyfarthing.co.uk must be categorised as"
        " refund, exchange or question. Refund ones get posted in #returns; the rest go to the"
        " ops webhook.",
        (None, [K, C, S, C, W]),
    ),
    (
        "All mail that comes into jobs@example-hartwell.com needs to be sorted into"
        " applications, enquiries or spam, and applications get forwarded to #hiring.",
        (None, [K, C, S]),
    ),
    (
        "Each enquiry that reaches hello@example-lumenstudio.com is to be labelled as booking,"
        " press or other; press ones go to press@example-lumenstudio.com.",
        (None, [K, C, E]),
    ),
    (
        "Tickets that land in support@example-gridline.io should be tagged as urgent or routine."
        " Urgent ones go to #oncall.",
        (None, [K, C, S]),
    ),
    (
        "Every booking request that arrives at stay@example-kelpiehouse.scot needs to be graded"
        " as high, medium or low. High ones go to #front-desk.",
        (None, [K, C, S]),
    ),
]

# The same words with no relative clause, or a place a step must reach, keep their reading.
ARRIVAL_UNCHANGED = [
    (
        "Every message should be triaged as billing, technical or other. Billing ones get posted"
        " in #accounts.",
        (None, [K, C, S]),
    ),
    ("Anything that fails should go to #billing.", (None, [C, S])),
    ("Urgent tickets land in #oncall; everything else goes to #support.", (None, [C, S, C, S])),
    (
        "When an email arrives at help@example-quillandbarrel.com, triage it as billing,"
        " technical or other. Billing ones get posted in #accounts.",
        (None, [K, C, S]),
    ),
]

# "there are (about) N <items> <when>": the items at hand, counted; the months are theirs.
COUNTED_ITEMS = [
    (
        "Our summer timetable was a mess and the complaints piled up. One-off job for Tidewater"
        " Ferries: there are about 2,000 passenger complaint emails from June to August. Sort"
        " each one into delay, staff, cleanliness or booking, generate a report on the"
        " breakdown, and put it in #customer-experience.",
        (None, [K, R, S]),
    ),
    (
        "One-off for Marlow Dental: there are roughly 600 patient feedback forms from"
        " January to March. Classify each as praise, complaint or suggestion and email the"
        " counts to practice@example-marlowdental.co.uk.",
        (None, [K, E]),
    ),
    (
        "There were around 1,500 support chats in October. Summarise them and post the summary"
        " in #support-leads.",
        (None, [M, S]),
    ),
    (
        "There are 300 scanned delivery notes from April through June. Extract the supplier and"
        " total from each and send them to the ledger webhook.",
        (None, [X, W]),
    ),
    (
        "There are about 900 survey responses from May to July. Sort each one into positive,"
        " neutral or negative and put the breakdown in #research.",
        (None, [K, S]),
    ),
]

# Months that say when the run happens, not which items, keep making the schedule.
COUNTED_UNCHANGED = [
    (
        "From June to August, every Monday at 9am, post the ferry timetable in #ops.",
        ("0 9 * 6-8 1", [S]),
    ),
    (
        "Every day at 7am from May to September, fetch https://tides.example.com/api/today and"
        " post it in #harbour.",
        ("0 7 * 5-9 *", ["http.request", S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARRIVAL_RELATIVES + COUNTED_ITEMS)
def test_read_as_the_construction(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), ARRIVAL_UNCHANGED + COUNTED_UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected


def test_a_place_a_step_must_reach_is_sent_to():
    # "lands in" outside a relative clause says where something must go: made sure of, it is
    # sent there (round 77: "make sure X lands in <place>" is a delivery of X).
    text = "Make sure the weekly report lands in ceo@example-corbel.com every Monday at 8am."
    assert read(text) == ("0 8 * * 1", ["email.send"])
    assert doubts_of(text) == []
