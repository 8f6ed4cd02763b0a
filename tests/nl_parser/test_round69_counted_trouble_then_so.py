"""Round 69: trouble told with a number in it ("when a -80 failed"), then ", so:", the request."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

MISS = (
    "We lost a rack of patient samples last spring when a -80 failed over a bank holiday, so: "
    "every day at 06:10, pull the overnight freezer log from "
    "https://lab.example-corvidbiolab.org/api/freezers/overnight. If any -80 unit went above "
    "-70°C at any point, page the on-call technician through the pager webhook; otherwise post "
    "'all freezers nominal' in #lab-ops."
)

TOLD_WITH_NUMBERS = [
    (
        MISS,
        "10 6 * * *",
        ["http.request", "check_status", "webhook.post", "check_status", "slack.post_message"],
    ),
    (
        "Our 3 greenhouses cooked a whole crop in July when the vents jammed shut, so: every "
        "hour, fetch the sensor readings from https://farm.example.com/api/greenhouse and if any "
        "house is above 35 degrees, post an alert in #growers.",
        "0 * * * *",
        ["http.request", "check_status", "slack.post_message"],
    ),
    (
        "Two of our 40 delivery vans broke down last winter when nobody noticed the oil warnings, "
        "so, every Monday at 7am, get the fleet report from https://fleet.example.com/api/report "
        "and email it to ops@example.com.",
        "0 7 * * 1",
        ["http.request", "email.send"],
    ),
    (
        "The 2 walk-in fridges at the café warmed up overnight if the door was left ajar, so: "
        "every day at 5:45, pull the fridge log from https://cafe.example.com/api/fridges; if any "
        "fridge went above 5°C, text the manager through the pager webhook.",
        "45 5 * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
    (
        "I missed 12 invoices in March when the inbox filled up, so: every weekday at 9am, "
        "fetch the unpaid invoices from https://books.example.com/api/unpaid and post the count "
        "in #finance.",
        "0 9 * * 1-5",
        ["http.request", "slack.post_message"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), TOLD_WITH_NUMBERS)
def test_a_told_trouble_with_numbers_before_so_is_no_step(text, cron, actions):
    assert read(text) == (cron, actions)


@pytest.mark.parametrize(("text", "cron", "actions"), TOLD_WITH_NUMBERS)
def test_a_told_trouble_with_numbers_leaves_the_reading_sure(text, cron, actions):
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


def test_the_request_without_the_story_reads_the_same():
    text = MISS.split("so: ", 1)[1]
    assert read(text) == TOLD_WITH_NUMBERS[0][1:]


def test_a_time_before_so_is_still_the_run_schedule():
    text = "At 7am each day the pool opens, so: check the chlorine level and post it in #pool."
    assert read(text)[0] == "0 7 * * *"


def test_a_condition_with_a_number_that_asks_is_kept():
    text = (
        "If the queue is longer than 50, post a warning in #ops, so: the floor knows. "
        "Check it every hour."
    )
    assert "check_status" in read(text)[1]


def test_a_rack_is_a_thing_not_a_slip_for_track():
    text = "every hour fetch the rack temperatures from https://dc.example.com/api/racks"
    assert read(text) == ("0 * * * *", ["http.request"])
    assert doubts_of(text) == []
