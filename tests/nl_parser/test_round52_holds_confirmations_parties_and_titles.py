"""Round 52: a participle of holding in a row of passive steps ("compiled, held until the
coordinator okays it, and then sent"), someone confirming after a step ("…; once the shop
confirms it's ready, email them"), the party of a meeting ("last lesson with Roadwise"), a
pronoun with its auxiliary run on ("confirm they've read it") and the teller's title before a
step ("Our ISP helpdesk inbox: tag every …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

C, E, K, S, U, W, WB, G, R = (
    "check_status",
    "email.send",
    "classify",
    "slack.post_message",
    "summarize",
    "wait",
    "webhook.post",
    "wait_for_signal",
    "generate_report",
)
PAGER = {"availableTools": ["slack.post_message", "webhook.post"]}


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "On the 28th of each month at 16:45, the volunteer-hours report for St Brigid's "
            "Hospice is to be compiled, held until the volunteer coordinator okays it, and then "
            "sent to trustees@example-stbrigidshospice.org.uk.",
            "45 16 28 * *",
            [R, G, E],
        ),
        (
            "Every Friday at 17:00 the weekly sales summary is to be generated, held until Dana "
            "approves it, and then posted to #sales.",
            "0 17 * * 5",
            [U, G, S],
        ),
        (
            "On the 28th of each month at 16:45, the volunteer-hours report should be compiled, "
            "then held until the coordinator approves it, then emailed to trustees@example.org.",
            "45 16 28 * *",
            [R, G, E],
        ),
        (
            "Each Monday at 08:30 a report of last week's deliveries must be produced, kept "
            "until the depot manager approves it, and then sent to ops@example-haulage.com.",
            "30 8 * * 1",
            [R, G, E],
        ),
        (
            "Daily at 6pm, the shift summary is to be created and held back until the duty nurse "
            "okays it, then posted in #ward-7.",
            "0 18 * * *",
            [U, G, S],
        ),
    ],
)
def test_a_participle_of_holding_in_a_row_of_steps_is_the_hold(text, cron, actions):
    assert read(text) == (cron, actions)
    assert doubts_of(text) == []


def test_passive_steps_without_a_hold_make_no_wait():
    text = (
        "Every Friday at 17:00 the weekly sales summary is to be generated and then posted to "
        "#sales."
    )
    assert read(text) == ("0 17 * * 5", [U, S])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a customer leaves a suit at Pressed & Proper Dry Cleaners, text them a ticket "
            "number through the SMS webhook; once the shop confirms it's ready, email them to "
            "come and collect it.",
            [WB, G, E],
        ),
        (
            "When a bike is dropped off for repair, email the owner a job number; once the "
            "mechanic confirms it's fixed, text them through the SMS webhook to pick it up.",
            [E, G, WB],
        ),
        (
            "Whenever a tenant reports a leak, post it in #maintenance; as soon as the plumber "
            "has confirmed the visit, email the tenant the time.",
            [S, G, E],
        ),
        (
            "When a patient books a scan, send them the prep sheet by email; when the "
            "radiographer confirms the slot, post it to #imaging.",
            [E, G, S],
        ),
        (
            "When an order is placed, post it in #kitchen; once the chef verifies the stock, "
            "email the customer a confirmation.",
            [S, G, E],
        ),
    ],
)
def test_someone_confirming_after_a_step_is_awaited(text, actions):
    assert read(text) == (None, actions)
    assert confidence_of(text) >= 0.9


def test_someone_confirming_first_is_still_the_trigger():
    text = "When the shop confirms a suit is ready, email the customer to come and collect it."
    assert read(text) == (None, [E])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "A week after each learner's last lesson with Roadwise School of Motoring, email "
            "them a discount code for motorway lessons.",
            [W, E],
        ),
        (
            "Two days after a customer's first call with Acme Support, email them a "
            "satisfaction survey.",
            [W, E],
        ),
        (
            "A month after each client's final session with the physio, send them a check-in "
            "email.",
            [W, E],
        ),
        (
            "Three days after every guest's visit with Harbour Lodge, post a review request in "
            "#guest-care.",
            [W, S],
        ),
        (
            "Ten days after each member's consultation with our nutritionist, email them a meal "
            "plan.",
            [W, E],
        ),
    ],
)
def test_with_after_a_noun_of_meeting_names_the_party(text, actions):
    assert read(text) == (None, actions)
    assert doubts_of(text) == []


def test_with_after_a_verb_of_joining_still_tests_what_it_uses():
    assert read("When a customer signs up with a company email, post it in #sales.") == (
        None,
        [C, S],
    )


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Mondays at 07:50, send the keepers' feeding rota to "
            "keepers@example-ashdownzoo.org.uk, then after six hours nudge #keepers to confirm "
            "they've read it.",
            "50 7 * * 1",
            [E, W, S],
        ),
        (
            "Every day at 9am, email the rota to staff@example.org, then after two hours ping "
            "#staff to check they've seen it.",
            "0 9 * * *",
            [E, W, S],
        ),
        (
            "Fridays at 16:00, post the timesheet link in #crew, then after a day remind #crew "
            "to confirm they've filled it in.",
            "0 16 * * 5",
            [S, W, S],
        ),
        (
            "Every Monday at 10am, send the safety notice to site@example-build.com, then after "
            "three hours nudge #site to say they've read it.",
            "0 10 * * 1",
            [E, W, S],
        ),
        (
            "Weekdays at 8am, email the menu to kitchen@example.org and after an hour ask "
            "#kitchen to confirm they'll prep it.",
            "0 8 * * 1-5",
            [E, W, S],
        ),
    ],
)
def test_a_pronoun_with_its_auxiliary_is_the_subject_of_the_verb_after(text, cron, actions):
    assert read(text) == (cron, actions)
    assert doubts_of(text) == []


def test_a_verb_run_on_after_a_noun_still_starts_a_step():
    text = (
        "Every Monday at 9am pull the sales data from https://sales.example.com/api generate a "
        "summary report and email it to boss@example.com."
    )
    assert read(text) == ("0 9 * * 1", ["http.request", R, E])


@pytest.mark.parametrize(
    ("text", "context", "actions"),
    [
        (
            "Our ISP helpdesk inbox: tag every incoming message as outage, billing or other. "
            "Outage reports \u2192 NOC pager webhook; anything else \u2192 #support-queue.",
            PAGER,
            [K, C, WB, C, S],
        ),
        (
            "Our helpdesk inbox: tag every incoming message as outage, billing or other. Outage "
            "reports \u2192 NOC pager webhook; anything else \u2192 #support-queue.",
            {},
            [K, C, WB, C, S],
        ),
        (
            "Our clinic front desk: classify every incoming email as booking, billing or other. "
            "Booking ones \u2192 #reception; anything else \u2192 admin@example-clinic.org.",
            {},
            [K, C, S, C, E],
        ),
        (
            "My bakery order inbox: sort each new order as wholesale or retail, then post "
            "wholesale ones to #wholesale.",
            {},
            [K, C, S],
        ),
        (
            "Our school office mailbox: summarise every incoming message and email the summary "
            "to head@example-school.org.",
            {},
            [U, E],
        ),
    ],
)
def test_the_tellers_title_before_a_step_is_no_story(text, context, actions):
    assert read(text, context) == (None, actions)
    assert confidence_of(text, context) >= 0.9


def test_a_story_told_by_us_is_still_blanked():
    text = (
        "Our rowing club nearly lost a boat last spring when the river rose overnight. Every "
        "morning at 5:30, fetch https://river.example.com/level and post it to #rowing."
    )
    assert read(text) == ("30 5 * * *", ["http.request", S])
