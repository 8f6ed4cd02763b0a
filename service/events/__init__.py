"""Run events: the durable store, the per-process Redis hub and the WebSocket stream."""
