"""Attribution: for each sentence, who asserts its content, with which cue, and which words are
the content — or that nobody in the text does, so the outlet asserts it in its own voice.

In: a parsed sentence (spaCy span), the article's actor mentions, and what earlier sentences
established (the last named speaker, an open multi-sentence quote). Out:
:class:`Attributed` items — an attribution plus the token set of its content.

Cues recognised, from the dependency parse rather than word windows so that the source and the
content are whole phrases:
* reporting verbs with a subject and a clausal or quoted complement ("X said that …",
  "“…,” X said", "X estimates that …") or a content object ("X noted an increase in …");
* "according to X, …";
* stance adjectives ("X is concerned about …");
* responsibility claims ("X claimed responsibility for …").
A cue inside reported content ("the organization estimates that …" inside a quote) is unwrapped:
the outer speaker stays the source and the inner verb becomes a hedge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import ActorMention, Attribution, AttributionKind, Mention

REPORTING_VERBS = {
    "say", "tell", "state", "add", "warn", "estimate", "claim", "report", "announce", "confirm", "deny",
    "note", "accuse", "allege", "insist", "stress", "declare", "predict", "argue", "explain", "believe",
    "think", "suggest", "indicate", "acknowledge", "admit", "assert", "write", "tweet", "caution",
    "emphasize", "emphasise", "reiterate", "urge", "vow", "threaten", "promise", "pledge", "describe",
    "concede", "disclose", "reveal", "maintain", "contend", "observe", "remark", "testify", "conclude",
    "express", "condemn", "blame", "agree", "fear", "expect", "forecast", "record", "document", "verify",
    # stance and evidence verbs: "called for", "asked", "cited", "a poll shows", "officials know"
    "call", "ask", "cite", "speak", "mention", "question", "respond", "reply", "recall", "show", "find",
    "know", "want", "offer", "endorse", "support", "propose", "demand", "reject", "refuse", "criticize",
    "criticise", "praise", "denounce", "dismiss", "defend", "decry", "doubt", "worry", "hope", "insist",
    "signal", "vow", "acknowledge", "emphasize", "point",
}
# Verbs whose direct object is the content ("the UN noted an increase", "expressed readiness").
OBJECT_CONTENT_VERBS = {
    "note", "report", "estimate", "confirm", "announce", "deny", "claim", "express", "record", "document",
    "predict", "forecast", "condemn", "reveal", "acknowledge", "fear", "expect", "call", "ask", "cite",
    "mention", "question", "want", "offer", "endorse", "support", "propose", "demand", "reject",
    "criticize", "criticise", "praise", "denounce", "dismiss", "defend", "decry", "doubt", "show", "find",
}
# Reporting verbs that themselves lower the commitment to the content.
HEDGING_CUES = {"estimate", "believe", "think", "suggest", "allege", "claim", "expect", "predict", "forecast", "fear"}
CLAIMABLE_ACTS = {"attack", "bombing", "killing", "assassination", "abduction", "kidnapping", "ambush", "raid", "explosion", "blast", "strike", "shooting", "operation", "massacre"}
STANCE_ADJECTIVES = {"concerned", "worried", "alarmed", "confident", "convinced", "certain", "sure", "aware", "hopeful", "optimistic", "pessimistic"}
ANONYMOUS_HEADS = {
    "source", "sources", "official", "officials", "witness", "witnesses", "resident", "residents", "diplomat",
    "diplomats", "insider", "insiders", "someone", "person", "people", "activist", "activists", "observer",
    "observers", "analyst", "analysts", "commander", "commanders", "member", "members", "relative", "relatives",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}


@dataclass
class Attributed:
    """A sentence's (or part of a sentence's) attributed content."""

    attribution: Attribution
    content_root: object  # spacy Token
    content_tokens: set[int]  # token indices inside the content
    hedging_cues: list[str] = field(default_factory=list)
    outer_tokens: set[int] = field(default_factory=set)  # everything the cue governs, nested cues included


@dataclass
class SpeakerMemory:
    """What the article and earlier sentences established: its text and entity mentions (read
    once — spaCy rebuilds ``Doc.text`` and ``Doc.ents`` on every access), the last named speaker
    for pronouns, and an open quote that spans sentences."""

    text: str = ""
    mentions: list[Mention] = field(default_factory=list)
    last_named: Attribution | None = None
    open_quote_end: int = -1
    open_quote_attribution: Attribution | None = None


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _span_bounds(tokens) -> tuple[int, int]:
    tokens = sorted(tokens, key=lambda t: t.i)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _is_cue(token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in REPORTING_VERBS or token.pos_ not in ("VERB", "AUX"):
        return False
    if lemma == "point":  # "pointed out that", not "pointed a gun"
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    return True


RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
# Phrases inside a source that make it anonymous whatever its head noun.
ANONYMITY_MARKERS = ("not to be named", "anonymity", "declined to be named", "not authorised", "not authorized", "on condition of", "asked not to be identified", "requested anonymity")


def _subject(token):
    """The source of a reporting verb: its active subject. A passive cue ("was believed to") has
    no source in the text; a relative pronoun ("the UN, which warned …") stands for its head; a
    participle or a coordinated verb with no subject of its own ("…, saying that …", "… and
    added that …") shares the subject of the verb it hangs from."""
    for child in token.children:
        if child.dep_ == "nsubj" and child.lower_ != "it":
            if child.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                return token.head
            return child
    for child in token.children:  # "was first reported by The Washington Post"
        if child.dep_ == "agent":
            agents = [c for c in child.children if c.dep_ == "pobj"]
            if agents:
                return agents[0]
    if token.dep_ in ("advcl", "conj") and token.head.i != token.i and (token.tag_ == "VBG" or token.dep_ == "conj"):
        if not any(c.dep_ in ("nsubjpass", "csubj") for c in token.children):
            return _subject(token.head)
    return None


def _first_person_subject(verb) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _source_tokens(subject) -> list:
    """The source phrase without relative clauses and appositions that describe it."""
    dropped = set()
    for child in subject.children:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "punct" and child.i > subject.i):
            dropped |= {t.i for t in child.subtree}
    tokens = [t for t in subject.subtree if t.i not in dropped]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    return tokens or [subject]


# "Pence: We will win", "WALLACE: What about Aleppo?" — a headline or transcript speaker label.
NOT_SPEAKERS = {
    "update", "note", "breaking", "watch", "exclusive", "analysis", "opinion", "editorial", "live", "video",
    "photos", "read", "correction", "background", "context", "timeline", "explainer", "factbox", "warning",
    "source", "sources", "related", "editor's note", "read more", "see also", "also",
}
SPEAKER_LABEL_RE = re.compile(r"\s*(?P<source>[A-Z][\w.'’ -]{1,40}?):\s+(?=\S)")


def _speaker_label(sent, memory: SpeakerMemory) -> Attributed | None:
    m = SPEAKER_LABEL_RE.match(sent.text)
    if m is None:
        return None
    start, end = sent.start_char + m.start("source"), sent.start_char + m.end("source")
    label = m["source"]
    named = [x for x in memory.mentions if x.label in ("PERSON", "ORG", "GPE", "NORP") and start <= x.start and x.end <= end]
    words = label.split()
    looks_like_name = 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and label.lower() not in NOT_SPEAKERS
    if not named and not looks_like_name:
        return None  # "Update: …", "Note: …" are not speakers
    colon = end
    content = {t.i for t in sent if t.idx > colon and not t.is_space}
    if not content:
        return None
    person = next((x.text for x in named if x.label == "PERSON"), None)
    attribution = Attribution(
        kind=AttributionKind.NAMED, source_text=label, source_name=person or label, cue=":",
        source_span=(start, end), cue_span=(colon, colon + 1),
    )
    root = min((t for t in sent if t.i in content), key=lambda t: _depth(t))
    return Attributed(attribution, root, content, [], content)


def find_attributions(sent, actors: list[ActorMention], memory: SpeakerMemory) -> list[Attributed]:
    """Attributions whose cue lies in this sentence, outermost first."""
    label = _speaker_label(sent, memory)
    if label is not None:
        return [label]
    found: list[Attributed] = []
    covered: set[int] = set()
    # Outermost cues first, so "“We expect …,” said X" is X's claim with "expect" inside it.
    for token in sorted(sent, key=_depth):
        if token.i in covered:
            continue  # a cue inside reported content: handled as a hedge of the outer content
        attributed = _verb_cue(token, sent, actors, memory) or _according_to(token, sent, actors, memory) or _stance(token, sent, actors, memory)
        if attributed is not None:
            found.append(attributed)
            covered |= attributed.outer_tokens | {token.i}
    return sorted(found, key=lambda a: min(a.content_tokens, default=0))


def _content_of_verb(cue):
    """The clausal complement of a reporting verb, or its direct object for verbs that take one."""
    for child in cue.children:
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            return child
    for child in cue.children:
        if child.dep_ == "dobj" and cue.lemma_.lower() in OBJECT_CONTENT_VERBS:
            return child
    # "called for an inquiry", "warned of more attacks", "asked about the dead"
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "about", "of", "against") and cue.lemma_.lower() in OBJECT_CONTENT_VERBS | {"warn", "speak", "worry", "hope"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    # "“…,” the minister said": the parser sometimes makes the quoted clause the root and the
    # reporting verb its parataxis/ccomp child.
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i < cue.i and cue.head.pos_ in ("VERB", "AUX"):
        return cue.head
    return None


def _verb_cue(cue, sent, actors, memory) -> Attributed | None:
    if not _is_cue(cue):
        return None
    subject = _subject(cue)
    content = _content_of_verb(cue)
    if subject is None or content is None:
        return None
    # "claimed responsibility for the attack", "claimed the bombing"
    responsibility = cue.lemma_.lower() == "claim" and any(
        c.lower_ == "responsibility" or (c.dep_ == "dobj" and c.lemma_.lower() in CLAIMABLE_ACTS) for c in cue.children
    )
    content_tokens = {t.i for t in content.subtree} - {t.i for t in _source_tokens(subject)} - {cue.i}
    if content.i == cue.head.i:  # inverted quote: content is the root's subtree minus the cue's
        content_tokens = {t.i for t in content.subtree} - {t.i for t in cue.subtree}
    outer = set(content_tokens)
    hedges = [cue.text.lower()] if cue.lemma_.lower() in HEDGING_CUES else []
    root = content
    # Unwrap a cue inside the content: "… said, “The organization estimates that X”".
    # Unwrap a nested cue unless it is the speaker's own stance ("we expect more attacks").
    visited = {cue.i}
    while _is_cue(root) and (inner := _content_of_verb(root)) is not None and inner.i not in visited | {root.i} and not _first_person_subject(root):
        visited.add(root.i)
        if root.lemma_.lower() in HEDGING_CUES:
            hedges.append(root.text.lower())
        content_tokens = {t.i for t in inner.subtree}
        root = inner
    attribution = _attribution_from_source(subject, cue, sent, actors, memory)
    if responsibility:
        attribution = Attribution(**{**_as_kwargs(attribution), "cue": "claimed responsibility"})
    return Attributed(attribution, root, content_tokens, hedges, outer)


def _according_to(token, sent, actors, memory) -> Attributed | None:
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ != "to":
        return None
    to = token.doc[token.i + 1]
    sources = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    if not sources:
        return None
    source = sources[0]
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree}
    content_tokens = {t.i for t in sent if t.i not in phrase and not t.is_punct}
    if not content_tokens:
        return None
    attribution = _attribution_from_source(source, token, sent, actors, memory, cue_text="according to")
    return Attributed(attribution, sent.root, content_tokens, [], content_tokens)


def _stance(token, sent, actors, memory) -> Attributed | None:
    if token.lower_ not in STANCE_ADJECTIVES or token.dep_ not in ("acomp", "amod", "ROOT"):
        return None
    head = token.head if token.dep_ == "acomp" else token
    subject = _subject(head)
    if subject is None:
        return None
    content = [c for c in token.children if c.dep_ in ("prep", "ccomp", "xcomp")]
    if not content:
        return None
    content_tokens = set().union(*({t.i for t in c.subtree} for c in content))
    attribution = _attribution_from_source(subject, token, sent, actors, memory, cue_text=f"{head.text} {token.text}")
    return Attributed(attribution, content[0], content_tokens, [], content_tokens)


def _as_kwargs(a: Attribution) -> dict:
    return {
        "kind": a.kind, "source_text": a.source_text, "source_name": a.source_name, "role": a.role,
        "affiliation": a.affiliation, "cue": a.cue, "source_span": a.source_span, "cue_span": a.cue_span,
    }


def _attribution_from_source(subject, cue, sent, actors, memory, cue_text: str | None = None) -> Attribution:
    """Name, role and affiliation of a source phrase; pronouns resolved to the last named speaker."""
    full_start, full_end = _span_bounds(list(subject.subtree))
    text = memory.text
    full_text = text[full_start:full_end].lower()
    source_tokens = _source_tokens(subject)
    start, end = _span_bounds(source_tokens)
    source_text = text[start:end]
    cue_span = (cue.idx, cue.idx + len(cue.text)) if cue_text is None else (cue.idx, cue.idx + len(cue_text))
    base = {"source_text": source_text, "cue": cue_text or cue.text, "source_span": (start, end), "cue_span": cue_span}

    if subject.lower_ in PRONOUNS and len(source_tokens) == 1:
        if memory.last_named is not None:
            previous = memory.last_named
            return Attribution(kind=previous.kind, source_name=previous.source_name or previous.source_text, role=previous.role, affiliation=previous.affiliation, **base)
        return Attribution(kind=AttributionKind.ANONYMOUS, **base)

    person = next((m for m in memory.mentions if m.label == "PERSON" and start <= m.start and m.end <= end), None)

    def names_affiliation(actor: ActorMention) -> bool:
        # "the Britain-based monitor": a location modifier, not who the source works for
        return not actor.generic and not text[actor.evidence.end : actor.evidence.end + 7].startswith(("-based", "–based"))

    in_source = [a for a in actors if full_start <= a.evidence.start and a.evidence.end <= full_end and names_affiliation(a)]
    affiliation = in_source[0].name if in_source else None
    if affiliation is None:
        # "during a UN meeting, the head of the bureau said": an organisation elsewhere in the
        # sentence, before the cue and outside the content, is the speaker's likely affiliation.
        nearby = [a for a in actors if sent.start_char <= a.evidence.start < cue.idx and names_affiliation(a) and not (full_start <= a.evidence.start < full_end)]
        if nearby:
            affiliation = nearby[-1].name
    if any(marker in full_text for marker in ANONYMITY_MARKERS):
        return Attribution(kind=AttributionKind.ANONYMOUS, role=source_text, affiliation=affiliation, **base)
    role = None
    if person is not None:
        role_text = text[start : person.start].strip(" ,")
        role = role_text or None
        if role is None:
            appositive = [t for t in subject.children if t.dep_ == "appos"]
            if appositive:
                a0, a1 = _span_bounds(list(appositive[0].subtree))
                role = text[a0:a1]
        return Attribution(kind=AttributionKind.NAMED, source_name=person.text, role=role, affiliation=affiliation, **base)
    if in_source and len(in_source) == 1 and in_source[0].evidence.end - in_source[0].evidence.start >= end - start - 4:
        # The source *is* an organisation: "the UN said", "ISIS claimed".
        return Attribution(kind=AttributionKind.NAMED, source_name=in_source[0].name, affiliation=affiliation, **base)
    if subject.lemma_.lower() in ANONYMOUS_HEADS and not in_source:
        return Attribution(kind=AttributionKind.ANONYMOUS, role=source_text, affiliation=affiliation, **base)
    ent = next((m for m in memory.mentions if m.label in ("ORG", "GPE", "NORP") and start <= m.start and m.end <= end), None)
    if ent is not None and not in_source:
        return Attribution(kind=AttributionKind.NAMED, source_name=ent.text, affiliation=affiliation, **base)
    # A role that identifies one person or body ("the head of the counterterrorism bureau").
    return Attribution(kind=AttributionKind.NAMED, role=source_text, affiliation=affiliation, **base)
