"""The one timestamp format, from datetimes and from SQLite's stored text alike."""

from datetime import UTC, datetime

import pytest

from service.clock import as_datetime, isoformat


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 3, 19, 18, 0, 0, 123456),
        datetime(2026, 3, 19, 18, 0, 0, 999999),  # truncated, never rounded up to the next second
        datetime(2026, 3, 19, 18, 0, 0),  # stored without a fraction
        datetime(2026, 12, 31, 23, 59, 59, 1000),
    ],
)
def test_stored_text_shows_as_its_datetime_does(moment):
    assert isoformat(str(moment)) == isoformat(moment)
    assert as_datetime(str(moment)) == moment


def test_aware_and_missing_moments():
    assert isoformat(datetime(2026, 3, 19, 19, 0, tzinfo=UTC)) == "2026-03-19T19:00:00.000Z"
    assert isoformat("2026-03-19T18:00:00.500") == "2026-03-19T18:00:00.500Z"
    assert isoformat(None) is None
    moment = datetime(2026, 3, 19, 18, 0)
    assert as_datetime(moment) is moment
