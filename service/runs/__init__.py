"""Runs: starting, executing, claiming, recovering and reading them; the queue port."""
