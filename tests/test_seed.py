"""The reference article (../shared/samples/seed-article.txt): what the foundation issue expects.

Skips cleanly when ../shared is absent; tests/test_stages.py covers the same paths on texts
written for the project.
"""

import pytest

from conflictlens.model import AttributionKind, Certainty, ClaimKind

pytestmark = pytest.mark.model


def claim_containing(analysis, words):
    matches = [c for c in analysis.claims if words in c.evidence.text]
    assert matches, f"no claim contains {words!r}: {[c.evidence.text for c in analysis.claims]}"
    return matches[0]


def test_boilerplate_is_not_in_the_stored_text(seed_analysis):
    text = seed_analysis.article.text
    assert "App Store" not in text and "Google Play" not in text and "Medium app" not in text
    assert text.endswith("respond to this challenge.")


def test_places(seed_analysis):
    by_name = {p.name: p for p in seed_analysis.places}
    for country in ("Iraq", "Syria", "France", "United Kingdom"):
        assert country in by_name, sorted(by_name)
        assert by_name[country].level == "country" and by_name[country].latitude is not None
    assert "Europe" in by_name and by_name["Europe"].level == "continent"
    desert = [p for p in seed_analysis.places if p.feature_code == "DSRT"]
    assert desert and desert[0].country_code == "SY" and "desert" in desert[0].evidence.text
    tanf = [p for p in seed_analysis.places if "Tanf" in p.name]
    assert tanf and tanf[0].level == "point"
    assert any("Euphrates" in p.name for p in seed_analysis.places)
    # Capitals standing for governments are not places
    assert not any(p.evidence.text in ("Washington", "Damascus") and p.is_location for p in seed_analysis.places)


def test_actors(seed_analysis):
    by_surface = {a.evidence.text: a for a in seed_analysis.actors}
    assert by_surface["ISIS"].actor_id == by_surface["Islamic State"].actor_id
    assert by_surface["Washington"].country_code == "US" and by_surface["Washington"].via_metonymy
    assert by_surface["Damascus"].country_code == "SY" and by_surface["Damascus"].via_metonymy
    names = {a.name for a in seed_analysis.actors}
    assert any("United Nations" in n for n in names)
    assert any(a.country_code == "SY" and a.category is not None and int(a.category) == 1 and "army" in a.evidence.text.lower() for a in seed_analysis.actors)
    assert any("tribes" in a.evidence.text for a in seed_analysis.actors)


def test_un_estimate_is_a_hedged_quantity_from_the_un_official(seed_analysis):
    claim = claim_containing(seed_analysis, "10,000 Islamic State militants")
    assert claim.kind is ClaimKind.QUANTITATIVE
    assert claim.quantity.quantity.best == 10000 and claim.quantity.quantity.hedge == "over"
    assert claim.quantity.unit == "militants"
    assert claim.certainty is Certainty.PROBABLE and {"estimates", "over"} <= set(claim.hedges)
    a = claim.attribution
    assert a.kind is AttributionKind.NAMED and "head of the counterterrorism bureau" in a.source_text
    assert a.affiliation and "United Nations" in a.affiliation
    assert claim.stated_on.value.isoformat() == "2020-08-24"


def test_attacks_increased_is_a_trend_claim_from_the_same_source(seed_analysis):
    claim = claim_containing(seed_analysis, "the number of attacks has increased significantly this year")
    assert claim.kind is ClaimKind.TREND
    assert claim.trend.direction.value == "up" and claim.trend.subject == "the number of attacks"
    assert claim.trend.period.phrase == "this year"
    assert "head of the counterterrorism bureau" in claim.attribution.source_text


def test_white_desert_activity_is_the_outlets_own_trend_claim(seed_analysis):
    claim = claim_containing(seed_analysis, "has increased over the past month")
    assert claim.kind is ClaimKind.TREND and claim.attribution.kind is AttributionKind.OUTLET
    assert claim.trend.period.phrase.endswith("the past month")


def test_three_attacks_is_a_count_claim(seed_analysis):
    claim = claim_containing(seed_analysis, "three ISIS-inspired attacks")
    assert claim.kind is ClaimKind.QUANTITATIVE and claim.quantity.quantity.best == 3 and claim.quantity.unit == "attacks"


def test_kraft_statement(seed_analysis):
    claim = claim_containing(seed_analysis, "the United States shares the UN’s concerns")
    a = claim.attribution
    assert a.kind is AttributionKind.NAMED and a.source_name == "Kelly Kraft" and a.role == "US Ambassador"


def test_outlets_evaluative_assertions_are_labelled(seed_analysis):
    beneficial = claim_containing(seed_analysis, "This situation is beneficial primarily to Washington")
    connivance = claim_containing(seed_analysis, "With the connivance of the United States")
    for claim in (beneficial, connivance):
        assert claim.kind is ClaimKind.EVALUATIVE and claim.attribution.kind is AttributionKind.OUTLET


def test_global_threat_is_a_hedged_prediction(seed_analysis):
    claim = claim_containing(seed_analysis, "The global threat from ISIS is likely to intensify")
    assert claim.kind is ClaimKind.PREDICTION and claim.certainty is Certainty.PROBABLE and "likely" in claim.hedges


def test_patterns_are_not_dated_events(seed_analysis):
    assert seed_analysis.events == ()
    pattern = claim_containing(seed_analysis, "by attacking patrols and posts of the Syrian army")
    assert pattern.kind is ClaimKind.PATTERN


def test_profile_lists_the_outlets_loaded_terms(seed_analysis):
    profile = seed_analysis.profile
    assert profile.unattributed > 0.4 and profile.named > 0.1
    for term in ("US-occupied", "gangs", "connivance", "terrorists"):
        assert term in profile.outlet_evaluative_terms


def test_without_publication_date_no_year_is_invented(seed_text, settings):
    import conflictlens

    analysis = conflictlens.analyze(seed_text, settings=settings)
    claim = claim_containing(analysis, "10,000 Islamic State militants")
    assert claim.stated_on.value is None and (claim.stated_on.month, claim.stated_on.day) == (8, 24)
    assert analysis.notes
