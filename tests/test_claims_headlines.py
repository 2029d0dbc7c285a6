"""Claims in headlines and asides, on texts written for the project: a headline's present tense
tells a past event, a place before a colon is the story's place, and a rise that is protested is
no trend."""

import pytest

import conflictlens
from conflictlens.model import AttributionKind, ClaimKind

pytestmark = pytest.mark.model


def claims_of(text, settings, title=None):
    return conflictlens.analyze(text, published="2024-09-09", title=title, settings=settings).claims


def test_a_headline_in_the_present_reports_an_event_it_is_no_pattern(settings):
    title = "Drone strike on Kharkiv kills three"
    text = title + "\n\nA drone strike on the city of Kharkiv killed three people on Sunday, the mayor said."
    headline = next(c for c in claims_of(text, settings, title) if c.evidence.text.startswith("Drone strike"))
    assert headline.kind is not ClaimKind.PATTERN
    # the same present tense in the body is a generalisation
    body = "Militants attack army posts in the region, the governor said on Sunday."
    assert any(c.kind is ClaimKind.PATTERN for c in claims_of(body, settings))


def test_a_place_before_a_colon_is_the_storys_place_not_a_speaker(settings):
    title = "Burkina Faso: gunmen kill 12 soldiers in ambush"
    text = title + "\n\nGunmen ambushed an army patrol near Djibo on Friday, killing 12 soldiers, security sources said."
    headline = next(c for c in claims_of(text, settings, title) if "gunmen kill" in c.evidence.text)
    assert headline.attribution.kind is AttributionKind.OUTLET
    # a person before a colon still speaks
    quote = "Haddad: we will not leave the town.\n\nThe commander spoke in Homs on Sunday."
    spoken = next(c for c in claims_of(quote, settings) if "we will not leave" in c.evidence.text)
    assert spoken.attribution.kind is AttributionKind.NAMED


def test_protests_against_a_rise_tell_no_trend(settings):
    text = "Thousands of people marched in Mombasa on Tuesday against tax increases."
    assert not any(c.kind is ClaimKind.TREND for c in claims_of(text, settings))
    text = "Attacks on aid convoys increased sharply this year, the United Nations said."
    assert any(c.kind is ClaimKind.TREND for c in claims_of(text, settings))


def test_a_cue_in_an_aside_leaves_the_main_clause_to_the_outlet(settings):
    text = "Armed groups routinely attack villages and kill farmers they accuse of collaborating with the army."
    claims = claims_of(text, settings)
    pattern = next(c for c in claims if c.kind is ClaimKind.PATTERN)
    assert pattern.attribution.kind is AttributionKind.OUTLET and "attack villages" in pattern.evidence.text
    # a cue that is the main clause's own subject leaves nothing to the outlet
    text = "The opposition leader's criticism of the budget dominated the debate in parliament."
    assert not any(c.attribution.kind is AttributionKind.OUTLET for c in claims_of(text, settings))
