"""Round 86: a request for the workflow opening any later sentence ("…. Can you set it up so
that …", "Embarrassing. Could you set up something that, …") is no step, whatever was told
before it; under a background label a present telling joined by "and" to where the data sits
is story, as is what is told after it (", but the volunteers keep missing …"); a thing at its
address said to be "our source of truth" names a source; "it (also) <verb>s" after the request's
"it" is the workflow again; a sentence that only judges the story ("Embarrassing.") is story;
and "If it could also post …, that'd be amazing." asks for one more step, testing nothing."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, CS, E, S = "http.request", "check_status", "email.send", "slack.post_message"
HS = {"availableTools": [H, S]}
HES = {"availableTools": [H, E, S]}

# "<story, with where the data sits>. Can you set it up so that <time> it <verb>s …, and if
# <test> it also <verb>s …?"
REQUEST_AFTER_A_STORY = [
    (
        "Bit of background: we run public stargazing nights and the booking system at"
        " https://bookings.kelderridgeobservatory.org/api/nights is our source of truth, but the"
        " volunteers keep missing late changes. Can you set it up so that at 15:00 every day it"
        " pulls tonight's bookings from there and emails them to"
        " volunteers@kelderridgeobservatory.org, and if fewer than 10 people are booked it also"
        " posts a heads-up in #stargazing?",
        {},
        ("0 15 * * *", [H, E, CS, S]),
    ),
    (
        "Some context: we host pottery classes for beginners and the sign-up sheet at"
        " https://api.claycorner.example/signups is our master list, but the teachers never"
        " check it. Could you set it up so that every Monday at 8am it fetches this week's"
        " signups from there and emails them to teachers@claycorner.example?",
        {},
        ("0 8 * * 1", [H, E]),
    ),
    (
        "Background: we run a food bank and the stock tracker at https://stock.example.org/api"
        " is our source of truth. Can you set it up so that at 6pm every weekday it pulls"
        " today's levels from there and posts them in #stock, and if any shelf is below 5 it"
        " also emails me@example.org?",
        {},
        ("0 18 * * 1-5", [H, S, CS, E]),
    ),
    (
        "Our club lost a fixture list last season, which was a pain. The fixtures live at"
        " https://api.example-fc.org/fixtures. Could you set it up so that every Friday at 5pm"
        " it pulls next week's fixtures from there and posts them in #players?",
        {},
        ("0 17 * * 5", [H, S]),
    ),
    (
        "Our office manager keeps forgetting to book the cleaners, and last week nobody came."
        " Annoying. Could you set up something that, every Tuesday at 9am, reads the rota at"
        " https://rota.example.com/api/week and pings #office if any day is empty?",
        HS,
        ("0 9 * * 2", [H, CS, S]),
    ),
    (
        "Our taproom manager keeps forgetting to reorder kegs, and last Friday we ran dry of"
        " the pilsner halfway through trivia night. Embarrassing. Could you set up something"
        " that, every Thursday at 2pm, reads the keg tracker at"
        " https://kegs.northbrew.co/api/levels and pings #taproom if any keg is below 20%?"
        " Thanks a ton.",
        HS,
        ("0 14 * * 4", [H, CS, S]),
    ),
    (
        "Last month our greenhouse got far too hot while everyone was away. Not great! Can you"
        " set up something that every hour reads the sensor at https://gh.example.com/api/temp"
        " and posts in #growers if it is above 30?",
        HS,
        ("0 * * * *", [H, CS, S]),
    ),
    (
        "We sell candles at weekend markets and the stall keeps running out of the lavender"
        " ones. Really frustrating. Could you set up something that, each Friday at 4pm, reads"
        " the stock sheet at https://stock.example.net/api/candles and emails me@example.net"
        " if any scent is below 12?",
        {"availableTools": [H, E]},
        ("0 16 * * 5", [H, CS, E]),
    ),
]

# "If it could also <verb> …, that'd be amazing.": one more step asked for.
PRAISED_WISH = [
    (
        "Hi! I run the front desk at a dental practice and we lose so much time every morning."
        " What I'd love: at 7:10 sharp Monday to Friday, pull today's appointments from"
        " https://api.brightsmile-dental.com/schedule/today and email them to"
        " hygienists@brightsmile-dental.com. If it could also post the same list in #front-desk"
        " that'd be amazing. Is that possible?",
        HES,
        ("10 7 * * 1-5", [H, E, S]),
    ),
    (
        "Every weekday at 8am, pull the day's deliveries from https://api.example.com/deliveries"
        " and post them in #drivers. If you could also email them to ops@example.com, that would"
        " be great.",
        HES,
        ("0 8 * * 1-5", [H, S, E]),
    ),
    (
        "At 6pm every Friday, fetch the week's sales from https://shop.example.com/api/sales and"
        " email them to owner@example.com. If it could post them in #team too, I'd be grateful.",
        HES,
        ("0 18 * * 5", [H, E, S]),
    ),
    (
        "Each morning at 9, pull the open tickets from https://desk.example.com/api/open and post"
        " them in #support. If someone could also email them to lead@example.com that'd be a"
        " huge help!",
        HES,
        ("0 9 * * *", [H, S, E]),
    ),
    (
        "Every Monday at 10, get last week's signups from https://api.example.io/signups and"
        " email them to growth@example.io. If it could also drop them in #growth, that would be"
        " brilliant.",
        HES,
        ("0 10 * * 1", [H, E, S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), REQUEST_AFTER_A_STORY + PRAISED_WISH)
def test_the_request_after_talk_and_a_praised_wish_make_only_the_steps(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)
    assert confidence_of(text, context) >= 0.7


# Near cases that keep their reading.
def test_a_real_if_with_a_state_still_tests():
    text = (
        "Every weekday at 8am, pull the orders from https://api.example.com/orders and, if any"
        " order is over $500, post it in #sales."
    )
    assert read(text) == ("0 8 * * 1-5", [H, CS, S])


def test_it_as_a_thing_after_a_request_is_left_alone():
    text = (
        "Can you set it up so that every day at 9 it pulls the report from"
        " https://api.example.com/report and, if it shows errors, emails it to ops@example.com?"
    )
    assert read(text) == ("0 9 * * *", [H, CS, E])


def test_a_wish_with_no_praise_after_it_still_tests():
    text = (
        "Every morning at 7, pull the readings from https://api.example.com/readings. If it is"
        " above 30, post in #ops."
    )
    assert read(text) == ("0 7 * * *", [H, CS, S])


def test_the_request_without_a_story_reads_as_before():
    text = (
        "Could you set up something that, every Thursday at 2pm, reads the keg tracker at"
        " https://kegs.northbrew.co/api/levels and pings #taproom if any keg is below 20%?"
    )
    assert read(text, HS) == ("0 14 * * 4", [H, CS, S])


def test_a_one_word_order_is_no_verdict():
    text = "Every Monday at 9, fetch the rota from https://rota.example.com/api. Post it in #team."
    assert read(text) == ("0 9 * * 1", [H, S])
