"""The parser's tests pin the rules: they run without the second reading unless marked for it."""

from pathlib import Path

import pytest

PUBLIC = Path(__file__).resolve().parents[3] / "shared/nl_eval/public.jsonl"


@pytest.fixture(autouse=True)
def rules_alone(request, monkeypatch):
    """Turn the second reading off, except in tests marked `second_reading`."""
    # The second reading is measured on blind rounds (scripts/nl_first_looks_again.py); these
    # tests hold each rule to the answers its construction was written for.
    if request.node.get_closest_marker("second_reading") is None:
        monkeypatch.setenv("NL_MODEL_DIR", "off")


@pytest.fixture
def public_set() -> Path:
    """Return the public labelled set, which lives beside the repository, not in it."""
    if not PUBLIC.exists():
        pytest.skip(f"labelled set not found at {PUBLIC}")
    return PUBLIC
