"""Round 85: people made sure to have a thing, a firm's name before "and <next step>", a trade
named before who is told after a classification, and "=" between an event and its step."""

import pytest

from nl_parser import parse

ROADSIDE = (
    "Make sure the Roadside Rescue mobile mechanics have today's call-out list from "
    "https://jobs.roadsiderescue.example/api/today before they head out, at five past seven "
    "every weekday."
)

CASES = [
    # "make sure <people> have <a thing of data>": the thing is sent to them (fetched first
    # when its source is named).
    (
        ROADSIDE,
        ["http.request", "slack.post_message"],
        "5 7 * * 1-5",
        ["http.request", "slack.post_message"],
    ),
    (
        "Every morning at 6, make sure the delivery drivers have the route sheet from "
        "https://routes.example.com/api/today by email.",
        None,
        "0 6 * * *",
        ["http.request", "email.send"],
    ),
    (
        "Ensure the night nurses have the handover notes from "
        "https://ward.example.org/api/handover at 7pm every day.",
        ["http.request", "email.send"],
        "0 19 * * *",
        ["http.request", "email.send"],
    ),
    (
        "At 5:30pm every weekday, make sure the kitchen team has tomorrow's bookings list from "
        "Salesforce in #kitchen.",
        None,
        "30 17 * * 1-5",
        ["salesforce.query", "slack.post_message"],
    ),
    (
        "Each Monday at 8am, make sure our site supervisors have this week's delivery schedule "
        "from https://yard.example.com/api/deliveries before the trucks arrive.",
        ["http.request", "slack.post_message"],
        "0 8 * * 1",
        ["http.request", "slack.post_message"],
    ),
    # near cases: a thing had that is no data, and the idioms already read, stay as they were
    ("Make sure the drivers have it by email every day at 6am.", None, "0 6 * * *", ["email.send"]),
    (
        "Make sure the drivers get today's route sheet from https://routes.example.com/api/today "
        "by email every morning at 6.",
        None,
        "0 6 * * *",
        ["http.request", "email.send"],
    ),
    # "<data> at <Firm Name> and get it to …": the firm says whose data it is; "and" opens the
    # next step, never the data's own wish.
    (
        "Every Friday at 4:30pm, put together a summary of the week's placements at Foxglove "
        "Recruitment and get it to the consultants.",
        ["salesforce.query", "summarize", "slack.post_message"],
        "30 16 * * 5",
        ["salesforce.query", "summarize", "slack.post_message"],
    ),
    (
        "Every Monday at 8am, summarise last week's payments at Larkfield Lettings and get it to "
        "the landlords by email.",
        None,
        "0 8 * * 1",
        ["summarize", "email.send"],
    ),
    (
        "Every Sunday at 7pm, write a summary of the week's incidents at Oakridge School and get "
        "it over to the governors in #governors.",
        None,
        "0 19 * * 0",
        ["summarize", "slack.post_message"],
    ),
    (
        "At 6pm each weekday, summarise the day's appointments at Brightsmile Dental and get the "
        "summary to the hygienists.",
        ["summarize", "email.send"],
        "0 18 * * 1-5",
        ["summarize", "email.send"],
    ),
    (
        "Every Friday at 5pm, summarise the week's shipments at Northgate Freight Services and get "
        "it to ops@northgate.example.",
        None,
        "0 17 * * 5",
        ["summarize", "email.send"],
    ),
    # near case: people at a firm who want a thing are still who it goes to
    (
        "Every Friday at 5pm, the consultants at Foxglove Recruitment want a summary of the week's "
        "placements by email.",
        None,
        "0 17 * * 5",
        ["summarize", "email.send"],
    ),
    # After a classification, "let the project managers know": a trade named before a group of
    # staff says who they are; it picks no class.
    (
        "When a new job lands in the Polyglot Translations portal, classify it by language pair "
        "and let the project managers know.",
        ["classify", "slack.post_message"],
        None,
        ["classify", "slack.post_message"],
    ),
    (
        "When a support ticket arrives, classify it by product and tell the account managers.",
        ["classify", "email.send"],
        None,
        ["classify", "email.send"],
    ),
    (
        "When a new booking comes in, sort it by venue and tell the event coordinators in #events.",
        None,
        None,
        ["classify", "slack.post_message"],
    ),
    (
        "Each time an incident is logged, tag it by severity and let the on-call engineers know "
        "in #oncall.",
        None,
        None,
        ["classify", "slack.post_message"],
    ),
    (
        "When a new listing goes live, categorise it by property type and notify the lettings "
        "consultants by email.",
        None,
        None,
        ["classify", "email.send"],
    ),
    # near cases: a class label, or items named with "ones", still pick a class
    (
        "Classify each job as kitchen or driving and email the kitchen volunteers.",
        None,
        None,
        ["classify", "check_status", "email.send"],
    ),
    (
        "Classify incoming tickets by priority and send the high ones to #escalations.",
        None,
        None,
        ["classify", "check_status", "slack.post_message"],
    ),
    (
        "Classify leads by region and email the EMEA leads.",
        None,
        None,
        ["classify", "check_status", "email.send"],
    ),
    # "<event> = <step>": an equals sign between an event and an imperative points as "→" does.
    (
        "new foster application at whiskers cat rescue = tell the home-check volunteers pls",
        ["email.send"],
        None,
        ["email.send"],
    ),
    (
        "new volunteer form submitted = post it in #volunteers",
        None,
        None,
        ["slack.post_message"],
    ),
    (
        "new signup on the waitlist = email hello@example.com a heads-up",
        None,
        None,
        ["email.send"],
    ),
    (
        "new review on the shop page = summarise it and post the summary in #reviews",
        None,
        None,
        ["summarize", "slack.post_message"],
    ),
    (
        "New consultation booked at the tattoo studio = send the client our pre-appointment prep "
        "sheet.",
        ["email.send"],
        None,
        ["email.send"],
    ),
    # near cases: "=" between a field and its value is a comparison
    ("If the status = failed, email ops@example.com.", None, None, ["check_status", "email.send"]),
]


@pytest.mark.parametrize(("text", "tools", "cron", "actions"), CASES)
def test_round85_constructions(
    text: str, tools: list[str] | None, cron: str | None, actions: list[str]
) -> None:
    result = parse(text, {"availableTools": tools} if tools else None)
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= 0.7
    assert not any(w.startswith("uncertain:") for w in result.warnings)


def test_a_thing_that_is_no_data_is_not_sent() -> None:
    assert parse("Make sure the crews have ladders.").actions == []


def test_a_value_compared_with_equals_stays_a_test() -> None:
    result = parse("new crash report from the app → if severity = fatal → post in #oncall")
    assert result.actions == ["check_status", "slack.post_message"]


def test_a_trade_before_who_is_emailed_is_no_class() -> None:
    # the item emailed after a classification keeps its doubt: a test may still be missing
    result = parse(
        "When a support ticket arrives, classify it by product and email the account managers."
    )
    assert result.actions == ["classify", "email.send"]
