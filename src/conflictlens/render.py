"""Rendering for people at a terminal: analyses and stored rows as rich tables, or CSV/JSON.

Only presentation lives here; the numbers come from the library.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import Analysis, AttributionKind, Claim


def _source_label(claim: Claim) -> str:
    a = claim.attribution
    if a.kind is AttributionKind.OUTLET:
        return "[italic]the outlet (unattributed)[/]"
    parts = [a.source_name or a.source_text or "?"]
    if a.role and a.role != parts[0]:
        parts.append(f"({a.role})")
    if a.affiliation and a.affiliation not in parts[0]:
        parts.append(f"[{a.affiliation}]".replace("[", "\\["))
    label = " ".join(parts)
    return f"[dim]anonymous:[/] {label}" if a.kind is AttributionKind.ANONYMOUS else label


def _fmt_date(date) -> str:
    if date is None:
        return ""
    if date.value is None:
        if date.month:
            return f"{date.month:02d}-{date.day:02d}, year unknown" if date.day else f"month {date.month}, year unknown"
        return f"unknown ({date.phrase})" if date.phrase else "unknown"
    if date.end and date.end != date.value:
        return f"{date.value}…{date.end}"
    return str(date.value)


def analysis_renderable(analysis: Analysis):
    article = analysis.article
    header = Text()
    header.append(article.title or "(untitled)", style="bold")
    header.append(f"\n{article.source} · id {article.id} · language {article.language} · published {article.published or 'unknown'}")

    places = Table(title="Places", show_lines=False, expand=True)
    for col in ("name", "level", "precision", "lat, lon", "country", "as written"):
        places.add_column(col)
    seen = set()
    for p in (p for p in analysis.places if p.is_location):
        key = (p.gazetteer_id, p.evidence.text)
        if key in seen:
            continue
        seen.add(key)
        coords = f"{p.latitude:.2f}, {p.longitude:.2f}" if p.latitude is not None else ""
        places.add_row(p.name, p.level, str(int(p.precision)), coords, p.country_code or "", p.evidence.text)

    figurative = sorted({f"{p.evidence.text} ({p.use})" for p in analysis.places if not p.is_location})
    if figurative:
        places.caption = "Named but not as locations: " + ", ".join(figurative)

    actors = Table(title="Actors", expand=True)
    for col in ("actor", "category", "as written"):
        actors.add_column(col)
    grouped: dict[str, list[str]] = {}
    meta: dict[str, str] = {}
    for a in analysis.actors:
        grouped.setdefault(a.name, [])
        surface = a.evidence.text + (" (metonymy)" if a.via_metonymy else "")
        if surface not in grouped[a.name]:
            grouped[a.name].append(surface)
        meta[a.name] = a.category.name.lower().replace("_", " ") if a.category is not None else ("generic" if a.generic else "")
    for name, surfaces in grouped.items():
        actors.add_row(name, meta[name], ", ".join(surfaces))

    events = Table(title="Events", expand=True)
    for col in ("type", "date", "actor1", "actor2", "where", "killed", "evidence"):
        events.add_column(col)
    for e in analysis.events:
        events.add_row(
            e.sub_event_type,
            _fmt_date(e.date),
            e.actor1.name if e.actor1 else "",
            e.actor2.name if e.actor2 else "",
            e.location.name if e.location else "",
            f"{e.fatalities.best} ({e.fatalities.phrase})" if e.fatalities else "",
            e.evidence.text[:90],
        )

    claims = Table(title="Claims", expand=True, show_lines=True)
    for col in ("kind", "claim", "source", "certainty", "said on"):
        claims.add_column(col)
    for c in analysis.claims:
        extra = ""
        if c.quantity:
            extra = f"\n[dim]quantity: {c.quantity.quantity.phrase} {c.quantity.unit}[/]"
        if c.trend:
            extra += f"\n[dim]trend: {c.trend.direction.value} — {c.trend.subject} {('· ' + c.trend.period.phrase) if c.trend.period else ''}[/]"
        hedges = f" ({', '.join(c.hedges)})" if c.hedges else ""
        claims.add_row(c.kind.value, escape(c.evidence.text[:220]) + extra, _source_label(c), c.certainty.value + hedges, _fmt_date(c.stated_on))

    profile = analysis.profile
    summary = Text(
        f"{profile.claims} claims: {profile.named:.0%} named sources, {profile.anonymous:.0%} anonymous, "
        f"{profile.unattributed:.0%} the outlet's own voice."
    )
    if profile.outlet_evaluative_terms:
        summary.append(f"\nLoaded terms in the outlet's own voice: {', '.join(profile.outlet_evaluative_terms)}")
    notes = Text("\n".join(analysis.notes), style="yellow") if analysis.notes else Text("")
    return Group(Panel(header), places, actors, events, claims, Panel(summary, title="Provenance"), notes)


def rows_table(title: str, rows: Sequence[dict], columns: Sequence[str]) -> Table:
    table = Table(title=f"{title} ({len(rows)})", expand=True, show_lines=False)
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    return table


def rows_to_csv(rows: Sequence[dict], columns: Sequence[str] | None = None) -> str:
    if not rows:
        return ""
    columns = list(columns or rows[0].keys())
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in row.items() if k in columns})
    return buffer.getvalue()


def rows_to_json(rows: Sequence[dict]) -> str:
    return json.dumps(list(rows), default=str, ensure_ascii=False, indent=1)


def console(stderr: bool = False) -> Console:
    """A console that stays readable when piped (rich falls back to 80 columns off a terminal)."""
    probe = Console(stderr=stderr)
    width = None if probe.is_terminal else max(probe.width, 140)
    return Console(stderr=stderr, highlight=False, width=width)


def demo_summary(store, *, rows: int = 12):
    """The readable summary `make run` prints: counts, then events, claims with sources, places."""
    counts = store.counts()
    head = Text(
        f"{counts['articles']} articles · {counts['events']} events · {counts['claims']} claims · "
        f"{counts['places']} place mentions · {counts['actor_mentions']} actor mentions",
        style="bold",
    )
    events = store.events(limit=rows)
    for e in events:
        e["date"] = f"{e['event_date'] or 'unknown'} (p{e['time_precision']})" if e["time_precision"] else str(e["event_date"] or "unknown")
        e["killed"] = e["fatalities"] if e["fatalities"] is not None else ""
    events_table = rows_table("Events (first rows)", events, ["date", "sub_event_type", "actor1", "actor2", "location", "country_code", "killed"])
    attributed = store.claims(attribution="named", limit=rows // 2) + store.claims(attribution="anonymous", limit=rows // 4) + store.claims(attribution="outlet", kind="evaluative", limit=rows // 4)
    for c in attributed:
        c["source"] = "the outlet" if c["attribution"] == "outlet" else " · ".join(x for x in (c["source_name"], c["role"], c["affiliation"]) if x) or c["source_text"]
        c["claim"] = (c["ev_text"] or "")[:110]
    claims_table = rows_table("Claims and who made them (sample)", attributed, ["kind", "claim", "source", "attribution", "certainty"])
    places_table = rows_table("Most mentioned places", store.places(limit=rows), ["name", "level", "geo_precision", "latitude", "longitude", "country_code", "mentions"])
    return Group(Panel(head, title="conflictlens demo"), events_table, claims_table, places_table)
