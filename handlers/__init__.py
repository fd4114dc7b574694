"""Telegram handlers, one module per family of commands; each exposes ``HANDLERS``."""
