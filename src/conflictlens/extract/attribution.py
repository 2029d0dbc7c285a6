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
* responsibility claims ("X claimed responsibility for …");
* nouns of saying owned by the source ("the senator's criticism of …", "her claim that …");
* punctuation where the parse misses the content: a quotation beside the cue, a colon, a
  closed quotation just before "X said in an interview.".
A cue inside reported content or inside quoted speech is part of what the outer source says
(PolNeAR and PARC rarely mark it): the outer content keeps it whole and a hedging inner verb
("the organization estimates that …") hedges the outer claim. Relative pronouns ("who") are
sources as written, named by their antecedent, as "he" is named by the last speaker.
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
    "criticise", "praise", "denounce", "dismiss", "defend", "decry", "doubt", "worry", "hope", "signal", "point",
    # Verbs of saying, thinking, seeing and evaluating that news attributes as readily as "say":
    # "X talked about …", "X sees a chance", "X echoed the charge", "X slammed the plan".
    "talk", "discuss", "refer", "address", "answer", "repeat", "echo", "joke", "boast", "brag", "complain",
    "lament", "quip", "muse", "shout", "chant", "yell", "scream", "whisper", "post", "publish", "retweet",
    "announce", "inform", "notify", "assure", "remind", "advise", "instruct", "recommend", "insinuate",
    "imply", "hint", "speculate", "guess", "predict", "calculate", "assess", "rate", "rank", "judge",
    "consider", "regard", "view", "see", "feel", "sense", "suspect", "assume", "understand", "realize",
    "realise", "recognize", "recognise", "learn", "discover", "notice", "acknowledge", "wonder", "imagine",
    "prefer", "favor", "favour", "back", "oppose", "challenge", "dispute", "contest", "counter", "rebut",
    "refute", "slam", "blast", "mock", "ridicule", "chastise", "scold", "rebuke", "fault", "knock",
    "accuse", "thank", "congratulate", "applaud", "hail", "laud", "welcome", "celebrate", "tout",
    "highlight", "underscore", "emphasize", "identify", "name", "label", "dub", "brand", "list", "describe",
    # not "intend": an intention the outlet ascribes ("the terrorists do not intend to …") is the outlet's claim
    "characterize", "characterise", "portray", "depict", "frame", "compare", "liken", "seek", "plan",
    "decide", "decline", "vote", "pray", "wish", "mean", "continue", "convey", "acknowledge", "confess", "apologize", "apologise",
    "admire", "love", "hate", "dislike", "like", "appreciate", "reaffirm", "affirm", "confirm", "clarify",
    "elaborate", "detail", "outline", "summarize", "summarise", "testify", "swear", "demand", "insist",
    "request", "plead", "beg", "appeal", "petition", "complain", "protest", "object", "caution", "alert",
    "question", "query", "paraphrase", "contradict", "deny", "reject", "rule", "determine", "find", "conclude", "estimate", "signal", "suggest", "reflect", "illustrate", "demonstrate", "prove", "indicate", "confirm",
}
# Verbs whose direct object is who is told or blamed, not what is said ("told reporters",
# "urged Congress", "thanked voters"): their content is a clause or a prepositional object.
ADDRESSEE_OBJECT_VERBS = {
    "tell", "inform", "notify", "assure", "remind", "advise", "instruct", "warn", "urge", "ask", "thank",
    "congratulate", "accuse", "blame", "beg", "caution", "alert", "answer",
}
# Verbs that are cues only with a clause ("sees that …", "felt that …", "likes to …") or an object
# with a predicate ("views X as Y", "considers X a threat"), never with a bare object ("saw a rise").
CLAUSE_ONLY_VERBS = {
    "mean", "like", "love", "hate", "dislike", "object", "rule", "determine", "see", "feel", "sense", "consider",
    "regard", "view", "understand", "learn", "discover", "notice", "realize", "realise", "imagine", "prefer",
    "wish", "pray", "decide", "decline", "know", "reflect", "illustrate", "demonstrate", "prove", "frame", "rate",
    "judge", "assess", "calculate",
}
# "He continued: …", "“…,” she continued": a cue only before a colon or after a quotation
# ("continued to fight" is not speech).
PUNCTUATION_ONLY_VERBS = {"continue"}
# Verbs of verbal attack that in conflict news also name physical attacks ("militants blasted the
# checkpoint"): cues only when a person or personal pronoun is the subject.
VERBAL_ATTACK_VERBS = {"slam", "blast", "knock", "mock", "ridicule"}
# "referred to X", "pointed to X", "responded to X": elsewhere "to" names the addressee ("said to reporters").
TO_CONTENT_VERBS = {"refer", "point", "respond", "reply", "object", "compare", "liken", "appeal", "agree", "pledge", "vote"}
# Prepositions whose object is what is said ("talked about X", "called for X", "pointed to X").
CONTENT_PREPOSITIONS = ("about", "for", "of", "against", "on", "to", "over", "at", "with", "as")
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
    # The content lies outside the cue's sentence: after a colon that ends it ("He declared:")
    # or in the quotation just before it ("“…” Sexton said in an interview.").
    content_follows: bool = False
    content_precedes: bool = False


@dataclass
class SpeakerMemory:
    """What the article and earlier sentences established: its text and entity mentions (read
    once — spaCy rebuilds ``Doc.text`` and ``Doc.ents`` on every access), the last named speaker
    for pronouns, and an open quote that spans sentences."""

    text: str = ""
    mentions: list[Mention] = field(default_factory=list)
    place_spans: list[tuple[int, int]] = field(default_factory=list)  # names the places stage read as locations
    last_named: Attribution | None = None
    open_quote_end: int = -1
    open_quote_attribution: Attribution | None = None


def inside_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph: an odd number of
    double quotation marks before it. Opening and closing marks are not told apart, because
    copy mixes them (“…," or “…“) and an unmatched mark would otherwise leave a quote open."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    marks = before.count("“") + before.count("”") + before.count('"') + before.count("''")
    return marks % 2 == 1


QUOTE_RE = re.compile(r"“[^”]*”?|\"[^\"]*\"?|''.*?(?:''|$)", re.S)


def starts_with_quote(text: str) -> bool:
    return text.lstrip().startswith(("“", '"', "''"))


def quote_left_open(text: str, start: int, end: int) -> int:
    """Where the quotation still open at the end of ``text[start:end]`` closes (-1 when none is
    open, or it opened before ``start``). Counted from the paragraph start, since the parser
    may leave a quotation mark in the neighbouring sentence."""
    end = start + len(text[start:end].rstrip())
    if not inside_quotation(text, end):
        return -1
    paragraph_start = text.rfind("\n", 0, end) + 1
    opened_here = any(mark in text[max(start, paragraph_start) : end] for mark in ("“", '"', "''"))
    if not opened_here:
        return -1
    closes = [i for i in (text.find("”", end), text.find('"', end), text.find("''", end)) if i != -1]
    return min(closes) if closes else -1


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
    if lemma == "point":  # "pointed out that", "pointed to", not "pointed a gun"
        return any((c.dep_ == "prt" and c.lower_ == "out") or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children)
    if lemma in VERBAL_ATTACK_VERBS:
        return any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she", "i", "we", "you")) for c in token.children)
    return True


RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
# Phrases inside a source that make it anonymous whatever its head noun.
ANONYMITY_MARKERS = ("not to be named", "anonymity", "declined to be named", "not authorised", "not authorized", "on condition of", "asked not to be identified", "requested anonymity")
# "it seems", "it remains to be seen": an expletive "it", not an organisation speaking.
EXPLETIVE_IT_VERBS = {"seem", "appear", "mean", "remain", "matter", "feel", "look"}


def _subject(token):
    """The source of a reporting verb: its active subject. A passive cue ("was believed to") has
    no source in the text; a relative pronoun ("the UN, which warned …") is the source as
    written (its antecedent names it, see :func:`_antecedent`); a participle or a coordinated
    verb with no subject of its own ("…, saying that …", "… and added that …") shares the
    subject of the verb it hangs from."""
    for child in token.children:
        if child.dep_ == "nsubj" and (child.lower_ != "it" or token.lemma_.lower() not in EXPLETIVE_IT_VERBS):
            return child
    for child in token.children:  # "was first reported by The Washington Post"
        if child.dep_ == "agent":
            agents = [c for c in child.children if c.dep_ == "pobj"]
            if agents:
                return agents[0]
    if token.dep_ in ("advcl", "conj", "xcomp") and token.head.i != token.i and (token.tag_ == "VBG" or token.dep_ in ("conj", "xcomp")):
        if not any(c.dep_ in ("nsubjpass", "csubj") for c in token.children) and not (token.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in token.head.children)):
            return _subject(token.head)
    return None


def _antecedent(subject):
    """What a relative pronoun stands for: "the UN, which warned" -> "the UN"."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ in ("relcl", "acl") and subject.head.head.i != subject.head.i:
        return subject.head.head
    return subject


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
FIRST_PERSON = {"i", "we", "us", "our", "my", "me"}
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
    a_place = (named and all(x.label == "GPE" for x in named)) or any(s <= start and end <= e for s, e in memory.place_spans)
    if a_place and not any(sent.doc[i].lower_ in FIRST_PERSON or sent.doc[i].is_quote for i in content):
        return None  # "Burkina Faso: jihadists kill dozens": the story's place, not a speaker
    person = next((x.text for x in named if x.label == "PERSON"), None)
    attribution = Attribution(
        kind=AttributionKind.NAMED, source_text=label, source_name=person or label, cue=":",
        source_span=(start, end), cue_span=(colon, colon + 1),
    )
    root = min((t for t in sent if t.i in content), key=lambda t: _depth(t))
    return Attributed(attribution, root, content, [], content)


def find_attributions(sent, actors: list[ActorMention], memory: SpeakerMemory) -> list[Attributed]:
    """Attributions whose cue lies in this sentence, outermost first.

    A cue inside another's content ("X said the UN estimates that …") or inside quoted speech is
    part of what the outer source says, not a second attribution (PolNeAR marks such inner cues
    rarely): the outer content keeps it whole, and a hedging inner cue hedges the outer claim."""
    label = _speaker_label(sent, memory)
    if label is not None:
        return [label]
    found: list[Attributed] = []
    covered: set[int] = set()
    for token in sorted(sent, key=_depth):
        if token.i in covered or inside_quotation(memory.text, token.idx):
            continue
        attributed = (
            _verb_cue(token, sent, actors, memory) or _according_to(token, sent, actors, memory)
            or _stance(token, sent, actors, memory) or _noun_cue(token, sent, actors, memory)
        )
        if attributed is not None:
            found.append(attributed)
            covered |= attributed.content_tokens | {token.i}
            doc = sent.doc
            attributed.hedging_cues += [
                doc[i].text.lower() for i in sorted(attributed.content_tokens)
                if doc[i].lemma_.lower() in HEDGING_CUES and doc[i].pos_ == "VERB" and any(c.dep_ == "nsubj" for c in doc[i].children)
            ]
    return sorted(found, key=lambda a: min(a.content_tokens, default=0))


def _is_addressee(cue, obj) -> bool:
    return cue.lemma_.lower() in ADDRESSEE_OBJECT_VERBS or (obj.pos_ == "PRON" and obj.lower_ in ("me", "us", "him", "her", "them", "you") and any(c.dep_ in ("ccomp", "xcomp") for c in cue.children))


def _content_of_verb(cue) -> tuple[object, set[int], object] | None:
    """What a cue verb reports: (root token, content token indices, the last cue word — a
    particle or preposition that belongs to the cue, as in "called for").

    A clause is the content ("said that …", "vowed to …"); else the direct object and what
    predicates over it ("called her “a disgrace”", "described X as Y") unless the object is
    the addressee ("told reporters"); else the object of a content preposition ("talked about",
    "called for", "pointed to"). A cue that comments on its host clause ("X, he noted, is …",
    "As the paper reported, X") or follows its quote ("“…,” she said") reports the host."""
    lemma = cue.lemma_.lower()
    if lemma in PUNCTUATION_ONLY_VERBS:
        return None
    clause_only = lemma in CLAUSE_ONLY_VERBS
    for child in cue.children:
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and child.i > cue.i:
            return child, {t.i for t in child.subtree}, cue
    for child in cue.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            return child, {t.i for t in child.subtree}, cue
    objects = [c for c in cue.children if c.dep_ == "dobj" and not _is_addressee(cue, c)]
    predicates = [c for c in cue.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")]
    if objects and (not clause_only or predicates):
        tokens = set().union(*({t.i for t in c.subtree} for c in objects + predicates))
        return objects[0], tokens, cue
    if not clause_only:
        for child in cue.children:
            if child.dep_ != "prep" or child.i < cue.i or child.lower_ not in CONTENT_PREPOSITIONS:
                continue
            if child.lower_ == "to" and lemma not in TO_CONTENT_VERBS:
                continue
            if child.lower_ == "with" and lemma in ("speak", "talk", "meet"):
                continue
            pobjs = [c for c in child.children if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME")]
            if pobjs:
                return pobjs[0], {t.i for t in pobjs[0].subtree}, child
    # The cue sits in the clause it reports: "“…,” the minister said" (the parser makes the
    # quote the root), "X, he noted, is …", "As the paper reported, X …".
    host = cue.head
    if host.i != cue.i and host.pos_ in ("VERB", "AUX") and (
        cue.dep_ == "parataxis"
        or (cue.dep_ == "ccomp" and host.i < cue.i)
        or (cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children))
    ):
        return host, {t.i for t in host.subtree} - {t.i for t in cue.subtree}, cue
    return None


# What may stand beside a cue in a sentence that holds no content: "Sexton said in an
# interview on Monday.", "Borger asked."
CUE_ONLY_DEPS = {"aux", "neg", "advmod", "npadvmod", "prep", "agent", "dative", "cc", "intj"}
# Verbs that introduce speech after a colon or close a quotation before them.
SPEECH_VERBS = {
    "say", "tell", "add", "write", "tweet", "ask", "answer", "reply", "respond", "explain", "declare", "state",
    "note", "continue", "insist", "argue", "warn", "recall", "joke", "quip", "post", "shout", "remark", "observe",
    "conclude", "concede", "admit", "acknowledge", "announce", "predict", "suggest", "claim", "complain", "muse",
}


def _content_by_punctuation(cue, subject, sent, memory):
    """Content the parse missed, found from punctuation around a speech verb with a subject:
    the quotation in its sentence ("“…,” Sarandon told MSNBC Monday"), what follows its colon
    ("Daley said: “Of course.”"), or — when nothing but the source and the cue's adverbials is
    left — the next sentences after a final colon ("follows"), or the quotation just before the
    sentence ("precedes")."""
    source = {t.i for t in subject.subtree}
    text = memory.text
    colon = next((t for t in sent if t.i > cue.i and t.text == ":" and all(x.head.i == cue.i or x.i in source or x.is_punct for x in sent.doc[cue.i + 1 : t.i])), None)
    if colon is not None:
        after = {t.i for t in sent if t.i > colon.i and not t.is_space}
        if after:
            return sent.doc[min(after)], after, cue
        return "follows"
    quoted: set[int] = set()
    for m in QUOTE_RE.finditer(sent.text):
        lo, hi = sent.start_char + m.start(), sent.start_char + m.end()
        quoted |= {t.i for t in sent if lo <= t.idx < hi and t.i not in source and t.i != cue.i}
    if sum(1 for i in quoted if sent.doc[i].is_alpha) >= 2:
        return sent.doc[min(quoted)], quoted, cue
    modifiers = [c for c in cue.children if c.i not in source and not c.is_punct and not c.is_space]
    if cue.lemma_.lower() in SPEECH_VERBS and all(c.dep_ in CUE_ONLY_DEPS for c in modifiers):
        before = text[: sent.start_char].rstrip()
        if before.endswith(("”", '"', "''")):
            return "precedes"
    return None


def _verb_cue(cue, sent, actors, memory) -> Attributed | None:
    if not _is_cue(cue):
        return None
    subject = _subject(cue)
    if subject is None:
        return None
    found = _content_of_verb(cue) or _content_by_punctuation(cue, subject, sent, memory)
    if found is None:
        return None
    if found == "follows" or found == "precedes":
        attribution = _attribution_from_source(subject, cue, sent, actors, memory)
        return Attributed(attribution, cue, set(), [], set(), content_follows=found == "follows", content_precedes=found == "precedes")
    content, content_tokens, last_cue_word = found
    # "claimed responsibility for the attack", "claimed the bombing"
    responsibility = cue.lemma_.lower() == "claim" and any(
        c.lower_ == "responsibility" or (c.dep_ == "dobj" and c.lemma_.lower() in CLAIMABLE_ACTS) for c in cue.children
    )
    content_tokens = content_tokens - {t.i for t in subject.subtree} - {cue.i, last_cue_word.i}
    if not content_tokens:
        return None
    hedges = [cue.text.lower()] if cue.lemma_.lower() in HEDGING_CUES else []
    cue_text = memory.text[cue.idx : last_cue_word.idx + len(last_cue_word.text)] if last_cue_word.i > cue.i else None
    attribution = _attribution_from_source(subject, cue, sent, actors, memory, cue_text=cue_text)
    if responsibility:
        attribution = Attribution(**{**_as_kwargs(attribution), "cue": "claimed responsibility"})
    return Attributed(attribution, content, content_tokens, hedges, set(content_tokens))


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


# Nouns of saying and stance whose owner is the source: "Trump's criticism of the deal",
# "her claim that …", "the senator's call for an inquiry".
CUE_NOUNS = {
    "statement", "claim", "assertion", "allegation", "accusation", "charge", "argument", "comment", "remark",
    "criticism", "critique", "praise", "support", "opposition", "endorsement", "call", "plea",
    "demand", "request", "proposal", "plan", "promise", "pledge", "vow", "threat", "warning", "prediction",
    "estimate", "forecast", "view", "opinion", "belief", "position", "stance", "suggestion", "insistence",
    "complaint", "concern", "fear", "hope", "decision", "refusal", "denial", "admission", "acknowledgment",
    "announcement", "description", "characterization", "defense", "defence", "rejection", "condemnation",
    "question", "questions", "answer", "response", "reply", "explanation", "account", "assessment", "message",
}
NOUN_CONTENT_PREPOSITIONS = ("of", "for", "on", "about", "against", "to", "over", "that")


def _noun_cue(token, sent, actors, memory) -> Attributed | None:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CUE_NOUNS:
        return None
    owners = [c for c in token.children if c.dep_ == "poss"]
    if not owners:
        return None
    content = None
    for child in token.children:
        if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            content = (child, {t.i for t in child.subtree})  # "her claim that …"
            break
        if child.dep_ == "prep" and child.lower_ in NOUN_CONTENT_PREPOSITIONS and child.i > token.i:
            pobjs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if pobjs:
                content = (pobjs[0], {t.i for t in pobjs[0].subtree})
                break
    if content is None:
        return None
    owner = owners[0]
    attribution = _attribution_from_source(owner, token, sent, actors, memory)
    return Attributed(attribution, content[0], content[1], [], content[1])


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
    """Name, role and affiliation of a source phrase; pronouns resolved to the last named speaker,
    relative pronouns to their antecedent (the span stays the pronoun, the words that are the
    grammatical source, as with "he")."""
    antecedent = _antecedent(subject)
    if antecedent is not subject:
        named = _attribution_from_source(antecedent, cue, sent, actors, memory, cue_text)
        span = (subject.idx, subject.idx + len(subject.text))
        return Attribution(**{**_as_kwargs(named), "source_text": subject.text, "source_name": named.source_name or named.source_text, "source_span": span})
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
