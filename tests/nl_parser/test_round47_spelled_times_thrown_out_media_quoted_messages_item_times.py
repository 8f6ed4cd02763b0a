"""Round 47: a spelled-out clock time corrected ("at ten to six — make that 17:15"), the hour said
of "half past four" read as a bare hour is, a delivery thrown out by name ("scratch the email, put
it in #hiring"), a quotation naming a message ("the 'book your hot desks' reminder") and the time
of the items' act ("the ones arriving after 1am", with "afer" mended)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, S, W, C, H = "email.send", "slack.post_message", "webhook.post", "check_status", "http.request"


# "at ten to six in the evening — actually, make that 17:15": a time spelled out is the clock
# time a later time corrects, as "at 5:50pm" would be.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every Tuesday at ten to six in the evening, drop a reminder in #roastery to reorder"
            " green coffee beans — actually, make that 17:15.",
            ("15 17 * * 2", [S]),
        ),
        (
            "Every Monday at half past nine, email the rota to staff@example.com — sorry, make"
            " that 10:15.",
            ("15 10 * * 1", [E]),
        ),
        (
            "At quarter to eight every weekday, post the standup prompt in #team, no, 8:10.",
            ("10 8 * * 1-5", [S]),
        ),
        (
            "Each Friday at a quarter past four in the afternoon, send the timesheet reminder to"
            " crew@example.com — I mean 16:45.",
            ("45 16 * * 5", [E]),
        ),
        (
            "Post the menu in #kitchen every day at ten past eleven — scratch that, 11:30.",
            ("30 11 * * *", [S]),
        ),
        (
            "At six in the morning every Sunday — actually, make that 07:00 — fetch the tide table"
            " from https://tides.example.com/api and email it to crew@example.com",
            ("0 7 * * 0", [H, E]),
        ),
    ],
)
def test_a_spelled_out_time_is_corrected(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert not any("none was applied" in d or "not understood" in d for d in doubts_of(text))


def test_a_spelled_out_time_uncorrected_stays():
    text = "Every Tuesday at ten to six in the evening, drop a reminder in #roastery."
    assert read(text) == ("50 17 * * 2", [S])


# "at half past four", "at ten to two": with no am/pm and no period word, the hour said is read
# as "at 4" is, in the afternoon when it is 1 to 5.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every weekday at half past four, grab today's meeting-room bookings from"
            " https://rooms.example-hivecowork.com/api/bookings/today, write a short summary and"
            " drop it in #community-managers.",
            "30 16 * * 1-5",
        ),
        (
            "Every Friday at quarter past three, email the timesheets to pay@example.com",
            "15 15 * * 5",
        ),
        ("At twenty to five on weekdays, post the wrap-up prompt in #team", "40 16 * * 1-5"),
        ("Every Monday at five past two, email the agenda to board@example.com", "5 14 * * 1"),
        ("At ten to two every day, post the lunch-over note in #floor", "50 13 * * *"),
        ("Each Thursday at a quarter to one, email the menu to chef@example.com", "45 12 * * 4"),
    ],
)
def test_a_spelled_hour_of_one_to_five_is_in_the_afternoon(text, expected):
    assert read(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every day at ten past six, email the rota to staff@example.com", "10 6 * * *"),
        ("Every day at quarter to six, email the rota to staff@example.com", "45 5 * * *"),
        ("At half past four every morning, email the rota to staff@example.com", "30 4 * * *"),
        ("Nightly at half past one, email the rota to staff@example.com", "30 1 * * *"),
        ("Every day at half past 4am, email the rota to staff@example.com", "30 4 * * *"),
        (
            "Every day at half past four in the afternoon, email the rota to staff@example.com",
            "30 16 * * *",
        ),
    ],
)
def test_a_spelled_hour_with_its_half_of_the_day_or_past_five_stays(text, expected):
    assert read(text)[0] == expected


# "Actually, scratch the email, put it in #hiring": the delivery thrown out is named, and the step
# after it replaces that delivery.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When a job application comes in for the bakery, forward it to"
            " hiring@example-breadhouse.com. Actually, scratch the email, put it in #hiring.",
            (None, [S]),
        ),
        (
            "When an invoice is paid, email it to accounts@example.com. Actually, forget the"
            " email, post it in #finance.",
            (None, [S]),
        ),
        (
            "Every Monday at 9am, send the rota to staff@example.com — no, scratch the email,"
            " just post it in #rota.",
            ("0 9 * * 1", [S]),
        ),
        (
            "When a new review comes in, post it in #reviews. Actually, skip the Slack message,"
            " email it to cx@example.com.",
            (None, [E]),
        ),
        (
            "When a new signup arrives, post it in #growth. On second thought, ditch the Slack"
            " post: send it to https://hooks.example.com/signups.",
            (None, [W]),
        ),
        (
            "When a new signup arrives, post it in #growth — drop the slack bit — email it to"
            " growth@example.com instead.",
            (None, [E]),
        ),
    ],
)
def test_a_delivery_thrown_out_by_name_is_replaced(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


def test_both_deliveries_without_a_take_back_stay():
    text = (
        "When a job application comes in, forward it to hiring@example.com and post it in #hiring."
    )
    assert read(text) == (None, [E, S])


# "the 'book your hot desks' reminder": a quotation before a noun a message goes by is what the
# message says; its words ("hot", "urgent", "late") pick no items.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drop the 'book your hot desks for next week' reminder in #members for our coworking"
            " space every Friday at 2pm — hang on, make that Thursdays at 2pm.",
            ("0 14 * * 4", [S]),
        ),
        (
            "Every Monday at 8am, post the 'urgent: submit timesheets' note in #crew.",
            ("0 8 * * 1", [S]),
        ),
        (
            "Send the 'late payments are overdue' reminder to billing@example.com every Friday at"
            " 4pm.",
            ("0 16 * * 5", [E]),
        ),
        (
            "Each weekday at 9am, drop the 'critical fixes only today' message in #deploys.",
            ("0 9 * * 1-5", [S]),
        ),
        (
            'Email the "failed deliveries get a callback" notice to drivers@example.com every'
            " Monday at 7am.",
            ("0 7 * * 1", [E]),
        ),
    ],
)
def test_a_quotation_naming_a_message_picks_no_items(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Every day at 9am, fetch tickets from https://desk.example.com/api and post the 'urgent'"
        " tickets in #support",
        "Every day at 9am, fetch tickets from https://desk.example.com/api and post tickets marked"
        " 'urgent' in #support",
    ],
)
def test_a_quoted_label_of_the_items_still_picks(text):
    assert read(text) == ("0 9 * * *", [H, C, S])


# "email the ones arriving after 1am": a clock time after the items' act ("arriving", "placed")
# and "after"/"before" is which items, not a trigger and not the run's time; "afer" and "befor"
# are mended first.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "evry night at 23:30 grab the late check-ins from"
            " https://pms.example-backpackbunks.com/api/late-arrivals and email the ones arriving"
            " afer 1am to nightdesk@example-backpackbunks.com",
            ("30 23 * * *", [H, C, E]),
        ),
        (
            "Every evening at 20:00, pull tomorrow's bookings from https://x.example.com/api and"
            " email the ones arriving after 11pm to night@example.com",
            ("0 20 * * *", [H, C, E]),
        ),
        (
            "Each night at 22:30, get the deliveries from https://d.example.com/api and post the"
            " ones landing before 6am in #early-shift",
            ("30 22 * * *", [H, C, S]),
        ),
        (
            "Every day at 6pm, pull tomorrow's shifts from https://shifts.example.com/api and"
            " email the drivers starting before 7am to rota@example.com",
            ("0 18 * * *", [H, C, E]),
        ),
        (
            "Every night at 23:00, grab the check-outs from https://inn.example.com/api and email"
            " desk@inn.example.com the guests leaving befor 6am",
            ("0 23 * * *", [H, C, E]),
        ),
        (
            "Every night at 23:30, fetch orders from https://x.example.com/api and email the"
            " orders placed after 10pm to a@example.com",
            ("30 23 * * *", [H, C, E]),
        ),
    ],
)
def test_the_time_of_the_items_act_picks_items(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.8
    assert not any("event" in d or "trigger" in d for d in doubts_of(text))


def test_a_time_on_the_trigger_still_says_which_events():
    assert read("When a guest checks in after midnight, email desk@example.com") == (
        None,
        [C, E],
    )


def test_a_rafter_is_no_slip_for_after():
    text = (
        "The roof rafter sensor: every hour, fetch https://r.example.com/api and post it in #roof"
    )
    assert read(text) == ("0 * * * *", [H, S])
    assert not any("rafter" in d for d in doubts_of(text))
