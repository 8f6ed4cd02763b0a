"""Read a short question before a step ("still failing? post in #oncall") as its test."""

import re

from nl_parser.clause_pieces import Clause
from nl_parser.conditions import EVENT, SUBJECT_ACTS
from nl_parser.destinations import PLACE_ALONE
from nl_parser.headline_states import is_headline_state
from nl_parser.lexicon import STOPWORDS, word_set
from nl_parser.verbs import SENDS_A_MESSAGE, lemma, main_verb
from nl_parser.waits import LATER_FIRST, LATER_LAST


def questions_as_tests(text: str, clauses: list[Clause]) -> list[Clause]:
    """Read a short question before a step ("still failing? post in #oncall") as its test."""
    # "still failing? post in #data-oncall", "over budget? email finance": a yes/no question
    # with no "if", answered by the step after it; "Is that possible?" or "can you…?" asks us.
    read: list[Clause] = []
    for index, clause in enumerate(clauses):
        following = clauses[index + 1] if index + 1 < len(clauses) else None
        gap = text[clause.end : following.start] if following else ""
        # "still unpaid? → slack #ops": the arrow after the mark (read as ";") ends no more.
        next_sentence = following is not None and (
            following.sentence == clause.sentence + 1 or _ONLY_ASKED.match(gap) is not None
        )
        # "→ 5 days later, still no paid block booked? → …": the span before the question is
        # the wait a test after a step may open with; the question is what is asked.
        waited = LATER_FIRST.match(clause.text) if "?" in gap and next_sentence else None
        asked = clause.text[waited.end() :] if waited else clause.text
        # "still not booked 7 days after that? text them …": the span may close the question.
        waited_last = LATER_LAST.search(asked) if "?" in gap and next_sentence else None
        asked = asked[: waited_last.start()] if waited_last else asked
        words = asked.lower().split()
        if (
            gap.lstrip().startswith("?")
            and not clause.conditional
            and next_sentence
            and (index == 0 or clauses[index - 1].sentence != clause.sentence)
            and (
                _answered_yes_or_no(words, following.text)
                or (
                    # "Balloon flight marked as weather-cancelled in the booking system?": a
                    # longer question is a test too when it is an item and the state recorded.
                    (1 <= len(words) <= _LONGEST_QUESTION or is_headline_state(asked))
                    and "," not in asked  # "no, every month on the last business day?": a doubt
                    and (words[0] not in _ASKING_WORDS or _none_asked(words))
                    and (main_verb(asked) is None or _participle_asked(words))
                    # "didn't complete? → it-ops@…": a lone place is where the answer goes.
                    and (
                        main_verb(following.text) is not None
                        or PLACE_ALONE.match(following.text) is not None
                        or _gives_a_message(following.text)
                    )
                )
            )
        ):
            clause = Clause(clause.text, clause.start, clause.sentence, "if")
        elif (
            following and "?" in gap and next_sentence and _asks_if_any(asked, following.text, gap)
        ):
            # Put as a statement ("there are any …"), of the same length, for the test to read.
            stated = _THERE_ASKED.sub(lambda m: f"there {m[1]}", clause.text, count=1)
            clause = Clause(stated, clause.start, clause.sentence, "if")
        elif (
            index == 0
            and following
            and next_sentence
            and gap.lstrip().startswith("?")
            and not clause.conditional
            and _event_asked(asked, words, following.text)
        ):
            # "New volunteer signs up for a beach clean? Email them …": an item doing something,
            # asked as a question heading the steps, is the event, as "when" says.
            clause = Clause(clause.text, clause.start, clause.sentence, "when")
        read.append(clause)
    return read


# The verb a clause opens with: "give the greenkeepers a heads-up" opens on "give".
_FIRST_WORD = re.compile(r"\W*([a-z]+)\b", re.IGNORECASE)


def _gives_a_message(answer: str) -> bool:
    """Tell "give the greenkeepers a heads-up" (a step whose object is a message, whatever its
    verb) from words no step opens ("the greenkeepers")."""
    first = _FIRST_WORD.match(answer)
    return (
        first is not None
        and first.group(1).lower() not in STOPWORDS
        and SENDS_A_MESSAGE.match(answer[first.end() :]) is not None
    )


def _event_asked(asked: str, words: list[str], answer: str) -> bool:
    """Tell whether a question is an item doing something ("customer cancels a booking?")."""
    return (
        bool(words)
        and words[0] not in _ASKING_WORDS
        and words[0] not in ("we", "you", "i", "they", "it")
        and main_verb(asked) is None
        and main_verb(answer) is not None
        # "Customer cancels a booking?": the headline may drop the subject's article.
        and (EVENT.search(asked) is not None or SUBJECT_ACTS.match(f"a {asked}") is not None)
    )


# "holds a forklift licence? → yes: email it … / no: post it …": a question answered by "yes:"
# and "no:" is a test whatever its verb ("has a deposit?", "is over 18?"), unless it asks us
# something ("can you…?") or opens with a step's imperative ("send it? yes: …").
_ANSWER_LABEL = re.compile(r"^\W*(?:yes|no)\s*:", re.IGNORECASE)
_LONGEST_ANSWERED = 8  # words: "holds a valid forklift licence", not a sentence
_ASKING_US = word_set(
    "can could would will shall should may might what how why who whom where which"
)


def _answered_yes_or_no(words: list[str], answer: str) -> bool:
    """Tell whether a short question is answered by "yes:" or "no:" labels in the next clause."""
    if not words or len(words) > _LONGEST_ANSWERED or words[0] in _ASKING_US:
        return False
    if "yes" not in answer[:8].lower() and "no" not in answer[:8].lower():
        return False  # the cheap test first
    return _ANSWER_LABEL.match(answer) is not None and lemma(words[0]) != words[0]


# "are there any leads who …? If so, …", "has anyone booked? If yes, …": a question whether
# some items exist, answered by "if so", is the test that step is under; "any open deal worth
# more than $8,000? If so, …" asks it with "are there" left out.
_ASKS_IF_ANY = re.compile(
    r"^\W*(?:(?:are|is)\s+there\s+(?:any|still|some)|(?:are|is|has|have|did|do)\s+"
    r"(?:any|some)|any)(?:thing|one|body)?\b",
    re.IGNORECASE,
)
_THERE_ASKED = re.compile(r"\b(are|is)\s+there\b", re.IGNORECASE)
_ANSWERED_YES = re.compile(r"^\W*if\s+(?:so|yes)\b", re.IGNORECASE)


# "Any of today's pickups still not assigned? Then email …": "then" answers yes as "if so" does.
_THEN_ANSWERS = re.compile(r"^\s*\?\s*then\b", re.IGNORECASE)


def _asks_if_any(asked: str, answer: str, gap: str) -> bool:
    """Tell whether a question asks if any items exist and the next clause opens "if so"."""
    answered = _ANSWERED_YES.match(answer) is not None or _THEN_ANSWERS.match(gap) is not None
    return answered and _ASKS_IF_ANY.match(asked) is not None


# What may stand between a question and the step after it: the mark, and an arrow read as ";".
_ONLY_ASKED = re.compile(r"\s*\?[\s;]*$")


_LONGEST_QUESTION = 5  # words: "still failing?", "queue over 500?"


def _none_asked(words: list[str]) -> bool:
    """Tell a question whether a thing is missing ("No storm?", "no reply yet?") from a doubt."""
    # "Storm warning? Text the guests. No storm? Post 'calm night'": "no" and a noun ask
    # whether there is none, the other answer; "no, every Monday?" doubts (a comma is left out).
    return words[0] == "no" and len(words) >= 2 and words[1] not in _ASKING_WORDS


def _participle_asked(words: list[str]) -> bool:
    """Tell whether a question opens on a past participle ("flagged abnormal?"), not a verb."""
    # "flagged abnormal? → DM the vet": the state recorded of the item, with "is" left out; an
    # imperative ("flag it?") is the verb's bare form.
    return words[0].endswith("ed") and lemma(words[0]) not in (None, words[0])


# Questions that ask something of us, or about the world, rather than test a state.
_ASKING_WORDS = word_set(
    """
    can could would will should shall may might is are was were do does did has have had
    what how why who whom whose where when which any anything thanks thank ok okay right
    no yes or maybe actually
    """
)
