"""Round 62: "…; where it does not, …" and "…; where nothing is short, …" after a "where" test
are its other branch, as "where it is not" was; and a passive duty denied until someone lets it
go ("It is not to be released until the partner has signed it off; thereafter …") is a hold,
as "don't release it until …" was."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, G, R = "check_status", "generate_report", "wait_for_signal"

# "Where the level stands above 1.8 m, …; where it does not, …": the pronoun and a denied
# auxiliary (does, has, do) after "where" name the test before, turned around; "where nothing is
# short" denies it by its quantifier.
DENIED_WHERE = [
    (
        "MEMO — Thistledown Rowing Club, Committee to Coaching Staff. From the start of the"
        " winter season, the river gauge at https://river.example-thistledownrc.org/api/gauge is"
        " to be read at 05:40 daily. Where the level stands above 1.8 m, outings are cancelled and"
        " coaches@example-thistledownrc.org must be informed by email; where it does not, the"
        " words 'river open' are to be posted to #crews.",
        ("40 5 * * *", [H, C, E, C, S]),
    ),
    (
        "MEMO — Tollgate Community Food Bank, warehouse volunteers. From next week, at 16:45 each"
        " Thursday the stock levels held at https://stock.example-tollgatefoodbank.org.uk/api/levels"
        " will be checked automatically. Where any staple (tinned fish, UHT milk, nappies) has"
        " dropped below 40 units, the appeals webhook is to be triggered; where nothing is short, a"
        " note saying 'stock fine this week' should go to #warehouse.",
        ("45 16 * * 4", [H, C, W, C, S]),
    ),
    (
        "Each weekday at 08:00 the queue depth at https://q.example-larkspur.com/api/depth is to be"
        " fetched. Where the depth exceeds 500, the on-call webhook should be triggered; where it"
        " doesn't, post 'queue calm' in #ops.",
        ("0 8 * * 1-5", [H, C, W, C, S]),
    ),
    (
        "At 6:15 every day, get the soil readings from https://farm.example-oakbeck.com/api/soil;"
        " where the moisture falls below 20%, trigger the irrigation webhook, and where it does"
        " not, email grower@example-oakbeck.com that all is fine.",
        ("15 6 * * *", [H, C, W, C, E]),
    ),
    (
        "Daily at 07:00 the backup states at https://bk.example-ferrow.net/api/status will be"
        " fetched. Where any backup has failed, alert the infra webhook; where nothing has"
        " failed, a line saying 'backups ok' goes to #infra.",
        ("0 7 * * *", [H, C, W, C, S]),
    ),
    (
        "Every Monday at 9am, the invoice list at https://billing.example-quill.com/api/invoices"
        " is to be pulled. Where an invoice is overdue, ar@example-quill.com must be emailed;"
        " where nothing is overdue, 'all paid' is to be posted in #finance.",
        ("0 9 * * 1", [H, C, E, C, S]),
    ),
    (
        "Twice a day at 9am and 5pm, read the printer counts from"
        " https://print.example-vale.org/api/toner. Where the toner has dropped under 10%, email"
        " it@example-vale.org; where it has not, post 'toner fine' to #office.",
        ("0 9,17 * * *", [H, C, E, C, S]),
    ),
]

# "It is not to be released until the managing partner has signed it off": the thing a passive
# duty holds back until someone lets it go waits for that signal; "thereafter" orders the
# step after it as "then" does.
PASSIVE_HOLDS = [
    (
        "Castellan & Reeve Solicitors — instruction to Accounts. On the 1st of each month at"
        " 07:30, the unbilled-hours report is to be generated. It is not to be released until the"
        " managing partner has signed it off; thereafter it is to be emailed to"
        " billing@example-castellanreeve.law.",
        ("30 7 1 * *", [G, R, E]),
    ),
    (
        "Every Friday at 4pm, generate the weekly sales report. It must not be sent until the"
        " sales director approves it; then email it to board@example-hallam.com.",
        ("0 16 * * 5", [G, R, E]),
    ),
    (
        "On the 1st of each month at 10:00 the newsletter draft is to be generated. The"
        " draft should not be published until the editor has signed it off, and thereafter it is"
        " to be posted to #readers.",
        ("0 10 1 * *", [G, R, S]),
    ),
    (
        "Each weekday at 6pm a report of the day's refunds is to be generated. The report cannot be"
        " shared until finance has approved it; after that it goes to #refunds.",
        ("0 18 * * 1-5", [G, R, S]),
    ),
    (
        "At 08:30 every Monday, produce a summary report of open claims. It isn't to be"
        " forwarded until the claims lead OKs it; thereafter send it to claims@example-brenn.com.",
        ("30 8 * * 1", [G, R, E]),
    ),
]

# The same words without the construction keep their reading.
UNCHANGED = [
    (
        "Every day at 05:40, read the gauge at https://river.example-tarn.org/api/gauge. Where the"
        " level is above 1.8 m, email coaches@example-tarn.org.",
        ("40 5 * * *", [H, C, E]),
    ),
    (
        "Every day at 05:40, read the gauge at https://river.example-tarn.org/api/gauge. Where the"
        " level is above 1.8 m, email coaches@example-tarn.org; where it is not, post 'river"
        " open' to #crews.",
        ("40 5 * * *", [H, C, E, C, S]),
    ),
    (
        "Every day at 05:40, read the gauge at https://river.example-tarn.org/api/gauge. Where the"
        " level is above 1.8 m, email coaches@example-tarn.org; otherwise post 'river open' to"
        " #crews.",
        ("40 5 * * *", [H, C, E, C, S]),
    ),
    (
        "On the 1st of each month at 07:30, generate the unbilled-hours report. Don't release it"
        " until the managing partner has signed it off; then email it to billing@example-cr.law.",
        ("30 7 1 * *", [G, R, E]),
    ),
    (
        "On the 1st of each month at 07:30, the unbilled-hours report is to be generated and"
        " emailed to billing@example-cr.law.",
        ("30 7 1 * *", [G, E]),
    ),
    (
        "Every Friday at 4pm, generate the weekly sales report. It must not be sent to anyone"
        " outside the board; email it to board@example-hallam.com.",
        ("0 16 * * 5", [G, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_WHERE)
def test_a_denied_where_is_the_other_branch(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), PASSIVE_HOLDS)
def test_a_passive_held_until_someone_lets_it_go_waits(text, expected):
    assert read(text) == expected
    assert not any("thereafter" in doubt for doubt in doubts_of(text))


@pytest.mark.parametrize(("text", "expected"), DENIED_WHERE[2:] + PASSIVE_HOLDS[1:])
def test_the_paraphrases_are_read_surely(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
