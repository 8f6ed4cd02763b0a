"""The constructions of issue 15, each read from its shape rather than a remembered phrase."""

import pytest

from nl_parser import parse
from nl_parser.conditions import read_condition
from nl_parser.corrections import apply_corrections
from nl_parser.filters import find_filter
from nl_parser.typos import mend_typos

H, E, S, W, SF = (
    "http.request",
    "email.send",
    "slack.post_message",
    "webhook.post",
    "salesforce.query",
)
C = "check_status"


def actions(text: str, context: dict | None = None) -> list[str]:
    return parse(text, context).actions


def cron(text: str) -> str | None:
    schedule = parse(text).schedule
    return schedule.cron_expression if schedule else None


# Conditions: if/when/unless/only/in case + a predicate.


@pytest.mark.parametrize(
    ("body", "operator", "value"),
    [
        ("it does not return 200", "not_equals", 200),
        ("it doesn't respond with 200", "not_equals", 200),
        ("it returns anything other than 204", "not_equals", 204),
        ("the API returns an error", "equals", "failed"),
        ("the backup finishes with errors", "equals", "failed"),
        ("the import doesn't finish successfully", "equals", "failed"),
        ("it is degraded", "equals", "degraded"),
        ("it flips to red", "equals", "failed"),
        ("there are any critical errors", "gt", 0),
        ("there are none", "equals", 0),
        ("there are more than 20", "gt", 20),
        ("the backlog is 3 or more", "gte", 3),
        ("the queue is longer than 1000", "gt", 1000),
    ],
)
def test_condition_predicates(body, operator, value):
    condition = read_condition(body)
    assert condition.action == C
    assert (condition.config["operator"], condition.config["value"]) == (operator, value)


def test_a_contraction_reads_as_its_long_form():
    assert read_condition("it's down").config["value"] == "down"


def test_an_event_with_any_verb_is_a_trigger_not_a_condition():
    assert read_condition("a customer replies to a survey") is None
    assert read_condition("the report is ready") is None


def test_an_unknown_predicate_is_kept_as_a_weak_guard_with_a_warning():
    result = parse("Fetch https://api.example.com/x and email a@example.com if it looks wobbly")
    assert result.actions == [H, C, E]
    assert result.steps[1].config["value"] == "it_looks_wobbly"
    assert any("condition" in w and "not understood" in w for w in result.warnings)
    assert result.confidence < 0.7


@pytest.mark.parametrize(
    "text",
    [
        "Every 15 mins, ping https://shop.example.com and email web@example.com unless it is up.",
        "Every hour, check https://api.example.com/q and post to #ops only when it is down.",
        "Every hour, check https://api.example.com/q; in case it returns an error, alert #ops.",
    ],
)
def test_conditional_words_all_open_a_guard(text):
    assert actions(text)[:2] == [H, C]


def test_unless_negates_a_count():
    result = parse(
        "Every hour, query Salesforce for new deals and, unless there are none, post to #s"
    )
    assert result.actions == [SF, C, S]
    assert result.steps[1].config == {"field": "$.count", "operator": "not_equals", "value": 0}


def test_a_leading_condition_guards_the_action_after_it():
    text = "Fetch https://x.io/logs, summarize them, and if there are any errors, email a@x.io"
    assert actions(text) == [H, "summarize", C, E]


def test_a_trailing_condition_guards_the_action_before_it():
    assert actions("Fetch https://x.io/logs, summarize them and email a@x.io if it fails") == [
        H,
        "summarize",
        C,
        E,
    ]


# Filters written on the delivered object.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fetch https://x.io/t and send urgent tickets to the escalation webhook", [H, C, W]),
        ("Fetch https://x.io/j and post any jobs that failed to #ci", [H, C, S]),
        ("Query Salesforce for deals and post orders above $10k to #wins", [SF, C, S]),
        ("Fetch https://x.io/s and email out-of-stock items to a@x.io", [H, C, E]),
        ("Fetch https://x.io/a and email the ones older than 3 days to a@x.io", [H, C, E]),
        ("Fetch https://x.io/t and remind a@x.io by email about the overdue tasks", [H, C, E]),
        ("Fetch new signups from https://x.io/s and send the enterprise signups to #s", [H, C, S]),
        (
            "Classify new leads into hot, warm or cold and email the hot leads to a@x.io",
            [
                "classify",
                C,
                E,
            ],
        ),
    ],
)
def test_a_filtering_object_adds_a_guard(text, expected):
    assert actions(text) == expected


@pytest.mark.parametrize(
    "object_text",
    ["the weekly digest ", "the open incidents ", "them ", "the new leads ", "yesterday's orders "],
)
def test_ordinary_objects_are_not_filters(object_text):
    assert find_filter(object_text, after_classify=False) is None


def test_a_modifier_the_fetch_already_named_is_no_filter():
    fetched = ["pending orders"]
    assert find_filter("the pending orders ", after_classify=False, fetched=fetched) is None
    text = "Every hour, call https://x.io/v2/orders/pending and send the pending orders to #ops."
    assert actions(text) == [H, S]


def test_a_filter_after_classify_tests_the_label():
    condition = find_filter("the billing ones ", after_classify=True, labels=frozenset({"billing"}))
    assert condition.config == {"field": "$.category", "operator": "equals", "value": "billing"}


# A condition that needs data implies the fetch before it.


def test_a_scheduled_condition_fetches_first():
    assert actions("Every 5 minutes, alert #payments if it is degraded.") == [H, C, S]


def test_a_scheduled_condition_on_sales_things_queries_salesforce():
    assert actions("Every hour, post to #sales when there are more than 10 open deals.") == [
        SF,
        C,
        S,
    ]


def test_a_triggered_condition_needs_no_fetch():
    assert actions("If the nightly backup fails, email ops@example.com.") == [C, E]


def test_the_added_fetch_is_named_in_the_warnings():
    result = parse("Every 10 minutes, email sre@example.com if the website is down.")
    assert any("needs data" in w for w in result.warnings)


# Verbs and nouns.


@pytest.mark.parametrize(
    "text",
    [
        "Email the weekly digest to staff@example.com every Friday at 4pm.",
        "Every Monday at 8am, send the weekly report to ceo@example.com.",
        "Post the daily summary in #general at 6pm every day.",
    ],
)
def test_an_existing_digest_or_report_is_only_delivered(text):
    assert len(actions(text)) == 1


def test_a_summary_of_something_is_made_first():
    assert actions("Email a summary of this week's releases to p@example.com") == ["summarize", E]


def test_a_digest_of_fetched_data_is_made_first():
    assert actions("Fetch https://x.io/prs and post a digest to #review") == [H, "summarize", S]


def test_a_listed_noun_is_not_a_verb():
    text = (
        "When a form arrives, extract the name, phone and email, then push them to the CRM webhook"
    )
    assert actions(text) == ["extract", W]


def test_a_verb_with_a_bare_noun_at_the_end_of_an_extract_list_is_a_noun():
    text = "Fetch https://x.io/u, extract active users and total sessions, and email them to a@b.io"
    assert actions(text) == [H, "extract", E]


def test_incoming_emails_to_an_address_are_a_source():
    text = "Classify incoming emails to support@example.com as spam or not"
    assert actions(text) == ["classify"]


@pytest.mark.parametrize(
    "text",
    [
        "yo every 20 mins hit https://api.acme.io/health and slack #sre if it's down",
        "can you grab the incidents from https://x.io/i and drop them in #ops",
        "Every 10 minutes, look at https://x.io/health and let #ops know if it's unhealthy.",
        "I need a workflow that pulls https://x.io/i every hour and posts them to #ops",
        "Can you set it up so that every day at 9 we pull https://x.io/i and post them in #ops?",
    ],
)
def test_spoken_openers_and_informal_verbs(text):
    assert actions(text)[0] == H
    assert actions(text)[-1] == S


def test_no_medium_named_uses_the_callers_medium():
    context = {"availableTools": ["slack.post_message"]}
    result = parse("Every weekday at 5pm, send the team a summary of today's deploys.", context)
    assert result.actions == ["summarize", S]
    assert not any("left out" in w for w in result.warnings)


# Corrections.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 23:59 on the 30th, no, at 23:00 on the 28th, email a@example.com", "0 23 28 * *"),
        ("Every day at 8am, actually 9am, email a@example.com", "0 9 * * *"),
        ("Every Tuesday, I mean every Thursday, at 10am, email a@example.com", "0 10 * * 4"),
        ("Every Monday at 7am, make that 8am, email a@example.com", "0 8 * * 1"),
        ("Every Monday at 9 - actually make it 10 - email a@example.com", "0 10 * * 1"),
        ("Every day at 6, no sorry, 7pm, email a@example.com", "0 19 * * *"),
    ],
)
def test_a_schedule_correction_replaces_the_same_kind_of_words(text, expected):
    assert cron(text) == expected


def test_an_action_correction_replaces_the_clause_before_it():
    text = "Fetch https://x.io/o and email them to o@example.com, sorry, post them to #orders."
    result = parse(text)
    assert result.actions == [H, S]
    assert any("correction" in w for w in result.warnings)


def test_a_destination_correction_replaces_the_destination():
    result = parse("Every day at 9, post the prompt to #team, no, to #eng-standup.")
    assert result.steps[-1].config["channel"] == "#eng-standup"


def test_no_correction_without_a_marker_or_a_replacement():
    text = "Post to #ops if there are no errors"
    assert apply_corrections(text) == (text, [])


# Typos.


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("emial", "email"),
        ("evry", "every"),
        ("Evrey", "Every"),
        ("qeury", "query"),
        ("fecth", "fetch"),
        ("sumarize", "summarize"),
        ("minuts", "minutes"),
        ("Wendesday", "Wednesday"),
        ("reprot", "report"),
        ("slak", "slack"),
    ],
)
def test_a_typo_one_edit_from_a_catalog_word_is_mended(written, read_as):
    mended, mends = mend_typos(written)
    assert mended.lower() == read_as.lower()
    assert len(mends) == 1


@pytest.mark.parametrize(
    "word",
    ["ever", "most", "sent", "ticket", "deal", "posted", "reports", "dairy", "later", "filed"],
)
def test_real_words_are_not_mended(word):
    assert mend_typos(word) == (word, [])


def test_a_mended_typo_is_a_warning_and_costs_confidence():
    clean = parse("Every Monday at 9am, query Salesforce for leads and email them to a@example.com")
    typo = parse("Every Monday at 9am, qeury Salesforce for leads and emial them to a@example.com")
    assert typo.actions == clean.actions
    assert any("'qeury' as 'query'" in w for w in typo.warnings)
    assert typo.confidence < clean.confidence


def test_twice_daily_is_two_times_a_day():
    assert cron("Twice daily, fetch https://api.example.com/stock and email a@example.com") == (
        "0 9,17 * * *"
    )


def test_a_participle_on_the_delivered_noun_is_a_filter():
    text = "Fetch https://x.io/orders and email the refunded orders to finance@example.com"
    assert actions(text) == [H, C, E]


def test_dropping_items_keeps_the_rest():
    result = parse(
        "Fetch https://x.io/alerts, drop the resolved ones, and email the rest to a@x.io"
    )
    assert result.actions == [H, C, E]
    assert result.steps[1].config["operator"] == "not_equals"


def test_a_report_the_source_already_has_is_only_delivered():
    text = "Every day at 8, post the traffic report from https://x.io/api/today to #commute."
    assert actions(text) == [H, S]


@pytest.mark.parametrize("word", ["stack", "score", "product"])
def test_a_one_letter_change_off_the_keyboard_is_another_word(word):
    assert mend_typos(word) == (word, [])


def test_a_slip_to_a_neighbouring_key_is_mended():
    assert mend_typos("emsil")[0] == "email"


@pytest.mark.parametrize(
    "text",
    [
        "Every 10 minutes, check whether https://x.io/h is degraded and post to #s when it is.",
        "Every 10 minutes, check whether https://x.io/h is degraded and, if so, post to #s.",
    ],
)
def test_an_elliptical_condition_refers_to_the_check_before_it(text):
    assert actions(text) == [H, C, S]


def test_a_clause_about_the_workflow_itself_is_no_step():
    text = "In case https://x.io/disk reports more than 90%, post to #infra. Run this every 5 min."
    result = parse(text)
    assert result.actions == [H, C, S]
    assert result.schedule.cron_expression == "*/5 * * * *"


def test_a_repeated_guard_or_an_unused_fetch_is_a_doubt():
    from nl_parser.actions import StepDraft
    from nl_parser.confidence import structure_doubts

    steps = [StepDraft(a) for a in (H, C, C, S, H)]
    reasons = [d.reason for d in structure_doubts(steps)]
    assert len(reasons) == 2
    assert structure_doubts([StepDraft(a) for a in (H, C, S)]) == []


def test_ping_to_people_is_a_message_and_to_a_url_a_request():
    assert actions("Ping #oncall on Slack") == [S]
    assert actions("Ping https://api.example.com/health") == [H]


def test_a_recap_of_something_filters_nothing():
    assert actions("Send a recap of the week's closed deals to #sales") == ["summarize", S]


def test_crossing_a_named_threshold_is_a_comparison():
    condition = read_condition("an item falls below its reorder point")
    assert condition.config["operator"] == "lt"
    assert condition.config["value"] == "reorder_point"


def test_for_the_ones_opens_a_filter():
    text = "Get new Salesforce leads and, for the ones from enterprise accounts, post them to #e"
    assert actions(text) == [SF, C, S]


def test_something_happening_to_a_new_thing_is_an_event():
    assert read_condition("an order is refunded") is None
    assert read_condition("the order is delayed").config["value"] == "delayed"


def test_does_not_come_back_with_a_status_is_a_negated_status():
    assert read_condition("it does not come back with 200").config == {
        "field": "$.status",
        "operator": "not_equals",
        "value": 200,
    }


def test_weekend_after_a_determiner_is_an_adjective():
    assert cron("Every Saturday at 9am, email the weekend schedule to a@example.com") == "0 9 * * 6"
    assert cron("Every weekend at 9, email a@example.com") == "0 9 * * 0,6"


def test_responds_with_a_status_and_within_a_span():
    assert read_condition("it responds with 200").config["value"] == 200
    assert read_condition("any domain expires within 30 days").config["operator"] == "lt"


def test_in_a_scheduled_workflow_an_if_clause_is_always_a_guard():
    text = "Every hour, fetch https://x.io/d and email a@x.io if any domain gets renamed"
    result = parse(text)
    assert result.actions == [H, C, E]
    assert any("not understood" in w for w in result.warnings)
    assert parse("If any domain gets renamed, email a@x.io").actions == [E]


# Openers and waits of round four (heldout11): read by shape, each in words no set uses.


@pytest.mark.parametrize(
    "text",
    [
        "Every hour, call https://api.acme.io/q and, in the event that the backlog is above 40, "
        "post to #ops.",
        "Every hour, call https://api.acme.io/q and, in the event the backlog is above 40, post to "
        "#ops.",
        "Every hour, call https://api.acme.io/q and post to #ops provided that the backlog is "
        "above 40.",
        "Every hour, call https://api.acme.io/q; should the backlog go beyond 40, post to #ops.",
        "Every hour, call https://api.acme.io/q and, should the backlog pass 40, post to #ops.",
    ],
)
def test_more_openers_make_a_condition(text):
    assert actions(text) == [H, C, S]


@pytest.mark.parametrize(
    "text",
    [
        "Every day at 6pm, fetch https://api.acme.io/tasks and, for any that are overdue, email "
        "a@acme.io.",
        "Every day at 6pm, fetch https://api.acme.io/tasks and, for each task older than 5 days, "
        "email a@acme.io.",
    ],
)
def test_for_any_or_each_after_a_comma_picks_a_subset(text):
    assert actions(text) == [H, C, E]


def test_for_each_inside_a_clause_iterates():
    text = "Every day at 6pm, fetch https://api.acme.io/tasks and email a note for each task."
    assert actions(text) == [H, E]


def test_should_as_a_modal_is_no_condition():
    text = "When a form arrives, email the team what they should do next."
    assert C not in actions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When a ticket closes, give it 2 hours, then email the customer.", ["wait", E]),
        (
            "When a quote is sent, hold it until sales confirms, then post it to #q.",
            ["wait_for_signal", S],
        ),
        ("Pause until the client replies, then post the thread to #cs.", ["wait_for_signal", S]),
        (
            "When a trial starts, email a tour; if they have not logged in three days later, "
            "post the account to #cs.",
            [E, "wait", C, S],
        ),
    ],
)
def test_waits_written_as_allowances_people_or_later_tests(text, expected):
    assert actions(text) == expected


def test_about_to_is_an_event():
    assert actions("When a card is about to expire, email the customer.") == [E]


@pytest.mark.parametrize(
    ("body", "operator", "value"),
    [
        ("the invoice is older than 30 days", "gt", 30),
        ("the ticket has been open for more than an hour", "gt", "an hour"),
        ("the build is newer than a day", "lt", "a day"),
    ],
)
def test_ages_and_single_units_compare(body, operator, value):
    condition = read_condition(body)
    assert (condition.config["operator"], condition.config["value"]) == (operator, value)


def test_a_bare_object_older_than_a_span_is_a_filter():
    text = (
        "Every day at 9am, fetch https://api.acme.io/prs and post pull requests older than a week "
        "to #eng."
    )
    assert actions(text) == [H, C, S]


def test_i_meant_corrects_the_time():
    assert cron("Every day at 6, I meant 6:45, post the menu in #office.") == "45 6 * * *"


def test_hang_on_is_a_wait():
    assert actions("When a build ends, hang on for 10 minutes, then post the log to #ci.") == [
        "wait",
        S,
    ]


# Round four, after heldout13: numbered steps, "otherwise", "for the X ones", waits on others.


def test_numbered_steps_are_clauses():
    text = (
        "Daily at 6am: 1) fetch https://api.acme.io/jobs 2) recap them 3) email the recap to "
        "a@acme.io."
    )
    assert actions(text) == [H, "summarize", E]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every hour, fetch https://api.acme.io/q; if it is empty, do nothing, otherwise post "
            "it to #q.",
            [H, C, S],
        ),
        (
            "Every hour, fetch https://api.acme.io/q and if it is down email a@acme.io, otherwise "
            "post OK to #q.",
            [H, C, E, C, S],
        ),
        (
            "Every hour, fetch https://api.acme.io/q; if it is down, email a@acme.io, otherwise do "
            "nothing.",
            [H, C, E],
        ),
    ],
)
def test_otherwise_takes_the_other_branch(text, expected):
    assert actions(text) == expected


def test_an_otherwise_with_no_test_before_it_is_a_doubt():
    result = parse("Every hour, fetch https://api.acme.io/q and otherwise post it to #q.")
    assert result.confidence <= 0.65
    assert any("'otherwise' follows no test" in w for w in result.warnings)


def test_for_the_x_ones_after_a_classify_picks_a_label():
    text = "Sort each new review by language and, for the german ones, post to #de."
    assert actions(text) == ["classify", C, S]


def test_wait_for_someone_to_do_something_is_a_signal():
    assert actions("When a laptop is ordered, wait for IT to ship it, then email the owner.") == [
        "wait_for_signal",
        E,
    ]


def test_a_wished_weekend_is_no_schedule():
    assert cron("Email the team a nice weekend note every Friday at 4pm.") == "0 16 * * 5"


# After heldout14: each in words no labelled set uses.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every minute, poll https://api.acme.io/export/7 and as soon as the export is ready, "
            "email a@acme.io.",
            [H, C, E],
        ),
        (
            "When an expense over $300 is filed, put it on hold until the controller approves it, "
            "then post it to #ap.",
            [C, "wait_for_signal", S],
        ),
        ("When a build gets three retries, post it to #flaky.", [C, S]),
        (
            "Every Monday at 9, fetch https://api.acme.io/visits, make a graph of them and email "
            "it to a@acme.io.",
            [H, "generate_report", E],
        ),
        (
            "When a vendor is onboarded, wait until their bank details are verified, then email "
            "them the PO.",
            ["wait_for_signal", E],
        ),
        (
            "Every day at 7am, fetch https://api.acme.io/tests and email b@acme.io the "
            "regressions.",
            [H, C, E],
        ),
        (
            "Every hour, fetch https://api.acme.io/stale-carts and, for every stale cart, email "
            "the shopper.",
            [H, E],
        ),
        ("When a visitor books a demo through the website, email sales@acme.io.", [E]),
    ],
)
def test_round_four_after_heldout14(text, expected):
    assert actions(text) == expected


@pytest.mark.parametrize("word", ["cart", "chats", "hands"])
def test_ordinary_words_near_new_verbs_stay(word):
    assert mend_typos(f"Every day, send the {word} list to a@acme.io.")[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Could you set up a workflow that posts the open bugs from https://api.acme.io/bugs "
            "to #eng every Monday at 9am?",
            [H, S],
        ),
        ("When an order ships, email the buyer that it is on its way.", [E]),
        ("When a refund is made after 9pm, post it to #late-refunds.", [C, S]),
        ("Whenever a deal's stage moves to 'lost', email coach@acme.io.", [C, E]),
    ],
)
def test_requests_told_content_event_times_and_state_changes(text, expected):
    assert actions(text) == expected


def test_a_time_on_the_trigger_is_no_schedule():
    assert cron("When a refund is made after 9pm, post it to #late-refunds.") is None


def test_a_parse_that_read_every_word_is_not_replaced_by_a_template():
    result = parse(
        "When a quote has sat unsigned for 10 days, void it via https://q.acme.io/api/void and "
        "email the rep that it was voided."
    )
    assert result.type == "generated"
    assert result.actions == [C, H, E]


def test_send_or_post_after_a_read_predicate_starts_the_step_without_a_comma():
    text = "Every day at noon, check https://x.io/len and if it's above 500 send a webhook to https://h.io/up."
    assert actions(text) == [H, C, W]


@pytest.mark.parametrize(
    "text",
    [
        "Every hour, fetch https://a.io/q; if it's zero, fine, else post it to #errors.",
        "Every hour, fetch https://a.io/q; if it's zero, ignore it, otherwise post it to #errors.",
        "Every hour, fetch https://a.io/q; if it's zero, do nothing, otherwise post it to #errors.",
    ],
)
def test_else_takes_the_other_branch_of_a_test_that_does_nothing(text):
    result = parse(text)
    assert result.actions == [H, C, S]
    assert result.steps[1].config["operator"] == "not_equals"
    assert result.steps[1].config["field"] == "$.status"


def test_a_step_whose_place_stands_for_its_object_starts_after_a_predicate():
    text = "Every 15 minutes check https://x.io/q and if the backlog is above 2000 post to #ops."
    assert actions(text) == [H, C, S]


def test_group_by_is_a_classification():
    text = "Every Sunday at 9, pull https://x.io/t, group them by category and email them to a@b.io"
    assert actions(text) == [H, "classify", E]
