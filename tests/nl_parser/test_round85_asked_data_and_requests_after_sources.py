"""Round 85: a question about how a period's data went ("how did last week's bookings at X
go?") before a made thing asked for ("give the game-masters a short roundup in #…") names the
data the roundup is made of, fetched first; and a request around the workflow ("Could you set
it up so that at 5:15 every morning it pulls …") after the story and where the data sits is no
step, "it" is the workflow doing the steps, and "from there" points back at that source (no
Salesforce guessed from "sales")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, SF, SU, R = "http.request", "salesforce.query", "summarize", "generate_report"
E, S = "email.send", "slack.post_message"
HTTP_ONLY = {"availableTools": [H, SU, S]}

# "how did <a period's data> go? <give/post/send> … a <made thing> …".
DATA_ASKED_ABOUT = [
    (
        "Mondays 09:15 \u2014 how did last week's bookings at Lockbox Escapes go? Give the"
        " game-masters a short roundup in #game-masters.",
        HTTP_ONLY,
        ("15 9 * * 1", [H, SU, S]),
    ),
    (
        "Every Friday at 4pm: how did this week's ticket sales at the Plaza Cinema do? Post a"
        " quick summary in #front-of-house.",
        HTTP_ONLY,
        ("0 16 * * 5", [H, SU, S]),
    ),
    (
        "Each morning at 8, how were yesterday's orders at Fernhill Bakes? Send the owners a"
        " short recap in #owners.",
        HTTP_ONLY,
        ("0 8 * * *", [H, SU, S]),
    ),
    (
        "On the 1st of every month at 10:00 \u2014 how did last month's signups look? Email"
        " a brief summary to growth@example.com.",
        {"availableTools": [H, SU, E]},
        ("0 10 1 * *", [H, SU, E]),
    ),
    (
        "Sundays at 6pm. How did the weekend's class attendance turn out? Give the coaches a"
        " quick recap in #coaches.",
        HTTP_ONLY,
        ("0 18 * * 0", [H, SU, S]),
    ),
]

# "give <people> a <made thing> in #channel": made, then posted, as with "of …" after it.
GIVEN_A_MADE_THING = [
    (
        "Mondays 09:15 \u2014 give the game-masters a short roundup of last week's bookings in"
        " #game-masters.",
        HTTP_ONLY,
        ("15 9 * * 1", [H, SU, S]),
    ),
    (
        "Every Friday at 5pm, pull the week's orders from https://shop.example.com/api/orders"
        " and give the packing team a short roundup in #packing.",
        {},
        ("0 17 * * 5", [H, SU, S]),
    ),
]

# "<story, and> <where the data sits>. <more story>. Could you set it up so that <time> it
# <verb>s …, <verb>s …": the request after the source; "it" is the workflow.
REQUEST_AFTER_SOURCE = [
    (
        "Context: our bakery switched POS vendors last month and the new one has an API at"
        " https://pos.crumbandcrust.com/api/sales. The owners keep asking me for yesterday's"
        " numbers by hand, which is getting old. Could you set it up so that at 5:15 every"
        " morning it pulls yesterday's sales from there, compiles a short report, and emails"
        " it to owners@crumbandcrust.com? Much appreciated!",
        ("15 5 * * *", [H, R, E]),
    ),
    (
        "Background: we moved to a new booking platform in March and it has an API at"
        " https://book.example-yogaloft.com/api/classes. The teachers keep asking me who is"
        " coming. Could you set it up so that at 7am every weekday it pulls today's classes"
        " from there and emails them to teachers@yogaloft.example?",
        ("0 7 * * 1-5", [H, E]),
    ),
    (
        "Our garage replaced its booking tool last year, and the new one has an API at"
        " https://bookings.example-revgarage.com/api/jobs. Can you set it up so that every"
        " evening at 6 it fetches tomorrow's jobs from there and posts them in #workshop?",
        ("0 18 * * *", [H, S]),
    ),
    (
        "The new till system has an API at https://till.example-cornerdeli.com/api/sales."
        " Could you set it up so it pulls the day's sales from there every night at 11,"
        " summarises them, and emails the summary to me@cornerdeli.example?",
        ("0 23 * * *", [H, SU, E]),
    ),
    (
        "Please set it up so that it pulls the open tickets from"
        " https://desk.example.com/api/open every hour and posts them in #support.",
        ("0 * * * *", [H, S]),
    ),
    (
        "The new POS has an API at https://pos.crumbandcrust.com/api/sales. At 5:15 every"
        " morning, pull yesterday's sales from there, compile a short report, and email it to"
        " owners@crumbandcrust.com.",
        ("15 5 * * *", [H, R, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), DATA_ASKED_ABOUT + GIVEN_A_MADE_THING)
def test_data_asked_about_is_fetched_for_the_thing_made(text, context, expected):
    assert read(text, context) == expected
    assert not doubts_of(text, context)
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), REQUEST_AFTER_SOURCE)
def test_a_request_after_the_source_is_no_step_and_it_is_the_workflow(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)
    assert confidence_of(text) >= 0.7


# Near cases that keep their reading.
def test_a_question_with_no_thing_made_after_it_fetches_nothing():
    text = "Every Monday at 9, how did last week's bookings go? Post 'check the figures' in #ops."
    assert H not in read(text)[1]


def test_sales_pulled_from_salesforce_still_query_it():
    text = "Every morning at 8, pull yesterday's sales and email them to boss@example.com."
    assert read(text) == ("0 8 * * *", [SF, E])


def test_a_story_with_no_source_still_ends_before_the_request():
    text = (
        "Our bakery switched POS vendors last month. Could you set it up so that every morning"
        " at 6 we pull yesterday's orders from https://pos.example.com/api/orders and email"
        " them to owners@example.com?"
    )
    assert read(text) == ("0 6 * * *", [H, E])


def test_it_as_a_thing_not_the_workflow_is_left_alone():
    text = "When a ticket comes in, if it mentions a refund, post it in #billing."
    assert read(text)[1][-1] == S
