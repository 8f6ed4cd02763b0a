"""The clause an instruction is cut into, and a piece cut out of one."""

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


def piece(clause: Clause, start: int, end: int) -> Clause:
    """Return the part of a clause between two of its offsets, as a clause of its own."""
    return Clause(clause.text[start:end].rstrip(" /"), clause.start + start, clause.sentence, None)
