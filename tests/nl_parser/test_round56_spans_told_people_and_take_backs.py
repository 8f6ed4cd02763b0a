"""Round 56: a span of days in one month, months "throughout" which it runs, what a participle of
telling says, a person reached by name through a medium after a test, and "no, hang on" as a
take-back."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, C, W, E, S, WAIT = (
    "http.request",
    "check_status",
    "webhook.post",
    "email.send",
    "slack.post_message",
    "wait",
)

# "From 1 to 24 December, at 08:30 each day": the days from one to the other, in that month.
DAYS_SPANNED = [
    (
        "Bit of background: every December the Holly & Hearth gift shop runs an advent offer, and"
        " last year half the staff didn't know what the day's deal was until a customer asked."
        " From 1 to 24 December, at 08:30 each day, fetch that day's offer from"
        " https://offers.example-hollyandhearth.co.uk/api/advent/today and post it in"
        " #shop-floor-team. Cheers!",
        ("30 8 1-24 12 *", [H, S]),
    ),
    (
        "from the 1st to the 24th of December at 08:30 fetch https://x.example.com/api/advent",
        ("30 8 1-24 12 *", [H]),
    ),
    (
        "Between 10 and 20 March, every day at 7am, email the revision tip to pupils@example.org",
        ("0 7 10-20 3 *", [E]),
    ),
    (
        "from June 1 to June 14 at 18:00 post the countdown in #festival-crew",
        ("0 18 1-14 6 *", [S]),
    ),
    (
        "November 3-9, daily at noon, pull https://votes.example.com/api/tally and post it in"
        " #count-room",
        ("0 12 3-9 11 *", [H, S]),
    ),
]

# Near cases: one day, a list of days, and a span across two months keep their reading.
DAYS_NOT_SPANNED = [
    ("on 14 and 15 March at 9 post the notice in #site", ("0 9 14,15 3 *", [S])),
    ("on March 3 at 9 post the notice in #site", ("0 9 3 3 *", [S])),
    ("every day at 9am from 20 December to 5 January post it in #team", ("0 9 5,20 1,12 *", [S])),
]


@pytest.mark.parametrize(("text", "expected"), DAYS_SPANNED + DAYS_NOT_SPANNED)
def test_a_span_of_days_in_one_month_is_each_day_of_it(text: str, expected: tuple) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), DAYS_SPANNED)
def test_a_span_of_days_is_read_whole(text: str, expected: tuple) -> None:
    assert confidence_of(text) >= 0.7


# "every 15 minutes throughout September and October": the months it runs in, as "during" says.
THROUGHOUT_MONTHS = [
    (
        "Our cider mill runs the presses through the night at harvest, and last autumn a pump"
        " overheated and spoiled a whole tank before anyone noticed. So every 15 minutes"
        " throughout September and October, read the pump temperaturs from"
        " https://press.example-orchardgatecider.co.uk/api/pumps and, if any pump is hotter than"
        " 70°C, text the cellar manager through the SMS webhook. Cheers!",
        ("*/15 * * 9,10 *", [H, C, W]),
    ),
    (
        "Throughout June, July and August, every day at 6, read https://x.example.com/api/soil",
        ("0 6 * 6-8 *", [H]),
    ),
    (
        "every hour throughout November and December, post the stock count in #warehouse",
        ("0 * * 11,12 *", [S]),
    ),
    (
        "Each Monday at 9 throughout January and February email the gym timetable to"
        " members@example-gym.com",
        ("0 9 * 1,2 1", [E]),
    ),
    (
        "every 30 minutes throughout March and April check https://x.example.com/api/river and if"
        " the level is above 3 m post in #flood-watch",
        ("*/30 * * 3,4 *", [H, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THROUGHOUT_MONTHS)
def test_throughout_months_names_the_months(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert not [d for d in doubts_of(text) if "throughout" in d.lower()]


# "text the volunteers … reminding them doors open at 7": what the participle of telling says,
# "that" written or not, is the message's; its time is no time of the schedule.
TOLD_BY_PARTICIPLE = [
    (
        "Every Friday at 18:00, text the front-of-house volunteers at the Lyric Barn Theatre via"
        " the SMS webhook reminding them doors open at 7; an hour later, post the same reminder"
        " in #front-of-house.",
        ("0 18 * * 5", [W, WAIT, S]),
    ),
    (
        "Every Friday at 18:00, text the volunteers via the SMS webhook reminding them that doors"
        " open at 7.",
        ("0 18 * * 5", [W]),
    ),
    (
        "Every Friday at 18:00, email staff@x.com telling them the shop opens at 9.",
        ("0 18 * * 5", [E]),
    ),
    (
        "Every Monday at 8am post in #crew reminding everyone the van leaves at 10",
        ("0 8 * * 1", [S]),
    ),
    (
        "every day at 17:00 post in #ops warning them the backup runs at 23:00",
        ("0 17 * * *", [S]),
    ),
]

# Near cases: "reminding them to …" and a time that is the schedule's own keep their reading.
TOLD_NEAR = [
    ("every day at 17:00 email team@x.com reminding them to log hours", ("0 17 * * *", [E])),
    ("post a reminder in #standup that standup is at 9", ("0 9 * * *", [S])),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_BY_PARTICIPLE + TOLD_NEAR)
def test_what_a_participle_of_telling_says_is_the_message(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "if any machine is showing an error code text dave on the sms webhook": a delivery verb, a
# person by name and the medium after it start the step though no comma ends the test.
REACHED_THROUGH = [
    (
        "evey night at 11 can u check https://machines.example-spinzonelaunderette.co.uk/api/status"
        " and if any machine is showing an error code text dave on the sms webhook",
        ("0 23 * * *", [H, C, W]),
    ),
    (
        "every hour check https://x.example.com/api/stock and if any item is below 5 units message"
        " Priya via Slack",
        ("0 * * * *", [H, C, S]),
    ),
    ("when a payment fails ping Marcus Lee through the alerts webhook", (None, [C, W])),
    (
        "every morning at 6 pull https://x.example.com/api/vans and if a van is offline tell Jo"
        " over the dispatch webhook",
        ("0 6 * * *", [H, C, W]),
    ),
    (
        "at 9pm daily read https://x.example.com/api/freezers and if any freezer is warmer than"
        " -15 text Sam via sms",
        ("0 21 * * *", [H, C, W]),
    ),
]

# Near cases: the medium written with a comma, or a place straight after the verb.
REACHED_NEAR = [
    (
        "every night at 11 check https://x.example.com/api/status and if any machine is down,"
        " text dave on the sms webhook",
        ("0 23 * * *", [H, C, W]),
    ),
    (
        "every night at 11 check https://x.example.com/api/status and if any machine is down"
        " email dave@example.com",
        ("0 23 * * *", [H, C, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_THROUGH + REACHED_NEAR)
def test_a_person_reached_through_a_medium_starts_the_step(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "email it to panel@… — no, hang on, send it to assessments@… instead": "hang on" (or "hold
# on") after "no" is part of the take-back; the delivery is replaced, not repeated.
HANG_ON = [
    (
        "When a new foster-carer application arrives at Oakhaven Fostering, email it to"
        " panel@example-oakhavenfostering.org.uk — no, hang on, send it to"
        " assessments@example-oakhavenfostering.org.uk instead.",
        (None, [E]),
    ),
    (
        "Every day at 9 post the report in #sales, sorry, hold on, post it in #sales-leads instead",
        ("0 9 * * *", [S]),
    ),
    (
        "Every Monday at 10:00 — no, hang on, 11:00 — pull https://x.example.com/api/rota and"
        " email it to rota@x.com",
        ("0 11 * * 1", [H, E]),
    ),
    (
        "When an invoice is paid, post it in #finance; no, hold on, email it to ar@x.com instead.",
        (None, [E]),
    ),
    (
        "every evening at 8 send the tally to #bar — no, hang on, send it to manager@x.com",
        ("0 20 * * *", [E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HANG_ON)
def test_no_hang_on_takes_back(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


# "every December the gift shop runs an advent offer": a season of the year before a subject of
# its own is the story told before the request, when the request names its own schedule.
TOLD_SEASON = [
    (
        "Every December the gift shop runs an advent offer. From 1 to 24 December, at 08:30 each"
        " day, fetch the offer from https://x.example.com/api/offer and post it in #shop.",
        ("30 8 1-24 12 *", [H, S]),
    ),
    (
        "Every summer the club hosts a regatta. Every Saturday at 7am, pull"
        " https://x.example.com/api/tides and post it in #crew.",
        ("0 7 * * 6", [H, S]),
    ),
    (
        "Each winter our pipes freeze at least once. Every night at 2am, read"
        " https://x.example.com/api/pipes and if any pipe is below 2 C text the caretaker via the"
        " SMS webhook.",
        ("0 2 * * *", [H, C, W]),
    ),
    (
        "Every year the school holds an open evening in March. On weekdays at 16:00 email the"
        " sign-up count to office@example-school.org.",
        ("0 16 * * 1-5", [E]),
    ),
]

# Near case: with no schedule in the request, the season sentence is the run's schedule still.
TOLD_SEASON_NEAR = [
    ("Every December the team totals the sales. Please email it to a@x.com.", ("0 9 * 12 *", [E])),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_SEASON)
def test_a_season_told_of_a_subject_is_story(text: str, expected: tuple) -> None:
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), TOLD_SEASON_NEAR)
def test_a_season_with_no_schedule_after_it_stays(text: str, expected: tuple) -> None:
    assert read(text) == expected
