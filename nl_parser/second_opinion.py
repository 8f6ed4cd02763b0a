"""A fine-tuned sentence encoder's opinion of an instruction's action sequence ("shape")."""

import json
import os
import threading
from functools import lru_cache
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "second_opinion_model"
# Instructions run to about 120 tokens; the longest lose their tail, as in training.
MAX_TOKENS = 128


def document(text: str, tools: list[str] | frozenset[str] | None) -> str:
    """Return the text the encoder reads: the instruction and the tools its context offers."""
    return text.lower() + " " + " ".join("TOOL_" + tool for tool in sorted(tools or []))


class OpinionModel:
    """The int8 ONNX encoder, its tokenizer and the shapes it names."""

    def __init__(self, directory: Path):
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        # One instruction at a time, beside other requests: a thread each is faster than a pool.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(directory / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self.shapes = [
            tuple(shape.split("|")) if shape else ()
            for shape in json.loads((directory / "shapes.json").read_text(encoding="utf-8"))
        ]
        # A tokenizer with truncation set raises "Already borrowed" when two threads encode at
        # once (huggingface/tokenizers#537); the ONNX session runs from several threads safely.
        self._lock = threading.Lock()

    def probabilities(self, text: str, tools) -> dict[tuple[str, ...], float]:
        """Return the probability the encoder gives each shape it knows."""
        import numpy

        with self._lock:
            encoding = self._tokenizer.encode(document(text, tools))
        ids = numpy.array([encoding.ids], dtype=numpy.int64)
        mask = numpy.array([encoding.attention_mask], dtype=numpy.int64)
        row = self._session.run(None, {"ids": ids, "mask": mask})[0][0]
        return dict(zip(self.shapes, (float(p) for p in row), strict=True))


def shipped_model() -> OpinionModel | None:
    """Return the model in use, or None where it is turned off, missing, or cannot run."""
    # NL_MODEL_DIR=off turns the second reading off; a directory swaps in another model (one
    # trained before a blind round, to measure the parser on it out of sample).
    chosen = os.environ.get("NL_MODEL_DIR", "").strip()
    return None if chosen == "off" else _loaded(Path(chosen) if chosen else MODEL_DIR)


@lru_cache(maxsize=2)
def _loaded(directory: Path) -> OpinionModel | None:
    """Return the model in `directory`, loaded once, or None where it or its runtime is missing."""
    if not (directory / "model.onnx").exists():
        return None
    try:
        return OpinionModel(directory)
    except ImportError:
        return None
