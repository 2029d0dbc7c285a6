"""Attribution patterns (source, cue, content) on sentences written for these tests."""

import pytest

import conflictlens
from conflictlens.extract.attribution import inside_quotation, quote_left_open
from conflictlens.model import AttributionKind

pytestmark = pytest.mark.model


def analyze(text, settings):
    return conflictlens.analyze(text, published="2024-05-03", settings=settings)


def claims_with(analysis, words):
    found = [c for c in analysis.claims if words in c.evidence.text]
    assert found, [c.evidence.text for c in analysis.claims]
    return found


def spanned(analysis, span):
    return analysis.article.text[span[0] : span[1]]


# ---------------------------------------------------------------- helpers without the model

def test_quotation_state_tolerates_mixed_marks():
    text = '“The bridge is down," the engineer said, "and the ferry is full.”'
    assert inside_quotation(text, text.index("bridge"))
    assert not inside_quotation(text, text.index("engineer"))  # “…," closes, whatever the mark
    assert inside_quotation(text, text.index("ferry"))
    two = "He said: “We will stay. The harvest is late.” Then he left."
    assert quote_left_open(two, 0, two.index("The harvest")) == two.index("”")
    assert quote_left_open(two, 0, len(two)) == -1


# ---------------------------------------------------------------- cues and contents

def test_content_keeps_its_complementizer(settings):
    analysis = analyze("The governor said on Tuesday that the schools would reopen next week.", settings)
    [claim] = claims_with(analysis, "the schools would reopen")
    assert claim.evidence.text.startswith("that the schools")
    assert spanned(analysis, claim.attribution.source_span) == "The governor"


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("The mayor talked about the flooding in the lower town for an hour.", "talked about", "the flooding"),
        ("Senator Okafor slammed the new contract as a betrayal of the nurses.", "slammed", "the new contract"),
        ("Two senators called for an independent audit of the agency.", "called for", "an independent audit"),
        ("The chairman declined to comment on the merger talks.", "declined", "to comment"),
    ],
)
def test_verbs_of_saying_and_stance(settings, sentence, cue, content):
    analysis = analyze(sentence, settings)
    claim = claims_with(analysis, content)[0]
    assert claim.attribution.kind is not AttributionKind.OUTLET
    assert claim.attribution.cue == cue


def test_a_short_object_is_still_attributed(settings):
    analysis = analyze("After a long meeting on Sunday evening, the teachers' union endorsed Ramirez.", settings)
    [claim] = claims_with(analysis, "Ramirez")
    assert claim.attribution.cue == "endorsed"


def test_a_physical_blast_is_not_a_cue(settings):
    analysis = analyze("The explosion blasted the windows of the market and the bus station.", settings)
    assert all(c.attribution.kind is AttributionKind.OUTLET for c in analysis.claims)


def test_relative_pronoun_is_the_source_and_names_its_antecedent(settings):
    analysis = analyze("The plan was drafted by Maria Lopez, who argued that the port needed a second pier.", settings)
    [claim] = claims_with(analysis, "the port needed a second pier")
    assert spanned(analysis, claim.attribution.source_span) == "who"
    assert claim.attribution.source_name == "Maria Lopez"


def test_a_cue_inside_reported_speech_is_part_of_the_content(settings):
    analysis = analyze("The minister said the agency believes that prices will fall in spring.", settings)
    attributed = [c for c in analysis.claims if c.attribution.kind is not AttributionKind.OUTLET]
    assert {c.attribution.cue for c in attributed} == {"said"}
    assert "the agency believes that prices will fall" in attributed[0].evidence.text
    assert "believes" in attributed[0].hedges


def test_a_cue_inside_a_quotation_is_the_speakers_wording(settings):
    analysis = analyze("“My neighbours told me the river was rising,” the farmer said.", settings)
    attributed = [c for c in analysis.claims if c.attribution.kind is not AttributionKind.OUTLET]
    assert attributed and {c.attribution.cue for c in attributed} == {"said"}


def test_a_cue_in_the_middle_of_its_clause(settings):
    analysis = analyze("The new road, the engineer noted, will cut the journey to the coast by an hour.", settings)
    [claim] = claims_with(analysis, "will cut the journey")
    assert claim.attribution.cue == "noted" and "The new road" in claim.evidence.text


# ---------------------------------------------------------------- content beyond the cue's clause

def test_colon_introduces_the_next_paragraph(settings):
    text = "In his speech, the mayor declared:\n\nThe old mill will become a library and the square will be rebuilt.\n\nThe council meets on Friday."
    analysis = analyze(text, settings)
    [claim] = claims_with(analysis, "The old mill will become a library")
    assert claim.attribution.cue == "declared"
    council = claims_with(analysis, "The council meets")[0]
    assert council.attribution.kind is AttributionKind.OUTLET


def test_a_quote_resumed_after_the_cue_keeps_its_speaker(settings):
    text = "“The water is clean again,” the inspector said. “We tested every well in the valley.”\n\nThe report is due in June."
    analysis = analyze(text, settings)
    first = claims_with(analysis, "The water is clean again")[0]
    second = claims_with(analysis, "We tested every well")[0]
    assert second.attribution.kind is not AttributionKind.OUTLET
    assert second.attribution.source_span == first.attribution.source_span


def test_a_speaker_named_after_a_closed_quote_takes_it_back(settings):
    text = "“Nobody warned us about the storm, nobody at all.” Hassan said in an interview.\n\nThe storm passed at noon."
    analysis = analyze(text, settings)
    [claim] = claims_with(analysis, "Nobody warned us about the storm")
    assert claim.attribution.kind is not AttributionKind.OUTLET and spanned(analysis, claim.attribution.source_span) == "Hassan"


def test_a_quote_mark_mismatch_does_not_hide_the_speaker(settings):
    analysis = analyze('“The harvest was the worst in ten years," the farmer said.', settings)
    [claim] = claims_with(analysis, "The harvest was the worst")
    assert claim.attribution.cue == "said" and spanned(analysis, claim.attribution.source_span) == "the farmer"


def test_possessive_noun_cue(settings):
    analysis = analyze("The opposition leader's criticism of the budget dominated the debate in parliament.", settings)
    [claim] = claims_with(analysis, "the budget")
    assert claim.attribution.cue == "criticism"
    assert "opposition leader" in spanned(analysis, claim.attribution.source_span)
