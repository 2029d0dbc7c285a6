"""From what a user names to clean Articles.

In: a file path (.html/.htm, .txt/.text/.md, .json/.jsonl records of {url, title, text|html,
published, author}), a directory (searched recursively for those), a URL, or "-" for stdin.
Out: :class:`RawInput` items, then one :class:`Article` each via :func:`build_article`.

Messy input is accepted here and normalised once: bytes are decoded (UTF-8, UTF-16 with a BOM,
then Windows-1252 if the result is plausible text), HTML goes through trafilatura, plain scrapes
through the boilerplate cleaner, the language is identified. Everything downstream gets one clean
Article and never re-checks encodings.

Bad input raises an :class:`~conflictlens.errors.InputError` subclass with a one-line message;
:func:`iter_inputs` yields such errors as values so that a batch can go on past them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..extract.dates import stamp_date
from ..config import Settings
from ..errors import (
    BinaryInput,
    ConflictlensError,
    EmptyText,
    InputError,
    InputTooLarge,
    SourceNotFound,
    UndecodableInput,
)
from ..model import Article, RawInput
from .clean import clean_text, guess_title
from .html import extract_html, looks_like_html
from .language import detect_language

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

# File signatures of formats that are certainly not articles we can read.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"BZh")


def is_url(source: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source))


def parse_date(value: object, *, source: str = "input") -> dt.date | None:
    """Read a publication date given by the caller or a record (ISO 8601 or a common form)."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser  # slow import: only for dates that are not ISO

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        raise InputError(f"Cannot read the date {text!r} of {source}; give it as YYYY-MM-DD.")
    return parsed.date()


# --------------------------------------------------------------------------- expanding sources


def iter_inputs(sources: list[str], settings: Settings) -> Iterator[RawInput | InputError]:
    """Expand each named source into raw inputs; problems are yielded as errors, not raised."""
    for source in sources:
        try:
            if source == "-":
                yield from _records_or_text("stdin", _read_stdin(settings), settings)
            elif is_url(source):
                yield _fetch(source, settings)
            else:
                yield from _from_path(Path(source), settings)
        except InputError as exc:
            yield exc
        except ConflictlensError as exc:  # fetch errors: wrap so the batch sees one error type
            yield _as_input_error(exc)


def _as_input_error(exc: ConflictlensError) -> InputError:
    wrapped = InputError(str(exc))
    wrapped.__cause__ = exc
    return wrapped


def _read_stdin(settings: Settings) -> bytes:
    data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    if len(data) > settings.max_input_bytes:
        raise InputTooLarge(
            f"stdin: input is larger than {settings.max_input_bytes:,} bytes; split it or raise CONFLICTLENS_MAX_INPUT_BYTES."
        )
    return data


def _fetch(url: str, settings: Settings) -> RawInput:
    from .fetch import fetch_url  # httpx only when a URL is given

    page = fetch_url(url, settings, allow_networks=settings.fetch_allow_networks)
    is_html = "html" in (page.content_type or "") or None
    return RawInput(source=url, data=page.body, url=page.url, is_html=is_html)


def _from_path(path: Path, settings: Settings) -> Iterator[RawInput | InputError]:
    if not path.exists():
        raise SourceNotFound(f"{path}: no such file or directory; check the path.")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        if not files:
            raise SourceNotFound(
                f"{path}: directory holds no articles (.txt, .html, .json, .jsonl); point at the files themselves."
            )
        for file in files:
            try:
                yield from _from_file(file, settings)
            except InputError as exc:
                yield exc
        return
    yield from _from_file(path, settings)


def _from_file(path: Path, settings: Settings) -> Iterator[RawInput | InputError]:
    size = path.stat().st_size
    suffix = path.suffix.lower()
    # A JSONL bundle may legitimately be large: the cap applies to each record inside it.
    cap = settings.max_input_bytes * (50 if suffix in RECORD_SUFFIXES else 1)
    if size > cap:
        raise InputTooLarge(
            f"{path}: {size:,} bytes is over the {cap:,}-byte limit; split it or raise CONFLICTLENS_MAX_INPUT_BYTES."
        )
    data = path.read_bytes()
    if suffix in RECORD_SUFFIXES:
        yield from _records(str(path), data, settings)
    else:
        yield RawInput(source=str(path), data=data, is_html=True if suffix in HTML_SUFFIXES else None)


def _records_or_text(source: str, data: bytes, settings: Settings) -> Iterator[RawInput | InputError]:
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        yield from _records(source, data, settings)
    else:
        yield RawInput(source=source, data=data)


def _records(source: str, data: bytes, settings: Settings) -> Iterator[RawInput | InputError]:
    """JSON array or JSON Lines records, in file order; a bad line is an error for that line only."""
    text = decode_bytes(data, source=source)
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno}); fix the file.") from exc
        numbered = enumerate(items, start=1)
    else:
        numbered = ((n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip())
    for number, item in numbered:
        where = f"{source}#{number}"
        try:
            if isinstance(item, str):
                try:
                    item = json.loads(item)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{source}:{number}: not a JSON object ({exc.msg}); fix or remove that line.") from exc
            yield _record_input(where, item, settings)
        except InputError as exc:
            yield exc


def _record_input(where: str, item: object, settings: Settings) -> RawInput:
    if not isinstance(item, dict):
        raise InputError(f"{where}: a record must be a JSON object with a 'text' or 'html' field.")
    body = item.get("text") or item.get("html") or item.get("content")
    if not isinstance(body, str):
        raise InputError(f"{where}: record has no 'text' or 'html' field; add the article's text.")
    if len(body.encode("utf-8", "ignore")) > settings.max_input_bytes:
        raise InputTooLarge(f"{where}: text is over the {settings.max_input_bytes:,}-byte limit; split it.")
    metadata = {k: v for k, v in item.items() if k not in ("text", "html", "content")}
    return RawInput(
        source=where,
        data=body,
        url=item.get("url") or None,
        title=item.get("title") or None,
        published=parse_date(item.get("published") or item.get("date"), source=where),
        author=item.get("author") or None,
        is_html=True if "html" in item and "text" not in item else None,
        metadata=metadata,
    )


# --------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes | str, *, source: str) -> str:
    """Bytes to text, refusing binary files and bytes no plausible encoding explains."""
    if isinstance(data, str):
        return data
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInput(f"{source}: this is a binary file, not text or HTML; give the article as .txt, .html or .jsonl.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UndecodableInput(f"{source}: starts like UTF-16 but does not decode; re-save it as UTF-8.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Older pages are often Windows-1252. Accept that reading only when it gives mostly ordinary
    # text: random bytes "decode" too, into a soup of symbols.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UndecodableInput(
            f"{source}: the bytes are neither UTF-8 nor Windows-1252 text; re-save the file as UTF-8."
        ) from exc
    letters = sum(1 for ch in text if ch.isascii() and (ch.isalnum() or ch.isspace()))
    if letters / max(len(text), 1) < 0.8:
        raise UndecodableInput(f"{source}: the bytes do not decode to readable text; re-save the file as UTF-8.")
    return text


# --------------------------------------------------------------------------- building the Article


_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|cmpid$|ocid$)")


def canonical_url(url: str | None) -> str | None:
    """Lower-cased host, no fragment, no tracking parameters, no trailing slash."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)])
    path = parts.path.rstrip("/") or "/"
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def content_hash(text: str) -> str:
    """Hash of the text with case, accents, punctuation and spacing folded: the same report
    scraped twice (curly vs straight quotes, different line breaks) hashes the same."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    folded = "".join(ch for ch in folded if ch.isalnum() or ch.isspace())
    folded = " ".join(folded.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def build_article(raw: RawInput, settings: Settings, *, published: dt.date | None = None) -> Article:
    """Decode, extract or clean, identify the language and fingerprint one raw input."""
    text = decode_bytes(raw.data, source=raw.source)
    title, author, url, page_published = raw.title, raw.author, raw.url, None
    is_html = raw.is_html if raw.is_html is not None else looks_like_html(text)
    if is_html:
        page = extract_html(text, url=url)
        if page is None:
            raise EmptyText(f"{raw.source}: no article text found in this HTML page; is it an index or a login page?")
        body = clean_text(page.text)
        title = title or page.title
        author = author or page.author
        url = url or page.url
        page_published = page.published
    else:
        body = clean_text(text)
        title = title or guess_title(body)
    letters = sum(1 for ch in body if ch.isalpha())
    if letters < settings.min_text_chars:
        what = "empty" if not body.strip() else f"only {letters} letters long"
        raise EmptyText(f"{raw.source}: the text is {what}; nothing to analyse — check that the right file or field was given.")
    language, confidence = detect_language(body)
    digest = content_hash(body)
    canonical = canonical_url(url)
    key = canonical or digest
    article_id = "a" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:15]
    metadata = dict(raw.metadata)
    return Article(
        id=article_id,
        text=body,
        content_hash=digest,
        source=raw.source,
        title=title,
        url=url,
        canonical_url=canonical,
        published=published or raw.published or page_published or stamp_date(body),
        author=author,
        language=language,
        language_confidence=round(confidence, 3),
        synthetic=bool(metadata.get("synthetic", False)),
        metadata=metadata,
    )
