"""Score blind rounds again on the parser that first scored them, with a second reading added.

Research, not part of the service. `python scripts/nl_first_looks_again.py MODEL_DIR ROUND...`
checks out, for each round, the commit its first look was scored on (a detached worktree under
/tmp), copies in today's second reading (nl_parser/second_opinion.py, second_reading.py,
added_steps.py), calls it where that parser built its answer, and scores the round's sets twice:
with the rules alone (which must repeat the stored first look) and with the second reading of the
model in MODEL_DIR. A model built with `nl_build_model.py --before ROUND --out DIR` has seen none
of the rounds from ROUND on, so the figures are out of sample.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The commit each round's first look was scored on (README, "Blind rounds").
FIRST_LOOK_COMMITS = {
    89: "d60b781",
    90: "610db44",
    91: "984c773",
    92: "541cf4f",
    93: "2305823",
    94: "713ec25",
    95: "b5ca214",
    96: "55987c3",
    # From round 97 the parser that first scored a round had the second reading in it already.
    97: "e2dbaec",
    98: "7d8583a",
}
MODULES = ("second_opinion.py", "second_reading.py", "added_steps.py")
# The hook, placed where the old parsers turn their doubts into warnings: the same call the
# parser makes today, without judging the mended steps again (a mended parse's confidence is
# fixed by the second reading, so the answers and confidences are the same).
HOOK = """    warnings += [d.reason for d in doubts]
    from nl_parser.second_reading import second_reading
    second = second_reading(instruction, steps, allowed, score)
    steps = second.steps
    score = second.confidence(score)
    warnings += second.warnings
    result = ParseResult(
"""
SCORE = """
import json, sys
from pathlib import Path
from nl_parser.entry import parse
from nl_parser.evaluate import same_times
from nl_parser.second_reading import moved_by
for name in sys.argv[1:]:
    lines = Path(f"tests/nl_parser/data/{name}.jsonl").read_text().splitlines()
    for n, line in enumerate(lines, 1):
        case = json.loads(line)
        r = parse(case["instruction"], case.get("context") or {})
        cron = r.schedule.cron_expression if r.schedule else None
        e = case["expect"]
        right = (e["cron"] == cron or same_times(e["cron"], cron)) and e["actions"] == r.actions
        kind = moved_by(r.warnings)
        row = {"set": name, "case": n, "confidence": r.confidence, "right": right, "kind": kind}
        print(json.dumps(row))
"""


def worktree(number: int) -> Path:
    """Return a worktree of the round's first-look commit with the second reading ported in."""
    tree = Path(f"/tmp/nl-first-look-{number}")
    if not tree.exists():
        subprocess.run(
            ["git", "worktree", "add", "-q", "--detach", str(tree), FIRST_LOOK_COMMITS[number]],
            cwd=ROOT,
            check=True,
        )
    for module in MODULES:
        shutil.copy(ROOT / "nl_parser" / module, tree / "nl_parser" / module)
    added = tree / "nl_parser/added_steps.py"
    if not (tree / "nl_parser/condition_steps.py").exists():
        # Before the twentieth session's split the condition step lived in clause_steps.
        added.write_text(
            added.read_text().replace(
                "from nl_parser.condition_steps import condition_step",
                "from nl_parser.clause_steps import _condition_step as condition_step",
            )
        )
    parser = tree / "nl_parser/parser.py"
    text = parser.read_text()
    if "second_reading" not in text:
        text = text.replace(
            "    names = names_joined_by_ampersand(text)\n",
            "    instruction = text\n    names = names_joined_by_ampersand(text)\n",
            1,
        )
        text = text.replace(
            "    warnings += [d.reason for d in doubts]\n    result = ParseResult(\n", HOOK, 1
        )
        if "second_reading(instruction" not in text or "instruction = text" not in text:
            sys.exit(f"round {number}: the parser at {FIRST_LOOK_COMMITS[number]} has no hook")
        parser.write_text(text)
    for name in sets_of(number):
        shutil.copy(ROOT / f"tests/nl_parser/data/{name}.jsonl", tree / "tests/nl_parser/data")
    return tree


def sets_of(number: int) -> list[str]:
    """Return the names of the round's four held-out sets."""
    return [f"heldout{4 * number - 65 + i}" for i in range(4)]


def scored(tree: Path, number: int, model: str) -> list[dict]:
    """Return the round's cases scored in the worktree with NL_MODEL_DIR set to `model`."""
    environment = {**os.environ, "NL_MODEL_DIR": model, "PYTHONPATH": str(tree)}
    output = subprocess.run(
        [sys.executable, "-c", SCORE, *sets_of(number)],
        cwd=tree,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [json.loads(line) for line in output.splitlines()]


def summary(rows: list[dict]) -> str:
    """Return right/total with the mean confidence of right and of wrong answers."""
    right = [r["confidence"] for r in rows if r["right"]]
    wrong = [r["confidence"] for r in rows if not r["right"]]
    mean = lambda values: sum(values) / len(values) if values else float("nan")  # noqa: E731
    moved = ""
    for kind in ("mended", "doubted"):
        these = [r for r in rows if r["kind"] == kind]
        if these:
            moved += f"; {kind} {len(these)} ({sum(r['right'] for r in these)} right)"
    return (
        f"{len(right)}/{len(rows)} ({len(right) / len(rows):.3f}), "
        f"confidence right {mean(right):.3f}, wrong {mean(wrong):.3f}{moved}"
    )


def main() -> None:
    """Score each round with the rules alone and with the second reading, then pooled."""
    model, rounds = str(Path(sys.argv[1]).resolve()), [int(r) for r in sys.argv[2:]]
    alone, second = [], []
    for number in rounds:
        tree = worktree(number)
        rules, mended = scored(tree, number, "off"), scored(tree, number, model)
        stored = ROOT / f"tests/nl_parser/first_looks/round{number}.jsonl"
        first = [json.loads(line) for line in stored.read_text().splitlines()]
        same = sum(a["right"] == b["right"] for a, b in zip(rules, first, strict=True))
        print(f"round {number} ({FIRST_LOOK_COMMITS[number]}), {same}/{len(first)} as stored:")
        print(f"  rules alone:         {summary(rules)}")
        print(f"  with second reading: {summary(mended)}", flush=True)
        alone += rules
        second += mended
    print(f"pooled rules alone:         {summary(alone)}")
    print(f"pooled with second reading: {summary(second)}")


if __name__ == "__main__":
    sys.exit(main())
