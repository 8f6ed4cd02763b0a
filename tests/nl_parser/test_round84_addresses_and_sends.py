"""Round 84: a URL whose host says "mail", "txt <receiver> thru <medium>", "get X over to Y"."""

import pytest

from nl_parser import parse

_WEBHOOK_URL_CASES = [
    "just this once \u2014 take the 120 open-day sign-ups at "
    "https://forms.woollyhillalpacas.example/api/signups and POST them to "
    "https://mail.woollyhillalpacas.example/api/subscribers",
    "take the sign-ups at https://forms.example.com/api/signups and post them to "
    "https://mail.example.com/api/subscribers",
    "fetch https://forms.example.com/api/signups and send them to "
    "https://mail.example.com/api/subscribers",
    "grab the orders from https://shop.example.com/api/orders and push them to "
    "https://mailer.example.com/api/mail",
    "pull the new members from https://club.example.com/api/members and forward them to "
    "https://api.example.com/mail/list",
]


@pytest.mark.parametrize("text", _WEBHOOK_URL_CASES)
def test_a_url_saying_mail_is_an_address_not_the_medium(text):
    result = parse(text)
    assert [s.action for s in result.steps] == ["http.request", "webhook.post"]
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    "text",
    [
        "fetch https://forms.example.com/api/signups and email them to ops@example.com",
        "fetch https://forms.example.com/api/signups and mail them to the team",
    ],
)
def test_an_email_verb_beside_a_url_still_emails(text):
    assert [s.action for s in parse(text).steps] == ["http.request", "email.send"]


_TEXTED_CASES = [
    (
        "every 2 min hit https://track.swiftpedalcouriers.example/api/late and txt dispatch thru "
        "the sms webhook whenever a delivery is more than 20 mins late",
        "*/2 * * * *",
    ),
    (
        "every 5 min check https://api.example.com/freezers and msg maintenance via the alarm "
        "webhook if any freezer is above -15",
        "*/5 * * * *",
    ),
    (
        "every 10 minutes hit https://status.example.com/api/queue and txt ops through the "
        "pager webhook when the queue is over 50",
        "*/10 * * * *",
    ),
    (
        "every hour fetch https://shop.example.com/api/stock and msg purchasing via the buying "
        "webhook when any item is below 5",
        "0 * * * *",
    ),
]


@pytest.mark.parametrize(("text", "cron"), _TEXTED_CASES)
def test_a_short_verb_before_a_bare_receiver_and_its_medium(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert [s.action for s in result.steps] == ["http.request", "check_status", "webhook.post"]
    assert result.confidence >= 0.7


def test_a_txt_file_stays_a_noun():
    result = parse("attach a txt file via email to ops@example.com")
    assert [s.action for s in result.steps] == ["email.send"]


_GOT_OVER_CASES = [
    (
        ["classify", "summarize", "slack.post_message"],
        "Oakhollow Tree Surgery: read through the 300 callback notes I've pasted in, categorise "
        "each by job type (felling, pruning, stump grinding), and get a summary over to Martin.",
        ["classify", "summarize", "slack.post_message"],
    ),
    (
        ["summarize", "email.send"],
        "go through the 40 feedback forms I've pasted below and get a short summary over to the "
        "head chef.",
        ["summarize", "email.send"],
    ),
    (
        ["classify", "summarize", "email.send"],
        "sort the complaints I've attached by product line (kettles, toasters), then get a "
        "summary across to Priya.",
        ["classify", "summarize", "email.send"],
    ),
    (
        None,
        "every Friday fetch https://shop.example.com/api/orders and get a summary over to the "
        "owners by email",
        ["http.request", "summarize", "email.send"],
    ),
    (
        ["summarize", "slack.post_message"],
        "summarise the pasted meeting notes and get it over to #leadership",
        ["summarize", "slack.post_message"],
    ),
]


@pytest.mark.parametrize(("tools", "text", "actions"), _GOT_OVER_CASES)
def test_a_thing_got_over_to_someone_is_sent(tools, text, actions):
    result = parse(text, {"availableTools": tools} if tools else None)
    assert [s.action for s in result.steps] == actions
    assert result.confidence >= 0.7


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("get the latest rates from https://fx.example.com/api/rates", ["http.request"]),
        (
            "every morning get the weather from https://wx.example.com/api/today and post it "
            "in #site",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_a_thing_got_from_somewhere_is_still_fetched(text, actions):
    assert [s.action for s in parse(text).steps] == actions
