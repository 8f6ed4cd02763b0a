"""Round 81: a clock time or a day inside a story told in the past ("until a guest rang down at
2am", "last Saturday we ran out by 10am") is when the trouble happened, not when the workflow
runs; the request after it keeps its own trigger ("whenever …" makes it event-driven) or its own
schedule. A story told in the present ("We meet every Monday at 10.") may still be the run's."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, E, S, W = "http.request", "check_status", "email.send", "slack.post_message", "webhook.post"

TIMES_IN_PAST_STORIES = [
    (
        "Our night porter at the Halyard Hotel didn't hear about a flooded bathroom on the third"
        " floor until a guest rang down at 2am \u2014 not a great look. From now on, whenever a"
        " room's leak sensor reports its status as 'wet', page him through the pager webhook and"
        " email maintenance@halyardhotel.example too.",
        {"availableTools": [W, E]},
        (None, [C, W, E]),
    ),
    (
        "Honestly, last Saturday we ran out of oat milk by 10am and nobody told me until a"
        " regular complained. For Steamwhistle Caf\u00e9: whenever oat milk stock drops below 6"
        " cartons, email me at manager@steamwhistlecafe.example and post in #baristas. Thanks!",
        {},
        (None, [C, E, S]),
    ),
    (
        "Yesterday our walk-in freezer alarm went off at 3am and nobody heard it. Whenever the"
        " freezer temperature rises above -15, post in #kitchen and email chef@bistro.example.",
        {},
        (None, [C, S, E]),
    ),
    (
        "Last Tuesday the dispatch desk missed an urgent order until 6pm because nobody checked"
        " the queue. From now on, when an order is marked 'urgent', email"
        " dispatch@vanline.example and post in #dispatch.",
        {},
        (None, [C, E, S]),
    ),
    (
        "Our caretaker didn't spot the boiler fault until a tenant called at 6:30am on Sunday."
        " Going forward, whenever the boiler reports its status as 'fault', email"
        " caretaker@elmcourt.example.",
        {"availableTools": [E]},
        (None, [C, E]),
    ),
    (
        "Frankly, last Thursday the cold room sat at 9 degrees from 4pm until close. Whenever the"
        " cold room temperature goes above 5, post in #kitchen.",
        {},
        (None, [C, S]),
    ),
    (
        "Last Saturday we ran out of oat milk by 10am. Every morning at 7, check the stock and"
        " email me at manager@steamwhistlecafe.example if oat milk is below 6 cartons.",
        {},
        ("0 7 * * *", [H, C, E]),
    ),
]

# Near cases that must read as before.
UNCHANGED = [
    (
        "Whenever oat milk stock drops below 6 cartons, email me at"
        " manager@steamwhistlecafe.example and post in #baristas.",
        {},
        (None, [C, E, S]),
    ),
    (
        "Every day at 10am, if oat milk stock is below 6 cartons, email"
        " manager@steamwhistlecafe.example.",
        {},
        ("0 10 * * *", [H, C, E]),
    ),
    # A story told in the present with its cadence may be the run's schedule.
    ("We meet every Monday at 10. Email me the agenda.", {}, ("0 10 * * 1", [E])),
    (
        "Two weeks ago a customer waited until 11pm for a reply to a refund request, which was"
        " awful. Whenever a refund request comes in, post it in #support and email"
        " refunds@shopfront.example.",
        {},
        (None, [S, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), TIMES_IN_PAST_STORIES + UNCHANGED)
def test_reads_cron_and_actions(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context"), [(t, c) for t, c, _ in TIMES_IN_PAST_STORIES])
def test_right_answers_are_confident(text, context):
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "not understood" in d]
