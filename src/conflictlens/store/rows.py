"""Records to table rows: how each model record is flattened for the database."""

from __future__ import annotations

import datetime as dt

from ..model import ActorMention, Analysis, Article, Claim, Event, Evidence, Place
from . import tables


def _evidence(evidence: Evidence) -> dict:
    return {"ev_start": evidence.start, "ev_end": evidence.end, "ev_text": evidence.text, "ev_stage": evidence.stage}


def article_row(article: Article, status: str, reason: str | None) -> dict:
    return {
        "id": article.id,
        "canonical_url": article.canonical_url,
        "content_hash": article.content_hash,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "author": article.author,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "status": status,
        "status_reason": reason,
        "synthetic": article.synthetic,
        "text": article.text,
        "metadata": article.metadata or None,
        "ingested_at": dt.datetime.now(dt.timezone.utc),
    }


def place_row(place: Place) -> dict:
    return {
        "article_id": place.evidence.article_id,
        "name": place.name,
        "level": place.level,
        "geo_precision": int(place.precision),
        "latitude": place.latitude,
        "longitude": place.longitude,
        "gazetteer_id": place.gazetteer_id,
        "feature_code": place.feature_code,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "confidence": place.confidence,
        "use": place.use,
        **_evidence(place.evidence),
    }


def actor_row(actor: ActorMention) -> dict:
    return {
        "article_id": actor.evidence.article_id,
        "actor_id": actor.actor_id,
        "name": actor.name,
        "category": int(actor.category) if actor.category is not None else None,
        "generic": actor.generic,
        "via_metonymy": actor.via_metonymy,
        "country_code": actor.country_code,
        **_evidence(actor.evidence),
    }


def event_row(event: Event) -> dict:
    location = event.location
    date = event.date
    return {
        "article_id": event.evidence.article_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "event_date": date.value,
        "event_date_end": date.end,
        "time_precision": int(date.precision) if date.precision <= 3 else None,
        "date_phrase": date.phrase or None,
        "date_basis": date.basis,
        "plover": event.plover,
        "actor1_id": event.actor1.actor_id if event.actor1 else None,
        "actor1": event.actor1.name if event.actor1 else None,
        "inter1": int(event.actor1.category) if event.actor1 and event.actor1.category is not None else None,
        # where the report named who "the rebels" of the event's sentence are
        "actor1_antecedent": event.actor1.antecedent.to_dict() if event.actor1 and event.actor1.antecedent else None,
        "actor2_id": event.actor2.actor_id if event.actor2 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "inter2": int(event.actor2.category) if event.actor2 and event.actor2.category is not None else None,
        "actor2_antecedent": event.actor2.antecedent.to_dict() if event.actor2 and event.actor2.antecedent else None,
        "associated_actors": [a.name for a in event.associated_actors] or None,
        "location": location.name if location else None,
        "latitude": location.latitude if location else None,
        "longitude": location.longitude if location else None,
        "geo_precision": int(location.precision) if location else None,
        "country_code": location.country_code if location else None,
        "admin1": location.admin1 if location else None,
        "admin2": location.admin2 if location else None,
        "gazetteer_id": location.gazetteer_id if location else None,
        "fatalities": event.fatalities.best if event.fatalities else None,
        "fatalities_low": event.fatalities.low if event.fatalities else None,
        "fatalities_high": event.fatalities.high if event.fatalities else None,
        "fatalities_phrase": event.fatalities.phrase if event.fatalities else None,
        "fatalities_victims": event.fatalities.victims if event.fatalities else None,
        "superseded_fatalities": [q.to_dict() for q in event.superseded_fatalities] or None,
        "other_estimates": [q.to_dict() for q in event.other_estimates] or None,
        "injuries": event.injuries.best if event.injuries else None,
        "injuries_phrase": event.injuries.phrase if event.injuries else None,
        "civilian_targeting": event.civilian_targeting,
        "trigger": event.trigger,
        "confidence": event.confidence,
        **_evidence(event.evidence),
    }


def claim_row(claim: Claim) -> dict:
    a = claim.attribution
    return {
        "article_id": claim.evidence.article_id,
        "kind": claim.kind.value,
        "certainty": claim.certainty.value,
        "attribution": a.kind.value,
        "source_text": a.source_text,
        "source_name": a.source_name,
        "role": a.role,
        "affiliation": a.affiliation,
        "cue": a.cue,
        "hedges": list(claim.hedges) or None,
        "stated_on": claim.stated_on.value if claim.stated_on else None,
        "stated_on_phrase": claim.stated_on.phrase if claim.stated_on else None,
        "quantity": claim.quantity.to_dict() if claim.quantity else None,
        "trend": claim.trend.to_dict() if claim.trend else None,
        "evaluative_terms": list(claim.evaluative_terms) or None,
        **_evidence(claim.evidence),
    }


def analysis_rows(analysis: Analysis) -> list[tuple]:
    profile = analysis.profile
    return [
        (tables.places, [place_row(p) for p in analysis.places]),
        (tables.actor_mentions, [actor_row(a) for a in analysis.actors]),
        (tables.events, [event_row(e) for e in analysis.events]),
        (tables.claims, [claim_row(c) for c in analysis.claims]),
        (
            tables.profiles,
            [
                {
                    "article_id": analysis.article.id,
                    "claims": profile.claims,
                    "share_named": profile.named,
                    "share_anonymous": profile.anonymous,
                    "share_unattributed": profile.unattributed,
                    "outlet_evaluative_terms": list(profile.outlet_evaluative_terms) or None,
                }
            ],
        ),
    ]
