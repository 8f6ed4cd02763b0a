"""Round 66: a heading naming a kind of job and whom it is for ("Launch-day job for Glint Cyber:
…"), a thing someone (not only I or we) wants made, with an aside after how it is made ("The
trustees … would like a footfall report … compiled every Monday at 9am (…) and emailed to …"), a
made thing dated by a span ("a footfall report for the previous week"), and a duty made with
"written (up)" ("Could a short summary … be written up … and posted in #rehoming?"), and a closing
sentence on how someone takes to the result ("The volunteers love seeing which dogs found
homes.")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, Q, W = (
    "http.request",
    "email.send",
    "slack.post_message",
    "salesforce.query",
    "webhook.post",
)
R, SU, WAIT, SIGNAL = "generate_report", "summarize", "wait", "wait_for_signal"
HTTP_EMAIL = {"availableTools": ["http.request", "email.send"]}
HTTP_SLACK = {"availableTools": ["http.request", "slack.post_message"]}
CRM_EMAIL = {"availableTools": ["salesforce.query", "email.send"]}
WEBHOOK_EMAIL = {"availableTools": ["webhook.post", "email.send"]}

# "Launch-day job for Glint Cyber: wait for …": a kind of job and whom it is for, before the
# colon or dash that opens the steps, is a heading (as "One-off job for …:" is), no step.
JOB_HEADINGS = [
    (
        "Launch-day job for Glint Cyber: wait for the marketing lead to give the go-ahead, then"
        " hit the press-release webhook, and an hour after that email the launch note to"
        " customers@example-glintcyber.io.",
        WEBHOOK_EMAIL,
        (None, [SIGNAL, W, WAIT, E]),
    ),
    (
        "Migration task for Pinecrest Bank: wait until the DBA approves it, then hit the cutover"
        " webhook.",
        None,
        (None, [SIGNAL, W]),
    ),
    (
        "Year-end job for the Oakridge finance team: query Salesforce for unpaid invoices and"
        " post them in #finance.",
        None,
        (None, [Q, S]),
    ),
    (
        "Recall run for Harbour Dental — fetch the recall list from"
        " https://api.example-harbourdental.com/recalls and email it to"
        " reception@example-harbourdental.com.",
        None,
        (None, [H, E]),
    ),
    (
        "Stocktake job for Brackenford Timber: every Monday at 8am, pull the stock levels from"
        " https://api.example-brackenford.co.uk/stock and post them in #yard.",
        None,
        ("0 8 * * 1", [H, S]),
    ),
    (
        "Press-day piece of work for Northwind Games: hold it until the producer signs off, then"
        " email the trailer link to press@example-northwind.com.",
        None,
        (None, [SIGNAL, E]),
    ),
]

# "The trustees of the … Museum would like a footfall report … compiled every Monday at 9am
# (gallery visitor counts, …) and emailed to …": whoever wants it (a group named, not only I or
# we), the thing wanted made, and how it is made; an aside in brackets may follow the participle.
WANTED_MADE = [
    (
        "The trustees of the Wexcombe Maritime Museum would like a footfall report for the"
        " previous week compiled every Monday at 9am (gallery visitor counts, shop takings, school"
        " bookings) and emailed to trustees@example-wexcombemuseum.org.uk.",
        HTTP_EMAIL,
        ("0 9 * * 1", [H, R, E]),
    ),
    (
        "The partners at Ashdown Solicitors would like the week's billing summarised every Friday"
        " at 4pm and emailed to partners@example-ashdown.co.uk.",
        None,
        ("0 16 * * 5", [SU, E]),
    ),
    (
        "Our head chef wants the week's allergen complaints summarised every Sunday at 6pm"
        " (dish, table, what was wrong) and posted in #kitchen.",
        None,
        ("0 18 * * 0", [SU, S]),
    ),
    (
        "The board would like an occupancy report for last month compiled on the 1st of each"
        " month at 8am and emailed to board@example-harbourhotel.com.",
        HTTP_EMAIL,
        ("0 8 1 * *", [H, R, E]),
    ),
    (
        "We would like a donations report compiled every Monday at 7am (online, bucket, gift aid)"
        " and emailed to treasurer@example-lifeboats.org.uk.",
        None,
        ("0 7 * * 1", [R, E]),
    ),
]

# "compile a footfall report for the previous week": a made thing dated by a span sums up the
# data of that span, so a run that starts empty reads it from the only source listed first.
MADE_FOR_A_SPAN = [
    (
        "Every Monday at 9am compile a footfall report for the previous week and email it to"
        " trustees@example-wexcombemuseum.org.uk.",
        HTTP_EMAIL,
        ("0 9 * * 1", [H, R, E]),
    ),
    (
        "On the 1st of each month at 8am, prepare a sales report for last month and email it to"
        " sales@example-brightwell.com.",
        CRM_EMAIL,
        ("0 8 1 * *", [Q, R, E]),
    ),
    (
        "Every Friday at 5pm, put together an attendance summary for the past week and post it in"
        " #coaches.",
        HTTP_SLACK,
        ("0 17 * * 5", [H, SU, S]),
    ),
    (
        "Every day at 7am build a usage report covering yesterday and post it in #ops.",
        HTTP_SLACK,
        ("0 7 * * *", [H, R, S]),
    ),
]

# "Could a short summary … be written up every Friday at 17:30 and posted in #rehoming?": a
# duty made with "written (up)" asks for the writing as "be compiled" does.
WRITTEN_DUTIES = [
    (
        "Could a short summary of the week's adoptions at Hollybank Animal Rescue be written up"
        " every Friday at 17:30 and posted in #rehoming? The volunteers love seeing which dogs"
        " found homes.",
        None,
        ("30 17 * * 5", [SU, S]),
    ),
    (
        "Could a quick summary of yesterday's deliveries be written up every morning at 8 and"
        " emailed to depot@example-haulage.com?",
        None,
        ("0 8 * * *", [SU, E]),
    ),
    (
        "Every Friday at 4pm a report on the week's sales should be written up and posted in"
        " #sales.",
        None,
        ("0 16 * * 5", [R, S]),
    ),
    (
        "Can a summary of the notes at https://notes.example-studio.com/latest be written up and"
        " sent to team@example-studio.com?",
        None,
        (None, [H, SU, E]),
    ),
    (
        "A report on this week's new members is to be written and emailed to"
        " committee@example-bowlsclub.org every Sunday at 6pm.",
        None,
        ("0 18 * * 0", [R, E]),
    ),
]

# "The volunteers love seeing which dogs found homes.": how someone takes to the result, said
# last, says why it is asked; no step, and no doubt.
RESULTS_ENJOYED = [
    (
        "Every Monday at 8am, post this week's rota in #kitchen. The chefs like seeing it early.",
        None,
        ("0 8 * * 1", [S]),
    ),
    (
        "Every Saturday at 6pm, email the match results to members@example-cricketclub.org. Our"
        " members enjoy reading who won.",
        None,
        ("0 18 * * 6", [E]),
    ),
    (
        "On the 1st of each month at 9am, email last month's grant spending to"
        " donors@example-foodbank.org. Donors appreciate hearing where their money went.",
        None,
        ("0 9 1 * *", [E]),
    ),
    (
        "Every Sunday at 7pm, post the league table in #juniors. The kids love knowing who is top.",
        None,
        ("0 19 * * 0", [S]),
    ),
]

# Near cases that must keep their reading.
UNCHANGED = [
    (
        "One-off job for Acme: wait for the marketing lead to approve it, then hit the"
        " press-release webhook.",
        None,
        (None, [SIGNAL, W]),
    ),
    (
        "Could a report of the week's adoptions be compiled every Friday at 17:30 and posted in"
        " #rehoming?",
        None,
        ("30 17 * * 5", [R, S]),
    ),
    (
        "Every Friday at 17:30 write up a short summary of the week's adoptions and post it in"
        " #rehoming.",
        None,
        ("30 17 * * 5", [SU, S]),
    ),
    # A made thing for people, not a span, reads no data first.
    (
        "Every Monday at 9am compile a report for the board and email it to board@example.com.",
        HTTP_EMAIL,
        ("0 9 * * 1", [R, E]),
    ),
    (
        "We would like a footfall report compiled every Monday at 9am and emailed to"
        " trustees@example.org.",
        None,
        ("0 9 * * 1", [R, E]),
    ),
    # Someone who wants a delivery, not a thing made, is still sent it.
    (
        "The finance team needs the cash position emailed to cfo@example.com every day at 8am.",
        None,
        ("0 8 * * *", [E]),
    ),
]


def _assert_read_well(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "context", "expected"), JOB_HEADINGS)
def test_a_kind_of_job_for_someone_is_a_heading(text, context, expected):
    _assert_read_well(text, context, expected)


@pytest.mark.parametrize(("text", "context", "expected"), WANTED_MADE)
def test_a_thing_anyone_wants_made_is_made(text, context, expected):
    _assert_read_well(text, context, expected)


@pytest.mark.parametrize(("text", "context", "expected"), MADE_FOR_A_SPAN)
def test_a_made_thing_for_a_span_reads_its_data_first(text, context, expected):
    _assert_read_well(text, context, expected)


@pytest.mark.parametrize(("text", "context", "expected"), WRITTEN_DUTIES)
def test_a_duty_to_be_written_up_is_the_writing(text, context, expected):
    _assert_read_well(text, context, expected)


@pytest.mark.parametrize(("text", "context", "expected"), RESULTS_ENJOYED)
def test_how_someone_takes_to_the_result_is_no_step(text, context, expected):
    _assert_read_well(text, context, expected)


def test_a_wish_for_more_is_still_a_doubt():
    # "would love a summary too" may ask for a step the parser did not read.
    text = (
        "Every Monday at 8am, post this week's rota in #kitchen. The chefs would love seeing a"
        " summary."
    )
    assert doubts_of(text) != []


@pytest.mark.parametrize(("text", "context", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, context, expected):
    assert read(text, context) == expected
