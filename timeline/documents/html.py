"""HTML articles: the main text through a real HTML parser (selectolax), the title, the canonical
address, and the publication date from the page's metadata as the reference date.

Navigation, scripts, styles, headers, footers and asides are dropped; the text keeps one
paragraph per block element, so offsets point into that text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from .document import Document
from .errors import DocumentError
from .reference import parse_date_string

_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button"
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th"
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="publish-date"]',
    'meta[name="parsely-pub-date"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.created"]',
)


def _meta(tree, selectors: tuple[str, ...], attribute: str = "content") -> tuple[str, str] | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None and (node.attributes.get(attribute) or "").strip():
            return node.attributes[attribute].strip(), selector
    return None


def _json_ld_date(tree) -> str | None:
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        # WordPress (Yoast) and others put the article in a graph: {"@graph": [..., {...}]}
        items += [
            g
            for item in items
            if isinstance(item, dict)
            for g in item.get("@graph") or []
            if isinstance(g, dict)
        ]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return item["datePublished"]
    return None


def read_html(path: str, text: str, warn) -> Iterator[Document]:
    """An HTML page as one document."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    if tree.body is None and tree.head is None:
        raise DocumentError("no HTML document found")
    title_meta = _meta(tree, ('meta[property="og:title"]', 'meta[name="twitter:title"]'))
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = title_meta[0] if title_meta else (title_node.text(strip=True) if title_node else "")
    url_meta = _meta(tree, ('link[rel="canonical"]',), "href") or _meta(tree, ('meta[property="og:url"]',))
    published = _meta(tree, _DATE_META)
    json_ld = None if published else _json_ld_date(tree)
    time_node = None if published or json_ld else tree.css_first("article time[datetime], time[datetime]")
    for node in tree.css(_DROP):
        node.decompose()
    main = tree.css_first("article") or tree.css_first("main") or tree.css_first('[role="main"]') or tree.body
    paragraphs: list[str] = []
    if main is not None:
        for block in main.css(_BLOCKS):
            if len(block.css(_BLOCKS)) > 1:
                continue  # its inner blocks are read on their own (a node matches itself too)
            words = " ".join(block.text(deep=True).split())
            if words:
                paragraphs.append(words)
        if not paragraphs:
            words = " ".join(main.text(deep=True).split())
            paragraphs = [words] if words else []
    doc = Document(
        id=path,
        path=path,
        text="\n\n".join(paragraphs),
        title=" ".join(title.split()),
        url=url_meta[0] if url_meta else "",
    )
    raw, where = None, ""
    if published:
        raw, where = published[0], f"the page's {published[1].split('=')[1].strip(chr(34) + ']')} metadata"
    elif json_ld:
        raw, where = json_ld, "the page's JSON-LD datePublished"
    elif time_node is not None:
        raw, where = time_node.attributes.get("datetime") or "", "the page's first <time> element"
    if raw:
        day = parse_date_string(raw)
        if day is not None:
            doc.reference_date, doc.reference_source = day, "metadata"
            doc.reference_explanation = f"from {where} ({raw.strip()})"
    yield doc
