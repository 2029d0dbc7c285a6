"""The command line: every command has help, outputs follow the schema, bad input is one line."""

import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conflictlens.cli import app
from conflictlens.serialize import analysis_schema

FIXTURES = Path(__file__).parent / "fixtures"
README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = ["analyze", "ingest", "events", "claims", "places", "demo"]
runner = CliRunner()

REPORT = (
    "MOGADISHU, 12 March (Demo Wire) - Al-Shabaab fighters attacked an army base in Mogadishu on Tuesday, "
    "killing at least 16 soldiers, a military official said. The group claimed responsibility for the attack "
    "in a statement. Attacks have increased sharply this year, according to the United Nations."
)


def error_lines(result) -> list[str]:
    return [line for line in (result.stderr or "").splitlines() if line.strip()]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_a_readme_entry(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) > 3
    doc = app.registered_commands[[c.callback.__name__ for c in app.registered_commands].index(command)].callback.__doc__
    assert doc and len(doc.strip()) > 20
    assert f"`{command}" in README.read_text(encoding="utf-8")


@pytest.mark.model
def test_analyze_json_follows_the_schema(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--published", "2024-03-14", "--json"])
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, analysis_schema())
    assert payload["events"] and payload["claims"]
    for record in payload["places"] + payload["events"] + payload["claims"] + payload["actors"]:
        ev = record["evidence"]
        assert payload["article"]["text"][ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.model
def test_analyze_readable_report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--published", "2024-03-14"])
    assert result.exit_code == 0, result.stderr
    for heading in ("Places", "Actors", "Events", "Claims", "Provenance"):
        assert heading in result.stdout


@pytest.mark.parametrize(
    "make_input, expected",
    [
        (lambda d: str(d / "missing.txt"), "no such file"),
        (lambda d: str(d), "holds no articles"),
        (lambda d: _write(d / "bin.txt", b"\x00\x01\x02\x03" * 100), "binary file"),
        (lambda d: _write(d / "empty.txt", b"   \n\n  "), "empty"),
        (lambda d: _write(d / "bad.txt", bytes(range(0x80, 0x100)) * 4), "UTF-8"),
        (lambda d: str(FIXTURES / "non-english.txt"), "not English"),
        (lambda d: "http://127.0.0.1:9/article", "loopback"),
        (lambda d: "http://nonexistent.invalid/article", "nonexistent.invalid"),
    ],
)
def test_bad_input_gives_one_clear_line_and_nonzero_exit(tmp_path, make_input, expected):
    source = make_input(tmp_path)
    result = runner.invoke(app, ["analyze", source])
    assert result.exit_code == 1
    lines = error_lines(result)
    assert len(lines) == 1, lines
    assert lines[0].startswith("error:") and expected in lines[0]


def test_huge_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CONFLICTLENS_MAX_INPUT_BYTES", "1000")
    path = _write(tmp_path / "huge.txt", REPORT.encode() * 20)
    result = runner.invoke(app, ["analyze", path])
    assert result.exit_code == 1 and "over the" in error_lines(result)[0]


@pytest.mark.model
def test_ingest_batch_goes_on_and_reports_failures_at_the_end(tmp_path):
    good = _write(tmp_path / "good.txt", REPORT.encode())
    empty = _write(tmp_path / "empty.txt", b"  ")
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    result = runner.invoke(app, ["ingest", good, empty, str(FIXTURES / "non-english.txt"), "--db", db, "--published", "2024-03-14"])
    assert result.exit_code == 1
    assert "1 stored" in result.stdout and "1 not analysed" in result.stdout and "1 failed" in result.stdout
    again = runner.invoke(app, ["ingest", good, "--db", db])
    assert again.exit_code == 0 and "1 duplicates" in again.stdout
    events = runner.invoke(app, ["events", "--db", db, "--format", "json"])
    rows = json.loads(events.stdout)
    assert rows and rows[0]["fatalities"] == 16
    csv_out = runner.invoke(app, ["claims", "--db", db, "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("id,article_id,kind")
    places = runner.invoke(app, ["places", "--db", db, "--format", "json"])
    assert any(p["name"] == "Mogadishu" for p in json.loads(places.stdout))


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_public_api_is_pinned():
    import conflictlens

    assert conflictlens.__all__ == sorted(conflictlens.__all__)
    assert set(conflictlens.__all__) == {
        "Analysis", "Article", "Claim", "ConflictlensError", "Event", "Evidence", "IngestReport", "Place",
        "Settings", "analyze", "analyze_article", "ingest_sources", "load_articles", "load_settings", "open_store",
    }


def test_readme_opens_with_the_two_commands():
    head = README.read_text(encoding="utf-8")[:400]
    assert re.search(r"make run", head) and re.search(r"make test", head)
