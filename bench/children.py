"""Child processes of the benchmarks (web servers, consumers), each logging to its own file."""

import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Child:
    """A child process whose output goes to a log file."""

    def __init__(self, args: list[str], env: dict, log_path: Path):
        self.log_path = log_path
        self.handle = open(log_path, "wb")  # noqa: SIM115  (closed in stop/kill)
        self.process = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=self.handle, stderr=subprocess.STDOUT
        )

    def wait_for(self, text: str, timeout: float = 60.0) -> "Child":
        """Wait until the log shows text."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log_path.read_text(errors="replace"):
                return self
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.log_path.name} exited:\n{self.log_path.read_text()}")
            time.sleep(0.05)
        raise RuntimeError(f"{self.log_path.name} never logged {text!r}")

    def kill(self) -> None:
        """SIGKILL the process: no cleanup at all."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.handle.close()

    def stop(self) -> None:
        """Stop the process gracefully (kill it if it lingers)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.handle.close()
