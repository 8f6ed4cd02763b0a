"""Round 81: a delivery to people named only by who they are, its medium left to availableTools:
a summary or report made "for the owners of <firm>" or "for the sales floor at <firm>"; a notice
put up for people ("put a notice up for the terminal staff"); "page <someone>" with no medium,
which goes by the webhook when it is listed; and a step asked for ("can u send them …") after a
dash that ends a story."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, W = "http.request", "check_status", "slack.post_message", "email.send", "webhook.post"
SQ, REPORT, SUMMARY = "salesforce.query", "generate_report", "summarize"

# "<make a summary or report> for the <people> of / at <firm>", "for the <group>'s floor / desk".
MADE_FOR = [
    (
        "On the 2nd of each month at 10am, compile last month's bookings into a report for the"
        " owners of Inkwell & Anchor Tattoo.",
        {"availableTools": [H, REPORT, E]},
        ("0 10 2 * *", [H, REPORT, E]),
    ),
    (
        "Each weekday at noon, boil the morning's new quotes down to a short digest for the sales"
        " floor at Northlight Windows & Doors.",
        {"availableTools": [SQ, SUMMARY, S]},
        ("0 12 * * 1-5", [SQ, SUMMARY, S]),
    ),
    (
        "Every Friday at 4pm, pull this week's deliveries from"
        " https://api.hollowlane.example/deliveries and write a digest for the drivers at Hollow"
        " Lane Greengrocers.",
        {"availableTools": [H, S]},
        ("0 16 * * 5", [H, SUMMARY, S]),
    ),
    (
        "Each weekday at 5pm, fetch today's tickets from https://desk.example/api/tickets and"
        " write a summary for the support floor.",
        {"availableTools": [H, S]},
        ("0 17 * * 1-5", [H, SUMMARY, S]),
    ),
    (
        "Every Monday at 8am, get last week's orders from https://shop.example/api/orders and"
        " build a sales report for the managers of Pebble & Pine Gifts.",
        {"availableTools": [H, E]},
        ("0 8 * * 1", [H, REPORT, E]),
    ),
    (
        "At 6pm every day, grab the day's check-ins from https://hotel.example/api/checkins and"
        " put together a short recap for the front desk at the Marigold Hotel.",
        {"availableTools": [H, E]},
        ("0 18 * * *", [H, SUMMARY, E]),
    ),
]

# "put / stick / pin a notice (note, reminder, warning) up for <people>": it is posted for them.
PUT_UP = [
    (
        "Every 2 hours, if the Dunmore Ferries crossing is running more than 20 minutes behind"
        " schedule, put a notice up for the terminal staff.",
        {"availableTools": [H, S]},
        ("0 */2 * * *", [H, C, S]),
    ),
    (
        "Every morning at 7, fetch the pool temperature from https://pool.example/api/temp and if"
        " it's under 26 degrees, put up a notice for the lifeguards.",
        {"availableTools": [H, S]},
        ("0 7 * * *", [H, C, S]),
    ),
    (
        "Every Friday at 4pm put a reminder up for the warehouse crew.",
        {"availableTools": [S]},
        ("0 16 * * 5", [S]),
    ),
    (
        "When a new volunteer shift is added, pin a message up for the volunteers.",
        {"availableTools": [S]},
        (None, [S]),
    ),
    (
        "Each weekday at 6am, check https://ferry.example/api/status and if a sailing is"
        " cancelled, stick a warning up for the ticket office staff.",
        {"availableTools": [H, E]},
        ("0 6 * * 1-5", [H, C, E]),
    ),
]

# "page <someone>", no medium named: the webhook when the caller lists it.
PAGED = [
    (
        "Lakeshore Aquarium: every 10 minutes from 7am to 7pm, if the shark tank's dissolved"
        " oxygen dips under 6 mg/L, page the duty aquarist.",
        {"availableTools": [H, W, E]},
        ("*/10 7-19 * * *", [H, C, W]),
    ),
    (
        "Every 5 minutes, check https://kiln.example/api/temp and if it goes above 1300C, page"
        " the studio manager.",
        {"availableTools": [H, E, W]},
        ("*/5 * * * *", [H, C, W]),
    ),
    (
        "When a patient's heart rate goes above 140, page the duty doctor.",
        {"availableTools": [S, W]},
        (None, [C, W]),
    ),
    (
        "If the nightly backup job fails, page the on-call engineer and post in #infra.",
        {"availableTools": [S, W]},
        (None, [C, W, S]),
    ),
    (
        "Every 15 minutes from 8am to 6pm, if the queue at https://queue.example/api/length is"
        " longer than 50, page the shift lead.",
        {"availableTools": [H, E, W]},
        ("*/15 8-18 * * *", [H, C, W]),
    ),
]

# "<story> — <schedule> can u / could you <step>": the step asked for after the dash.
ASKED_AFTER_A_DASH = [
    (
        "lol the groomers at muddy paws keep forgetting to look at their sat bookings \u2014"
        " every fri at 5pm can u send them the 'check ur saturday bookings' reminder",
        {"availableTools": [S]},
        ("0 17 * * 5", [S]),
    ),
    (
        "the drivers never remember bin day \u2014 every tue at 6pm can you send them the 'bins"
        " out tonight' reminder",
        {"availableTools": [S]},
        ("0 18 * * 2", [S]),
    ),
    (
        "our volunteers keep missing the rota changes \u2014 could you email them the rota every"
        " sunday at 8pm",
        {"availableTools": [E]},
        ("0 20 * * 0", [E]),
    ),
    (
        "the cleaners always forget the deep-clean days \u2014 can u post a reminder in #cleaning"
        " every monday at 7am",
        {},
        ("0 7 * * 1", [S]),
    ),
    (
        "honestly the team is always forgetting standup \u2014 would you post a reminder in"
        " #eng-standup every weekday at 9:25",
        {},
        ("25 9 * * 1-5", [S]),
    ),
]

# The same after a semicolon, or after a story background.py does not know as one ("forgets"):
# the step is read; the story's words are still counted as unread.
ASKED_AFTER_OTHER_BREAKS = [
    (
        "the cleaners always forget the deep-clean days; can u post a reminder in #cleaning every"
        " monday at 7am",
        {},
        ("0 7 * * 1", [S]),
    ),
    (
        "honestly the team forgets standup half the time \u2014 would you post a reminder in"
        " #eng-standup every weekday at 9:25",
        {},
        ("25 9 * * 1-5", [S]),
    ),
]

# Near cases that keep their reading.
UNCHANGED = [
    (
        # with no medium listed, a report made for people may be read where it is kept
        "On the 2nd of each month at 10am, compile last month's bookings into a report for the"
        " owners of Inkwell & Anchor Tattoo.",
        {},
        ("0 10 2 * *", [REPORT]),
    ),
    (
        # two media listed: which one the owners read is not said
        "On the 2nd of each month at 10am, compile a report for the owners of Inkwell Tattoo.",
        {"availableTools": [E, S]},
        ("0 10 2 * *", [REPORT]),
    ),
    (
        # a notice put in a channel is posted there, as before
        "Every Friday at 4pm put a reminder in #warehouse about Saturday's stock take.",
        {},
        ("0 16 * * 5", [S]),
    ),
    (
        # with only email listed, the page goes by email
        "Every 10 minutes, if the shark tank's dissolved oxygen dips under 6 mg/L, page the duty"
        " aquarist.",
        {"availableTools": [H, E]},
        ("*/10 * * * *", [H, C, E]),
    ),
    (
        # a medium named decides it
        "When a support ticket is marked urgent, page #support-oncall on Slack.",
        {"availableTools": [S, W]},
        (None, [C, S]),
    ),
    (
        # the step right after the dash reads as before
        "the groomers keep forgetting their bookings \u2014 every fri at 5pm send them the"
        " reminder",
        {"availableTools": [S]},
        ("0 17 * * 5", [S]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), MADE_FOR)
def test_a_thing_made_for_people_at_a_firm_goes_by_the_one_medium(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), PUT_UP)
def test_a_notice_put_up_for_people_is_sent(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), PAGED)
def test_a_page_goes_by_the_webhook_listed(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert not any("delivery medium" in d for d in doubts_of(text, context))


@pytest.mark.parametrize(("text", "context", "expected"), ASKED_AFTER_A_DASH)
def test_a_step_asked_for_after_a_dash_is_read(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), ASKED_AFTER_OTHER_BREAKS)
def test_a_step_asked_for_after_a_semicolon_is_read(text, context, expected):
    assert read(text, context) == expected


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
