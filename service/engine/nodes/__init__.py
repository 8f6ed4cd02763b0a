"""Built-in actions, one module per node type, each exporting ACTIONS = {action: handler}."""
