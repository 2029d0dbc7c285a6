"""Every bad input gets one clear error; good inputs become clean Articles."""

from pathlib import Path

import pytest

from conflictlens.config import Settings
from conflictlens.errors import BinaryInput, EmptyText, InputError, InputTooLarge, SourceNotFound, UndecodableInput
from conflictlens.ingest import build_article, canonical_url, content_hash, iter_inputs
from conflictlens.model import RawInput

FIXTURES = Path(__file__).parent / "fixtures"
SETTINGS = Settings(max_input_bytes=20_000)
REPORT = "Gunmen attacked a checkpoint near Kidal on Sunday, killing four soldiers, the army said in a statement."


def only(sources, settings=SETTINGS):
    items = list(iter_inputs(sources, settings))
    assert len(items) == 1, items
    return items[0]


def build(data, settings=SETTINGS, **kw):
    return build_article(RawInput(source="test", data=data, **kw), settings)


def assert_one_line(error: Exception):
    message = str(error)
    assert message and "\n" not in message and len(message) < 300


def test_missing_file(tmp_path):
    error = only([str(tmp_path / "nope.txt")])
    assert isinstance(error, SourceNotFound)
    assert_one_line(error)


def test_directory_without_articles(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG....")
    error = only([str(tmp_path)])
    assert isinstance(error, SourceNotFound) and "no articles" in str(error)


def test_binary_file(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\n\x00\x01\x02binary")
    raw = only([str(path)])
    with pytest.raises(BinaryInput) as info:
        build_article(raw, SETTINGS)
    assert_one_line(info.value)


@pytest.mark.parametrize("text", ["", "   \n\t  \n", "Share on Facebook\nFollow us"])
def test_empty_or_whitespace_or_only_furniture(text):
    with pytest.raises(EmptyText) as info:
        build(text.encode())
    assert_one_line(info.value)


def test_undecodable_bytes():
    with pytest.raises(UndecodableInput) as info:
        build(bytes(range(0x80, 0x100)) * 10)
    assert_one_line(info.value)


def test_windows_1252_text_is_accepted():
    article = build(("Caf\xe9 owners said militants \u201cattacked\u201d the market on Sunday, killing two people and wounding five others.").encode("cp1252"))
    assert "“attacked”" in article.text


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(REPORT * 1000)
    error = only([str(path)])
    assert isinstance(error, InputTooLarge) and "CONFLICTLENS_MAX_INPUT_BYTES" in str(error)


def test_jsonl_batch_goes_on_past_a_bad_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"url": "https://example.org/a", "title": "A", "text": "%s", "published": "2024-05-06"}\n'
        "this is not json\n"
        '{"title": "no text field"}\n'
        '{"url": "https://example.org/b", "text": "%s Second."}\n' % (REPORT, REPORT)
    )
    items = list(iter_inputs([str(path)], SETTINGS))
    assert [type(i).__name__ for i in items] == ["RawInput", "InputError", "InputError", "RawInput"]
    assert items[0].published.isoformat() == "2024-05-06"
    assert all(isinstance(i, InputError) and "\n" not in str(i) for i in items[1:3])


def test_html_page_gives_text_title_date_author():
    raw = only([str(FIXTURES / "report.html")])
    article = build_article(raw, SETTINGS)
    assert article.title == "Clashes reported near Kidal"
    assert article.published.isoformat() == "2024-05-06"
    assert "Malian troops clashed" in article.text
    assert "Privacy policy" not in article.text and "Subscribe" not in article.text
    assert article.language == "en"


def test_plain_scrape_is_cleaned_and_titled():
    article = build_article(only([str(FIXTURES / "scrape-with-furniture.txt")]), SETTINGS)
    assert article.title == "Rocket fire hits market town near the border"
    assert "Google Play" not in article.text


def test_non_english_is_detected():
    article = build_article(only([str(FIXTURES / "non-english.txt")]), SETTINGS)
    assert article.language == "fr" and article.language_confidence > 0.9


def test_canonical_url_and_content_hash():
    assert canonical_url("https://WWW.Example.org/news/1/?utm_source=x&id=3#top") == "https://example.org/news/1?id=3"
    assert content_hash("He said “no”.\n\nThen left.") == content_hash('He said "no". Then left.')
    assert content_hash("Four killed.") != content_hash("Five killed.")


def test_same_url_gives_same_article_id():
    a = build(REPORT, url="https://example.org/story?utm_campaign=1")
    b = build(REPORT + " Updated.", url="https://example.org/story")
    assert a.id == b.id and a.content_hash != b.content_hash
