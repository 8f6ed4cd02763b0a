"""Step shapes that right parses almost never have lower the confidence and say why."""

import pytest

from nl_parser.step_shape_doubts import step_shape_doubts

_DOUBTED = [
    # The first look of heldout271/4: the CRM query read twice.
    (
        "On the 2nd of every month at 9:30am, query Salesforce for service plans expring in "
        "the next 30 days and send that list to renewals@x.example.",
        ["salesforce.query", "salesforce.query", "email.send"],
        "runs twice",
    ),
    (
        "For each timber delivery note scanned in, sort the load into hardwood or softwood and "
        "ping the hardwood ones to #grading.",
        ["check_status", "classify", "check_status", "slack.post_message"],
        "before the classification",
    ),
    (
        "Every Friday at 4:30pm, put together a summary of the week's placements and get it to "
        "the consultants.",
        ["salesforce.query", "summarize"],
        "nothing sends it",
    ),
    (
        "Each weekday at noon, boil the morning's new quotes down to a short digest for the "
        "sales floor.",
        ["salesforce.query", "summarize"],
        "nothing sends it",
    ),
    (
        "Fetch the queued jobs from https://q.example/api/jobs. Anything over 500 sheets goes to "
        "the litho-press webhook; smaller jobs get posted in #digital-press.",
        ["http.request", "check_status", "webhook.post", "slack.post_message"],
        "separate routes",
    ),
    (
        "Every day at 6pm, fetch today's orders from https://o.example/api. Anything with "
        "soft cheese goes to the chilled-courier webhook; the rest, drop in #packing.",
        ["http.request", "webhook.post", "slack.post_message"],
        "everything else",
    ),
]

_DOUBTED.append(
    (
        "One-off: score the 900 backer comments as positive or negative, pull the reward tier "
        "out of every negative one, and send those to support@x.example.",
        ["classify", "extract", "email.send"],
        "no step tests the class",
    )
)

_DOUBTED.append(
    (
        "shipment arrives + its logger shows anything above 8°C → fire the incident webhook → "
        "email quality@x.example",
        ["check_status", "webhook.post", "email.send", "email.send"],
        "twice in a row",
    )
)

_LEFT_ALONE = [
    # Two calls to the two sources written.
    (
        "Every night, export the orders from https://shop.example/api and upload them to "
        "https://s3.example/upload.",
        ["http.request", "http.request"],
    ),
    # The classification first, then its tests.
    (
        "Sort each note into hardwood or softwood; hardwood to #grading, the rest to #yard.",
        ["classify", "check_status", "slack.post_message", "check_status", "slack.post_message"],
    ),
    # A one-off made for a team that asks for no delivery.
    (
        "One-off for the council's transport team: classify the 1,800 responses as supportive, "
        "opposed or neutral, and write up a report.",
        ["classify", "generate_report"],
    ),
    # One test guarding two deliveries written together.
    (
        "When a sailing is cancelled, text the passengers through the SMS webhook and email "
        "terminal@x.example.",
        ["check_status", "webhook.post", "email.send"],
    ),
    # A chain of arrows behind one test is one route.
    (
        "repair ticket flagged 'waiting on parts' → post it in #workshop → text the customer via "
        "the SMS webhook",
        ["check_status", "slack.post_message", "webhook.post"],
    ),
    # Two hooks written, two posts.
    (
        "If the transmitter reports dead air, trigger the backup-playout webhook and page the "
        "studio engineer via the pager webhook.",
        ["check_status", "webhook.post", "webhook.post"],
    ),
    # A sort whose classes are never picked again needs no test.
    (
        "Every Monday, pull the chargebacks from https://p.example/api, sort them into fraud, "
        "product or processing disputes, build a report and email it to a@x.example.",
        ["http.request", "classify", "generate_report", "email.send"],
    ),
    # "anything else" asked of the guest, not a route.
    (
        "When a pitch is booked, email the guest the site map, then a week later send them a "
        "text through the SMS webhook asking if they need anything",
        ["email.send", "wait", "webhook.post"],
    ),
]


@pytest.mark.parametrize(("text", "actions", "reason"), _DOUBTED)
def test_a_shape_right_parses_lack_is_doubted(text: str, actions: list[str], reason: str) -> None:
    doubts = step_shape_doubts(text, actions)
    assert len(doubts) == 1
    assert reason in doubts[0].reason
    assert doubts[0].cost >= 0.3


@pytest.mark.parametrize(("text", "actions"), _LEFT_ALONE)
def test_shapes_right_parses_have_are_left_alone(text: str, actions: list[str]) -> None:
    assert step_shape_doubts(text, actions) == []
