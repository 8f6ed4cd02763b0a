"""Round 89: what is brought to someone's attention is flagged to them; a question answered by a
message given ("give the greenkeepers a heads-up") is its test, and a name left after the
schedule ("for Crestview Golf Club:") heads the steps; "let everyone in the cast know" tells
the group; a thing stuck in a channel after an event starts a step with no comma; and a
periodic report of named data, or a summary of data got over a named occasion's span, reads
that data from the only source listed."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, S, E, R, M = (
    "http.request",
    "check_status",
    "slack.post_message",
    "email.send",
    "generate_report",
    "summarize",
)
HTTP_SLACK = {"availableTools": [H, S]}
HTTP_REPORT = {"availableTools": [H, R, E, S]}
HTTP_SUMMARY = {"availableTools": [H, M, E]}

# "<items> should be brought to <someone's> attention", "bring <items> to the attention of …":
# a delivery told around its receiver.
BROUGHT_TO_ATTENTION = [
    (
        "Weekdays, 7:40am: any prescription at Elmbank Pharmacy that's sat uncollected for over"
        " 10 days should be brought to the dispensary team's attention.",
        HTTP_SLACK,
        ("40 7 * * 1-5", [H, C, S]),
    ),
    (
        "Every Monday at 8am, any ticket that's sat unanswered for more than 2 days should be"
        " brought to the attention of #support-leads.",
        {},
        ("0 8 * * 1", [H, C, S]),
    ),
    (
        "Every weekday at 9am, bring any invoice that's been unpaid for over 30 days to the"
        " attention of finance@acme.example.",
        {},
        ("0 9 * * 1-5", [H, C, E]),
    ),
    (
        "Every weekday at 9am, bring any invoice that's been unpaid for over 30 days to the"
        " finance team's attention.",
        {"availableTools": [H, E]},
        ("0 9 * * 1-5", [H, C, E]),
    ),
    (
        "Every morning at 7, any invoice over 500 should be brought to my attention.",
        {"availableTools": [H, E]},
        ("0 7 * * *", [H, C, E]),
    ),
]

# "<short question>? -> give <people> a heads-up": the step answering the question is a message
# given, whatever its verb; "<schedule> for <Name>:" heads the steps.
HEADS_UP_ANSWERS = [
    (
        "Every Sat at 08:15 for Crestview Golf Club: course waterlogged? -> give the greenkeepers"
        " a heads-up",
        HTTP_SLACK,
        ("15 8 * * 6", [H, C, S]),
    ),
    (
        "Every day at 6am: pitch flooded? -> give the groundstaff a heads-up",
        HTTP_SLACK,
        ("0 6 * * *", [H, C, S]),
    ),
    (
        "Every Friday at 5pm for Harbour Sailing Club: queue over 20? \u2192 drop the duty"
        " officer a note",
        HTTP_SLACK,
        ("0 17 * * 5", [H, C, S]),
    ),
    (
        "Every hour: backlog over 50? -> shoot #warehouse a quick message",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every Monday at 9am for Pinecrest Lodge: occupancy below 40%? -> give"
        " manager@pinecrest.example a heads-up",
        {},
        ("0 9 * * 1", [H, C, E]),
    ),
]

# "let everyone in <the group> know": each of a group, named with its quantifier, is told.
EVERYONE_IN_A_GROUP = [
    (
        "One-off: let everyone in the Millbrook Players cast know that Thursday's rehearsal has"
        " moved to St Anne's church hall.",
        {"availableTools": [E]},
        (None, [E]),
    ),
    (
        "Let everybody on the Harbour Rowing Club committee know that the AGM is postponed.",
        {"availableTools": [E]},
        (None, [E]),
    ),
    (
        "Every Friday at 4pm, let all of the Year 9 Parents Forum know the newsletter is out.",
        {"availableTools": [E]},
        ("0 16 * * 5", [E]),
    ),
    (
        "let everyone in the Oakfield Allotment Society know by email that the gates are locked.",
        {},
        (None, [E]),
    ),
    (
        "When a new member joins, let everyone at the Riverside Community Centre know in #centre.",
        {},
        (None, [S]),
    ),
]

# "<event> [pls] stick it in #channel": a thing put in a place starts a step with no comma.
PUT_IN_A_PLACE_AFTER_AN_EVENT = [
    (
        "every time someone fills in the lost propety form at ashcombe wildlife park pls stick"
        " it in #lost-and-found",
        {},
        (None, [S]),
    ),
    (
        "whenever a customer leaves a review on the shop site pop it in #reviews",
        {},
        (None, [S]),
    ),
    (
        "when someone books the function room shove it in #front-of-house",
        {},
        (None, [S]),
    ),
    (
        "each time a driver logs a breakdown please stick the details in #fleet",
        {},
        (None, [S]),
    ),
    (
        "every time a supplier sends an invoice bung it in accounts@brightwater.example",
        {},
        (None, [E]),
    ),
]

# A periodic report whose words name its data, or a summary of data got over a named occasion's
# span, reads the data first from the only source listed.
DATED_DATA_FROM_THE_ONLY_SOURCE = [
    (
        "Compile a monthly visitor footfall report for Brackenfield Zoo on the 3rd at 10am and"
        " email it to trustees@brackenfieldzoo.example.",
        HTTP_REPORT,
        ("0 10 3 * *", [H, R, E]),
    ),
    (
        "Produce a weekly class attendance report every Monday at 8am and email it to"
        " head@school.example.",
        HTTP_REPORT,
        ("0 8 * * 1", [H, R, E]),
    ),
    (
        "Every Friday at 5pm, write the weekly bar takings summary and post it in #managers.",
        {"availableTools": [H, M, S]},
        ("0 17 * * 5", [H, M, S]),
    ),
    (
        "Could you put together a summary of all the complaints we got over the Ashcombe Show"
        " weekend and send it to the committee? Much appreciated.",
        HTTP_SUMMARY,
        (None, [H, M, E]),
    ),
    (
        "Summarise the bookings we took over the Summer Fete weekend and email it to"
        " owner@campsite.example.",
        HTTP_SUMMARY,
        (None, [H, M, E]),
    ),
    (
        "Put together a summary of the orders placed over the Lakeside Regatta weekend and email it"
        " to the directors.",
        HTTP_SUMMARY,
        (None, [H, M, E]),
    ),
]

CASES = [
    *BROUGHT_TO_ATTENTION,
    *HEADS_UP_ANSWERS,
    *EVERYONE_IN_A_GROUP,
    *PUT_IN_A_PLACE_AFTER_AN_EVENT,
    *DATED_DATA_FROM_THE_ONLY_SOURCE,
]


@pytest.mark.parametrize(("text", "context", "expected"), CASES)
def test_construction_is_read(text: str, context: dict, expected: tuple) -> None:
    assert read(text, context) == (expected[0], expected[1])


# Right readings with no guess left in them stay confident.
CONFIDENT = [
    (BROUGHT_TO_ATTENTION[0][0], HTTP_SLACK),
    (EVERYONE_IN_A_GROUP[0][0], {"availableTools": [E]}),
    (PUT_IN_A_PLACE_AFTER_AN_EVENT[0][0], {}),
    (DATED_DATA_FROM_THE_ONLY_SOURCE[0][0], HTTP_REPORT),
    (DATED_DATA_FROM_THE_ONLY_SOURCE[3][0], HTTP_SUMMARY),
]


@pytest.mark.parametrize(("text", "context"), CONFIDENT)
def test_right_reading_is_confident(text: str, context: dict) -> None:
    assert confidence_of(text, context) >= 0.7


def test_name_after_schedule_is_no_unread_word() -> None:
    doubts = " ".join(doubts_of(HEADS_UP_ANSWERS[0][0], HTTP_SLACK))
    assert "Crestview" not in doubts


NEAR_CASES = [
    # No source listed: a report is made of nothing fetched, as before.
    (
        "Generate a weekly occupancy report for Driftwood Hostel every Sunday at 9pm and email it"
        " to manager@example-driftwoodhostel.com.",
        {},
        ("0 21 * * 0", [R, E]),
    ),
    # "a monthly report" alone names no data.
    (
        "Write a monthly report on the 1st at 9am and email it to boss@example.com.",
        HTTP_REPORT,
        ("0 9 1 * *", [R, E]),
    ),
    # Attention paid, not drawn: no delivery.
    (
        "Every Monday at 9am, pull https://api.example.com/tickets and post them in #support.",
        {},
        ("0 9 * * 1", [H, S]),
    ),
    # "stick to the plan": nothing put in a place.
    (
        "when a volunteer cancels, email the coordinator and stick to the rota.",
        {},
        (None, [E]),
    ),
    # The question answered by a post, as before.
    (
        "Every Sat at 08:15: course waterlogged? -> post in #greens",
        {},
        ("15 8 * * 6", [H, C, S]),
    ),
    # "let the cast know": the group alone, as before.
    (
        "let the cast know that the rehearsal has moved.",
        {"availableTools": [E]},
        (None, [E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), NEAR_CASES)
def test_near_case_is_unchanged(text: str, context: dict, expected: tuple) -> None:
    assert read(text, context) == (expected[0], expected[1])
