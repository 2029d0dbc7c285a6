"""HTML pages: markup in, main text and metadata out (via trafilatura and htmldate).

trafilatura finds the article body and drops navigation, comments and footers; its metadata
pass reads the title, author and publication date (htmldate looks at meta tags, JSON-LD, the URL
and visible dates). We ask for precision over recall: a missing paragraph costs less here than
a sidebar read as reporting.
"""

from __future__ import annotations

import datetime as dt

from ..model import ExtractedPage


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<p>" in head and "</p>" in head)


def extract_html(markup: str | bytes, *, url: str | None = None) -> ExtractedPage | None:
    """Extract the main text of an HTML page, or None when it has no article body."""
    import trafilatura  # heavy: imported only when HTML actually arrives

    result = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if result is None or not (result.text or "").strip():
        return None
    published = None
    if result.date:
        try:
            published = dt.date.fromisoformat(str(result.date)[:10])
        except ValueError:
            published = None
    return ExtractedPage(
        text=result.text,
        title=result.title or None,
        author=result.author or None,
        published=published,
        url=result.url or url,
        language=result.language or None,
    )
