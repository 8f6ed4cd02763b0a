"""Score the parser on labelled JSONL sets:

`python -m nl_parser.evaluate FILE... [--min-accuracy X]`.

Each line is {"instruction", "context", "expect": {"cron", "actions"}}. The report gives, per set,
the cases that were wrong, then accuracy for cron (two crons that name the same times match:
"6,7,8" is "6-8"), for the exact action sequence and for both, the mean confidence of right and
wrong answers, parse time p50/p99 in milliseconds, and a reliability table (confidence bins
against accuracy: a calibrated parser is right about as often as it says).
"""

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from nl_parser.entry import parse
from nl_parser.second_opinion import shipped_model
from nl_parser.second_reading import moved_by


@dataclass
class CaseOutcome:
    """One labelled case: what was expected, what the parser gave, and how long it took."""

    instruction: str
    expected_cron: str | None
    got_cron: str | None
    expected_actions: list[str]
    got_actions: list[str]
    confidence: float
    parse_time_ms: float
    second_reading: str = ""  # "mended" or "doubted" when the encoder's reading moved the answer

    @property
    def cron_ok(self) -> bool:
        """Tell whether the cron expression names the same times ("6,7,8" is "6-8")."""
        return self.expected_cron == self.got_cron or same_times(self.expected_cron, self.got_cron)

    @property
    def actions_ok(self) -> bool:
        """Tell whether the action sequence matched exactly."""
        return self.expected_actions == self.got_actions

    @property
    def ok(self) -> bool:
        """Tell whether both matched."""
        return self.cron_ok and self.actions_ok


@dataclass
class Report:
    """Accuracy, confidence and timing figures over a labelled set."""

    cases: list[CaseOutcome] = field(default_factory=list)

    def _share(self, attribute: str) -> float:
        return sum(getattr(c, attribute) for c in self.cases) / len(self.cases) if self.cases else 0

    @property
    def cron_accuracy(self) -> float:
        """Return the share of cases with the right cron."""
        return self._share("cron_ok")

    @property
    def actions_accuracy(self) -> float:
        """Return the share of cases with the right action sequence."""
        return self._share("actions_ok")

    @property
    def both_accuracy(self) -> float:
        """Return the share of cases right on both counts."""
        return self._share("ok")

    def mean_confidence(self, *, right: bool) -> float | None:
        """Return the mean confidence of right (or wrong) answers; None when there are none."""
        values = [c.confidence for c in self.cases if c.ok == right]
        return sum(values) / len(values) if values else None

    def percentile_ms(self, fraction: float) -> float:
        """Return the parse time at `fraction` (0.5 = median) in milliseconds."""
        times = sorted(c.parse_time_ms for c in self.cases)
        if not times:
            return 0.0
        return times[min(len(times) - 1, int(fraction * len(times)))]

    def reliability(self) -> list[tuple[float, float, int, int, float | None]]:
        """Return (low, high, cases, right, mean confidence) for each confidence bin."""
        rows = []
        for low, high in BINS:
            inside = [c for c in self.cases if low <= c.confidence < high]
            right = sum(c.ok for c in inside)
            mean = sum(c.confidence for c in inside) / len(inside) if inside else None
            rows.append((low, high, len(inside), right, mean))
        return rows

    def render_reliability(self) -> str:
        """Return the reliability table as text."""
        lines = ["confidence   cases  right  accuracy  mean confidence"]
        for low, high, count, right, mean in self.reliability():
            accuracy = f"{right / count:.3f}" if count else "  -  "
            label = f"[{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}"
            lines.append(f"{label:<12} {count:>5}  {right:>5}  {accuracy:>8}  {_fmt(mean):>15}")
        return "\n".join(lines)

    def _read_again(self, kind: str) -> str:
        """Return how many answers the second reading moved this way, and how many are right."""
        moved = [c for c in self.cases if c.second_reading == kind]
        return f"{len(moved)} ({sum(c.ok for c in moved)} right)"

    def render(self) -> str:
        """Return the report as text: the failures, then the figures."""
        lines = []
        for number, case in enumerate(self.cases, start=1):
            if case.ok:
                continue
            lines.append(f"case {number}: {case.instruction}")
            if not case.cron_ok:
                lines.append(f"  cron     expected {case.expected_cron!r}, got {case.got_cron!r}")
            if not case.actions_ok:
                lines.append(f"  actions  expected {case.expected_actions}, got {case.got_actions}")
        right, wrong = self.mean_confidence(right=True), self.mean_confidence(right=False)
        lines += [
            f"cases: {len(self.cases)}",
            f"cron accuracy:    {self.cron_accuracy:.3f}",
            f"actions accuracy: {self.actions_accuracy:.3f}",
            f"both accuracy:    {self.both_accuracy:.3f}",
            f"mean confidence:  right {_fmt(right)}, wrong {_fmt(wrong)}",
            f"parse time ms:    p50 {self.percentile_ms(0.5):.3f}, "
            f"p99 {self.percentile_ms(0.99):.3f}",
            f"second reading:   mended {self._read_again('mended')}, "
            f"doubted {self._read_again('doubted')}",
            self.render_reliability(),
        ]
        return "\n".join(lines)


def same_times(one: str | None, other: str | None) -> bool:
    """Tell whether two cron expressions expand to the same minutes, hours, days and months."""
    if one is None or other is None:
        return False
    from croniter import croniter  # the scorer's alone: the parser itself imports no cron library

    try:
        return croniter.expand(one) == croniter.expand(other)
    except (ValueError, KeyError):
        return False


BINS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def _fmt(value: float | None) -> str:
    return "n/a (none)" if value is None else f"{value:.3f}"


def evaluate_file(path: str | Path) -> Report:
    """Parse every case of a labelled JSONL file and return the Report."""
    report = Report()
    # One untimed parse first, so p99 measures parsing rather than the first regex compiles;
    # the second reading's model is loaded now for the same reason.
    parse("Every Monday at 9am, fetch https://example.com/x and email it to a@example.com")
    shipped_model()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        result = parse(case["instruction"], case.get("context") or {})
        expect = case["expect"]
        report.cases.append(
            CaseOutcome(
                instruction=case["instruction"],
                expected_cron=expect.get("cron"),
                got_cron=result.schedule.cron_expression if result.schedule else None,
                expected_actions=list(expect.get("actions", [])),
                got_actions=result.actions,
                confidence=result.confidence,
                parse_time_ms=result.parse_time_ms,
                second_reading=moved_by(result.warnings),
            )
        )
    return report


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation from the command line; non-zero when a set's accuracy is below the bar."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("paths", type=Path, nargs="+")
    arguments.add_argument("--min-accuracy", type=float, default=0.95)
    options = arguments.parse_args(argv)
    reports = {path: evaluate_file(path) for path in options.paths}
    for path, report in reports.items():
        print(f"== {path}")
        print(report.render())
    if len(reports) > 1:
        print("== summary")
        for path, report in reports.items():
            right, wrong = report.mean_confidence(right=True), report.mean_confidence(right=False)
            print(
                f"{path.stem:<12} both {report.both_accuracy:.3f} "
                f"({sum(c.ok for c in report.cases)}/{len(report.cases)}), "
                f"confidence right {_fmt(right)}, wrong {_fmt(wrong)}, "
                f"p50 {report.percentile_ms(0.5):.3f} ms"
            )
        everything = Report([case for report in reports.values() for case in report.cases])
        print("all sets:")
        print(everything.render_reliability())
    passed = all(r.both_accuracy >= options.min_accuracy for r in reports.values())
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
