"""Round 25: months in the schedule, corrections, trigger qualifiers and lost steps."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of months, however it is joined, in either case, from a preposition or alone
        ("from May to September, every Monday at 7am email a@b.example.com", "0 7 * 5-9 1"),
        ("every day at noon in july through september email a@b.example.com", "0 12 * 7-9 *"),
        ("between March and May, every Friday at 4pm post a reminder in #garden", "0 16 * 3-5 5"),
        ("Oct-Dec: every weekday at 8am email a@b.example.com the orders", "0 8 * 10-12 1-5"),
        (
            "every night at 11 from November until February, email a@b.example.com",
            "0 23 * 1,2,11,12 *",
        ),
        # one month, after a preposition
        ("every Sunday during March at 10am email a@b.example.com", "0 10 * 3 0"),
        ("every day in december at 6am post in #lot", "0 6 * 12 *"),
        # a season is read through the months written beside it
        (
            "in winter (december through february) every day at 5am email a@b.example.com",
            "0 5 * 1,2,12 *",
        ),
        (
            "during the summer months: June to August, every Monday at 9 post in #pool",
            "0 9 * 6-8 1",
        ),
        ("in summer (June, July and August) every day at 9am email a@b.example.com", "0 9 * 6-8 *"),
        # lists of months
        ("on the 1st of April and October at 9am email a@b.example.com", "0 9 1 4,10 *"),
    ],
)
def test_months_in_the_schedule(text, expected):
    assert cron_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # month names in dates stay dates
        ("on Jan 2 and Jul 2 at 9am email a@b.example.com", "0 9 2 1,7 *"),
        ("on March 15th at 10am email a@b.example.com", "0 10 15 3 *"),
        ("every year on the 4th of July at noon post in #fun", "0 12 4 7 *"),
        # a season alone is not a schedule word: whose summer, which months?
        ("every day at 9am in summer email a@b.example.com", "0 9 * * *"),
    ],
)
def test_month_names_as_dates_and_bare_seasons_do_not_change(text, expected):
    assert cron_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every tue, thu and sat at 7am email a@b.example.com", "0 7 * * 2,4,6"),
        ("on mon & wed at 9 post the rota in #crew", "0 9 * * 1,3"),
        ("each mon, fri at 5pm email a@b.example.com", "0 17 * * 1,5"),
        ("every mon wed fri at 9 email a@b.example.com", "0 9 * * 1,3,5"),
        # one weekend named by the event before it is not every weekend
        (
            "Regatta weekend: every hour from 8am to 6pm on Sunday, post the results in #club",
            "0 8-18 * * 0",
        ),
        # … but weekends alone, or after on/every, still are
        ("weekends at 10am post the specials in #kitchen", "0 10 * * 0,6"),
        ("on the weekend at 9am email a@b.example.com", "0 9 * * 0,6"),
    ],
)
def test_day_lists_in_lower_case_and_a_named_weekend(text, expected):
    assert cron_of(text) == expected


def test_on_second_thought_corrects_the_time_before_it():
    text = "Every Tuesday at 4pm, email the rota to crew@b.example.com. On second thought, 3pm."
    assert read(text) == ("0 15 * * 2", ["email.send"])
    text = "Post the menu in #kitchen every day at 10am. On second thoughts, make it 11am."
    assert read(text) == ("0 11 * * *", ["slack.post_message"])


def test_a_step_corrected_after_a_list_of_days_keeps_the_days_and_the_source():
    text = (
        "every tue, thu and sat at 7am post the pickups from https://p.example.com/api/pickups "
        "to the dispatch webhook. sorry, email them to dispatch@p.example.com instead"
    )
    assert read(text) == ("0 7 * * 2,4,6", ["http.request", "email.send"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every day at 9 post the numbers in #ops, not by email", ["slack.post_message"]),
        (
            "every day at 9 email the numbers to a@b.example.com, not the slack channel",
            ["email.send"],
        ),
        (
            "every day at 9 send the numbers to a@b.example.com, not to the team webhook",
            ["email.send"],
        ),
    ],
)
def test_a_medium_denied_beside_the_place_kept_is_no_step(text, expected):
    result = parse(text, {})
    assert result.actions == expected
    assert not any("condition" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Dog groomer: every Friday at 4pm email the week's bookings to a@b.example.com",
        "Print shop - every weekday at 8am email the queue to a@b.example.com",
        "Ski rental: when a booking is made, email a@b.example.com",
    ],
)
def test_a_heading_naming_who_asks_is_not_an_unread_word(text):
    result = parse(text, {})
    assert result.confidence >= 0.9
    assert not any(
        "not understood" in w or "not one the parser knows" in w for w in result.warnings
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step, a schedule, a place or a marker before the colon or dash is no heading
        (
            "Check the site - if it is down, page #ops",
            (None, ["http.request", "check_status", "slack.post_message"]),
        ),
        ("Every Monday: email the rota to a@b.example.com", ("0 9 * * 1", ["email.send"])),
        ("Note: every Monday at 8, post the rota in #crew", ("0 8 * * 1", ["slack.post_message"])),
    ],
)
def test_what_is_not_a_heading_is_read_as_before(text, expected):
    assert read(text) == expected


def test_a_participle_pair_before_a_singular_head_picks_no_items():
    text = "every saturday at 8am post the accepted returns notice in #store"
    assert read(text)[1] == ["slack.post_message"]
    # the pair as the head still picks a subset
    text = (
        "every hour pull the orders from https://s.example.com/api/orders and post the refunded "
        "orders in #ops"
    )
    assert read(text)[1] == ["http.request", "check_status", "slack.post_message"]


def test_a_time_after_since_is_the_tests_not_the_schedules():
    text = (
        "every morning at 8, check the door log and email me@x.example.com if nobody has "
        "badged in since 6am"
    )
    assert read(text)[0] == "0 8 * * *"
    text = "every day at 5pm, alert #ops if the queue hasn't moved since noon"
    assert read(text)[0] == "0 17 * * *"
    # a run that starts at a time is still read
    assert read("every day at 6am email me@x.example.com the overnight orders")[0] == "0 6 * * *"


def test_a_count_of_nights_is_a_span_not_a_nightly_run():
    text = "When a guest books more than 5 nights, email a@b.example.com"
    assert read(text) == (None, ["check_status", "email.send"])
    text = "If a patient stays three nights, email a@b.example.com"
    assert read(text)[0] is None
    # the period words themselves still schedule
    assert read("nights at 11 email a@b.example.com the door log")[0] == "0 23 * * *"


@pytest.mark.parametrize(
    "text",
    [
        "When a printer throws a fault, post the printer id in #it",
        "When a pump on one of the wells reports an error, post it in #field",
    ],
)
def test_a_trigger_that_reports_a_fault_is_tested(text):
    assert read(text) == (None, ["check_status", "slack.post_message"])


@pytest.mark.parametrize(
    "text",
    [
        "if a student doesn't turn up for their lesson, email them a@b.example.com the notes",
        "when a guest doesn't check in, post it in #front-desk",
        "if a tenant didn't pay, email a@b.example.com",
    ],
)
def test_an_act_that_did_not_happen_is_tested(text):
    assert read(text)[1][0] == "check_status"


def test_a_bare_event_verb_stays_untested():
    assert read("When a student turns up for their lesson, post it in #desk")[1] == [
        "slack.post_message"
    ]


@pytest.mark.parametrize(
    ("text", "tools", "expected"),
    [
        (
            "When a deploy fails, let the mobile release crew know.",
            ["slack.post_message"],
            ["check_status", "slack.post_message"],
        ),
        (
            "When a deploy fails, let our on-call know.",
            ["email.send"],
            ["check_status", "email.send"],
        ),
        (
            "every night at 10 check the backups and ping me if any are missing",
            ["http.request", "email.send"],
            ["http.request", "check_status", "email.send"],
        ),
    ],
)
def test_people_told_with_no_medium_get_the_delivery_tool(text, tools, expected):
    assert read(text, {"availableTools": tools})[1] == expected


def test_a_ping_to_a_service_is_still_a_request():
    text = "every 5 minutes ping the payments endpoint and email a@b.example.com if it is down"
    assert read(text)[1] == ["http.request", "check_status", "email.send"]


@pytest.mark.parametrize(
    "text",
    [
        "When a pull request is merged, give the author a shout-out in the engineering channel.",
        "When a deal closes, post a note to the sales wins channel.",
    ],
)
def test_a_channel_named_without_a_hash_is_slack(text):
    assert read(text, {"availableTools": ["slack.post_message", "email.send"]})[1][-1] == (
        "slack.post_message"
    )


def test_a_channel_that_is_no_place_to_post_is_not_slack():
    text = (
        "every Monday at 9 pull the ad spend by channel from https://ads.example.com/api/spend "
        "and email it to a@b.example.com"
    )
    assert read(text)[1] == ["http.request", "email.send"]


def test_an_introduction_with_a_compound_number_and_a_description_is_no_step():
    text = (
        "We run a 12-chair salon and the dryers are noisy. When a dryer throws a fault, post "
        "it in #floor."
    )
    result = parse(text, {})
    assert result.actions == ["check_status", "slack.post_message"]
    assert result.confidence >= 0.85


def test_a_word_is_read_as_a_verb_only_by_its_ending():
    # "DMV" is no form of "dm"; "dropped" is of "drop", "pushes" of "push"
    text = (
        "DMV office: every hour from 8am to 4pm pull https://d.example.com/api/wait and post it "
        "to the lobby webhook"
    )
    assert read(text)[1] == ["http.request", "webhook.post"]
    assert read("every day at 9 pull https://x.example.com/a and pushes it to the ops webhook")[
        1
    ] == [
        "http.request",
        "webhook.post",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Just once, please: pull the orders from https://s.example.com/api/orders and email them "
        "to a@b.example.com",
        "One time only — pull the orders from https://s.example.com/api/orders and email them "
        "to a@b.example.com",
    ],
)
def test_a_one_off_run_is_no_condition(text):
    result = parse(text, {})
    assert (result.schedule, result.actions) == (None, ["http.request", "email.send"])
    assert result.confidence >= 0.85


def test_once_before_a_clause_still_opens_a_condition():
    text = "Once a refund is approved, email a@b.example.com"
    assert read(text)[1] == ["email.send"]
    text = "Once the export has failed, email a@b.example.com"
    assert read(text)[1] == ["check_status", "email.send"]


@pytest.mark.parametrize(
    "text",
    [
        "Food truck owner here, every Friday at 3pm email the week's sales from "
        "https://t.example.com/api/sales to a@b.example.com",
        "bakery here so when a wholesale order comes in, email a@b.example.com",
    ],
)
def test_who_asks_introduced_by_here_is_no_unread_word(text):
    result = parse(text, {})
    assert not any(
        "not understood" in w or "not one the parser knows" in w for w in result.warnings
    )


@pytest.mark.parametrize(
    "text",
    [
        "If the freezer at https://cold.example.com/api/temp is above -10, email a@b.example.com. "
        "Run this check every 30 minutes.",
        "If the queue at https://q.example.com/api/depth is over 500, post in #ops. "
        "Do the checks every hour.",
    ],
)
def test_running_the_check_on_a_schedule_is_no_step(text):
    assert read(text)[1] == ["http.request", "check_status", read(text)[1][-1]]
    assert len(read(text)[1]) == 3


def test_a_source_named_last_with_a_courtesy_is_fetched_first():
    text = (
        "if the tank hasn't been refilled in 2 days, email a@b.example.com. check "
        "https://t.example.com/api/tank every hour thx"
    )
    assert read(text) == ("0 * * * *", ["http.request", "check_status", "email.send"])


def test_a_delivery_verb_after_an_event_starts_a_step_in_a_run_on():
    text = (
        "when a tenant moves out text the handyman through the SMS webhook then wait 2 days "
        "and email the landlord a@b.example.com"
    )
    assert read(text)[1] == ["webhook.post", "wait", "email.send"]


@pytest.mark.parametrize(
    "text",
    [
        "every 10 minutes check https://g.example.com/api/humidity, above 80% -> post in #grow",
        "every 10 minutes check https://g.example.com/api/humidity, more than 80 percent, "
        "post in #grow",
    ],
)
def test_a_comparison_standing_alone_guards_the_step_after_it(text):
    assert read(text)[1] == ["http.request", "check_status", "slack.post_message"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When a buyer signs the offer, email them the disclosures, then wait until the buyer "
            "returns the signed copy and post it in #closings",
            ["email.send", "wait_for_signal", "slack.post_message"],
        ),
        # a wait for a time of day or a span stays a timed wait
        (
            "When a buyer signs the offer, email a@b.example.com, then wait 2 days and post it in "
            "#closings",
            ["email.send", "wait", "slack.post_message"],
        ),
    ],
)
def test_a_wait_until_someone_acts_is_a_signal(text, expected):
    assert read(text)[1] == expected


def _warned(text, context=None, *, about):
    return [w for w in parse(text, context or {}).warnings if about in w]


def test_a_span_after_then_is_no_count_on_the_trigger():
    text = (
        "when a tenant moves out text the handyman through the SMS webhook then wait 2 days "
        "and email the landlord a@b.example.com"
    )
    assert not _warned(text, about="counts on the trigger")


def test_a_trailing_whenever_is_the_trigger_without_doubt():
    text = "Can #deals get a post whenever a contract is signed?"
    assert read(text)[1] == ["slack.post_message"]
    assert not _warned(text, about="not the first clause")


def test_a_comparison_in_what_a_fetch_picks_needs_no_test():
    text = (
        "Every Monday at 8, pull the members who are more than 60 days overdue from the CRM and "
        "email the list to a@b.example.com"
    )
    assert not _warned(text, about="compares, but no step tests it")


def test_a_comparison_on_the_trigger_is_a_test_not_the_event():
    text = "When a kiln gets a reading above its safe limit, post in #studio"
    assert read(text)[1] == ["check_status", "slack.post_message"]
    assert not _warned(text, about="may be the trigger event")


def test_a_call_that_acts_is_no_fetch_left_unused():
    text = (
        "When an order ships, post it in #ops and mark it shipped by calling "
        "https://s.example.com/api/ship"
    )
    assert read(text)[1] == ["slack.post_message", "http.request"]
    assert not _warned(text, about="fetches data nothing uses")
    # a fetch at the end that nothing reads is still doubted
    text = "every day at 9 post the summary in #ops and fetch https://x.example.com/a"
    assert _warned(text, about="fetches data nothing uses")


@pytest.mark.parametrize(
    "text",
    [
        "Bike shop here — every Saturday at 9am post the repair queue from "
        "https://b.example.com/api/queue in #mechanics",
        "I'm the treasurer of our chess club and honestly I'm swamped. every Monday at 8 email "
        "the dues list from https://c.example.com/api/dues to a@b.example.com",
        "We grow about 200 tomato plants. every day at 6am check https://g.example.com/api/soil "
        "and post in #grow if it is below 20%",
        "Every Friday at 4pm post the rota in #crew. Oh, and email it to a@b.example.com too.",
        "every Monday at 9 email the rota to a@b.example.com, you're a lifesaver",
    ],
)
def test_introductions_interjections_and_thanks_are_no_unread_words(text):
    result = parse(text, {})
    assert not any(
        "not understood" in w or "not one the parser knows" in w for w in result.warnings
    )
    assert result.confidence >= 0.85


def test_a_number_with_a_time_keeps_the_sentence():
    # "at 5pm" is no count of things: the sentence still says when it runs
    assert read("We run the export at 5pm. Email it to a@b.example.com")[0] == "0 17 * * *"


def test_tomorrow_mornings_data_is_no_doubt():
    text = (
        "every evening at 8 fetch tomorrow morning's tide table from "
        "https://t.example.com/api/tides and email it to a@b.example.com"
    )
    assert read(text)[0] == "0 20 * * *"
    assert not _warned(text, about="tomorrow")


def test_lets_just_do_is_a_correction_marker():
    text = (
        "On the 1st of every month — no, let's just do the 10th — at 9am, email the invoices "
        "to a@b.example.com"
    )
    assert read(text)[0] == "0 9 10 * *"
    assert not _warned(text, about="not understood")


def test_school_days_are_weekdays():
    assert cron_of("every school day at 7:15am post the bus rota in #drivers") == "15 7 * * 1-5"


def test_a_lone_capitals_full_stop_ends_no_sentence():
    text = "When the lab reports E. coli above the limit at a well, email a@b.example.com"
    result = parse(text, {})
    assert result.actions == ["check_status", "email.send"]
    assert result.confidence >= 0.85


def test_after_an_event_inside_a_condition_opens_no_trigger():
    text = "When a player's score drops by more than 50 points after a match, post it in #coaches"
    assert read(text)[1] == ["check_status", "slack.post_message"]
    assert not _warned(text, about="not the first clause")


def test_what_a_thing_has_at_an_address_is_its_source():
    text = (
        "Our greenhouse has a CO2 sensor at https://g.example.com/api/co2. Check it every 10 "
        "minutes and if it goes over 1200, post in #grow."
    )
    result = parse(text, {})
    assert result.actions == ["http.request", "check_status", "slack.post_message"]
    assert result.confidence >= 0.85


def _condition(text):
    return next(s.config for s in parse(text, {}).steps if s.action == "check_status")


def test_conditions_with_a_scale_an_absence_or_a_reason():
    surge = _condition("When a gauge records a surge above level 3, post in #harbour")
    assert (surge["operator"], surge["value"]) == ("gt", 3)
    text = "When a vendor sends an invoice without a purchase order, email a@b.example.com"
    assert _condition(text) == {"field": "$.purchase_order", "operator": "exists", "value": False}
    flagged = _condition("When a claim is flagged for manual review, email a@b.example.com")
    assert (flagged["operator"], flagged["value"]) == ("equals", "manual review")
    # "without errors" is still a success
    assert _condition("When a build finishes without errors, post in #ci")["value"] == "success"


@pytest.mark.parametrize(
    "text",
    [
        "every Monday at 9 email the March to May numbers to a@b.example.com",
        "every Monday at 9 email our Jan-Mar report to a@b.example.com",
        "every Monday at 9 email the January and July invoices to a@b.example.com",
    ],
)
def test_months_after_a_determiner_are_the_datas(text):
    result = parse(text, {})
    assert result.schedule.cron_expression == "0 9 * * 1"
    assert result.confidence >= 0.85


def test_a_match_is_a_noun_after_an_article_and_no_typo():
    text = (
        "When a match ends, pull the match stats from https://e.example.com/api/matches/latest "
        "and post them in #coaches"
    )
    result = parse(text, {})
    assert result.actions == ["http.request", "slack.post_message"]
    assert not any("typo" in w for w in result.warnings)


def test_a_comparison_restating_an_open_test_is_no_second_test():
    text = "every 5 minutes check https://x.example.com/cpu and if it is high, over 90%, email me"
    assert read(text)[1] == ["http.request", "check_status", "email.send"]
