"""Round 64: "check whether X is still up, and if it has gone down, …" asks one question and
names the answer that acts (one test, not two), and a source told in a sentence of its own ("Our
distributor has a feed at https://…") is the one a later "grab that feed" fetches (one fetch)."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, SUM = "check_status", "summarize"

# "check whether X is (still) <state>, and if it <answer>, <step>": the "if" after the question,
# with the checked thing as its pronoun subject, says which answer the step runs on.
ANSWERED_CHECKS = [
    (
        "Every five minutes, check whether https://stream.example-wavelengthradio.fm/live is"
        " still on air, and if it has gone silent, trigger the off-air alarm webhook.",
        ("*/5 * * * *", [H, C, W]),
    ),
    (
        "Every 10 minutes, check whether https://status.example-harbourferries.com/api is still"
        " up, and if it is down, post in #ferry-ops.",
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "Every 15 minutes, check if https://api.example-tidegauge.org/level is still reachable,"
        " and if it has dropped off, trigger the flood webhook.",
        ("*/15 * * * *", [H, C, W]),
    ),
    (
        "At 7am each day, check whether the backup job at https://backup.example-lakeside.net/job"
        " is still running and if it has stopped, email admin@example-lakeside.net.",
        ("0 7 * * *", [H, C, E]),
    ),
    (
        "Hourly, check whether the Millbrook bakery oven feed at"
        " https://iot.example-millbrook.co.uk/oven is still live; if it's gone quiet, post a"
        " note in #bakehouse.",
        ("0 * * * *", [H, C, S]),
    ),
    (
        "Check whether https://tickets.example-pierhead.org/sales is still open every weekday at"
        " noon, and if they have closed it, email box-office@example-pierhead.org.",
        ("0 12 * * 1-5", [H, C, E]),
    ),
]

# A source told before the steps, then fetched again by a word pointing back at it.
TOLD_SOURCES = [
    (
        "I run Greyfriars Bookshop with my sister and we keep losing track of customer preorders"
        " \u2014 people come in asking and we've no idea whether the publisher has shipped. Our"
        " distributor has a feed at https://trade.example-greyfriarsbooks.co.uk/api/preorders."
        " What I'd love is: every Wednesday at 9.15am, grab that feed, write a short summary of"
        " what's arriving this week, and email it to both of us at"
        " shop@example-greyfriarsbooks.co.uk. If anything's been delayed by more than a month,"
        " also post it in #counter so whoever's on the till knows. Thanks so much!",
        ("15 9 * * 3", [H, SUM, E, C, S]),
    ),
    (
        "Our weather station has an API at https://wx.example-hillfarm.net/api. Every hour, poll"
        " it and post the readings to #farm.",
        ("0 * * * *", [H, S]),
    ),
    (
        "The lab's sensor log is at https://lab.example-uni.ac.uk/log. Each weekday at 8am, pull"
        " the log, summarise it and email it to lab@example-uni.ac.uk.",
        ("0 8 * * 1-5", [H, SUM, E]),
    ),
    (
        "The council has a bin-collection feed at https://data.example-council.gov.uk/bins. Every"
        " Sunday at 6pm, fetch that feed and email a summary of it to me@example-home.net.",
        ("0 18 * * 0", [H, SUM, E]),
    ),
    (
        "Our stockroom scanner has an endpoint at https://scan.example-corner.shop/api/stock. At"
        " 5pm every Friday, download the data from it and post a summary in #stock.",
        ("0 17 * * 5", [H, SUM, S]),
    ),
]

# "What I'd love is:", "Here's what we need:": a label of asking inside the text, after a
# sentence the blanking at the start stops at, is no step and leaves no word unread.
LABELS_WITHIN = [
    TOLD_SOURCES[0],
    (
        "Our cafe's till has an export at https://till.example-cafe.com/export. Here's what we"
        " need: every night at 11pm, pull it and email a summary to owner@example-cafe.com.",
        ("0 23 * * *", [H, SUM, E]),
    ),
    (
        "The rota lives at https://rota.example-surgery.nhs.uk/api/today. What we'd like is:"
        " every weekday at 7am, fetch it and post it in #front-desk.",
        ("0 7 * * 1-5", [H, S]),
    ),
    (
        "Our allotment society keeps its plot list at https://plots.example-allotments.org/list."
        " What I need is: on the 1st of every month at 9am, grab that list and email a summary"
        " to committee@example-allotments.org.",
        ("0 9 1 * *", [H, SUM, E]),
    ),
    (
        "The kennel's booking feed is at https://book.example-kennels.co.uk/feed. The request:"
        " every Friday at 4pm, download it, summarise the weekend's bookings and post that in"
        " #kennel-staff.",
        ("0 16 * * 5", [H, SUM, S]),
    ),
]

# Near cases: no question before the "if", an answer said as "if it is", a test of another
# subject, a source the fetch names itself, and a source told with no fetch after it.
UNCHANGED = [
    (
        "Every hour, check whether the dryer bank is offline and, if it is, text me through the"
        " SMS webhook",
        ("0 * * * *", [H, C, W]),
    ),
    (
        "Every 5 minutes, check whether https://x.example.com/health returns 200 and alert #ops"
        " if not",
        ("*/5 * * * *", [H, C, S]),
    ),
    (
        "Every 10 minutes, check https://status.example-harbourferries.com/api, and if it is"
        " down, post in #ferry-ops.",
        ("*/10 * * * *", [H, C, S]),
    ),
    (
        "Our weather station has an API at https://wx.example-hillfarm.net/api. Every hour,"
        " summarise the readings and post them to #farm.",
        ("0 * * * *", [H, SUM, S]),
    ),
    (
        "Our weather station has an API at https://wx.example-hillfarm.net/api. Every hour, poll"
        " https://wx.example-hillfarm.net/backup and post the readings to #farm.",
        ("0 * * * *", [H, H, S]),
    ),
    (
        "The rota lives at https://rota.example-surgery.nhs.uk/api/today. Note: every weekday at"
        " 7am, fetch it and post it in #front-desk.",
        ("0 7 * * 1-5", [H, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED_CHECKS)
def test_an_if_after_a_question_answers_it(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), TOLD_SOURCES)
def test_a_told_source_is_the_one_fetched_later(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), LABELS_WITHIN)
def test_a_label_of_asking_within_the_text_is_no_step(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.9
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
