"""Round 93: "nothing goes to <place> until <someone approves>" is a wait for that signal; a time
said alone after a window of hours ("from 10am to 10pm — no, 11pm") moves the window's end, and a
reason told by its own subject inside the dashes ("…, we run late games now —") is no step; a
firm's "Co." or "Ltd." before a heading's dash ends no sentence ("Leafwright Tea Co. — …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, S, H, W = "check_status", "email.send", "slack.post_message", "http.request", "webhook.post"
SIGNAL = "wait_for_signal"

HELD_PLACES = [
    (
        "Granitehall Stonemasons: after a headstone inscription is drafted, nothing goes to the "
        "workshop until the family approves the wording; once they do, post the carving order "
        "to the workshop webhook and email the family a fitting date.",
        (None, [SIGNAL, W, E]),
    ),
    (
        "When a quote is prepared, nothing is sent to the client until the manager approves it; "
        "once she does, email the quote to the client and post a note in #sales.",
        (None, [SIGNAL, E, S]),
    ),
    (
        "Whenever a new blog draft lands in the CMS, nothing gets passed on to the newsletter "
        "team till the editor signs it off. Once she has, post it to the newsletter webhook.",
        (None, [SIGNAL, W]),
    ),
    (
        "After each invoice is generated, nothing goes over to the accounts team until the "
        "finance director approves it, then email it to accounts@ledgerly.example.",
        (None, [SIGNAL, E]),
    ),
    (
        "When a floor plan is uploaded, nothing goes to the print shop until the architect OKs "
        "it; once they do, trigger the print webhook and email the client a proof.",
        (None, [SIGNAL, W, E]),
    ),
]

_BOOKINGS = (
    "check the bookings at https://rooms.puzzlevault.example/api/bookings and post any group "
    "bigger than 8 players in #game-masters."
)
WINDOW_ENDS = [
    (
        "Puzzlevault Escape Rooms: on the hour from 10am to 10pm \u2014 no, 11pm, we run late "
        f"games now \u2014 {_BOOKINGS}",
        ("0 10-23 * * *", [H, C, S]),
    ),
    (
        "every 30 minutes between 8am and 6pm, sorry, 7pm, ping https://status.example.com/health "
        "and post it in #ops if it is down",
        ("*/30 8-19 * * *", [H, C, S]),
    ),
    (
        "Hourly from 9am to 5pm on weekdays \u2014 no, 6pm \u2014 fetch "
        "https://api.example.com/queue and email ops@example.com",
        ("0 9-18 * * 1-5", [H, E]),
    ),
    (
        "Every hour 7am-7pm, no wait, 9pm, pull https://x.example.com/orders and post new orders "
        "to #orders",
        ("0 7-21 * * *", [H, S]),
    ),
    (
        "On weekdays, hourly from 8:00 to 17:00 (no, 18:00), fetch https://x.example.com/jobs and "
        "post failed jobs in #builds",
        ("0 8-18 * * 1-5", [H, C, S]),
    ),
]

_STORY = (
    "a few subscribers complained last month that they kept getting 'your box is on its way' "
    "emails after telling us to stop. So: whenever a subscription box is dispatched, email the "
    "subscriber their tracking link, unless they've opted out of emails."
)
FIRM_DASHES = [
    (f"Leafwright Tea Co. \u2014 {_STORY}", (None, [C, E])),
    (
        "Hartwell Print Ltd. \u2014 two clients moaned last week that they kept getting proof "
        "reminders after approving the proof. So: whenever a proof is approved, post it to "
        "#press-room, unless it's marked as a draft.",
        (None, [C, S]),
    ),
    (
        "Copperline Bikes Inc. \u2013 riders told us recently that they kept receiving service "
        "nags after selling their bikes. So: whenever a bike is sold, email the rider a goodbye "
        "note, unless they've opted out of emails.",
        (None, [C, E]),
    ),
    (
        "Moss & Fern Pty. - customers complained that they kept getting texts after cancelling. "
        "Anyway: whenever an order is cancelled, send a message to the #refunds channel.",
        (None, [S]),
    ),
    (
        "Orchard Lane Cider Co. - we kept double-booking tastings last summer. So: whenever a "
        "tasting is booked, post it in #cellar-door.",
        (None, [S]),
    ),
]

RIGHT = HELD_PLACES + FIRM_DASHES

NEAR = [
    # No hold: the steps run as soon as the draft is made.
    (
        "after a headstone inscription is drafted, post the carving order to the workshop "
        "webhook and email the family a fitting date.",
        (None, [W, E]),
    ),
    (
        "When a quote is prepared, email the quote to the client and post a note in #sales.",
        (None, [E, S]),
    ),
    ("Nothing goes out until the editor signs it off; then post it in #news", (None, [SIGNAL, S])),
    # No one lets it go at the "until": the signal is the "once" after it, read once.
    (
        "When a layout is finished, nothing goes to the printers until Sam has proofread the "
        "pages on screen. Once he confirms, post the job to the print webhook.",
        (None, [SIGNAL, W]),
    ),
    # No window: the time alone replaces the time.
    ("every day at 10pm, no, 11pm, email the sales total to boss@example.com", ("0 23 * * *", [E])),
    # The window's end named with "till" moves it, as before.
    (
        "every hour from 6am to 9pm, actually till 10pm, fetch https://x.example.com/a and post "
        "it in #a",
        ("0 6-22 * * *", [H, S]),
    ),
    # A firm's "Ltd." before a capital still ends a sentence.
    (
        "We are Fenwick Ltd. Email the weekly summary to ops@fenwick.example every Monday at 8am.",
        ("0 8 * * 1", [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RIGHT + WINDOW_ENDS)
def test_read_as_the_construction_says(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_right_answers_are_confident_and_carry_no_doubt(text, expected):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), WINDOW_ENDS)
def test_a_moved_window_end_is_the_one_doubt(text, expected):
    # A self-correction always says what it replaced; the end kept raises no other doubt.
    assert confidence_of(text) >= 0.7
    doubts = doubts_of(text)
    assert len(doubts) == 1
    assert "as a correction of" in doubts[0]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
