"""Round 76: a hold ended by a day or an hour ("hold the catalogue entry until Monday") is a wait
inside the run, not its schedule; a bare plural had ("if a tenant has arrears", "if a Northgate
Lettings tenant has arrears") is a test of the item, not an event; and a phrasal passive timed
after the step ("… whenever a kayak is brought back after 6pm") says which events count, as "is
returned after 6pm" does, with no daily schedule."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, W, R, WAIT = (
    "check_status",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "generate_report",
    "wait",
)

# "<hold|wait|pause> [the thing] until <day or hour>, then …": a timed wait, no schedule.
HELD_UNTIL = [
    (
        "When a lot is consigned to the spring sale, hold the catalogue entry until Monday, then"
        " push it to the catalogue webhook.",
        (None, [WAIT, W]),
    ),
    (
        "When an order ships, wait till Friday, then email the customer at c@example.com.",
        (None, [WAIT, E]),
    ),
    (
        "Whenever a planning application is lodged, hold the notice until Tuesday morning, then"
        " post it in #planning.",
        (None, [WAIT, S]),
    ),
    (
        "Once a booking is cancelled, pause until 9am, then text the guest via the SMS webhook.",
        (None, [WAIT, W]),
    ),
    (
        "When a new hire signs the contract, hold the welcome pack until Monday at 9am, then"
        " email it to hr@example.com.",
        (None, [WAIT, E]),
    ),
]

# The schedule of the run itself stays; only the hold's end is no schedule.
HELD_UNTIL_NEAR = [
    (
        "Every Friday at 4pm, compile the timesheet report, hold it until Monday, then email it to"
        " payroll@example.com.",
        ("0 16 * * 5", [R, WAIT, E]),
    ),
    (
        "From 7am until 7pm, every ten minutes, read the ice temperature at"
        " https://rink.example/api/surface; if it's warmer than -3°C, trigger the chiller webhook.",
        ("*/10 7-19 * * *", ["http.request", C, W]),
    ),
    ("Every Monday at 9am, email the rota to staff@example.com.", ("0 9 * * 1", [E])),
]

# "if <a (firm's) item> has <plural>": what it has is tested.
HAS_PLURAL = [
    "If a Northgate Lettings tenant has arrears, email them a reminder.",
    "If a tenant has arrears, email them a reminder.",
    "If a tenant has rent arrears, email the lettings manager at lm@example.com.",
    "If a Kestrel Rowing Club member has unpaid fees, email the treasurer at t@example.org.",
    "If a Harbour Lights guest has complaints, email the duty manager at dm@example.com.",
]

HAS_PLURAL_NEAR = [
    ("When a Northgate Lettings tenant moves in, email them the inventory.", (None, [E])),
    ("When a Harbour Lights booking arrives, email the manager at m@example.com.", (None, [E])),
]

# "<step> whenever <item> is <verb>ed back|in after <hour>": the hour tests the event.
PHRASAL_TIMED = [
    (
        "Whenever a kayak is brought back after 6pm, text the renter via the SMS webhook.",
        (None, [C, W]),
    ),
    (
        "Text the renter via the SMS webhook whenever a kayak is brought back after 6pm.",
        (None, [C, W]),
    ),
    ("Email the depot at d@example.com whenever a van is handed back after 7pm.", (None, [C, E])),
    ("Post in #front-desk whenever a key is brought back before 8am.", (None, [C, S])),
    (
        "Text the owner via the SMS webhook whenever a bike gets dropped off after 8pm.",
        (None, [C, W]),
    ),
    (
        "Whenever a library laptop is checked back in after 9pm, email it@example.org.",
        (None, [C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_UNTIL)
def test_a_hold_until_a_day_or_hour_is_a_wait_not_a_schedule(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), HELD_UNTIL_NEAR)
def test_the_runs_own_schedule_and_windows_are_unchanged(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", HAS_PLURAL)
def test_a_bare_plural_had_is_a_test(text):
    assert read(text)[0] is None
    assert read(text)[1] == [C, E]
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), HAS_PLURAL_NEAR)
def test_an_event_of_a_firms_item_stays_an_event(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), PHRASAL_TIMED)
def test_a_phrasal_passive_timed_tests_the_event_with_no_schedule(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []
