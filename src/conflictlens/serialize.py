"""Analyses as JSON documents that follow the packaged, versioned JSON Schema.

``schema/analysis-v1.schema.json`` describes the output of ``conflictlens analyze --json`` and
of :func:`analysis_to_dict`. A change that breaks a consumer needs a new schema version.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from .model import ActorMention, Analysis, Claim, Event, Evidence, Place

SCHEMA_VERSION = "conflictlens/analysis/v1"


@functools.cache
def analysis_schema() -> dict:
    return json.loads(resources.files("conflictlens").joinpath("schema/analysis-v1.schema.json").read_text("utf-8"))


def _evidence(e: Evidence) -> dict:
    return e.to_dict()


def place_to_dict(p: Place) -> dict:
    return {
        "name": p.name,
        "level": p.level,
        "geo_precision": int(p.precision),
        "ucdp_where_prec": p.precision.ucdp_where_prec,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "gazetteer_id": p.gazetteer_id,
        "feature_code": p.feature_code,
        "country_code": p.country_code,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "confidence": p.confidence,
        "use": p.use,
        "evidence": _evidence(p.evidence),
    }


def actor_to_dict(a: ActorMention) -> dict:
    return {
        "actor_id": a.actor_id,
        "name": a.name,
        "category": int(a.category) if a.category is not None else None,
        "category_name": a.category.name.lower() if a.category is not None else None,
        "generic": a.generic,
        "via_metonymy": a.via_metonymy,
        "country_code": a.country_code,
        "evidence": _evidence(a.evidence),
        "antecedent": _evidence(a.antecedent) if a.antecedent else None,
    }


def event_to_dict(e: Event) -> dict:
    return {
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "plover": e.plover,
        "date": e.date.to_dict(),
        "actor1": actor_to_dict(e.actor1) if e.actor1 else None,
        "actor2": actor_to_dict(e.actor2) if e.actor2 else None,
        "associated_actors": [actor_to_dict(a) for a in e.associated_actors],
        "location": place_to_dict(e.location) if e.location else None,
        "fatalities": e.fatalities.to_dict() if e.fatalities else None,
        "fatalities_evidence": _evidence(e.fatalities_evidence) if e.fatalities_evidence else None,
        "superseded_fatalities": [q.to_dict() for q in e.superseded_fatalities],
        "other_estimates": [q.to_dict() for q in e.other_estimates],
        "injuries": e.injuries.to_dict() if e.injuries else None,
        "civilian_targeting": e.civilian_targeting,
        "trigger": e.trigger,
        "confidence": e.confidence,
        "evidence": _evidence(e.evidence),
    }


def claim_to_dict(c: Claim) -> dict:
    return {
        "kind": c.kind.value,
        "text": c.evidence.text,
        "attribution": c.attribution.to_dict(),
        "certainty": c.certainty.value,
        "hedges": list(c.hedges),
        "stated_on": c.stated_on.to_dict() if c.stated_on else None,
        "quantity": c.quantity.to_dict() if c.quantity else None,
        "trend": c.trend.to_dict() if c.trend else None,
        "evaluative_terms": list(c.evaluative_terms),
        "evidence": _evidence(c.evidence),
    }


def analysis_to_dict(analysis: Analysis) -> dict:
    a = analysis.article
    return {
        "schema": SCHEMA_VERSION,
        "article": {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "canonical_url": a.canonical_url,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "author": a.author,
            "language": a.language,
            "language_confidence": a.language_confidence,
            "content_hash": a.content_hash,
            "synthetic": a.synthetic,
            "text": a.text,
        },
        "places": [place_to_dict(p) for p in analysis.places],
        "actors": [actor_to_dict(x) for x in analysis.actors],
        "events": [event_to_dict(e) for e in analysis.events],
        "claims": [claim_to_dict(c) for c in analysis.claims],
        "profile": analysis.profile.to_dict(),
        "notes": list(analysis.notes),
    }
