"""Steps listed with no commas between them: a verb with its object after a noun starts a step."""

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


def test_a_report_step_after_a_fetch_with_no_comma():
    cron, actions = read(
        "Every Wednesday at 7am fetch the open orders from https://shop.example.com/api/open "
        "build a backlog report and email it to ops@example.com."
    )
    assert cron == "0 7 * * 3"
    assert actions == ["http.request", "generate_report", "email.send"]


def test_a_class_step_after_a_noun_with_them_for_its_object():
    _, actions = read(
        "Every Friday at 4pm pull the returns from https://shop.example.com/api/returns "
        "classify them by reason and post the breakdown to #returns."
    )
    assert actions[:2] == ["http.request", "classify"]


def test_a_wait_after_a_delivery_with_a_count_after_it():
    _, actions = read(
        "When a volunteer registers send them a thank-you email wait four days then send the "
        "shift rota by email."
    )
    assert actions == ["email.send", "wait", "email.send"]


def test_the_first_step_after_a_passive_event_with_no_comma():
    _, actions = read(
        "When a grant application is approved wait two days then email the applicant a letter."
    )
    assert actions == ["wait", "email.send"]


def test_the_first_step_after_a_subject_and_its_verb():
    _, actions = read("When a parcel bounces email the sender the return label.")
    assert actions == ["email.send"]


def test_a_verb_with_a_particle_before_its_object():
    _, actions = read(
        "Every Tuesday at 6pm fetch the timesheets from https://hr.example.com/api/sheets "
        "pull out the overtime hours and send them to payroll@example.com."
    )
    assert actions == ["http.request", "extract", "email.send"]


def test_the_schedule_blanked_before_a_step_ends_the_opener():
    cron, actions = read(
        "Every March 3rd at midnight generate the yearly audit report and email it to "
        "audit@example.com."
    )
    assert cron == "0 0 3 3 *"
    assert actions == ["generate_report", "email.send"]


def test_a_noun_that_looks_like_a_verb_before_and_splits_nothing():
    _, actions = read(
        "When a donation form arrives extract the donor email and amount and send them to the "
        "crm webhook."
    )
    assert actions == ["extract", "webhook.post"]


def test_a_noun_after_an_article_splits_nothing():
    _, actions = read(
        "Every Sunday at 8pm fetch the post count from https://blog.example.com/api/stats and "
        "email it to editor@example.com."
    )
    assert actions == ["http.request", "email.send"]


def test_a_noun_before_to_splits_nothing():
    cron, actions = read("Every Monday at 10am send a weekly report to board@example.com.")
    assert cron == "0 10 * * 1"
    assert actions == ["email.send"]


def test_a_receiver_that_gets_something_is_no_fetch():
    _, actions = read(
        "Every Thursday at noon compile a report of stale branches and dev-leads@example.com "
        "get a copy by email."
    )
    assert "http.request" not in actions


def test_a_wait_time_as_a_noun_splits_nothing():
    assert cron_of("Every day at 9am email the queue wait time to support@example.com.") == (
        "0 9 * * *"
    )
    _, actions = read("Every day at 9am email the queue wait time to support@example.com.")
    assert actions == ["email.send"]


def test_a_url_ending_in_a_schedule_word_is_no_adverb():
    _, actions = read(
        "Every Friday at 5pm fetch the tallies from https://farm.example.com/api/weekly "
        "generate a harvest report and post it to #growers."
    )
    assert actions == ["http.request", "generate_report", "slack.post_message"]


def test_extract_with_a_bare_object_after_a_noun():
    _, actions = read(
        "Every day at 6am pull the readings from https://meter.example.com/api/day "
        "extract usage per building and email it to facilities@example.com."
    )
    assert actions == ["http.request", "extract", "email.send"]


def test_an_adverb_before_a_verb_stays_with_it():
    _, actions = read("Every day at noon automatically email the lunch menu to staff@example.com.")
    assert actions == ["email.send"]


def test_a_texted_you_before_the_verb_is_its_subject():
    result = parse("hey could u email the rota to staff@example.com every friday at 4pm")
    assert result.actions == ["email.send"]
    assert not any("not understood" in warning for warning in result.warnings)


def test_a_corrections_make_it_after_the_blanked_date_is_no_step():
    result = parse(
        "Send the rent reminder to tenants@example.com on the 3rd of each month at 9am — "
        "actually, make it the 5th."
    )
    assert result.schedule.cron_expression == "0 9 5 * *"
    assert not any("not understood" in warning for warning in result.warnings)


def test_a_verb_after_a_negation_is_no_step():
    _, actions = read(
        "Our tenants just don't read the notices. Every Monday at 8am email the notice board "
        "to tenants@example.com."
    )
    assert actions == ["email.send"]


def test_all_day_after_a_noun_like_verb_is_a_time_not_an_object():
    _, actions = read(
        "The desk staff keep watching the queue page all day. Every 15 minutes check "
        "https://desk.example.com/api/queue and alert #desk when it is over 20."
    )
    assert actions[0] == "http.request"
    assert "slack.post_message" in actions
