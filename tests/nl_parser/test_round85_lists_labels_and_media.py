"""Round 85: a take-back after a listed noun, two-word labels, "slack dm X", "route feedback"."""

import pytest

from nl_parser import parse


def _actions(result):
    return [s.action for s in result.steps]


def _cron(result):
    return result.schedule.cron_expression if result.schedule else None


# A correction whose step sent a list ending "and <noun>": the "and" joins nouns, so the whole
# step is taken back, not the last noun alone.
_LISTED_THEN_TAKEN_BACK = [
    (
        "When a session is booked at Reelhouse Recording Studio, email the engineer the band "
        "name and start time \u2014 hang on, no, DM them on Slack instead.",
        None,
        ["slack.post_message"],
    ),
    (
        "When a table is booked at Pepper Row, text the host the party size and arrival time "
        "\u2014 no wait, email them at host@pepperrow.example instead.",
        None,
        ["email.send"],
    ),
    (
        "Every Monday at 9am, post the weekly rota and shift notes in #floor \u2014 actually, "
        "email it to floor@example.com instead.",
        "0 9 * * 1",
        ["email.send"],
    ),
    (
        "When a repair job is closed, email the customer the invoice total and warranty details, "
        "hmm no, text them through the sms webhook instead.",
        None,
        ["webhook.post"],
    ),
    (
        "Each Friday at 4pm, send the finance lead the expense totals and receipt count \u2014 "
        "scratch that, post them in #finance.",
        "0 16 * * 5",
        ["slack.post_message"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), _LISTED_THEN_TAKEN_BACK)
def test_a_take_back_after_a_listed_noun_replaces_the_whole_step(text, cron, actions):
    result = parse(text)
    assert _cron(result) == cron
    assert _actions(result) == actions
    assert result.confidence >= 0.9


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "When a session is booked, email the engineer the band name and then post it in "
            "#studio",
            ["email.send", "slack.post_message"],
        ),
        (
            "When a session is booked, email the engineer the band name and post the start time "
            "in #studio \u2014 sorry, #bookings",
            ["email.send", "slack.post_message"],
        ),
        (
            "When a session is booked, fetch the booking from https://studio.example.com/api/"
            "bookings and email the engineer \u2014 no, DM them on Slack instead.",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_a_step_after_and_is_still_a_clause_of_its_own(text, actions):
    assert _actions(parse(text)) == actions


# A class label of two words ("lost property"), named whole as what goes somewhere, picks its
# class as a one-word label does; the rest goes the other way.
_SORTED_THEN_ROUTED = [
    (
        "Sort every message from the Meadowgate Library contact form into renewals, lost "
        "property or event questions; lost property goes to #circulation and anything else to "
        "enquiries@meadowgatelibrary.example.",
        None,
        ["classify"],
    ),
    (
        "Tag incoming reviews as food quality, slow service or other; slow service goes to "
        "#floor-managers, the rest to gm@example.com.",
        None,
        ["classify"],
    ),
    (
        "Label each call note as repair request, sales enquiry or complaint; repair request goes "
        "to #workshop, everything else to office@example.com.",
        None,
        ["classify"],
    ),
    (
        "Every weekday at 8am pull the overnight emails from https://mail.example.com/api/inbox, "
        "sort them into order status, returns or other; order status goes to #dispatch and "
        "everything else to care@example.com.",
        "0 8 * * 1-5",
        ["http.request", "classify"],
    ),
    (
        "Tag each parish enquiry as hall hire, baptism or general; hall hire goes to #bookings "
        "and the rest to office@stmary.example.",
        None,
        ["classify"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "first"), _SORTED_THEN_ROUTED)
def test_a_two_word_label_named_whole_picks_its_class(text, cron, first):
    result = parse(text)
    assert _cron(result) == cron
    assert _actions(result) == [
        *first,
        "check_status",
        "slack.post_message",
        "check_status",
        "email.send",
    ]
    assert result.confidence >= 0.9


def test_a_one_word_label_still_picks_its_class():
    result = parse(
        "Sort every message from the contact form into renewals, refunds or event questions; "
        "refunds go to #circulation and anything else to enquiries@example.com."
    )
    assert _actions(result) == [
        "classify",
        "check_status",
        "slack.post_message",
        "check_status",
        "email.send",
    ]


# The medium said as a verb before the verb of sending ("slack dm the stylist") is one delivery.
_MEDIUM_THEN_VERB = [
    (
        "when a hair appt gets booked at snip & sip salon can u slack dm the stylist, then 30 "
        "mins later text the client the consultation form thru the sms webhook",
        {"availableTools": ["slack.post_message", "webhook.post"]},
        None,
        ["slack.post_message", "wait", "webhook.post"],
    ),
    (
        "when an order is placed, slack dm the packer",
        None,
        None,
        ["slack.post_message"],
    ),
    (
        "when a new hire signs their contract, slack message their manager, then a day later "
        "email them the handbook",
        None,
        None,
        ["slack.post_message", "wait", "email.send"],
    ),
    (
        "when the freezer alarm trips, email ping the facilities manager at facilities@example.com",
        None,
        None,
        ["email.send"],
    ),
    (
        "every friday at 5pm pull the timesheets from https://hr.example.com/api/timesheets and "
        "slack msg the team lead a summary",
        None,
        "0 17 * * 5",
        ["http.request", "summarize", "slack.post_message"],
    ),
]


@pytest.mark.parametrize(("text", "context", "cron", "actions"), _MEDIUM_THEN_VERB)
def test_a_medium_said_before_the_verb_is_one_delivery(text, context, cron, actions):
    result = parse(text, context)
    assert _cron(result) == cron
    assert _actions(result) == actions
    assert result.confidence >= 0.9
    assert not [w for w in result.warnings if "no delivery medium" in w]


@pytest.mark.parametrize(
    "text",
    [
        "when a review comes in, send a slack message the team will see",
        "when a review comes in, post it as a slack message to #reviews",
        "when a parcel arrives at the front desk pls text message the resident thru the sms "
        "webhook",
    ],
)
def test_a_medium_as_a_noun_stays_one_delivery(text):
    assert len(parse(text).steps) == 1


# A word of sending that is a noun too ("route feedback", "page views"), with bare data and only
# its source after it, names the data fetched; no delivery is guessed.
_NOUN_OF_SENDING = [
    (
        "Cragside Climbing Wall \u00b7 Sun 20:30 \u2192 route feedback from "
        "https://feedback.cragsideclimbing.example/api/routes \u2192 tag each one too hard / about "
        "right / too easy \u2192 write a short digest \u2192 #setters + "
        "headsetter@cragsideclimbing.example",
        "30 20 * * 0",
        ["http.request", "classify", "summarize", "slack.post_message", "email.send"],
        0.65,
    ),
    (
        "Mondays 08:00 \u2192 page views from https://analytics.example.com/api/pages \u2192 "
        "summarize \u2192 #marketing",
        "0 8 * * 1",
        ["http.request", "summarize", "slack.post_message"],
        0.9,
    ),
    (
        "every day at 7am, share prices from https://markets.example.com/api/quotes \u2192 write a "
        "short digest \u2192 cfo@example.com",
        "0 7 * * *",
        ["http.request", "summarize", "email.send"],
        0.9,
    ),
    (
        "Fridays at 16:00 \u2192 post comments from https://blog.example.com/api/comments \u2192 "
        "write a digest \u2192 #bakery",
        "0 16 * * 5",
        ["http.request", "summarize", "slack.post_message"],
        0.9,
    ),
    (
        "every morning at 6 \u2192 alert history from the monitoring API \u2192 summarise it "
        "\u2192 oncall@example.com",
        "0 6 * * *",
        ["http.request", "summarize", "email.send"],
        0.9,
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions", "floor"), _NOUN_OF_SENDING)
def test_a_noun_of_sending_before_a_source_names_the_data(text, cron, actions, floor):
    result = parse(text)
    assert _cron(result) == cron
    assert _actions(result) == actions
    assert result.confidence >= floor
    assert not [w for w in result.warnings if "no delivery medium" in w]


@pytest.mark.parametrize(
    "text",
    [
        "every hour, post the replies from https://sms.example.com/api/inbound to #sms-team",
        "every hour, route the replies from https://sms.example.com/api/inbound to #sms-team",
        "every hour, post them from https://sms.example.com/api/inbound to #sms-team",
    ],
)
def test_a_verb_of_sending_with_its_object_still_sends(text):
    assert _actions(parse(text)) == ["http.request", "slack.post_message"]
