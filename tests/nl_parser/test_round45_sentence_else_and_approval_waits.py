"""Round 45: "else" opening a sentence after a test ("…; else email …"), a person's approval named
after a step ("email it to the manager, and when she approves it, forward it to payroll"), and
idioms of holding a thing until someone lets it go ("sit on it until the chair signs it off")."""

import pytest

from nl_parser import parse

H, C, S, E, W = (
    "http.request",
    "check_status",
    "slack.post_message",
    "email.send",
    "wait_for_signal",
)
WH, K = "webhook.post", "classify"


def _check(text, cron, actions, *, sure=0.7):
    result = parse(text, {})
    assert (result.schedule.cron_expression if result.schedule else None) == cron
    assert result.actions == actions
    assert result.confidence >= sure
    assert not [w for w in result.warnings if w.startswith("uncertain:")]


# "…; else email …": after a semicolon (a sentence break) or a full stop, "else" still opens the
# other branch of the test before it.
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "marina → daily 05:15 → GET https://tides.example-harbourmarina.com/api/today → low "
            "water under 0.8 m? post 'no launches before noon' in #dockhands; else email "
            "harbourmaster@example-harbourmarina.com",
            "15 5 * * *",
            [H, C, S, C, E],
        ),
        (
            "Every day at 7am, GET https://api.example-farm.com/soil; if moisture is below 20%, "
            "post 'water the beds' in #growers. Else email grower@example-farm.com.",
            "0 7 * * *",
            [H, C, S, C, E],
        ),
        (
            "every hour GET https://status.example-shop.com/api/queue → backlog over 200? page "
            "the on-call webhook; else, post 'queue fine' in #ops",
            "0 * * * *",
            [H, C, WH, C, S],
        ),
        (
            "Each Monday at 8:00 fetch https://api.example-gym.com/bookings; if any class is "
            "over 90% full, email desk@example-gym.com; else post 'plenty of room' in #front-desk.",
            "0 8 * * 1",
            [H, C, E, C, S],
        ),
        (
            "At 6pm every weekday, GET https://api.example-kiln.com/temp; temperature above 900? "
            "text the potter through the SMS webhook; or else post 'kiln ok' in #studio",
            "0 18 * * 1-5",
            [H, C, WH, C, S],
        ),
    ],
)
def test_else_opening_a_sentence_is_the_other_branch(text, cron, actions):
    _check(text, cron, actions)


# A near case: with no "else", nothing is negated. ("everything else" after a delivery to a
# subset is the other branch since round 46: see test_round46_rest_else_arrows_and_logged_notes.)
@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "marina → daily 05:15 → GET https://tides.example-harbourmarina.com/api/today → low "
            "water under 0.8 m? post 'no launches before noon' in #dockhands",
            "15 5 * * *",
            [H, C, S],
        ),
    ],
)
def test_without_else_no_other_branch(text, cron, actions):
    _check(text, cron, actions)


# "…, and when she approves it, forward it …": after a step, someone approving (or signing off,
# OK-ing, giving the go-ahead) is what the run waits for, not a second trigger.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "Once an agency nurse submits a timesheet, email it to the care-home manager at "
            "manager@example-carehome.co.uk, and when she approves it, forward it to "
            "payroll@example-carehome.co.uk.",
            [E, W, E],
        ),
        (
            "When a freelancer uploads an invoice, email it to ops@example-studio.com, and once "
            "the studio lead has signed it off, post its number in #accounts.",
            [E, W, S],
        ),
        (
            "When a new blog draft is saved, post the link in #editorial; as soon as the editor "
            "OKs it, send it to the publishing webhook.",
            [S, W, WH],
        ),
        (
            "Whenever a contractor logs overtime, email the hours to site@example-build.com, "
            "then after the site manager approves them, email them to payroll@example-build.com.",
            [E, W, E],
        ),
        (
            "When a customer requests a refund, post the details in #refunds and, when a team "
            "lead gives the go-ahead, email the customer a confirmation.",
            [S, W, E],
        ),
    ],
)
def test_approval_after_a_step_is_a_wait(text, actions):
    _check(text, None, actions)


# Said after the step it holds, with a trigger read before: the wait goes before that step.
def test_trailing_approval_waits_before_the_step_it_holds():
    _check(
        "When a timesheet comes in, email it to the manager at m@example-care.com, and forward "
        "it to payroll@example-care.com once she approves it.",
        None,
        [E, W, E],
    )


# With no trigger before it, a trailing approval is the trigger itself, as before (unsure).
def test_trailing_approval_with_no_trigger_stays_the_trigger():
    result = parse("Forward timesheets to payroll@example.com once the manager approves them.", {})
    assert result.actions == [E]


# Near cases: an approval that opens the text is the trigger; an event after a step that no one
# approves is still read as before.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When the city approves a permit, email the customer their install date options and "
            "post the job in #install-scheduling.",
            [E, S],
        ),
        (
            "when a customer approves the repair estimate in the portal, email the parts order "
            "to parts@autoshop.example.com and post the RO number in #service-bay",
            [E, S],
        ),
    ],
)
def test_approval_opening_the_text_is_the_trigger(text, actions):
    _check(text, None, actions)


# "sit on it until …", "hang on to it until …", "hold onto the order until …": idioms of holding
# a thing, read as "hold it until …" — a wait for whoever lets it go.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a foster-carer application comes in, sit on it until the panel chair has "
            "signed it off, then email the applicant the training dates.",
            [W, E],
        ),
        (
            "When a supplier sends a quote, sit on the quote until finance approves it, then "
            "post it in #purchasing.",
            [W, S],
        ),
        (
            "When a press release is drafted, hang on to it until the director gives the green "
            "light, then email it to press@example-charity.org.",
            [W, E],
        ),
        (
            "When a wholesale order arrives, hold onto it until the client confirms the "
            "delivery address, then post it in #dispatch.",
            [W, S],
        ),
        (
            "When a grant report is uploaded, hold on to it till the trustee signs it off and "
            "then email it to grants@example-trust.org.",
            [W, E],
        ),
    ],
)
def test_holding_idioms_wait_for_a_person(text, actions):
    _check(text, None, actions)


# Near case: sitting on a thing for a span of time is a timed wait, not one for a person.
def test_holding_idiom_for_a_time_is_not_a_signal():
    result = parse(
        "When a foster-carer application comes in, hold it for 2 days, then email the "
        "applicant the training dates.",
        {},
    )
    assert result.actions == ["wait", E]
