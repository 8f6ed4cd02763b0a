"""Round 24: timed follow-ups, quotations, each-their deliveries, two branches, values as data."""

from nl_parser import parse
from tests.nl_parser.reading import read


def test_a_not_done_test_with_a_deadline_waits_first():
    text = (
        "When a repair is booked, email the owner, and if it hasn't been collected in 5 days, "
        "post in #front-desk."
    )
    assert read(text)[1] == ["email.send", "wait", "check_status", "slack.post_message"]
    text = (
        "When a room is vacated, ping #housekeeping, and if nobody cleans it within 2 hours, "
        "email a@h.example.com"
    )
    assert read(text)[1] == ["slack.post_message", "wait", "check_status", "email.send"]


def test_how_long_ago_any_item_was_done_is_data_not_a_wait():
    text = (
        "every hour pull the bins from https://w.example.com/api/bins and post in #crew if any "
        "bin hasn't been emptied in 3 days"
    )
    assert read(text)[1] == ["http.request", "check_status", "slack.post_message"]


def test_a_span_before_after_an_event_is_a_wait():
    text = "Three days after a stay ends, email the guest a review link."
    assert read(text)[1] == ["wait", "email.send"]


def test_each_person_their_own_part_picks_no_items():
    text = (
        "Every Monday at 7 pull the rotas from https://r.example.com/api/rotas and email each "
        "volunteer their shifts."
    )
    assert read(text)[1] == ["http.request", "email.send"]
    text = (
        "Daily at 8 pull the orders from https://o.example.com/api/ready and email each buyer "
        "that their parcel is ready."
    )
    assert read(text)[1] == ["http.request", "email.send"]


def test_a_grouping_then_each_lead_their_list_is_sure():
    result = parse(
        "Every weekday at 6, pull the jobs from https://j.example.com/api/jobs, group them by "
        "area, and email each area manager their list.",
        {},
    )
    assert result.actions == ["http.request", "classify", "email.send"]
    assert result.confidence >= 0.85


def test_a_quotation_is_all_message():
    result = parse("Post 'quiz tonight at 8, bring a pen' in #club every Thursday at 9am.", {})
    assert result.schedule.cron_expression == "0 9 * * 4"
    assert result.confidence >= 0.85


def test_tonights_data_is_no_schedule():
    text = "Weekdays at 8, pull tonight's bookings from the CRM and email them to a@b.example.com"
    assert read(text)[0] == "0 8 * * 1-5"


def test_if_it_fails_and_if_it_works_each_guard_their_own_delivery():
    text = (
        "every night at 2 start the export by calling https://e.example.com/api/run. if it fails "
        "post in #data, if it works send the link to the analysts webhook"
    )
    assert read(text)[1] == [
        "http.request",
        "check_status",
        "slack.post_message",
        "check_status",
        "webhook.post",
    ]


def test_two_trailing_guards_joined_by_or():
    text = (
        "At 1am daily, purge the cache by calling https://c.example.com/api/purge; post 'done' "
        "in #ops if it worked, or page the ops webhook if it didn't."
    )
    assert read(text)[1] == [
        "http.request",
        "check_status",
        "slack.post_message",
        "check_status",
        "webhook.post",
    ]


def test_a_particle_verb_with_a_long_object_by_calling_is_a_step():
    text = (
        "When the tank level drops below 10%, switch on pump number 3 by calling "
        "https://p.example.com/on, wait 5 minutes, then switch it off by calling https://p.example.com/off."
    )
    assert read(text)[1] == ["check_status", "http.request", "wait", "http.request"]


def test_items_picked_after_a_means():
    text = (
        "Every day at 5am, read the silo levels at https://s.example.com/api/levels and order "
        "grain by calling https://g.example.com/api/orders for any silo below 15%."
    )
    assert read(text)[1] == ["http.request", "check_status", "http.request"]


def test_a_receiver_asks_to_get_a_thing_emailed_to_them():
    text = (
        "Could our shift leads (leads@s.example.com) get the late orders from "
        "https://o.example.com/api/late emailed to them each Friday at 4?"
    )
    assert read(text) == ("0 16 * * 5", ["http.request", "email.send"])


def test_a_receiver_asked_gets_an_email_on_events_with_a_cause():
    text = "could ops@t.example.com get an email whenever a train is delayed due to snow?"
    assert read(text) == (None, ["check_status", "email.send"])


def test_one_day_of_any_on_a_trigger_is_a_test_not_a_schedule():
    text = "Caterer: when an order comes in for a Sunday in May, email the chef right away."
    assert read(text) == (None, ["check_status", "email.send"])


def test_a_value_at_or_above_is_no_time():
    text = "When a patient's pain score comes in at 8 or higher, email their nurse."
    result = parse(text, {})
    assert result.schedule is None
    assert result.steps[0].config == {"field": "$.pain_score", "operator": "gte", "value": 8}


def test_any_kind_the_fetch_did_not_name_is_a_doubted_subset():
    result = parse(
        "Every Friday at 5 pull the week's roster from https://r.example.com/api/roster and "
        "post any empty shifts in #managers.",
        {},
    )
    assert result.actions == ["http.request", "check_status", "slack.post_message"]
    assert result.confidence < 0.85
