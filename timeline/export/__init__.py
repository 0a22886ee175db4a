"""Exports of a timeline: plain text and JSON.  Each writer takes a timeline (and the events to
write) and a text stream; choosing the file and writing it safely is left to ``output``."""

from .json_export import read_json, write_json
from .text_export import write_text

FORMATS = {"text": write_text, "json": write_json}

__all__ = ["FORMATS", "read_json", "write_json", "write_text"]
