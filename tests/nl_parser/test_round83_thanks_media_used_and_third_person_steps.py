"""Round 83: a thanks typed straight after the address that ends the text ("its at https://… ta"),
which leaves the source sentence to be read as one; "just use the sms webhook" told last, after
a source between, which names the medium of the earlier delivery and adds no step; and "Can we
have something that reads … and texts me …", a request for a thing whose verbs, in the third
person and joined by "and", are each a step."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"

# "<delivery>? its at <URL> ta": the thanks is no word of the source sentence.
THANKS_AFTER_ADDRESS = [
    (
        "hey cld u shoot the cattery feeding rota to #cat-staff at 6.30am every day? its at"
        " https://rota.whiskerlodgecattery.example/api/feeding ta",
        ("30 6 * * *", [H, S]),
    ),
    (
        "hey can u send the skate marshal rota to #marshals every sat n sun at 8.30am? its at"
        " https://rota.frostlineicerink.example/api/marshals ta",
        ("30 8 * * 0,6", [H, S]),
    ),
    (
        "can u email the allotment watering list to plots@greenhollow.example every friday at"
        " 5pm? its at https://api.greenhollow.example/watering thanks",
        ("0 17 * * 5", [H, E]),
    ),
    (
        "pls post the lifeguard shifts in #pool-team each monday at 7am. they're at"
        " https://shifts.bluewaterlido.example/api/week thx",
        ("0 7 * * 1", [H, S]),
    ),
    (
        "every weekday at 8:15 could u send the van loading order to #depot? its on"
        " https://routes.hopfieldbrewing.example/api/loading cheers",
        ("15 8 * * 1-5", [H, S]),
    ),
    (
        "Each Sunday at 6pm email the choir seating plan to sopranos@larkvale.example, the plan"
        " is at https://plans.larkvalechoir.example/api/seating thanks so much!",
        ("0 18 * * 0", [H, E]),
    ),
]

# "<text them>? <the data> are at <URL>, just use the sms webhook": the medium of the delivery.
MEDIA_USED = [
    (
        "hey, every evening at 7 can u text tmrw's clients a reminder? appointments are at"
        " https://book.inkwelltattoo.example/api/tomorrow, just use the sms webhook",
        ("0 19 * * *", [H, W]),
    ),
    (
        "every morning at 8 can you remind today's walkers of their routes? the routes are at"
        " https://api.pawtrail.example/routes/today. use the sms webhook",
        ("0 8 * * *", [H, W]),
    ),
    (
        "Each Friday at 4pm, could u message the weekend volunteers their shifts? the shifts"
        " are at https://rota.fernbankfarm.example/api/weekend, just use the volunteer webhook",
        ("0 16 * * 5", [H, W]),
    ),
    (
        "every day at 6am send the drivers their drop list pls? its at"
        " https://drops.millbrookdairy.example/api/today. just use slack",
        ("0 6 * * *", [H, S]),
    ),
    (
        "at 9am every monday can u nudge the tutors about this week's sessions? sessions are at"
        " https://api.brightlearn.example/sessions/week, just use email for it",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Each night at 10 could you warn the late-shift porters about tomorrow's deliveries?"
        " deliveries are at https://goods.harrowhall.example/api/tomorrow, use the porters"
        " webhook",
        ("0 22 * * *", [H, W]),
    ),
]

# "Can we have something that <verb>s … and <verb>s …": each verb in -s is a step.
THIRD_PERSON_STEPS = [
    (
        "Honestly the cold room at Petal & Stem Florists is the bane of my life \u2014 it conked"
        " out on Saturday and we binned \u00a3400 of roses. Can we have something that reads the"
        " cold-room sensor at https://sensors.petalandstem.example/api/coldroom every 20 minutes"
        " and texts me through the SMS webhook the momment it goes above 8\u00b0C?",
        ("*/20 * * * *", [H, C, W]),
    ),
    (
        "Could we have something that checks the kiln temperature at"
        " https://kiln.clayworks.example/api/temp every 10 minutes and pings #studio when it"
        " goes over 1250?",
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "I need something that pulls the ticket queue from https://help.nimbusdesk.example/api/"
        "queue every hour and emails me at lead@nimbusdesk.example if it is above 40.",
        ("0 * * * *", [H, C, E]),
    ),
    (
        "Set up a bot which polls https://api.tidewatch.example/level every 15 minutes and"
        " alerts the harbour webhook the moment the level goes above 4.2.",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "Can we get something that fetches https://stock.oakbarrel.example/api/kegs every"
        " morning at 9 and messages #cellar when it drops below 5?",
        ("0 9 * * *", [H, C, S]),
    ),
]

# Near cases whose reading must not change.
UNCHANGED = [
    # no address before the thanks: the delivery is read as before
    (
        "every monday at 9am grab the rota and post it in #staff thanks",
        ("0 9 * * 1", [H, S]),
    ),
    # a thanks after a stop was always blank
    (
        "can u post the rota to #staff every monday at 9am? its at https://x.example/api/rota."
        " thanks",
        ("0 9 * * 1", [H, S]),
    ),
    # a thing to post named "a thank you" stays the post's
    (
        "every monday at 9am grab the rota from https://x.example/api/rota and post a thank you"
        " in #staff",
        ("0 9 * * 1", [H, S]),
    ),
    # the medium named in the request itself: the source still comes first
    (
        "every evening at 7 text tomorrow's clients a reminder through the sms webhook."
        " appointments are at https://book.inkwell.example/api/tomorrow",
        ("0 19 * * *", [H, W]),
    ),
    # the condition left out: read, then text, no test
    (
        "Can we have something that reads the cold-room sensor at"
        " https://sensors.petal.example/api/coldroom every 20 minutes and texts me the reading"
        " through the SMS webhook?",
        ("*/20 * * * *", [H, W]),
    ),
    # a noun in -s after "and" is one more thing read, not a step
    (
        "I need something that reads the calls and texts from https://api.phoneline.example/log"
        " every day at 6pm and posts them in #support.",
        ("0 18 * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THANKS_AFTER_ADDRESS)
def test_thanks_after_an_address_is_no_word_of_the_source(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), MEDIA_USED)
def test_medium_used_names_the_earlier_delivery(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), THIRD_PERSON_STEPS)
def test_verbs_in_the_third_person_are_steps(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
