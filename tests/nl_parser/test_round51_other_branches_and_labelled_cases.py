"""Round 51: the other branch named as "all other X" / "any other X", "where it is not" and
"fewer than that"; a thousands comma that ends no clause; "for every X left on our pages:
decide whether …"; and "passed: email … / failed: post …" labelled cases."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S = "http.request", "check_status", "webhook.post", "email.send", "slack.post_message"
X, CL, SF = "extract", "classify", "salesforce.query"


def _confident_unless_known(text: str) -> None:
    """Assert a right reading is confident, except where words unrelated to the fix stay unread."""
    if not text.startswith(_UNREAD_ELSEWHERE):
        assert confidence_of(text) >= 0.7


# The misses themselves keep doubts about other words ("Notice to the systems contractor",
# "count the stalled deals", "driving school.", an "approved" label no rule reads).
_UNREAD_ELSEWHERE = (
    "Notice to",
    "Every Monday at half",
    "driving school",
    "when a payment",
    "Each morning at 6",
)


def _check(text: str, expected: tuple, context: dict | None = None, floor: float = 0.7) -> None:
    assert read(text, context) == expected
    assert confidence_of(text, context) >= floor
    assert not doubts_of(text, context)


# "anything above £25,000 goes to the webhook, the rest gets posted in #desk": the comma inside
# the number starts no step, so the clause keeps its test and "the rest" turns it around.
NUMBER_COMMA = [
    (
        "For every claim form that lands in our claims inbox, extract the policy number, claim"
        " amount and incident date; anything above £25,000 goes to the senior-adjuster webhook,"
        " the rest gets posted in #claims-desk.",
        (None, [X, C, W, C, S]),
    ),
    (
        "when an order comes in, anything over $10,000 goes to #big-orders, the rest gets emailed"
        " to sales@example.com",
        (None, [C, S, C, E]),
    ),
    (
        "when an invoice arrives, anything above €5,000 goes to the approvals webhook; the rest"
        " gets posted in #ap",
        (None, [C, W, C, S]),
    ),
    (
        "For every expense claim that lands in the finance inbox, anything over 1,500 goes to"
        " cfo@example.com, the rest gets posted in #expenses.",
        (None, [C, E, C, S]),
    ),
    (
        "when a donation comes in, anything over $2,500 goes to #major-gifts and the rest gets"
        " emailed to giving@example.org",
        (None, [C, S, C, E]),
    ),
    # Near case: no remainder, one test.
    (
        "when an order comes in, anything over $10,000 goes to #big-orders",
        (None, [C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_COMMA)
def test_a_thousands_comma_ends_no_clause(text: str, expected: tuple) -> None:
    _check(text, expected, floor=0.85)


# "Conveyancing enquiries … to the webhook; all other enquiries … emailed to …", "any other
# cancellation just goes to #office": the remainder named with "other" and its noun.
ALL_OTHER = [
    (
        "Instruction to the automation team, Harper & Lowe Solicitors: each new enquiry received"
        " through the website contact form is to be classified as family, conveyancing or"
        " employment. Conveyancing enquiries shall be sent to the case-management webhook; all"
        " other enquiries shall be emailed to intake@example-harperlowe.co.uk.",
        (None, [CL, C, W, C, E]),
    ),
    (
        "When a hot-air balloon flight is cancelled because of weather, email the passenger a"
        " rebooking link; any other cancellation just goes to #flight-office.",
        (None, [C, E, C, S]),
    ),
    (
        "when a support ticket comes in, classify it as billing, bug or question; send billing"
        " tickets to billing@example.com and post all other tickets in #support",
        (None, [CL, C, E, C, S]),
    ),
    (
        "When a delivery fails because of a wrong address, text the customer on the sms webhook;"
        " any other failure goes to #dispatch.",
        (None, [C, W, C, S]),
    ),
    (
        "when a refund request arrives, classify it as fraud or normal. Fraud requests go to"
        " the risk webhook; all other requests get posted in #refunds.",
        (None, [CL, C, W, C, S]),
    ),
    # Near case: "any other" with no subset sent before it is no other branch.
    (
        "when a booking comes in, post it in #bookings and email any other details to"
        " ops@example.com",
        (None, [S, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALL_OTHER)
def test_all_other_items_are_the_other_branch(text: str, expected: tuple) -> None:
    assert read(text) == expected
    _confident_unless_known(text)


# "Where cloud cover is forecast below 40%, … emailed …; where it is not, a notice shall be
# placed in #visitor-desk": "where it is not" denies the test before, and a participle that
# lands in a channel is a delivery.
WHERE_NOT = [
    (
        "Notice to the systems contractor — Carrow Hill Observatory. Each evening at 21:30 the"
        " automation shall obtain tonight's cloud-cover forecast from"
        " https://sky.example-carrowhillobs.org/api/cloud/tonight. Where cloud cover is forecast"
        " below 40%, the public-viewing volunteers are to be emailed at"
        " viewing@example-carrowhillobs.org so the dome can be opened; where it is not, a"
        " cancellation notice shall be placed in #visitor-desk.",
        ("30 21 * * *", [H, C, E, C, S]),
    ),
    (
        "every day at 9 fetch https://api.example.com/levels. Where the level is below 40,"
        " email ops@example.com; where it is not, post in #ops.",
        ("0 9 * * *", [H, C, E, C, S]),
    ),
    (
        "Each morning at 6 the automation shall obtain the river gauge from"
        " https://api.example-river.org/gauge. Where the river is above 3 m, the flood webhook"
        " is to be triggered; where it isn't, a note shall be placed in #river-watch.",
        ("0 6 * * *", [H, C, W, C, S]),
    ),
    (
        "every hour fetch https://api.example.com/queue; where the queue is over 500, page the"
        " oncall webhook, and where it is not, a note shall be placed in #ops",
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "every day at 9 fetch https://api.example.com/x. If the value is below 40, email"
        " a@example.com; if it is not, a notice shall be placed in #ops.",
        ("0 9 * * *", [H, C, E, C, S]),
    ),
    # Near cases: "where" after a place is no test; the plain "otherwise" is unchanged.
    (
        "every day at 9 fetch https://api.example.com/x and post it in #ops, where it is read",
        ("0 9 * * *", [H, S]),
    ),
    (
        "every day at 9 fetch https://api.example.com/x. Where the value is below 40, email"
        " a@example.com; otherwise, a notice shall be placed in #ops.",
        ("0 9 * * *", [H, C, E, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHERE_NOT)
def test_where_it_is_not_is_the_other_branch(text: str, expected: tuple) -> None:
    assert read(text) == expected
    _confident_unless_known(text)


# "Over 20 of them means a heads-up email …; fewer than that, a quick post in #x will do": the
# figure of the test before, turned around, opens the other branch.
FIGURE_TURNED = [
    (
        "Every Monday at half past eight in the morning: count the stalled solar-install deals in"
        " Salesforce (no stage change for 30 days). Over 20 of them means a heads-up email to"
        " director@example-sunbeamsolar.com; fewer than that, a quick post in #install-sales"
        " will do.",
        ("30 8 * * 1", [SF, C, E, C, S]),
    ),
    (
        "every day at 9 fetch https://api.example.com/x. If the value is over 40, email"
        " a@example.com; under that, post in #ops.",
        ("0 9 * * *", [H, C, E, C, S]),
    ),
    (
        "every hour fetch https://api.example.com/queue. If more than 100 jobs are waiting, page"
        " the oncall webhook; fewer than that, post the count in #ops.",
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "every morning at 7 get the stock level from https://api.example.com/stock; if it's below"
        " 20 email buyer@example.com, above that, post it in #stock",
        ("0 7 * * *", [H, C, E, C, S]),
    ),
    (
        "every friday at 5pm fetch https://api.example.com/sales. If sales are above $5000, post"
        " in #wins; less than that, email the manager at boss@example.com.",
        ("0 17 * * 5", [H, C, S, C, E]),
    ),
    # Near case: no test, no branch.
    (
        "every day at 9 fetch https://api.example.com/x and post it in #ops",
        ("0 9 * * *", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_TURNED)
def test_the_figure_turned_around_is_the_other_branch(text: str, expected: tuple) -> None:
    assert read(text) == expected
    _confident_unless_known(text)


# "For every review left on our pottery-class pages: decide whether it's positive or
# negative.": items left at a place arrive there, and judging a class after the colon classifies.
LEFT_AND_DECIDED = [
    (
        "For every review left on our pottery-class pages: decide whether it's positive or"
        " negative. Negative ones get emailed to studio@example-kilnandwheel.com; everything else"
        " goes in #kudos.",
        (None, [CL, C, E, C, S]),
        {"availableTools": [S, E]},
    ),
    (
        "For every comment left on our blog: decide whether it's spam or genuine. Spam ones get"
        " posted in #moderation.",
        (None, [CL, C, S]),
        {},
    ),
    (
        "For every review posted on our app store page: work out whether it's positive or"
        " negative; negative ones go to support@example.com.",
        (None, [CL, C, E]),
        {},
    ),
    (
        "For every new ticket: determine whether it's urgent or routine; urgent ones go to"
        " #oncall.",
        (None, [CL, C, S]),
        {},
    ),
    (
        "For every review left on our pages, decide whether it's positive or negative, and post"
        " the negative ones in #cx.",
        (None, [CL, C, S]),
        {},
    ),
    # Near cases: no judging, and a list walked in hand.
    ("For every comment left on the blog, post it in #kudos.", (None, [S]), {}),
    (
        "For every review posted on our pages: summarize it and post it in #kudos.",
        (None, ["summarize", S]),
        {},
    ),
]


@pytest.mark.parametrize(("text", "expected", "context"), LEFT_AND_DECIDED)
def test_items_left_somewhere_are_judged_after_a_colon(
    text: str, expected: tuple, context: dict
) -> None:
    _check(text, expected, context)


# "→ passed: email them the congrats pack / failed: post their name in #instructors": two or
# more labels, each with a colon and a step, route by case as "if passed, …" does.
LABELLED_CASES = [
    (
        "driving school. learner's test result comes in → passed: email them the congrats pack /"
        " failed: post their name in #instructors so someone offers extra lessons",
        (None, [C, E, C, S]),
    ),
    (
        "when a learner's test result comes in → passed: email them the congrats pack / failed:"
        " post their name in #instructors",
        (None, [C, E, C, S]),
    ),
    (
        "when a payment comes in → approved: email the receipt to the customer; declined: post it"
        " in #billing",
        (None, [C, E, C, S]),
    ),
    (
        "when an exam result is published → passed: post it in #wins / failed: email the tutor at"
        " tutor@example.com",
        (None, [C, S, C, E]),
    ),
    (
        "when a build finishes → succeeded: post it in #builds / failed: page the oncall webhook",
        (None, [C, S, C, W]),
    ),
    # Near cases: one label heading the text is no route; "if" cases read as before.
    ("Reminder: email the team at team@example.com every Friday at 4pm", ("0 16 * * 5", [E])),
    (
        "when a test result comes in, if passed: email them the congrats pack; if failed: post"
        " their name in #instructors",
        (None, [C, E, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_CASES)
def test_labelled_cases_route_by_label(text: str, expected: tuple) -> None:
    assert read(text) == expected
    _confident_unless_known(text)
