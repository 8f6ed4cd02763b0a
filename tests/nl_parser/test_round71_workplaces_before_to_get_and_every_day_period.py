"""Round 71: where people work, named before "to get" / "to receive" ("I'd like the shift leads at
Strikezone Bowl to get …") or after a team word that is a whole word ("the front desk team at
Harbor Yoga"), says who they are and is no step; and "every Sunday evening" after a clock time is
one schedule phrase, so its "every" is not left in front of the request."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, H, SUM = "email.send", "http.request", "summarize"
EMAIL = {"availableTools": ["http.request", "email.send"]}

# People, where they work, then "to get" / "to receive" after a wish whose object they are.
WORKPLACE_BEFORE_TO_GET = [
    (
        "Mondays at 8:05 I'd like the shift leads at Strikezone Bowl to get a short summary of"
        " last week's lane bookings.",
        ("5 8 * * 1", [H, SUM, E]),
    ),
    (
        "Every Friday at 4pm I'd like the kitchen crew at Olive Branch Bistro to get a summary of"
        " this week's food waste logs.",
        ("0 16 * * 5", [H, SUM, E]),
    ),
    (
        "On Tuesdays at 10am I'd like the front desk team at Harbor Yoga to get a short summary of"
        " last week's class signups.",
        ("0 10 * * 2", [H, SUM, E]),
    ),
    (
        "Every morning at 6 we'd like the shift leads from Baxter Mill to receive a quick summary"
        " of yesterday's machine faults.",
        ("0 6 * * *", [H, SUM, E]),
    ),
    (
        "At 5pm each weekday we want the support staff at Pinecrest Library to receive a digest of"
        " the day's room bookings.",
        ("0 17 * * 1-5", [H, SUM, E]),
    ),
    (
        "Could the warehouse crew at Dockside Freight get a summary of yesterday's deliveries"
        " every morning at 7?",
        ("0 7 * * *", [H, SUM, E]),
    ),
]

# "every <day> <period>" after a clock time: the whole phrase is the schedule's.
EVERY_DAY_AND_PERIOD = [
    (
        "At half past six every Sunday evening I'd love a recap of the week at Crux Bouldering Gym"
        " (new problems set, busiest hours, check-ins) sent over to the route setters.",
        ("30 18 * * 0", [H, SUM, E]),
    ),
    (
        "At 7:15 every Friday morning I'd like a summary of the week's orders emailed to the"
        " owners.",
        ("15 7 * * 5", [H, SUM, E]),
    ),
    (
        "At 9 every Saturday night please send a recap of the night's bookings to the managers.",
        ("0 21 * * 6", [H, SUM, E]),
    ),
    (
        "Every Sunday evening at 6:30 I'd like a recap of the week's climbs sent to the route"
        " setters.",
        ("30 18 * * 0", [H, SUM, E]),
    ),
    (
        "At quarter past five each Thursday afternoon I'd like a digest of the day's check-ins"
        " sent to the coaches.",
        ("15 17 * * 4", [H, SUM, E]),
    ),
]

# The same without the workplace, or without "every", reads as it did.
NEAR_CASES = [
    (
        "Every Friday at 4pm I'd like the kitchen crew to get a summary of this week's food waste"
        " logs.",
        ("0 16 * * 5", [H, SUM, E]),
    ),
    (
        "Mondays at 8:05 the shift leads should get a short summary of last week's lane bookings.",
        ("5 8 * * 1", [H, SUM, E]),
    ),
    (
        "At 6:30 every Sunday email a recap of the week's climbs to the route setters.",
        ("30 6 * * 0", [H, SUM, E]),
    ),
    (
        "At 6:30 on Sunday evening email a recap of the week's climbs to the route setters.",
        ("30 18 * * 0", [H, SUM, E]),
    ),
    ("Every Monday at 9 email the orders from Shopify to the warehouse.", ("0 9 * * 1", [E])),
]


@pytest.mark.parametrize(("text", "expected"), WORKPLACE_BEFORE_TO_GET + EVERY_DAY_AND_PERIOD)
def test_the_construction_reads_right_and_sure(text, expected):
    assert read(text, EMAIL) == expected
    assert confidence_of(text, EMAIL) >= 0.7
    assert not any("not understood" in d for d in doubts_of(text, EMAIL))


@pytest.mark.parametrize(("text", "expected"), NEAR_CASES)
def test_near_cases_read_as_before(text, expected):
    assert read(text, EMAIL) == expected


def test_every_other_day_and_period_still_warns():
    text = "At 6:30 every other Sunday evening email a recap of the week to the route setters."
    assert read(text, EMAIL)[0] == "30 18 * * 0"
    assert any("other" in d for d in doubts_of(text, EMAIL))
