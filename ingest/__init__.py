"""Turn announcement sources into items: pure functions, text in, dataclasses out."""
