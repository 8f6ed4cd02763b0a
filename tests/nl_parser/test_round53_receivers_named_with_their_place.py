"""Round 53: people named with where they work ("the groundskeepers at Ferncliffe Cricket Club
get …"), people who want a summary of something (it is sent to them), a business named in two
capitalised words before a colon ("Pedal City bike share: …"), and a thing sent that summarises
("a short write-up summarising the week's ticket sales")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, H, S, SUM = "email.send", "http.request", "slack.post_message", "summarize"
EMAIL = {"availableTools": ["http.request", "email.send"]}
SLACK = {"availableTools": ["http.request", "slack.post_message"]}


@pytest.mark.parametrize(
    ("text", "context", "cron", "actions"),
    [
        # People with where they work, then what they get or want.
        (
            "Could the groundskeepers at Ferncliffe Cricket Club get tomorrow's forecast from "
            "https://api.example-pitchweather.com/forecast/ferncliffe every evening at 6?",
            SLACK,
            "0 18 * * *",
            [H, S],
        ),
        (
            "Could the coaches at Hollybank Juniors get the pitch bookings from "
            "https://bookings.example.org/api/pitches every morning at 7?",
            SLACK,
            "0 7 * * *",
            [H, S],
        ),
        (
            "Every Friday at 4pm, could the volunteers from Riverside Food Bank get the "
            "donation totals from https://api.example-foodbank.org/donations?",
            SLACK,
            "0 16 * * 5",
            [H, S],
        ),
        (
            "Every Monday at half past eight, the shift supervisors at Clearwater Car Wash want "
            "a summary of last week's washes and valets.",
            EMAIL,
            "30 8 * * 1",
            [H, SUM, E],
        ),
        (
            "Every weekday at 7am, the night nurses at St Brigid's Hospice want a summary of "
            "last night's calls.",
            EMAIL,
            "0 7 * * 1-5",
            [H, SUM, E],
        ),
        (
            "On the 1st of every month at 9, the trustees of Oakhill Village Hall need a "
            "summary of last month's bookings.",
            EMAIL,
            "0 9 1 * *",
            [H, SUM, E],
        ),
        (
            "Every Sunday at 6pm, the stewards at the Greyfriars Folk Festival want a digest "
            "of the week's volunteer sign-ups.",
            EMAIL,
            "0 18 * * 0",
            [H, SUM, E],
        ),
        # A business named in two capitalised words, and its trade, before a colon.
        (
            "Pedal City bike share: our van drivers need the dock fill levels from "
            "https://docks.example-pedalcity.org/api/docks pushed into #rebalancing-vans "
            "every 2 hours.",
            {},
            "0 */2 * * *",
            [H, S],
        ),
        (
            "Harbour Lights cinema: our ushers need the seat counts from "
            "https://api.example-harbourlights.com/seats pushed into #front-of-house every hour.",
            {},
            "0 * * * *",
            [H, S],
        ),
        (
            "Green Valley dog rescue: every morning at 8 pull the kennel list from "
            "https://api.example-gvrescue.org/kennels and post it to #walkers.",
            {},
            "0 8 * * *",
            [H, S],
        ),
        (
            "Northgate Tool Library: every Monday at 10 fetch the overdue loans from "
            "https://tools.example.org/api/overdue and email them to desk@example.org.",
            {},
            "0 10 * * 1",
            [H, E],
        ),
        # A thing sent that summarises what it is of.
        (
            "Every Sunday at 19:30, send the bookers at the Laughing Gull comedy club a short "
            "write-up summarising the week's ticket sales.",
            SLACK,
            "30 19 * * 0",
            [H, SUM, S],
        ),
        (
            "Every Friday at 5pm, email the board a one-page note summarizing this month's "
            "donations from https://api.example.org/donations to board@example.org.",
            {},
            "0 17 * * 5",
            [H, SUM, E],
        ),
        (
            "At 9am every day, post a message to #ops recapping yesterday's deploys from "
            "https://deploys.example.com/api/yesterday.",
            {},
            "0 9 * * *",
            [H, SUM, S],
        ),
        (
            "Every Monday at 8, send the coaches a short email that summarises last week's "
            "attendance from https://club.example.com/api/attendance to coaches@example.com.",
            {},
            "0 8 * * 1",
            [H, SUM, E],
        ),
        (
            "Every evening at 6, DM the warehouse leads a paragraph summing up the day's "
            "shipments from https://wms.example.com/api/shipments/today in Slack.",
            {},
            "0 18 * * *",
            [H, SUM, S],
        ),
    ],
)
def test_construction_reads_the_steps(text, context, cron, actions):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(
    ("text", "context", "cron", "actions"),
    [
        # Without a place, the same people and the same steps.
        (
            "Could the groundskeepers get tomorrow's forecast from "
            "https://api.example-pitchweather.com/forecast/ferncliffe every evening at 6?",
            SLACK,
            "0 18 * * *",
            [H, S],
        ),
        # Sent somewhere said: sent there, once.
        (
            "Every Monday at 8:30, the marketing team wants a report on ad spend sent to "
            "mkt@x.com.",
            {},
            "30 8 * * 1",
            ["generate_report", E],
        ),
        # A digest that already exists is only sent.
        (
            "Every Sunday at 19:30, send the bookers the weekly digest in Slack.",
            {},
            "30 19 * * 0",
            [S],
        ),
        # A source from a named system stays read as one.
        (
            "Every morning at 9, send the invoices from Stripe to accounts@example.com.",
            {},
            "0 9 * * *",
            None,
        ),
    ],
)
def test_near_cases_keep_their_reading(text, context, cron, actions):
    got_cron, got_actions = read(text, context)
    assert got_cron == cron
    if actions is not None:
        assert got_actions == actions
