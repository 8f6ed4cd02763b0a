"""`lexicon.alternation` (words as a trie regex) matches as the flat longest-first list does."""

import re

from hypothesis import given
from hypothesis import strategies as st

from nl_parser.lexicon import NUMBER_WORDS, alternation

_WORDS = st.lists(st.text(alphabet="abc-", min_size=1, max_size=5), min_size=1, max_size=12)


def _flat(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@given(words=_WORDS, text=st.text(alphabet="abc- ", max_size=12))
def test_same_first_match_as_the_flat_longest_first_list(words, text):
    trie, flat = re.compile(f"(?:{alternation(words)})"), re.compile(f"(?:{_flat(words)})")
    for start in range(len(text) + 1):
        got, want = trie.match(text, start), flat.match(text, start)
        assert (got and got.span()) == (want and want.span())


@given(words=_WORDS, after=st.sampled_from(["", " x", "-", "b"]))
def test_a_longer_reading_is_given_up_when_what_follows_needs_a_shorter_one(words, after):
    # Backtracking into the trie finds the same words the flat list would, in the same order.
    follow = re.escape(after) + r"\b" if after else "$"
    trie = re.compile(rf"(?:{alternation(words)}){follow}")
    flat = re.compile(rf"(?:{_flat(words)}){follow}")
    for word in words:
        for text in (word + after, word + word + after):
            got, want = trie.match(text), flat.match(text)
            assert (got and got.span()) == (want and want.span())


def test_number_words_all_match_whole_and_case_insensitively():
    pattern = re.compile(rf"(?:{alternation(NUMBER_WORDS)})\Z", re.IGNORECASE)
    for word in NUMBER_WORDS:
        assert pattern.match(word) and pattern.match(word.upper())
    assert not pattern.match("seventeenth") and not pattern.match("twent")
