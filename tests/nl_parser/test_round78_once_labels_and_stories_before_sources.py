"""Round 78: a label saying the run happens once ("Only needs doing once:") opening a sentence
after the data is told is no step, as it is at the start; and a story joined by ", and" to where
the data sits ("We're moving … onto a new system, and the old one coughed up 2,400 emails as a
single export at https://…") is told, the statement after it a fetch, whatever verb hands the
data over ("coughed up", "spat out", "dumped", "exported", "gave us")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, CL, X, W = "http.request", "classify", "extract", "webhook.post"
E, S, SU = "email.send", "slack.post_message", "summarize"

# "<the data, told>. <once-label>: <steps>".
ONCE_LABEL_WITHIN = [
    (
        "We're moving the Corn Exchange Theatre onto a new box-office system, and the old one"
        " coughed up 2,400 patron emails as a single export at"
        " https://export.cornexchangetheatre.example/patron-mail.json. Only needs doing once:"
        " sort each email into complaint, praise, access request or other, pull out the"
        " patron's name and the performance date, and push the whole lot to the migration"
        " webhook.",
        (None, [H, CL, X, W]),
    ),
    (
        "The parish archive has 1,100 scanned letters at"
        " https://archive.example-stmarys.org/letters.json. Only needs doing once: pull out the"
        " sender's name and the date of each letter, and email the lot to"
        " archivist@stmarys.example.",
        (None, [H, X, E]),
    ),
    (
        "Our old ticketing tool has 900 support tickets at"
        " https://tickets.example-brightdesk.com/export.json. We only need this done once:"
        " categorise each ticket as billing, bug, feature request or other, pull out the"
        " customer's name and the product, and post everything to the migration webhook.",
        (None, [H, CL, X, W]),
    ),
    (
        "Fetch the 600 survey comments at https://survey.example-kettlewick.org/comments.json."
        " This only has to happen once: summarise the comments and post the summary in"
        " #feedback.",
        (None, [H, SU, S]),
    ),
    (
        "The allotment society keeps its waiting list at"
        " https://plots.example-hazelbank.org/waiting.json. It only needs to run the once:"
        " extract each applicant's name and plot size, and email the results to"
        " secretary@hazelbank.example.",
        (None, [H, X, E]),
    ),
    (
        "Our museum's visitor book has about 3,300 comments at"
        " https://archive.example-pellworth.org/visitor-book.json. Just this once: classify each"
        " comment as praise, complaint or suggestion, pull out the visitor's home town, and push"
        " the lot to the research webhook.",
        (None, [H, CL, X, W]),
    ),
]

# "<teller's story>, and <what handed the data over> <count> <things> … at https://…".
STORY_BEFORE_SOURCE = [
    (
        "We're retiring our old helpdesk, and it spat out 3,000 tickets as a CSV at"
        " https://helpdesk.example-fernway.com/tickets.csv. Sort each ticket into billing, bug or"
        " other, pull out the customer's name and email, and send the lot to the archive"
        " webhook.",
        (None, [H, CL, X, W]),
    ),
    (
        "Our library is switching catalogue software, and the old system dumped 8,000 records"
        " at https://cat.example-oakfield.org/records.json. Pull out the title, author and year"
        " of each record and post the results to the catalogue webhook.",
        (None, [H, X, W]),
    ),
    (
        "I'm closing down the old shop site, and the platform exported 1,500 customer reviews at"
        " https://shop.example-ivyandbirch.com/reviews.json. Summarise the reviews and email the"
        " summary to owner@ivyandbirch.example.",
        (None, [H, SU, E]),
    ),
    (
        "We're moving the surgery onto a new booking system, and the old one gave us 2,000"
        " appointment notes at https://notes.example-elmsurgery.org/notes.json. Classify each"
        " note as routine, urgent or follow-up, extract the patient's name, and push everything"
        " to the migration webhook.",
        (None, [H, CL, X, W]),
    ),
    (
        "The old booking system coughed up 2,400 guest emails as a single export at"
        " https://export.example-harbourinn.com/guests.json. Pull out each guest's name and"
        " arrival date and post the results to the migration webhook.",
        (None, [H, X, W]),
    ),
]

# The once said last, in the words of the label: "It only needs doing the once."
ONCE_SAID_LAST = [
    (
        "Our museum's visitor book has about 3,300 comments at"
        " https://archive.example-pellworth.org/visitor-book.json. Extract the visitor's home"
        " town and visit date from every entry and post the results to the research webhook."
        " It only needs doing the once.",
        (None, [H, X, W]),
    ),
]

READ_WHOLE = ONCE_LABEL_WITHIN + STORY_BEFORE_SOURCE + ONCE_SAID_LAST

# Near cases that must not change: "once" as "when", a cadence, a subset picked, a request.
NEAR = [
    (
        "Fetch https://x.example/a.json. Once it's done: email the team at team@x.example.",
        (None, [H, E]),
    ),
    (
        "Fetch https://x.example/a.json. Once a week: email the results to team@x.example.",
        ("0 9 * * 1", [H, E]),
    ),
    (
        "Fetch https://x.example/a.json. Once that's done, email the results to team@x.example.",
        (None, [H, E]),
    ),
    (
        "We're moving to a new box-office system. Sort each email at"
        " https://x.example/a.json into complaint, praise or other, pull out the patron's name,"
        " and push the lot to the migration webhook.",
        (None, [H, CL, X, W]),
    ),
    (
        "The old one has 2,400 patron emails as a single export at"
        " https://export.cornexchangetheatre.example/patron-mail.json. Sort each email into"
        " complaint, praise, access request or other, pull out the patron's name and push the"
        " whole lot to the migration webhook.",
        (None, [H, CL, X, W]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_read_with_no_false_doubt(text, expected):
    assert read(text) == expected
    assert not doubts_of(text)


@pytest.mark.parametrize(("text", "expected"), READ_WHOLE)
def test_confident_when_read(text, expected):
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_near_cases_unchanged(text, expected):
    assert read(text) == expected
