"""Collect the instructions the parser's rule tests parse, labelled by the rules they pin.

Research, not part of the service. `python scripts/nl_rule_test_texts.py OUT.jsonl [--before
COMMIT]` runs the rule tests under tests/nl_parser (only the files first committed before COMMIT,
when given) with a pytest plugin that records every instruction they parse, then writes each new
one (not in a labelled set) with the rules' answer as a labelled case. The tests pass with the
rules alone, so those answers are the ones the tests hold them to: near cases written at the
rules' edges, which `nl_build_model.py --extra OUT.jsonl` can train the second reading on.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = """
import json, os
RECORDS = []
def pytest_configure(config):
    import nl_parser, nl_parser.entry as entry
    parse = entry.parse
    def recorded(instruction, context=None, **options):
        if isinstance(instruction, str):
            RECORDS.append([instruction, context if isinstance(context, dict) else None])
        return parse(instruction, context, **options)
    entry.parse = nl_parser.parse = recorded
def pytest_sessionfinish(session, exitstatus):
    path = os.path.join(os.environ["RULE_TEXTS_DIR"], f"texts.{os.getpid()}.jsonl")
    with open(path, "w") as out:
        out.writelines(json.dumps(r) + "\\n" for r in RECORDS)
"""


def test_files(before: str | None) -> list[str]:
    """Return the rule test files, only those first committed before `before` when given."""
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests/nl_parser").glob("test_*.py"))
    if before is None:
        return files
    kept = []
    for name in files:
        added = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%H", "--", name],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        ancestor = ["git", "merge-base", "--is-ancestor", added[-1], before] if added else None
        if ancestor and subprocess.run(ancestor, cwd=ROOT).returncode == 0:
            kept.append(name)
    return kept


def recorded_texts(files: list[str]) -> list[tuple[str, dict | None]]:
    """Run the tests with the recording plugin and return the instructions they parsed."""
    with tempfile.TemporaryDirectory() as scratch:
        Path(scratch, "rule_texts_plugin.py").write_text(PLUGIN, encoding="utf-8")
        environment = {**os.environ, "PYTHONPATH": scratch, "RULE_TEXTS_DIR": scratch}
        command = [sys.executable, "-m", "pytest", "-q", "-p", "rule_texts_plugin", "-n", "2"]
        subprocess.run([*command, *files], cwd=ROOT, env=environment, check=True)
        texts = []
        for path in Path(scratch).glob("texts.*.jsonl"):
            texts += [tuple(json.loads(line)) for line in path.read_text().splitlines()]
    return texts


def main() -> None:
    """Write the rule tests' instructions, labelled by the rules, as labelled cases."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("out", type=Path)
    options.add_argument("--before", help="only test files first committed before this commit")
    arguments = options.parse_args()
    os.environ["NL_MODEL_DIR"] = "off"
    sys.path.insert(0, str(ROOT))
    from nl_second_opinion import labelled_cases

    from nl_parser.entry import parse

    labelled = {case["instruction"].strip() for case in labelled_cases()}
    seen, rows = set(), []
    for text, context in recorded_texts(test_files(arguments.before)):
        key = (text, json.dumps(context, sort_keys=True))
        if key in seen or text.strip() in labelled or len(text.strip()) < 5:
            continue
        seen.add(key)
        result = parse(text, context or {})
        if result.actions:
            cron = result.schedule.cron_expression if result.schedule else None
            expect = {"cron": cron, "actions": result.actions}
            rows.append({"instruction": text, "context": context or {}, "expect": expect})
    arguments.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} instructions written to {arguments.out}")


if __name__ == "__main__":
    sys.exit(main())
