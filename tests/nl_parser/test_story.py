"""The story told before the request makes no step and no schedule (`nl_parser/story.py`)."""

from nl_parser.story import blank_story
from tests.nl_parser.reading import read

ASK = (
    "Every morning at 6, fetch the level from https://river.example.com/api/level and post in "
    "#crew if it reads above 1.2 m."
)
EXPECTED = ("0 6 * * *", ["http.request", "check_status", "slack.post_message"])


def test_a_story_with_verbs_and_times_of_its_own_is_no_step():
    story = "Our club nearly lost a boat last spring when the river rose overnight. "
    assert read(story + ASK) == EXPECTED


def test_trouble_told_in_the_first_person_is_no_step():
    story = "I'm a notary working on my own, and the admin before each signing eats my evenings. "
    assert read(story + ASK) == EXPECTED


def test_a_told_sentence_that_asks_or_names_a_schedule_is_kept():
    for text in (
        "We need the level in #crew. Post it daily at 6.",
        "Our crew meets every Monday at 10. Post the agenda in #crew.",
        "We would like the level at 6. Post it in #crew.",
    ):
        assert blank_story(text).split(".")[0] == text.split(".")[0]


def test_the_last_sentence_is_never_story():
    text = "We fetch the level from the gauge."
    assert blank_story(text) == text
