"""Round 60: "pull together a recap" makes one, as "put together" does; "first thing Monday" is
schedule words; "shoot them the what-to-wear email" sends a message named with "the"; and a step
said again with "instead" after the schedule ("…, and send it to gm@… instead") takes the first
one back."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

S, E, W = "slack.post_message", "email.send", "webhook.post"
SF, SUM, F = "salesforce.query", "summarize", "http.request"
HTTP_SLACK = {"availableTools": ["http.request", "slack.post_message"]}
HTTP_EMAIL = {"availableTools": ["http.request", "email.send"]}
SF_SLACK = {"availableTools": ["salesforce.query", "slack.post_message"]}
EMAIL_SLACK = {"availableTools": ["email.send", "slack.post_message"]}


def assert_read_well(text, cron, actions, context=None):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# "pull together a recap of the week's lock passages for the boatyard crew": a verb of gathering
# with "together" and a thing made after it makes that thing, as "put together" does.
@pytest.mark.parametrize(
    ("text", "cron", "context"),
    [
        (
            "Sunday 20:00, every week \u2014 pull together a recap of the week's lock passages on "
            "the Wendlebury Canal Trust stretch for the boatyard crew.",
            "0 20 * * 0",
            HTTP_SLACK,
        ),
        (
            "Every Friday at 4pm, gather together a summary of the week's kennel bookings for "
            "the front desk staff.",
            "0 16 * * 5",
            HTTP_SLACK,
        ),
        (
            "At 7am every weekday bring together a short digest of yesterday's boiler alarms for "
            "the maintenance team.",
            "0 7 * * 1-5",
            HTTP_SLACK,
        ),
        (
            "pull together a quick rundown of yesterday's ferry crossings for the harbour crew "
            "every day at 6:30am",
            "30 6 * * *",
            HTTP_SLACK,
        ),
        (
            "Each Monday at 9am, pull together an overview of last week's library loans for the "
            "volunteers.",
            "0 9 * * 1",
            HTTP_EMAIL,
        ),
    ],
)
def test_a_thing_pulled_together_is_made(text, cron, context):
    delivery = S if "slack.post_message" in context["availableTools"] else E
    assert_read_well(text, cron, [F, SUM, delivery], context)


def test_data_pulled_together_is_still_fetched():
    text = "Every Sunday at 20:00 pull together the week's orders and post them in #sales."
    assert read(text)[1] == [F, S]


def test_put_together_is_unchanged():
    text = (
        "Every weekday at quarter to nine, put together a short digest of yesterday's "
        "appointments at Tidewell Physio for the reception team."
    )
    assert read(text, HTTP_EMAIL) == ("45 8 * * 1-5", [F, SUM, E])


# "first thing monday (8am) grab …": "first thing" says the morning, a word of the schedule,
# so the verb after it opens the step.
@pytest.mark.parametrize(
    ("text", "cron", "context", "actions"),
    [
        (
            "first thing monday (8am) grab last wk's new leads for tidemark yacht charters out of "
            "salesforce, boil them down to a few lines n dm them to ines on slack",
            "0 8 * * 1",
            SF_SLACK,
            [SF, SUM, S],
        ),
        (
            "First thing every Tuesday at 7am, pull the open deals from Salesforce and post them "
            "in #sales.",
            "0 7 * * 2",
            None,
            [SF, S],
        ),
        (
            "first thing on fridays (7:30am) grab this week's timesheets from "
            "https://hr.example.com/api/timesheets and email them to payroll@example.com",
            "30 7 * * 5",
            None,
            [F, E],
        ),
        (
            "First thing monday at 8am, email the weekend's open house sign-ins from "
            "https://openhouse.example.com/api/signins/weekend to agents@brightrealty.example.com",
            "0 8 * * 1",
            None,
            [F, E],
        ),
        (
            "Every weekday first thing (6am), fetch the overnight alarms from "
            "https://bms.example.com/api/alarms and post them in #facilities.",
            "0 6 * * 1-5",
            None,
            [F, S],
        ),
    ],
)
def test_first_thing_is_a_word_of_the_schedule(text, cron, context, actions):
    assert_read_well(text, cron, actions, context)


def test_the_first_thing_as_a_noun_stays_unread():
    text = "Every Monday at 8am, the first thing to do is post the rota in #crew."
    assert read(text)[0] == "0 8 * * 1"


# "shoot them the what-to-wear email": whatever the verb, a message named with "the" (or
# "their") sent to someone just named is sent, as "shoot them a … email" is.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "every time someone signs up for a pottery taster at clayworks studio shoot them the "
            "what-to-wear email and pop their name in #tutors",
            [E, S],
        ),
        (
            "whenever a parent registers for holiday club, fire them the packing-list email",
            [E],
        ),
        (
            "When a new volunteer joins the allotment society, zap them the welcome email and "
            "post their name in #plot-holders.",
            [E, S],
        ),
        (
            "each time a guest books the sauna, ping her the house-rules email",
            [E],
        ),
        (
            "Whenever a tenant reports a leak, shoot him the out-of-hours email and post it in "
            "#maintenance.",
            [E, S],
        ),
    ],
)
def test_a_definite_message_shot_at_someone_is_sent(text, actions):
    assert_read_well(text, None, actions, EMAIL_SLACK)


def test_getting_numbers_from_the_email_is_no_delivery():
    text = "Every Monday at 9am get the totals from the email inbox and post them in #ops."
    assert E not in read(text)[1]


# "… every Monday at 10am — no, 10:30, and send it to gm@… instead": a step said again with
# "instead" at its end takes back the step before it, after any correction of the schedule.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Email the weekly ticket-sales sheet to boxoffice@example-gallowayarts.org.uk every "
            "Monday at 10am \u2014 no, 10:30, and send it to gm@example-gallowayarts.org.uk "
            "instead.",
            "30 10 * * 1",
            [E],
        ),
        (
            "Email the weekly rota to crew@example.com every Friday at 4pm, and send it to "
            "skipper@example.com instead.",
            "0 16 * * 5",
            [E],
        ),
        (
            "Post the daily stock count in #warehouse at 6pm \u2014 sorry, 6:30pm, and post it "
            "in #stores instead.",
            "30 18 * * *",
            [S],
        ),
        (
            "Every Tuesday at 9am email the cleaning checklist to site@example.org; send it to "
            "facilities@example.org instead.",
            "0 9 * * 2",
            [E],
        ),
        (
            "Send the rent arrears list to lettings@example.co.uk every month on the 1st at "
            "9am \u2014 no, 9:15, and email it to arrears@example.co.uk instead.",
            "15 9 1 * *",
            [E],
        ),
    ],
)
def test_a_step_said_again_with_instead_takes_the_first_back(text, cron, actions):
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7


def test_a_second_step_without_instead_stays():
    text = (
        "Email the sheet to boxoffice@example.org every Monday at 10am \u2014 no, 10:30, and "
        "post it in #ops too."
    )
    assert read(text) == ("30 10 * * 1", [E, S])


def test_instead_under_a_condition_is_another_branch():
    text = (
        "Every weekday at 5pm, email the job sheet to crew@example.com; if it's interstate, send "
        "it to the long-haul planning webhook instead."
    )
    assert read(text) == ("0 17 * * 1-5", [E, "check_status", W])
