"""The HTTP layer's shared parts: extensions, the Blueprint class, field types, error docs."""
