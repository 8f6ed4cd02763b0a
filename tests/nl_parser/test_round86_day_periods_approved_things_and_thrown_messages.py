"""Round 86: lower-case day abbreviations before a part of the day ("fri + sat nights every 5
min", "tue mornings at 7") are days, as full day names are; someone giving a named thing the
gesture of approving ("once the artist gives the design the thumbs-up") is a wait for that
signal, as "gives it the thumbs-up" was; and a message thrown at someone after a test with no
comma ("if … above 3.2m shoot a txt to the harbour master") is a step of its own."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, S, E = "http.request", "check_status", "webhook.post", "slack.post_message", "email.send"
X, WS = "extract", "wait_for_signal"

# "<day> (+ <day>) <period>s <interval or time> …": lower-case days before a part of the day.
DAYS_BEFORE_A_PERIOD = [
    (
        "fri + sat nights every 5 min from 8pm to 11pm check"
        " https://dispatch.nightowlcabs.example/api/waiting and page the duty contoller on the"
        " pager webhook if more than 8 fares are waiting w/o a car",
        ("*/5 20-23 * * 5,6", [H, C, W]),
    ),
    (
        "sat + sun mornings every 15 min from 6am to 10am pull https://surf.example/api/swell"
        " and post to #surf if the swell is above 2m",
        ("*/15 6-10 * * 0,6", [H, C, S]),
    ),
    (
        "fri nights every 10 min from 9pm to 11pm check https://bar.example/api/queue and post"
        " to #door if more than 30 people are waiting",
        ("*/10 21-23 * * 5", [H, C, S]),
    ),
    (
        "tue and thu evenings every 30 min from 6pm to 9pm fetch https://gym.example/api/classes"
        " and email desk@gym.example if any class is full",
        ("*/30 18-21 * * 2,4", [H, C, E]),
    ),
    (
        "mon, wed, fri mornings every hour from 7am to 11am check https://clinic.example/api/wait"
        " and post to #reception if the wait is over 40 minutes",
        ("0 7-11 * * 1,3,5", [H, C, S]),
    ),
    (
        "sun evening every 20 min from 5pm to 8pm check https://pool.example/api/lanes and post"
        " to #lifeguards if more than 6 lanes are closed",
        ("*/20 17-20 * * 0", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAYS_BEFORE_A_PERIOD)
def test_lower_case_days_before_a_period_are_days(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


# "once <someone> gives <a thing> the <go-ahead / thumbs-up / nod / green light>, <step>".
APPROVED_THING = [
    (
        "After a custom tattoo enquiry lands at Inkwell & Anchor, pull the placement, size and"
        " budget out of the message; once the artist gives the design the thumbs-up, email the"
        " client the deposit link.",
        (None, [X, WS, E]),
    ),
    (
        "When a new wedding booking comes in at Hollybank Barn, pull the date, guest count and"
        " menu choice out of the email; once the manager gives the booking the green light,"
        " email the couple the contract.",
        (None, [X, WS, E]),
    ),
    (
        "When a catering order arrives, extract the date, headcount and dietary needs; after"
        " the chef gives the menu the go-ahead, post it in #kitchen.",
        (None, [X, WS, S]),
    ),
    (
        "Whenever a grant application is submitted, pull out the amount and the project title;"
        " as soon as the treasurer gives the application the nod, email the applicant the"
        " next steps.",
        (None, [X, WS, E]),
    ),
    (
        "When a commission request lands, extract the size, medium and deadline; once the"
        " studio lead gives the brief their thumbs-up, email the client the invoice.",
        (None, [X, WS, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPROVED_THING)
def test_a_thing_given_the_approval_is_a_wait_for_it(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


# "if <test> <throw> a <message> to <someone> (<medium>)": no comma before the step.
THROWN_MESSAGE_AFTER_A_TEST = [
    (
        "pls every hr check https://api.tidewatch.org/levels n if the water's above 3.2m shoot a"
        " txt to the harbour master (sms webhook)",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "every hour check https://api.rivergauge.example/level and if the river is above 4m"
        " shoot a text to the lock keeper via the sms webhook",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "every 30 min check https://shop.example/api/stock and if stock is below 10 fire an"
        " email to buyer@shop.example",
        ("*/30 * * * *", [H, C, E]),
    ),
    (
        "every morning at 7 pull https://air.example/api/pm25 and if the reading is over 50 pop"
        " a message in #health",
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "daily at 6pm check https://bins.example/api/fill and when the fill level is above 90%"
        " zap a quick note to #crew",
        ("0 18 * * *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THROWN_MESSAGE_AFTER_A_TEST)
def test_a_message_thrown_after_a_test_is_its_step(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


# Near cases that keep their reading.
def test_a_lone_lower_case_day_word_is_no_day():
    text = (
        "every 5 min from 8pm to 11pm check https://x.example/api/q and post to #ops if it's down"
    )
    assert read(text)[0] == "*/5 20-23 * * *"


def test_a_full_day_before_nights_is_still_read():
    text = "Friday nights at 9pm post the takings to #bar"
    assert read(text) == ("0 21 * * 5", [S])


def test_a_possessive_days_night_names_the_data():
    text = "every Monday at 9am email a summary of fri night's takings to boss@bar.example"
    assert read(text)[0] == "0 9 * * 1"


def test_giving_it_the_thumbs_up_still_waits():
    text = (
        "When a quote request comes in, extract the job and budget; once Sam gives it the"
        " thumbs-up, email the customer the quote."
    )
    assert read(text) == (None, [X, WS, E])


def test_an_event_that_sends_a_message_is_not_cut():
    text = "When a customer sends a message to the shop inbox, post it in #support."
    assert read(text) == (None, [S])


def test_a_plural_subject_sending_a_text_stays_the_test():
    text = (
        "every hour check https://api.example/queue and if customers send a text to the"
        " hotline, post it in #support"
    )
    assert read(text)[1][-1] == S


def test_the_sun_after_an_article_is_no_day():
    text = "the sun mornings are bright, post the forecast to #ops every day at 7am"
    assert read(text)[0] == "0 7 * * *"
