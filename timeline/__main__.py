"""``python -m timeline``."""

from .cli import run

run()
