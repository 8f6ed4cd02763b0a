"""The labelled public set and this suite's own instructions both parse right."""

from pathlib import Path

import pytest

from nl_parser import parse
from nl_parser.evaluate import evaluate_file, main, same_times

from .cases import CASES

DATA = Path(__file__).resolve().parent / "data"
# Ratchets: issue 15 brought the public set from 0.677 to 1.0. The development set is the parser's
# own (written for issue 15, tuned against); the held-out set was written first and never tuned
# against, so its bar is the figure measured when the work closed, not a target to fit.
MIN_BOTH_ACCURACY = 1.0
MIN_DEV_ACCURACY = 0.95


def test_public_set_accuracy(public_set):
    report = evaluate_file(public_set)
    assert report.both_accuracy >= MIN_BOTH_ACCURACY, report.render()
    # Parse time (goal: p50 < 5 ms) is make eval's figure, not asserted: a loaded machine (the
    # suite runs two processes) made it 5.3 ms once, with the parser unchanged.


def test_development_set_accuracy_and_calibration():
    report = evaluate_file(DATA / "dev.jsonl")
    assert report.both_accuracy >= MIN_DEV_ACCURACY, report.render()
    # Confidence means something: right answers score high, wrong ones low (issue 15's goals).
    assert report.mean_confidence(right=True) >= 0.85
    wrong = report.mean_confidence(right=False)
    assert wrong is None or wrong <= 0.6, report.render()


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("heldout.jsonl", 0.95),
        ("heldout2.jsonl", 0.93),
        ("heldout3.jsonl", 0.95),
        ("heldout4.jsonl", 0.97),
        ("heldout5.jsonl", 0.89),
        ("heldout6.jsonl", 0.85),
        ("heldout7.jsonl", 0.96),
        ("heldout8.jsonl", 0.92),
        ("heldout9.jsonl", 0.95),
        ("heldout10.jsonl", 0.96),
        ("heldout11.jsonl", 0.86),
        ("heldout12.jsonl", 0.88),
        ("heldout13.jsonl", 0.88),
        ("heldout14.jsonl", 0.74),
        ("heldout15.jsonl", 1.0),
        ("heldout16.jsonl", 0.94),
        ("heldout17.jsonl", 0.8),
        ("heldout18.jsonl", 0.94),
    ],
)
def test_held_out_sets_do_not_regress(name, floor):
    # Floors are the first-look figures (0.968, 0.933, 0.956, 0.975, 0.897, 0.857, 0.962,
    # 0.920, 0.950, 0.960, 0.868, 0.885, 0.880, 0.740, 1.000, 0.940, 0.800, 0.949), rounded
    # down: a regression guard, not a target.
    assert evaluate_file(DATA / name).both_accuracy >= floor


@pytest.mark.parametrize(
    "name",
    [
        "heldout5.jsonl",
        "heldout6.jsonl",
        "heldout7.jsonl",
        "heldout8.jsonl",
        "heldout9.jsonl",
        "heldout10.jsonl",
        "heldout11.jsonl",
        "heldout12.jsonl",
        "heldout13.jsonl",
        "heldout14.jsonl",
        "heldout15.jsonl",
        "heldout16.jsonl",
        "heldout17.jsonl",
        "heldout18.jsonl",
    ],
)
def test_held_out_confidence_goals(name):
    # Issue 15: right answers at 0.85 or more on average, wrong ones at 0.6 or less.
    report = evaluate_file(DATA / name)
    assert report.mean_confidence(right=True) >= 0.85
    wrong = report.mean_confidence(right=False)
    assert wrong is None or wrong <= 0.6, report.render()


def test_public_set_right_answers_are_confident(public_set):
    assert evaluate_file(public_set).mean_confidence(right=True) >= 0.85


def test_reliability_table_bins_every_case(public_set):
    report = evaluate_file(public_set)
    rows = report.reliability()
    assert sum(count for _, _, count, _, _ in rows) == len(report.cases)
    assert "confidence   cases  right  accuracy" in report.render()


def test_cli_reports_every_set_and_a_summary(public_set, capsys):
    assert main([str(public_set), str(DATA / "dev.jsonl"), "--min-accuracy", "0.9"]) == 0
    out = capsys.readouterr().out
    assert out.count("both accuracy") == 2
    assert "== summary" in out and "all sets:" in out


def test_cli_exit_status_follows_min_accuracy(public_set, capsys):
    assert main([str(public_set), "--min-accuracy", str(MIN_BOTH_ACCURACY)]) == 0
    assert "both accuracy" in capsys.readouterr().out
    assert main([str(public_set), "--min-accuracy", "1.01"]) == 1


@pytest.mark.parametrize(("text", "context", "cron", "expected"), CASES, ids=range(len(CASES)))
def test_unseen_instructions(text, context, cron, expected):
    result = parse(text, context)
    got = result.schedule.cron_expression if result.schedule else None
    assert (got, result.actions) == (cron, expected)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("0 11 * 6,7,8 *", "0 11 * 6-8 *", True),
        ("0 9 * * 1-5", "0 9 * * mon-fri", True),
        ("0 9 * * 1-5", "0 9 * * 1-4", False),
        ("*/15 * * * *", "0,15,30,45 * * * *", True),
        ("0 9 * * *", None, False),
        ("not a cron", "0 9 * * *", False),
    ],
)
def test_crons_that_name_the_same_times_score_as_the_same(one, other, same):
    assert same_times(one, other) is same
