"""Round 93: a document of "JOB: / FROM: / TO:" fields reads "FROM:" holding a URL as the source
fetched first and "TO:" holding only a place as where the job's send goes; a correction naming a
new medium and place alone ("— er, make that an email to vans@…") keeps the fetch of the
delivery it replaces."""

import pytest

from tests.nl_parser.reading import confidence_of, read

H, E, S, Q = "http.request", "email.send", "slack.post_message", "salesforce.query"

JOB_FIELDS = [
    (
        "St Cuthbert's Church \u2014 readers' rota\nJOB: send next week's readers' rota\n"
        "FROM: https://rota.stcuthbertschurch.example/api/readers\nWHEN: Sundays, 8:00 PM\n"
        "TO: readers@stcuthbertschurch.example",
        ("0 20 * * 0", [H, E]),
    ),
    (
        "Harbour Rowing Club\nTASK: send the crew list\n"
        "FROM: https://crews.harbourrowing.example/api/list\nWHEN: every Friday at 6pm\n"
        "TO: #coaches",
        ("0 18 * * 5", [H, S]),
    ),
    (
        "JOB: email the week's shifts\nWHEN: Mondays at 7am\n"
        "FROM: https://shifts.example.com/api/week\nTO: staff@example.com",
        ("0 7 * * 1", [H, E]),
    ),
    (
        "Job: send tomorrow's deliveries\nFrom: https://vans.example.org/api/tomorrow\n"
        "To: drivers@example.org\nWhen: weekdays at 5pm",
        ("0 17 * * 1-5", [H, E]),
    ),
    (
        "JOB: send the open work orders\nFROM: https://works.example.net/api/open\n"
        "WHEN: daily at 06:30\nTO: foremen@example.net",
        ("30 6 * * *", [H, E]),
    ),
]

MEDIUM_CORRECTIONS = [
    (
        "Cobblefield Florist: every Monday at 06:50, post the week's delivery slots from "
        "https://slots.cobblefieldflorist.example/api/week in #drivers \u2014 er, actually make "
        "that an email to vans@cobblefieldflorist.example.",
        ("50 6 * * 1", [H, E]),
    ),
    (
        "Every Friday at 5pm, email the timesheets from https://hr.example.com/api/times to "
        "payroll@example.com \u2014 sorry, make that a Slack message in #payroll.",
        ("0 17 * * 5", [H, S]),
    ),
    (
        "Send the open tickets from Salesforce to #support each morning at 8, no, a message to "
        "support-leads@example.com instead",
        ("0 8 * * *", [Q, E]),
    ),
    (
        "At 7am daily, slack the overnight alerts from https://mon.example.com/api/alerts to "
        "#ops; actually make that an email to ops@example.com",
        ("0 7 * * *", [H, E]),
    ),
    (
        "Post the menu from https://cafe.example.com/api/menu in #lunch every weekday at 11 "
        "\u2014 scratch that, an email to staff@cafe.example.com",
        ("0 11 * * 1-5", [H, E]),
    ),
]

RIGHT = JOB_FIELDS + MEDIUM_CORRECTIONS


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_reads_the_construction(text, expected):
    assert read(text) == expected


# The first job case opens on a heading whose words are not all read (not this construction).
@pytest.mark.parametrize(("text", "expected"), RIGHT[2:])
def test_is_sure_of_it(text, expected):
    assert confidence_of(text) >= 0.7


# Near cases that must not change.
NEAR = [
    # "FROM:" naming the writer is no source; "SEND TO:" as before.
    (
        "FROM: Ops, Greyhaven Wind Farm\nJOB: send the weekly fault list\nWHEN: Mondays 9am\n"
        "TO: engineering@greyhavenwind.example",
        ("0 9 * * 1", [E]),
    ),
    # "TO:" naming people, not a place, gives the send no place.
    ("JOB: send next week's rota\nWHEN: Sundays at 8pm\nTO: the readers", ("0 20 * * 0", [E])),
    # A correction with no source before it: the delivery alone.
    (
        "Every Monday at 9, post the rota in #staff \u2014 sorry, make that an email to "
        "staff@example.com.",
        ("0 9 * * 1", [E]),
    ),
    # A correction with its own verb keeps the source as before.
    (
        "Every Friday at 4pm, email the timesheets from https://hr.example.com/api/times to "
        "payroll@example.com \u2014 no, post them in #payroll.",
        ("0 16 * * 5", [H, S]),
    ),
    # An address told after a summary emailed is not a second delivery.
    (
        "Every morning at 8, email the team a summary of the overnight alerts. ops@example.com",
        ("0 8 * * *", ["summarize", E]),
    ),
    # A channel after an email is a second medium, not the email's place.
    ("Email the team the weekly summary every Monday at 9am. #ops", ("0 9 * * 1", [E])),
    # "Also post it in #staff" is one more delivery.
    (
        "Every Monday at 9, email the week's rota to staff@example.com. Also post it in #staff.",
        ("0 9 * * 1", [E, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
