"""Built-in actions, one module per node type; each module exports ACTIONS = {action_name: handler}."""
