"""The node types, one module each holding its NodeType; registry.py lists them."""
