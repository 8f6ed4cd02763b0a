"""What an operator sees: the log context and its JSON lines, and the Prometheus metrics.

The base of the house (like config and db): every layer may import it; it imports no domain.
"""
