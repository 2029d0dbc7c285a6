"""The command line: parse, open, call one library function, print.

    conflictlens analyze SOURCE [--published DATE] [--json]
    conflictlens ingest SOURCE... [--db URL]
    conflictlens events|claims|places [filters] [--format table|json|csv]
    conflictlens demo
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from importlib import resources
from typing import Annotated, Optional

import typer

from . import api, render
from .config import load_settings
from .errors import ConflictlensError

app = typer.Typer(
    help="conflictlens: news reports on armed conflict → an attributed, geocoded database of events and claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[Optional[str], typer.Option("--db", help="Database URL or SQLite path (default: CONFLICTLENS_DATABASE_URL or sqlite:///conflictlens.sqlite).")]
PublishedOption = Annotated[Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) when the source does not carry one; relative dates resolve against it.")]
AllowNetworkOption = Annotated[Optional[list[str]], typer.Option("--allow-network", help="Let URL fetching reach this network (CIDR), e.g. 10.0.0.0/8. Private addresses are refused otherwise.")]
LimitOption = Annotated[Optional[int], typer.Option("--limit", help="Show at most this many rows.")]


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[Format, typer.Option("--format", help="Output format.")]

out = render.console()
err = render.console(stderr=True)


def _fail(message: str, code: int = 1) -> None:
    # Plain, unwrapped: one line that scripts and people can both read.
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _settings(db: str | None = None, allow_network: list[str] | None = None):
    return load_settings(database_url=db, fetch_allow_networks=tuple(allow_network) if allow_network else None)


@app.command()
def analyze(
    source: Annotated[str, typer.Argument(help="A file (.txt, .html, .json), a URL, or - for stdin.")],
    published: PublishedOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON that follows the packaged schema (analysis v1).")] = False,
    allow_network: AllowNetworkOption = None,
) -> None:
    """Analyse one article and print its places, actors, events and claims (nothing is stored)."""
    try:
        settings = _settings(allow_network=allow_network)
        items = list(api.load_articles([source], published=published, settings=settings))
        if not items:
            _fail(f"{source}: no article found in it.")
        first = items[0]
        if isinstance(first, ConflictlensError):
            _fail(str(first))
        analysis = api.analyze_article(first, settings)
    except ConflictlensError as exc:
        _fail(str(exc))
    if as_json:
        from .serialize import analysis_to_dict

        sys.stdout.write(json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=1) + "\n")
    else:
        out.print(render.analysis_renderable(analysis))


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, URLs or - for stdin.")],
    db: DbOption = None,
    published: PublishedOption = None,
    allow_network: AllowNetworkOption = None,
) -> None:
    """Analyse articles and store them; go on past bad ones and list them at the end."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .store import open_store

    try:
        settings = _settings(db, allow_network)
        store = open_store(settings.database_url)
    except ConflictlensError as exc:
        _fail(str(exc))
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"), console=err, transient=True) as progress:
        task = progress.add_task("", total=None)
        report = api.ingest_sources(sources, store, published=published, settings=settings, on_outcome=lambda o: progress.update(task, advance=1, description=o.status))
    _print_report(report)
    if report.failures:
        raise typer.Exit(1)


def _print_report(report) -> None:
    out.print(
        f"[bold]{report.count('stored')} stored[/], {report.count('duplicate')} duplicates, "
        f"{report.count('not_analysed')} not analysed, {report.count('failed')} failed."
    )
    for outcome in report.failures:
        typer.echo(f"{outcome.status}: {outcome.message or outcome.source}", err=True)


@app.command()
def events(
    db: DbOption = None,
    country: Annotated[Optional[str], typer.Option(help="ISO country code, e.g. SY.")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="ACLED event or sub-event type.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor name or id (substring).")] = None,
    since: Annotated[Optional[str], typer.Option(help="Earliest event date, YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Latest event date, YYYY-MM-DD.")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """List stored events, filtered."""
    rows = _open(db).events(country=country, event_type=event_type, actor=actor, since=_date(since), until=_date(until), limit=limit)
    _emit("Events", rows, ["event_date", "time_precision", "sub_event_type", "actor1", "actor2", "location", "country_code", "fatalities", "fatalities_phrase", "ev_text"], fmt)


@app.command()
def claims(
    db: DbOption = None,
    kind: Annotated[Optional[str], typer.Option(help="Claim kind: trend, quantitative, prediction, evaluative, …")] = None,
    attribution: Annotated[Optional[str], typer.Option(help="named, anonymous or outlet.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Source name, role or affiliation (substring).")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """List stored claims with their sources and certainty."""
    rows = _open(db).claims(kind=kind, attribution=attribution, source=source, limit=limit)
    _emit("Claims", rows, ["kind", "attribution", "source_name", "role", "affiliation", "certainty", "stated_on", "ev_text"], fmt)


@app.command()
def places(
    db: DbOption = None,
    country: Annotated[Optional[str], typer.Option(help="ISO country code.")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """List stored places with coordinates and how often they are mentioned."""
    rows = _open(db).places(country=country, limit=limit)
    _emit("Places", rows, ["name", "level", "geo_precision", "latitude", "longitude", "country_code", "mentions", "articles"], fmt)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="Where to put the demo database.")] = "sqlite:///conflictlens-demo.sqlite",
) -> None:
    """Ingest the bundled synthetic demo reports and print a summary of what was found."""
    from .store import open_store

    corpus = resources.files("conflictlens").joinpath("demo/reports.jsonl")
    try:
        settings = _settings(db)
        store = open_store(settings.database_url)
        with resources.as_file(corpus) as path:
            report = api.ingest_sources([str(path)], store, settings=settings)
    except ConflictlensError as exc:
        _fail(str(exc))
    _print_report(report)
    out.print(render.demo_summary(store))
    if report.failures:
        raise typer.Exit(1)


def _open(db: str | None):
    from .store import open_store

    try:
        return open_store(_settings(db).database_url)
    except ConflictlensError as exc:
        _fail(str(exc))


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{value!r} is not a date; use YYYY-MM-DD.", code=2)


def _emit(title: str, rows: list[dict], columns: list[str], fmt: Format) -> None:
    if fmt is Format.json:
        sys.stdout.write(render.rows_to_json(rows) + "\n")
    elif fmt is Format.csv:
        sys.stdout.write(render.rows_to_csv(rows))
    else:
        out.print(render.rows_table(title, rows, columns))


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
