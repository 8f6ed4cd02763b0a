"""Round 77: a story may open on words that sum it up ("Long story short, our repair café …
keeps losing track …"), and a day in a name inside it is no schedule; doing nothing may be said
as people left alone, with the test after it ("Don't bother them if everything's running.");
and a fault told in the past ("a machine has reported an error code") is a failed state."""

import pytest

from nl_parser.conditions import read_condition
from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
X, SIGNAL = "extract", "wait_for_signal"

# "Long story short, <the teller's story>.": the words that sum up only open the telling.
SUMMED_STORIES = [
    (
        "Long story short, our repair café (Fix-It Fridays at St Aldhelm's church hall) keeps"
        " losing track of the things people drop off. Whenever someone logs a broken item on our"
        " form, could you pull out the item type, the fault and the owner's phone number, and"
        " send those to the repair-queue webhook? Then wait for the fixer to confirm it's"
        " repaired and text the owner via the SMS webhook. Thanks a million!",
        (None, [X, W, SIGNAL, W]),
    ),
    (
        "To cut a long story short, our tool library (Tool Tuesdays at the scout hut) keeps"
        " losing drills. Whenever a borrower logs a loan on our form, post it in #tool-library.",
        (None, [S]),
    ),
    (
        "In short, we keep missing new volunteer sign-ups. When someone fills in the volunteer"
        " form, email the details to coordinator@greenway.example.",
        (None, [E]),
    ),
    (
        "Long story short, my bakery keeps running out of rye flour. Every Monday at 7am, fetch"
        " the stock levels from https://stock.bakery.example/api/flour and post them in #baking.",
        ("0 7 * * 1", [H, S]),
    ),
    (
        "In a nutshell, our choir (Sunday Singers at St Mary's) loses track of who has paid."
        " Whenever a member submits a payment on the form, send it to the treasurer webhook.",
        (None, [W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMED_STORIES)
def test_story_opened_by_summing_up_is_told(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert not doubts_of(text)


# Near case: the summing-up words before a request with no teller leave the request as it was.
def test_summing_up_before_a_request_is_still_read():
    text = (
        "In short, every Friday at 5pm post the sales figures from https://x.example/api in #ops."
    )
    assert read(text) == ("0 17 * * 5", [H, S])


# "Don't bother them if everything's running.": doing nothing, its test after it, guards no step.
LEFT_ALONE = [
    (
        "So, some context: Copperline Laundrette has six branches and every machine reports its"
        " error codes to our vendor's portal, but half the time we only find out a dryer is"
        " broken when a customer complains. The portal has an API at"
        " https://portal.washtechvend.example/api/copperline/machines. Could you check it every"
        " hour from 7am to 10pm and, whenever a machine has reported an error code, let the"
        " branch supervisors know? Don't bother them if everything's running. Thanks a million.",
        {"availableTools": [H, S]},
        ("0 7-22 * * *", [H, C, S]),
    ),
    (
        "Every 15 minutes check https://status.example/api/pumps and, whenever a pump is down,"
        " post in #plant. Don't disturb the on-call team if all the pumps are up.",
        {},
        ("*/15 * * * *", [H, C, S]),
    ),
    (
        "Each morning at 6 fetch https://weather.example/api/frost and email the groundskeeper at"
        " grounds@club.example when the temperature is below 0. No need to bother anyone if"
        " it's milder.",
        {},
        ("0 6 * * *", [H, C, E]),
    ),
    (
        "Hourly, pull https://queue.example/api/backlog and alert #support when the backlog is"
        " over 50. If everything's fine, don't bother them.",
        {},
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Every night at 2am fetch https://backups.example/api/last and email ops@x.example if the"
        " backup failed. Don't send anything if it worked.",
        {},
        ("0 2 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), LEFT_ALONE)
def test_people_left_alone_under_a_test_make_no_step(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert not [d for d in doubts_of(text, context) if "guards nothing" in d]


# Near cases: the same request with nothing said of the quiet branch, and "do nothing" said
# outright with its own test after a trailing one.
def test_request_without_the_quiet_branch_is_unchanged():
    text = (
        "Every 15 minutes check https://status.example/api/pumps and, whenever a pump is down,"
        " post in #plant."
    )
    assert read(text) == ("*/15 * * * *", [H, C, S])


def test_do_nothing_with_its_own_test_leaves_the_trailing_test_in_place():
    text = (
        "Every night at 2am fetch https://backups.example/api/last and email ops@x.example if the"
        " backup failed. Do nothing if it worked."
    )
    assert read(text) == ("0 2 * * *", [H, C, E])
    assert not doubts_of(text)


def test_denied_step_alone_is_doing_nothing():
    text = "If everything is running, don't bother them."
    assert read(text)[1] == []


# "a machine has reported an error code": a fault told in the past is the failed state.
@pytest.mark.parametrize(
    ("condition", "field"),
    [
        ("a machine has reported an error code", "$.machine.status"),
        ("a machine reported an error code", "$.machine.status"),
        ("the boiler has thrown a pressure fault", "$.boiler.status"),
        ("a device has reported a fault", "$.device.status"),
        ("the printer threw an error", "$.printer.status"),
    ],
)
def test_fault_told_in_the_past_is_failed(condition, field):
    read_as = read_condition(condition)
    assert read_as is not None and read_as.strength == 1.0
    assert read_as.config == {"field": field, "operator": "equals", "value": "failed"}


def test_thing_returned_without_a_fault_is_no_failure():
    read_as = read_condition("a customer has returned an item")
    assert read_as is None or read_as.config.get("value") != "failed"
