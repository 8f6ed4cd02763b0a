"""Would a text classifier trained on the labelled sets help the rule parser on unseen text?

Research, not part of the service: needs scikit-learn (`pip install -e '.[research]'`).
For each blind round in tests/nl_parser/first_looks, a linear classifier of the action sequence
("shape") is trained on every labelled set except that round's, then compared with what the parser
answered on its first look. Prints, per round and pooled: the classifier's and the parser's shape
accuracy, how often the parser is right when the two agree and when they differ, and what switching
to the classifier's shape would fix and break when it is one step away and clearly preferred.
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_LOOKS = ROOT / "tests/nl_parser/first_looks"
sys.path.insert(0, str(ROOT))
from nl_parser import second_opinion  # noqa: E402

# Preference of the classifier's top shape over the parser's, in decision-function units.
SWITCH_MARGIN = 0.8


def labelled_cases() -> list[dict]:
    """Return every labelled case `make eval` scores, with its set's name."""
    files = subprocess.run(
        ["make", "-s", "eval-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    cases = []
    for name in files:
        path = (ROOT / name).resolve()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            case = json.loads(line)
            case.update(set=path.stem, case=number, shape="|".join(case["expect"]["actions"]))
            cases.append(case)
    return cases


def document(case: dict) -> str:
    """Return the text a classifier reads: the instruction and the tools its context offers."""
    return second_opinion.document(
        case["instruction"], (case.get("context") or {}).get("availableTools")
    )


def one_step_apart(first: str, second: str) -> bool:
    """Tell whether one shape is the other with one step added."""
    a, b = first.split("|") if first else [], second.split("|") if second else []
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def compare_round(path: Path, cases: list[dict]) -> dict[str, int]:
    """Train without the round's sets and count agreements, fixes and breaks on its first looks."""
    looks = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    held = {look["set"] for look in looks}
    # Imported here, so the other scripts can read the labelled cases without scikit-learn.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union
    from sklearn.svm import LinearSVC

    by_key = {(c["set"], c["case"]): c for c in cases}
    train = [c for c in cases if c["set"] not in held]
    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True),
    )
    model = LinearSVC(C=0.5).fit(
        features.fit_transform([document(c) for c in train]), [c["shape"] for c in train]
    )
    shapes = list(model.classes_)
    counts = dict.fromkeys(
        [
            "cases",
            "parser",
            "classifier",
            "agree",
            "agree_right",
            "differ",
            "differ_right",
            "fixes",
            "breaks",
        ],
        0,
    )
    for look in looks:
        case = by_key[(look["set"], look["case"])]
        scores = model.decision_function(features.transform([document(case)]))[0]
        top = shapes[scores.argmax()]
        got = "|".join(look["actions"])
        got_score = scores[shapes.index(got)] if got in shapes else -2.0
        counts["cases"] += 1
        counts["parser"] += got == case["shape"]
        counts["classifier"] += top == case["shape"]
        side = "agree" if top == got else "differ"
        counts[side] += 1
        counts[side + "_right"] += look["right"]
        if (
            side == "differ"
            and one_step_apart(top, got)
            and scores.max() - got_score > SWITCH_MARGIN
        ):
            counts["fixes"] += top == case["shape"]
            counts["breaks"] += got == case["shape"]
    return counts


def main() -> None:
    """Print the comparison for every round with first looks, and pooled."""
    cases = labelled_cases()
    pooled: dict[str, int] = {}
    for path in sorted(FIRST_LOOKS.glob("round*.jsonl")):
        counts = compare_round(path, cases)
        pooled = {k: pooled.get(k, 0) + v for k, v in counts.items()}
        report(path.stem, counts)
    report("pooled", pooled)


def report(name: str, c: dict[str, int]) -> None:
    """Print one line of the comparison."""
    print(
        f"{name:8} shape right: parser {c['parser']}/{c['cases']}, classifier {c['classifier']}; "
        f"agree {c['agree']} (parser right {c['agree_right']}), differ {c['differ']} "
        f"(parser right {c['differ_right']}); switching one step: fixes {c['fixes']}, "
        f"breaks {c['breaks']}",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
