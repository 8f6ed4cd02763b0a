"""The clause an instruction is cut into: its text, offset, sentence and keyword."""

from dataclasses import dataclass


@dataclass
class Clause:
    """A piece of the instruction: its text, where it starts, its sentence and leading keyword."""

    text: str
    start: int
    sentence: int
    conditional: str | None = None

    @property
    def end(self) -> int:
        """Return the offset just past the clause."""
        return self.start + len(self.text)
