"""Document formats: plain text, Markdown with front matter, JSON lines and TimeML.

Each reader turns decoded text into :class:`Document` objects whose ``text`` is what offsets point
into.  Reference dates from metadata are recorded here; those written in the text (datelines) are
found later by ``reference``.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from .document import Document
from .errors import DocumentError
from .reference import parse_date_string

#: Problems with single records (a bad JSON line) that do not stop the rest of the file.
Warn = Callable[[str], None]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_HEADING = re.compile(r"^#\s+(.+)$", re.MULTILINE)


def _first_line(text: str, limit: int = 100) -> str:
    """The first non-blank line, shortened at a word boundary to about ``limit`` characters."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            if len(line) <= limit:
                return line
            cut = line.rfind(" ", 0, limit)
            return line[: cut if cut > limit // 2 else limit] + "…"
    return ""


def _with_metadata_date(
    doc: Document, value: str, field: str, warn: Warn, where: str, shown: str | None = None
) -> bool:
    """Give a document the date of a metadata field (``shown``: how the explanation quotes the
    field, if not as its value).  A field that holds no date is warned of (``where``: the file,
    or its line) and the document kept: its date is then looked for in its text, as for a
    document with no such field."""
    day = parse_date_string(value)
    if day is None:
        warn(f"{where}: the {field} field {value!r} is not a date; the date is looked for in the text")
        return False
    doc.reference_date = day
    doc.reference_source = "metadata"
    doc.reference_explanation = f"from the {field} field {shown or repr(value.strip())}"
    return True


_HEADER_LINE = re.compile(
    r"^\s*(?:published|date|dated|posted|updated|first published|by)\b[^\n]*$", re.IGNORECASE | re.MULTILINE
)


def read_plain(path: str, text: str, warn: Warn) -> Iterator[Document]:
    """A plain-text article: the whole file is the text; the title is its first line that is not
    a ``Published:``/``Date:``/``By`` line."""
    yield Document(id=path, path=path, text=text, title=_first_line(_HEADER_LINE.sub("", text[:2000])))


def read_markdown(path: str, text: str, warn: Warn) -> Iterator[Document]:
    """A Markdown article; YAML-style front matter (``title:``, ``date:``) is metadata."""
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m["body"].splitlines():
            kv = _KEY_VALUE.match(line)
            if kv:
                meta[kv["key"].lower()] = kv["value"].strip().strip("'\"")
        text = text[m.end() :]
    heading = _HEADING.search(text)
    title = meta.get("title") or (heading[1].strip() if heading else _first_line(text))
    doc = Document(id=path, path=path, text=text, title=title, url=meta.get("url", ""), meta=meta)
    for key in ("date", "published", "reference_date"):
        if meta.get(key):
            _with_metadata_date(doc, meta[key], f"front matter {key}", warn, path)
            break
    yield doc


#: The fields of a JSON lines record that may hold its reference date, in order of preference:
#: this project's own, then those news APIs and scrapers write.
#: ``date_publish`` is news-please's, ``seendate`` GDELT's; a creation time and a bare timestamp
#: come last (the time a record was made, which may be when it was scraped).
_JSON_DATE_KEYS = (
    "reference_date", "date", "dct", "published", "published_at", "publishedAt", "publication_date",
    "date_published", "datePublished", "pub_date", "pubDate", "publish_date", "publishDate",
    "published_date", "publishedDate", "date_publish", "firstPublished", "seendate", "dateCreated",
    "created_at", "createdAt", "created", "datetime", "timestamp",
)  # fmt: skip
#: Objects within a record that may hold those fields: ``{"metadata": {"date": "2024-03-05"}}``.
_JSON_META_KEYS = ("metadata", "meta")


#: The fields that may hold a record's text, in order of preference: this project's own, then
#: those news APIs and scrapers write (``maintext`` is news-please's, ``articleBody`` schema.org's);
#: a summary only where there is no text.
_JSON_TEXT_KEYS = (
    "text", "body", "content", "maintext", "article", "article_text", "full_text", "fulltext",
    "articleBody", "article_body", "description", "summary",
)  # fmt: skip
#: A timestamp in seconds since 1970 from this on is one in milliseconds (2001-09-09 in seconds
#: is 1e9; no news is dated 5138 AD).
_MILLISECONDS_FROM = 10**11


def _json_date(record: dict) -> tuple[str, str, str | None] | None:
    """The field holding a record's date, the date as a string, and, for a timestamp made a date
    (seconds or milliseconds since 1970, UTC), how an explanation quotes it; looked for in the
    record and then in its metadata object."""
    for holder, prefix in ((record, ""), *((record.get(k), f"{k}.") for k in _JSON_META_KEYS)):
        if not isinstance(holder, dict):
            continue
        for key in _JSON_DATE_KEYS:
            value = holder.get(key)
            if isinstance(value, bool) or not value:
                continue
            if isinstance(value, (int, float)):
                seconds = value / 1000 if value >= _MILLISECONDS_FROM else value
                try:
                    day = datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
                except (OverflowError, OSError, ValueError):
                    return prefix + key, str(value), None  # (no date: warned of)
                return prefix + key, day, f"{value} ({day}, UTC)"
            return prefix + key, str(value), None
    return None


def read_jsonl(path: str, text: str, warn: Warn, first_line: int = 1) -> Iterator[Document]:
    """JSON lines, one document a line: ``text`` (or ``body``, ``content`` and the like, see
    ``_JSON_TEXT_KEYS``); optional ``id``, ``reference_date`` (or ``date``, ``published`` and the
    like, see ``_JSON_DATE_KEYS``), ``title``, ``url``.  A bad line is reported with its number
    and skipped.  ``first_line`` numbers the lines of a part of a larger file."""
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            body = (
                next((record[k] for k in _JSON_TEXT_KEYS if isinstance(record.get(k), str)), None)
                if isinstance(record, dict)
                else None
            )
            if body is None:
                raise DocumentError('not an object with a "text" string (or "body", "content")')
            ident = str(record.get("id") or record.get("doc_id") or number)
            doc = Document(
                id=f"{path}#{ident}",
                path=path,
                text=body,
                title=str(record.get("title") or _first_line(body)),
                url=str(record.get("url") or ""),
            )
            if (dated := _json_date(record)) is not None:
                _with_metadata_date(doc, dated[1], dated[0], warn, f"{path}:{number}", dated[2])
        except (ValueError, DocumentError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            warn(f"{path}:{number}: {reason}; line skipped")
            continue
        yield doc


def read_timeml(path: str, text: str, warn: Warn) -> Iterator[Document]:
    """A TimeML document: the DCT is the reference date, the TEXT element's character content
    (tags removed) is the text."""
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))
    except ET.ParseError as exc:
        raise DocumentError(f"malformed TimeML ({exc})") from None
    body = root.find(".//TEXT")
    if body is None:
        raise DocumentError("TimeML without a TEXT element")
    doc = Document(id=path, path=path, text="".join(body.itertext()))
    title = root.find(".//TITLE")
    doc.title = "".join(title.itertext()).strip() if title is not None else _first_line(doc.text)
    dct = root.find(".//DCT/TIMEX3")
    if dct is not None and dct.get("value"):
        value = dct.get("value", "")
        if _with_metadata_date(doc, value[:10], "TimeML DCT", warn, path):
            doc.reference_source = "timeml-dct"
    yield doc


def read_timeline_json(path: str, text: str, warn: Warn) -> Iterator[Document]:
    """The project's own JSON export: its documents, each with the mentions it had, so that
    nothing is extracted again and exporting it once more gives the same events."""
    from ..export.json_export import read_json

    try:
        timeline = read_json(json.loads(text))
    except ValueError as exc:
        raise DocumentError(str(exc) if "timeline" in str(exc) else f"not valid JSON ({exc})") from None
    for doc in timeline.documents:
        doc.preextracted = timeline.mentions_of(doc)
        yield doc


def _read_html(path: str, text: str, warn: Warn) -> Iterator[Document]:
    from .html import read_html

    return read_html(path, text, warn)


READERS: dict[str, Callable[[str, str, Warn], Iterator[Document]]] = {
    ".html": _read_html,
    ".htm": _read_html,
    ".json": read_timeline_json,
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".jsonl": read_jsonl,
    ".tml": read_timeml,
}
