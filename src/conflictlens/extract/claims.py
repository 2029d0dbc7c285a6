"""The claims stage: every content-bearing clause as a typed, attributed, hedged claim.

Reads ``spacy_doc``, ``actors``, ``events``, ``places``; adds ``claims``, ``profile``.

For each sentence the attribution module says who asserts what (or that nobody in the text
does). The content is split into clauses at coordinated verbs ("X continue to operate …, and
the number of attacks has increased …" is two claims). Each clause is then typed, in order of
precedence: responsibility, prediction, trend, quantitative, event report, pattern, evaluative,
statement — and its structured parts are kept whatever the type: a trend's direction, subject,
magnitude, period and place; a quantity's number, hedge and unit. The monitor checks those
against event counts later.

Certainty is FactBank-style: possible (may, might, could), probable (likely, estimates, over,
reportedly …) or certain. The provenance profile counts how many claims come from named sources,
anonymous ones and the outlet itself, and lists the loaded words the outlet uses in its own
voice — a description of the text, not a verdict on its truth.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import ClassVar

from ..model import (
    Attribution,
    AttributionKind,
    Certainty,
    Claim,
    ClaimKind,
    Evidence,
    FuzzyDate,
    ProvenanceProfile,
    QuantityClaim,
    TrendClaim,
    TrendDirection,
)
from ..pipeline import Document
from .attribution import Attributed, SpeakerMemory, find_attributions, quote_left_open, starts_with_quote
from .dates import find_dates
from .quantities import QUANTITY_RE, parse_quantity

STAGE = "claims/1"

TREND_UP = {"increase", "rise", "grow", "surge", "soar", "escalate", "intensify", "spike", "double", "triple", "expand", "mount", "climb", "jump", "worsen", "step", "heighten"}
TREND_DOWN = {"decrease", "decline", "drop", "fall", "reduce", "diminish", "ease", "subside", "halve", "shrink", "lessen", "plunge", "slow", "weaken", "dwindle"}
TREND_NOUNS = {"increase", "rise", "surge", "growth", "escalation", "spike", "upsurge", "uptick", "decrease", "decline", "drop", "fall", "reduction", "downturn", "trend"}
POSSIBLE_MODALS = {"may", "might", "could"}
POSSIBLE_WORDS = {"may", "might", "could", "possibly", "perhaps", "potentially", "possible", "conceivably"}
PROBABLE_WORDS = {"likely", "probably", "estimate", "estimates", "estimated", "believe", "believes", "believed", "expected", "apparently", "reportedly", "allegedly", "suspected", "seems", "appears", "suggest", "suggests", "presumably", "unconfirmed", "alleged"}
APPROXIMATION_HEDGES = {"over", "about", "around", "approximately", "nearly", "roughly", "some", "more than", "at least", "up to", "almost", "an estimated"}
PREDICTION_RE = re.compile(r"\b(will|shall|expects?|anticipates?|is (un)?likely to|are (un)?likely to|expected to|set to|poised to|going to|on course to|threatens? to|forecasts?|predicts?)\b", re.I)
CERTAIN_RE = re.compile(r"\b(it is (clear|obvious|evident|certain) that|undoubtedly|clearly|without (a )?doubt)\b", re.I)
VIOLENCE_LEMMAS = {"attack", "sabotage", "ambush", "kill", "bomb", "raid", "target", "shell", "abduct", "kidnap", "strike", "loot", "destabilize", "destabilise", "assassinate", "execute", "terrorize"}

# Loaded words an outlet may use in its own voice. Kept to terms that name or judge actors and
# situations; neutral wire vocabulary ("militants", "insurgents", "terrorist attack") is not here.
LOADED_TERMS = re.compile(
    r"\b(terrorists|gangs?|thugs|bandits|mercenar(y|ies)|crusaders|infidels|zionist entity|puppets?|junta|"
    r"regime|connivance|occupiers|invaders|aggressors?|martyrs?|heroic|cowardly|barbaric|savage|criminals|"
    r"henchmen|militias of|lackeys|[A-Z][A-Za-z]*-occupied|occupation forces|so-called (government|authorities|state|regime))\b"
)
QUOTE_MARK_RE = re.compile("[“”\"]|''")
EVALUATIVE_PREDICATES = {"beneficial", "harmful", "unacceptable", "shameful", "disgraceful", "illegal", "illegitimate", "criminal", "reckless", "irresponsible", "dangerous", "clear", "obvious", "evident", "outrageous", "absurd", "justified", "unjustified", "hypocritical", "cynical"}


class ClaimStage:
    name: ClassVar[str] = "claims"
    reads: ClassVar[frozenset[str]] = frozenset({"spacy_doc", "actors", "events", "places"})
    adds: ClassVar[frozenset[str]] = frozenset({"claims", "profile"})

    def __call__(self, doc: Document) -> Document:
        article = doc.article
        text = article.text
        memory = SpeakerMemory(text=text, mentions=doc.mentions, place_spans=[(p.evidence.start, p.evidence.end) for p in doc.places if p.is_location])
        claims: list[Claim] = []
        event_spans = [(e.evidence.start, e.evidence.end) for e in doc.events]
        # Sentences of a quotation whose speaker is named only after it closes:
        # “The road is closed. We cannot get food in,” the mayor said.
        waiting: list = []

        def whole(sent) -> set[int]:
            return {t.i for t in sent if not t.is_space}

        def settle(attribution: Attribution) -> None:
            for earlier in waiting:
                claims.extend(self._claims_for(doc, earlier, Attributed(attribution, earlier.root, whole(earlier), []), event_spans))
            waiting.clear()

        # Quotation sentences the outlet seemed to assert, kept until the paragraph moves on: a
        # speaker named right after them ("Borger asked.") takes them back.
        unclaimed_quotes: list[tuple[object, list[Claim]]] = []
        # The speaker of the last quotation in this paragraph: a new quotation that follows
        # ("“…,” he said. “…”") is the same speaker going on.
        quoting: Attribution | None = None
        previous_end = 0
        for sent in doc.spacy_doc.sents:
            paragraph_break = "\n\n" in text[previous_end : sent.start_char]
            previous_end = sent.start_char + len(sent.text.rstrip())  # a sentence keeps its trailing blank lines
            if paragraph_break:
                unclaimed_quotes.clear()
                quoting = None
            short = sum(1 for t in sent if t.is_alpha) < 4
            if waiting and "\n\n" in text[waiting[-1].end_char : sent.start_char]:
                settle(Attribution(kind=AttributionKind.OUTLET))  # the paragraph ended: a scare quote
            inside_quote = sent.start_char < memory.open_quote_end and memory.open_quote_attribution is not None
            # Inside a quote opened in an earlier sentence the same speaker goes on; an "I think"
            # there is the speaker hedging, not a new source.
            # (cues inside the quotation are skipped by find_attributions; one after it closes counts)
            attributed = find_attributions(sent, doc.actors, memory)
            if inside_quote and not attributed:
                attributed = [Attributed(memory.open_quote_attribution, sent.root, whole(sent), [])]
            elif not attributed and quoting is not None and starts_with_quote(sent.text):
                attributed = [Attributed(quoting, sent.root, whole(sent), [])]
            if short and not any(a.content_precedes or a.content_follows for a in attributed):
                continue
            opened = quote_left_open(text, sent.start_char, sent.end_char) != -1
            if not attributed and (opened or waiting):
                waiting.append(sent)  # an open quotation with no speaker yet
                continue
            if waiting:
                named = next((a.attribution for a in attributed if a.attribution.kind is not AttributionKind.OUTLET), None)
                settle(named or Attribution(kind=AttributionKind.OUTLET))
            if not attributed:
                outlet = Attributed(Attribution(kind=AttributionKind.OUTLET), sent.root, whole(sent), [])
                made = self._claims_for(doc, sent, outlet, event_spans)
                claims.extend(made)
                if QUOTE_MARK_RE.search(sent.text):
                    unclaimed_quotes.append((sent, made))
                else:
                    unclaimed_quotes.clear()
                quoting = None
                continue
            if (rest := _unattributed_main_clause(sent, attributed)):
                # "Armed groups routinely attack villages and kill civilians they accuse of
                # collaborating": the cue sits in an aside; the main clause is the outlet's own
                claims.extend(self._claims_for(doc, sent, Attributed(Attribution(kind=AttributionKind.OUTLET), sent.root, rest, []), event_spans))
            for item in attributed:
                if item.content_precedes and unclaimed_quotes:
                    for earlier, made in unclaimed_quotes:
                        claims[:] = [c for c in claims if not any(c is m for m in made)]
                        claims.extend(self._claims_for(doc, earlier, Attributed(item.attribution, earlier.root, whole(earlier), []), event_spans))
                claims.extend(self._claims_for(doc, sent, item, event_spans))
                self._remember(sent, item, memory)
            unclaimed_quotes.clear()
            speaking = [a for a in attributed if a.attribution.kind is not AttributionKind.OUTLET]
            quoting = speaking[-1].attribution if speaking and QUOTE_MARK_RE.search(sent.text) else None
        settle(Attribution(kind=AttributionKind.OUTLET))
        claims.sort(key=lambda c: c.evidence.start)
        doc.claims = claims
        doc.profile = _profile(claims, text)
        return doc

    # ------------------------------------------------------------------ per attribution

    def _claims_for(self, doc: Document, sent, item: Attributed, event_spans) -> list[Claim]:
        article = doc.article
        stated_on = None
        if item.attribution.kind is not AttributionKind.OUTLET:
            outside = [t for t in sent if t.i not in item.content_tokens]
            if outside:
                lo, hi = outside[0].idx, outside[-1].idx + len(outside[-1].text)
                dates = [d for d in find_dates(article.text[lo:hi], article.published, offset=lo) if not _inside(d.start, item.content_tokens, sent)]
                stated_on = dates[0].date if dates else None
        claims = []
        # An attributed object may be a word or two ("endorsed Cruz", "denounced the remarks");
        # the outlet's own fragments of under three words are headings and captions, not claims.
        min_words = 1 if item.attribution.kind is not AttributionKind.OUTLET else 3
        for clause_tokens in _split_clauses(item.content_root, item.content_tokens):
            tokens = sorted((sent.doc[i] for i in clause_tokens), key=lambda t: t.i)
            tokens = _trim(tokens, keep_complementizer=item.attribution.kind is not AttributionKind.OUTLET)
            if sum(1 for t in tokens if t.is_alpha) < min_words:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            text = article.text[start:end]
            claims.append(self._claim(doc, tokens, start, end, text, item, stated_on, event_spans))
        return claims

    def _claim(self, doc, tokens, start, end, text, item: Attributed, stated_on, event_spans) -> Claim:
        article = doc.article
        lemmas = {t.lemma_.lower() for t in tokens}
        # "may" the modal, not "May" the month
        words = {t.lower_ for t in tokens if t.lower_ not in POSSIBLE_MODALS or t.tag_ == "MD"}
        hedges = list(item.hedging_cues)
        hedges += sorted(w for w in words & (POSSIBLE_WORDS | PROBABLE_WORDS) if w not in hedges)
        quantity = _quantity(tokens, text, start, article.published)
        if quantity and quantity.quantity.hedge and quantity.quantity.hedge in APPROXIMATION_HEDGES:
            hedges.append(quantity.quantity.hedge)
        trend = _trend(tokens, article, doc.places, start, end)
        evaluative = sorted({m.group(0) for m in LOADED_TERMS.finditer(text)})
        evaluative_predicate = any(t.lower_ in EVALUATIVE_PREDICATES and t.dep_ in ("acomp", "attr", "ROOT", "amod") and t.head.lemma_ == "be" or (t.lower_ in EVALUATIVE_PREDICATES and t.dep_ == "acomp") for t in tokens)
        responsibility = item.attribution.cue == "claimed responsibility"
        if responsibility:
            kind = ClaimKind.RESPONSIBILITY
        elif PREDICTION_RE.search(text):
            kind = ClaimKind.PREDICTION
        elif trend is not None:
            kind = ClaimKind.TREND
        elif quantity is not None:
            kind = ClaimKind.QUANTITATIVE
        elif any(s < end and start < e for s, e in event_spans):
            kind = ClaimKind.EVENT_REPORT
        elif _is_pattern(tokens, headline=_in_headline(article, start)):
            kind = ClaimKind.PATTERN
        elif evaluative or evaluative_predicate or any(t.lemma_.lower() in ("connivance",) for t in tokens):
            kind = ClaimKind.EVALUATIVE
        else:
            kind = ClaimKind.STATEMENT
        if evaluative_predicate:
            evaluative += [t.text for t in tokens if t.lower_ in EVALUATIVE_PREDICATES]
        return Claim(
            kind=kind,
            evidence=Evidence(article.id, start, end, text, STAGE),
            attribution=item.attribution,
            certainty=_certainty(text, hedges, words, lemmas),
            hedges=tuple(dict.fromkeys(hedges)),
            stated_on=stated_on,
            quantity=quantity,
            trend=trend,
            evaluative_terms=tuple(dict.fromkeys(evaluative)),
        )

    @staticmethod
    def _remember(sent, item: Attributed, memory: SpeakerMemory) -> None:
        attribution = item.attribution
        if attribution.kind is AttributionKind.NAMED:
            memory.last_named = attribution
        text = memory.text
        if attribution.kind is AttributionKind.OUTLET:
            return
        paragraph_end = text.find("\n\n", sent.end_char)
        if item.content_follows:
            # "He declared:" — the content is the text after it, to the end of the next paragraph
            next_start = len(text) - len(text[sent.end_char :].lstrip())
            end = text.find("\n\n", next_start)
            memory.open_quote_end = len(text) if end == -1 else end
            memory.open_quote_attribution = attribution
            return
        # a quote opened in this sentence and not closed in it goes on into the next ones
        close = quote_left_open(text, sent.start_char, sent.end_char)
        if close != -1 and (paragraph_end == -1 or close < paragraph_end):
            memory.open_quote_end = close
            memory.open_quote_attribution = attribution


def _unattributed_main_clause(sent, attributed: list[Attributed]) -> set[int]:
    """The sentence's tokens outside every attribution, when its main verb is among them and no
    attribution is the outlet's own; else nothing. A cue in a relative clause or an aside
    leaves the main clause to the outlet."""
    if any(a.attribution.kind is AttributionKind.OUTLET for a in attributed):
        return set()
    if not all(_cue_in_aside(sent, a.attribution.cue_span) for a in attributed):
        return set()  # "The leader's criticism of the budget dominated the debate": the cue is the clause's own
    taken: set[int] = set()
    for item in attributed:
        taken |= item.content_tokens | item.outer_tokens
        for span in (item.attribution.source_span, item.attribution.cue_span):
            if span is not None:
                taken |= {t.i for t in sent if span[0] <= t.idx < span[1]}
    if sent.root.i in taken or sent.root.pos_ not in ("VERB", "AUX"):
        return set()
    rest = {t.i for t in sent if t.i not in taken and not t.is_space and not t.is_punct}
    return rest if sum(1 for i in rest if sent.doc[i].is_alpha) >= 4 else set()


def _cue_in_aside(sent, cue_span: tuple[int, int] | None) -> bool:
    """Whether an attribution's cue hangs in a relative clause, an apposition or a coordinated
    clause of the sentence, not in its main clause."""
    cue = next((t for t in sent if cue_span is not None and cue_span[0] <= t.idx < cue_span[1]), None)
    while cue is not None and cue.head.i != cue.i:
        if cue.dep_ in ("relcl", "acl", "appos", "conj"):
            return True  # …or in a clause joined to the main one ("attack villages and [they] accuse …")
        cue = cue.head
    return False


def _inside(char: int, token_ids: set[int], sent) -> bool:
    return any(sent.doc[i].idx <= char < sent.doc[i].idx + len(sent.doc[i].text) for i in token_ids)


def _split_clauses(root, content: set[int]) -> list[set[int]]:
    """Split content at coordinated verbs: each conjunct verb with its own subtree is a clause."""
    conjuncts = [c for c in root.subtree if c.i in content and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.head.pos_ in ("VERB", "AUX") and _same_clause_level(c, root)]
    if not conjuncts:
        return [content]
    clauses = []
    remaining = set(content)
    for conj in sorted(conjuncts, key=lambda t: -t.i):
        part = {t.i for t in conj.subtree} & remaining
        remaining -= part
        clauses.append(part)
    clauses.append(remaining)
    return sorted((c for c in clauses if c), key=min)


def _same_clause_level(conj, root) -> bool:
    """Only split coordinations of the content's own predicate chain, not deep inside a relative
    clause ("militants who have undergone training and returned"). spaCy makes a new Token object
    on every access, so tokens are compared by index."""
    head = conj.head
    while head.i != root.i and head.dep_ in ("conj", "xcomp", "ccomp") and head.head.i != head.i:
        head = head.head
    return head.i == root.i


def _trim(tokens, keep_complementizer: bool = False):
    """Drop conjunctions, punctuation and quote marks at the clause edges, and complementizers
    except where the clause is reported speech: "said that …" keeps its "that", as PARC and
    PolNeAR mark the content."""
    def droppable(t) -> bool:
        if keep_complementizer and t.lower_ in ("that", "whether", "if") and t.dep_ == "mark":
            return False
        return t.is_punct or t.is_space or t.dep_ in ("mark", "cc") or t.lower_ in ("that", "and", "but")

    while tokens and droppable(tokens[0]):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def _quantity(tokens, text: str, start: int, published) -> QuantityClaim | None:
    date_chars = set()
    for d in find_dates(text, published, offset=start):
        date_chars.update(range(d.start, d.end))
    for token in tokens:
        if not token.like_num or token.idx in date_chars or token.dep_ != "nummod":
            continue
        head = token.head
        if head.pos_ != "NOUN" or head.ent_type_ in ("ORG", "GPE", "PERSON", "DATE", "TIME") or "." in token.text:
            continue
        window_start = max(start, token.idx - 25)
        window = text[window_start - start : token.idx - start + len(token.text) + 12]
        best = None
        for m in QUANTITY_RE.finditer(window):
            if window_start + m.start() <= token.idx < window_start + m.end():
                best = m
        if best is None:
            continue
        quantity = parse_quantity(best)
        if quantity is not None:
            return QuantityClaim(quantity=quantity, unit=head.lemma_ if head.tag_ != "NNS" else head.text.lower())
    return None


def _trend(tokens, article, places, start: int, end: int) -> TrendClaim | None:
    for token in tokens:
        lemma = token.lemma_.lower()
        direction = None
        subject = None
        if token.pos_ == "VERB" and (lemma in TREND_UP or lemma in TREND_DOWN) and not _is_intention(token):
            direction = TrendDirection.UP if lemma in TREND_UP else TrendDirection.DOWN
            subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            target = obj if obj is not None and lemma in TREND_DOWN | {"double", "triple", "step", "heighten", "expand"} else subj
            if target is not None:
                subject = _phrase(target)
        elif token.pos_ == "NOUN" and lemma in TREND_NOUNS and not (token.dep_ == "pobj" and token.head.lower_ in OBJECTED_TO):
            # "protests against tax increases": the rise is what is protested, not a change reported
            if lemma == "trend":
                towards = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("towards", "toward", "to", "of")), None)
                direction = TrendDirection.UP
                subject = _phrase(towards) if towards is not None else None
            else:
                direction = TrendDirection.UP if lemma in {"increase", "rise", "surge", "growth", "escalation", "spike", "upsurge", "uptick"} else TrendDirection.DOWN
                of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
                subject = _phrase(next(iter(c for c in of.children if c.dep_ == "pobj"), of)) if of is not None else None
        if direction is None:
            continue
        magnitude = next((c.text for c in token.children if c.dep_ in ("advmod", "amod") and c.lower_ not in ("not", "also", "only", "still")), None)
        periods = [d.date for d in find_dates(article.text[start:end], article.published, offset=start)]
        period: FuzzyDate | None = periods[0] if periods else None
        place = next((p.name for p in places if p.is_location and start <= p.evidence.start < end), None)
        return TrendClaim(direction=direction, subject=subject or "", magnitude=magnitude, period=period, place=place)
    return None


OBJECTED_TO = {"against", "over", "about", "despite"}
INTENTION_VERBS = {"strive", "seek", "try", "aim", "plan", "intend", "want", "hope", "attempt", "vow", "threaten", "wish", "pledge", "promise", "need"}


def _is_intention(token) -> bool:
    """"strives to expand the area": an aim, not a reported change."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENTION_VERBS


def _phrase(token) -> str:
    tokens = list(token.subtree)
    return "".join(t.text_with_ws for t in tokens).strip()


HABITUAL_RE = re.compile(r"\b(regularly|routinely|often|frequently|usually|typically|repeatedly|constantly|continue[sd]? to|keep on|every (day|week|night))\b", re.I)


LEADING_SPACE = re.compile(r"\s*")


def _in_headline(article, start: int) -> bool:
    """Whether a claim starts in the article's headline, which opens its text."""
    title = (article.title or "").strip()
    if not title or start >= len(title):
        return False
    return article.text.startswith(title, LEADING_SPACE.match(article.text).end())


def _is_pattern(tokens, *, headline: bool = False) -> bool:
    """Habitual or generic violence: present-tense or habitual attack verbs with no occasion. A
    headline tells a past event in the present ("Drone strike kills two"): there only habitual
    words make a pattern."""
    habitual = bool(HABITUAL_RE.search(" ".join(t.text for t in tokens)))
    for t in tokens:
        if t.lemma_.lower() not in VIOLENCE_LEMMAS or t.pos_ != "VERB":
            continue
        if habitual:
            return True
        if headline:
            continue
        if t.tag_ in ("VBP", "VBZ"):
            return True
        # the tagger sometimes reads a present-tense verb with a subject and no auxiliary as VB
        if t.tag_ == "VB" and any(c.dep_ == "nsubj" for c in t.children) and not any(c.dep_ == "aux" for c in t.children):
            return True
        if t.tag_ == "VBG" and (t.dep_ in ("pcomp", "ROOT", "xcomp") or any(c.lower_ in ("is", "are") for c in t.children)):
            return True
    return False


def _certainty(text: str, hedges: list[str], words: set[str], lemmas: set[str]) -> Certainty:
    if CERTAIN_RE.search(text):
        return Certainty.CERTAIN
    if words & POSSIBLE_WORDS:
        return Certainty.POSSIBLE
    if hedges or words & PROBABLE_WORDS:
        return Certainty.PROBABLE
    return Certainty.CERTAIN


def _profile(claims: list[Claim], text: str) -> ProvenanceProfile:
    total = len(claims)
    kinds = Counter(c.attribution.kind for c in claims)
    outlet_terms: list[str] = []
    for claim in claims:
        if claim.attribution.kind is AttributionKind.OUTLET:
            outlet_terms.extend(m.group(0) for m in LOADED_TERMS.finditer(claim.evidence.text))
    if total == 0:
        return ProvenanceProfile(claims=0, named=0.0, anonymous=0.0, unattributed=0.0)
    return ProvenanceProfile(
        claims=total,
        named=kinds[AttributionKind.NAMED] / total,
        anonymous=kinds[AttributionKind.ANONYMOUS] / total,
        unattributed=kinds[AttributionKind.OUTLET] / total,
        outlet_evaluative_terms=tuple(dict.fromkeys(outlet_terms)),
    )
