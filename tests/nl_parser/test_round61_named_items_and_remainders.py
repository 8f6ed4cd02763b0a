"""Round 61: items headed with the firm they arrive at ("Each incoming call transcript at Fairway
Boiler Cover: classify …"), a firm named with "&" in the place items are left ("every review left
on Maple & Rye Bakery's page"), grades listed after items named at length ("Each new review of
Fellside Camping gets scored positive or negative"), and "any other depth," alone as the other
branch of the test before it."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
C, CL = "check_status", "classify"

# "Each incoming call transcript at Fairway Boiler Cover: classify …": the items a colon heads may
# name the firm they arrive at; they are the trigger, and the verb after the colon starts a step.
ITEMS_AT_A_FIRM_HEADED = [
    (
        "Each incoming call transcript at Fairway Boiler Cover: classify it as claim, cancellation"
        " or general query. Cancellations -> the retention webhook, plus an email to"
        " retention@example-fairwayboilercover.co.uk.",
        (None, [CL, C, W, E]),
    ),
    (
        "Every new booking at Harbour Lane Kayaks: sort it into lesson, hire or party. Parties"
        " -> email trips@example-harbourlane.co.uk.",
        (None, [CL, C, E]),
    ),
    (
        "Each incoming support email for Brightwater Dental: classify it as urgent or routine."
        " Urgent ones -> the on-call webhook.",
        (None, [CL, C, W]),
    ),
    (
        "Every new order from Oak and Ivy Florists: post it in #florist-orders.",
        (None, [S]),
    ),
    (
        "Each inbound enquiry at Kestrel Lettings: tag it as viewing, repair or complaint;"
        " complaints -> email manager@example-kestrel.co.uk.",
        (None, [CL, C, E]),
    ),
]

# "for every review left on Maple & Rye Bakery's page": a firm named with "&" (read as "and")
# owns the place the items are left, as a firm named in capitals alone does.
ITEMS_LEFT_AT_A_FIRM_WITH_AND = [
    (
        "For every review left on Maple & Rye Bakery's page, work out whether it's positive or"
        " negative; send the negative ones to manager@example-mapleandrye.co.uk and post the rest"
        " in #team-shoutouts.",
        (None, [CL, C, E, C, S]),
    ),
    (
        "For every comment posted on Hart & Sons Joinery's page, email it to"
        " office@example-hartandsons.co.uk.",
        (None, [E]),
    ),
    (
        "For each message sent to Bell & Crane Vets's inbox, post it in #front-desk.",
        (None, [S]),
    ),
    (
        "For every review left on Salt & Pepper's listing, classify it as positive or negative"
        " and post the negative ones in #kitchen.",
        (None, [CL, C, S]),
    ),
    (
        "For every question posted in Fox & Hound Tours's forum, email it to"
        " guides@example-foxandhound.co.uk.",
        (None, [E]),
    ),
]

# "Each new review of Fellside Camping gets scored positive or negative": the grades listed right
# after what is graded are its labels, however long the name of what is graded.
GRADES_AFTER_LONG_ITEMS = [
    (
        "Each new review of Fellside Camping gets scored positive or negative. Negative ones →"
        " email warden@example-fellsidecamping.co.uk; positive ones → post in #campsite-team.",
        (None, [CL, C, E, C, S]),
    ),
    (
        "Every support ticket from the Harbour Lane shop gets graded urgent or routine. Urgent ones"
        " → email oncall@example-harbourlane.co.uk; routine ones → post in #support.",
        (None, [CL, C, E, C, S]),
    ),
    (
        "Grade each new application for the Riverside Rowing Club junior squad keen or unsure;"
        " keen ones → post in #coaches.",
        (None, [CL, C, S]),
    ),
    (
        "Each incoming lead from the Ashdown Fair stand gets scored hot, warm or cold. Hot ones →"
        " email sales@example-ashdown.co.uk.",
        (None, [CL, C, E]),
    ),
    (
        "Rank every new complaint about the Quayside Market car park minor or serious; serious"
        " ones → email estates@example-quayside.co.uk; minor ones → post in #estates.",
        (None, [CL, C, E, C, S]),
    ),
]

# "Less than 20 cm means email …; any other depth, post …": "any other X" named alone before a
# step is the other branch of the test before it, as "anything else" is.
ANY_OTHER_ALONE = [
    (
        "Glenmorr Ski School: at 7:10 each morning, look up the snow depth at"
        " https://snow.example-glenmorrskischool.co.uk/api/depth. Less than 20 cm means email"
        " instructors@example-glenmorrskischool.co.uk that lessons are off; any other depth, post"
        " 'lessons on' in #instructors.",
        ("10 7 * * *", [H, C, E, C, S]),
    ),
    (
        "Every hour, GET https://api.example-weir.org/level. Above 3 m means page the flood"
        " webhook; any other level, post 'all calm' in #weir.",
        ("0 * * * *", [H, C, W, C, S]),
    ),
    (
        "At 6am daily fetch the wind speed from https://wx.example-sailclub.org/wind. If it's over"
        " 25 knots, email skippers@example-sailclub.org that racing is off; any other reading,"
        " post 'racing on' in #racing.",
        ("0 6 * * *", [H, C, E, C, S]),
    ),
    (
        "Each morning at 8, check https://api.example-greenhouse.com/temp. Below 5 degrees means"
        " hit the heater webhook; all other readings, post 'fine' in #greenhouse.",
        ("0 8 * * *", [H, C, W, C, S]),
    ),
    (
        "Every 30 minutes, look up the queue length at https://api.example-clinic.org/queue. More"
        " than 12 means email desk@example-clinic.org; any other length, post an update in"
        " #reception.",
        ("*/30 * * * *", [H, C, E, C, S]),
    ),
]

# The same words without the construction keep the reading they had.
UNCHANGED = [
    (
        "Each incoming call transcript: classify it as claim, cancellation or general query."
        " Cancellations -> the retention webhook.",
        (None, [CL, C, W]),
    ),
    (
        "For every review left on the page, email it to ed@example-bakery.co.uk.",
        (None, [E]),
    ),
    (
        "Each new review gets scored positive or negative. Negative ones → email"
        " warden@example-fellsidecamping.co.uk.",
        (None, [CL, C, E]),
    ),
    (
        "At 7:10 each morning, look up the snow depth at https://snow.example-glen.co.uk/api/depth"
        " and post it in #instructors.",
        ("10 7 * * *", [H, S]),
    ),
    (
        "Every day at 9, check https://api.example-weir.org/level. If it's above 3 m, page the"
        " flood webhook; anything else, post 'all calm' in #weir.",
        ("0 9 * * *", [H, C, W, C, S]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEMS_AT_A_FIRM_HEADED)
def test_items_at_a_firm_heading_the_steps_are_the_trigger(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ITEMS_LEFT_AT_A_FIRM_WITH_AND)
def test_a_firm_named_with_and_owns_the_place_items_are_left(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), GRADES_AFTER_LONG_ITEMS)
def test_grades_after_items_named_at_length_are_labels(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), ANY_OTHER_ALONE)
def test_any_other_named_alone_is_the_other_branch(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
