"""The workflow engine: definition validation, the DAG, the executor and its actions (no Flask)."""
