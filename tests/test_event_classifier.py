"""The shipped event classifier: loads offline, types clear cases, keeps non-events out."""

import numpy as np
import pytest

from conflictlens.extract.event_classifier import NON_EVENT_LABELS, EventClassifier, features, load_classifier
from conflictlens.extract.taxonomy import SUB_EVENT_TYPES


def test_features_fold_digits_and_add_bigrams():
    assert features("12 killed") == features("7 killed") == ["0", "killed", "0 killed"]


def test_shipped_model_has_every_acled_sub_event_type_and_the_non_events():
    model = load_classifier()
    assert set(SUB_EVENT_TYPES) <= set(model.labels)
    assert NON_EVENT_LABELS <= set(model.labels)
    p = model.probabilities("anything at all")
    assert abs(float(p.sum()) - 1) < 1e-4


def test_clear_cases_written_for_this_test():
    model = load_classifier()
    cases = {
        "A suicide bomber blew himself up at a checkpoint, killing six guards.": "Suicide bomb",
        "Police fired tear gas and water cannon to disperse hundreds of students marching on parliament.": "Protest with intervention",
        "A magnitude 6.8 earthquake flattened villages in the mountains, killing at least 40 people.": "Natural disaster",
        "Bomb disposal experts defused an explosive device found under a bridge on the highway.": "Disrupted weapons use",
    }
    for text, label in cases.items():
        assert model.predict(text).label == label, text


def test_a_hand_built_model_scores_as_trained():
    model = EventClassifier(["riot", "rally"], ["Peaceful protest", "Violent demonstration"], np.array([[0.0, 3.0], [3.0, 0.0]]), np.zeros(2))
    assert model.predict("a riot broke out").label == "Violent demonstration"
    assert model.predict("a rally was held").label == "Peaceful protest"
    assert not model.predict("nothing here").probability > 0.5


def test_a_hand_built_hidden_layer_model_clips_negative_units():
    # unit 0 fires for "riot", unit 1 for "rally"; "calm" drives unit 0 below zero, where the ReLU stops it
    input_layer = np.array([[2.0, 0.0], [0.0, 2.0], [-5.0, 0.0]])
    output_layer = np.array([[0.0, 3.0], [3.0, 0.0]])
    model = EventClassifier(["riot", "rally", "calm"], ["Peaceful protest", "Violent demonstration"], input_layer, np.zeros(2), 0, output_layer, np.zeros(2))
    assert model.predict("a riot broke out").label == "Violent demonstration"
    assert model.predict("a rally was held").label == "Peaceful protest"
    # without the clip, unit 0 would be negative and push the scores to "Peaceful protest"
    assert abs(float(model.probabilities("calm riot")[0]) - 0.5) < 1e-6


def test_the_shipped_model_has_a_hidden_layer():
    model = load_classifier()
    assert model.output_weights is not None and model.output_weights.shape == (model.weights.shape[1], len(model.labels))


def _context_model():
    # "clash" and "fighting" point to a clash, "bombers" to air strikes, "claimed" to a responsibility claim
    terms = ["clash", "fighting", "bombers", "claimed", "convoy", "reinforcements"]
    labels = ["Armed clash", "Air/drone strike", "Responsibility claim", "Change to group/activity"]
    weights = np.array([[4.0, 0, 0, 0], [2.0, 1.5, 0, 0], [0, 6.0, 0, 0], [0, 0, 9.0, 0], [1.0, 1.0, 0, 0.5], [0, 0, 0, 9.0]])
    return EventClassifier(terms, labels, weights, np.zeros(4))


def test_context_types_a_follow_up_sentence_but_never_makes_or_unmakes_an_event():
    model = _context_model()
    # alone, "the fighting" leans to a clash; beside a sentence about bombers it is their strike
    alone = model.predict("the fighting went on")
    assert alone.label == "Armed clash"
    in_context = model.predict_in_context(["the fighting went on"], ["bombers struck the town. the fighting went on"])[0]
    assert in_context.label == "Air/drone strike"
    # the text's own confidence in the label chosen: less than in its own reading, so that a
    # label the context chose is not taken as sure
    own = dict(zip(model.labels, model.probabilities_many(["the fighting went on"])[0]))
    assert in_context.probability == pytest.approx(own["Air/drone strike"]) and in_context.probability < alone.probability
    # a confident non-event neighbour does not talk an event out of being one, nor the reverse
    event = model.predict_in_context(["a clash near the convoy"], ["a clash near the convoy. the group claimed it"])[0]
    assert event.label == "Armed clash"
    claim = model.predict_in_context(["the group claimed it"], ["bombers bombers. the group claimed it"])[0]
    assert claim.label == "Responsibility claim"
    # nor turns violence into a non-violent development
    moved = model.predict_in_context(["fighting near the convoy"], ["reinforcements reinforcements. fighting near the convoy"])[0]
    assert moved.label in ("Armed clash", "Air/drone strike")
