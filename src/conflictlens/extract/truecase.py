"""Case for copy written in capitals only: wire, telex and radio transcripts ("GUERRILLAS
ATTACKED A POLICE POST IN SAN MIGUEL DEPARTMENT").

In: an article's text. Out: a copy for the tagger, parser and named-entity model to read — the
same length, every character the same letter, only its case changed — in sentence case with
names capitalised ("Guerrillas attacked a police post in San Miguel department"). The model
reads capitals as names; in all-capitals copy every word looks like one, so it tags and parses
the copy as a string of proper nouns, and the gazetteer finds a town in every word ("ON" is a
town in Belgium, "FIVE" one in Luxembourg).

Because only case changes, an offset into the copy is an offset into the original, and evidence
is still quoted from the original.

Which words are names:
- a word that is not English — not in the lemmatizer's word lists, not an inflection of a word
  there, not a stop word — is a name or a foreign word ("Usulutan", "Cristiani", "Delgado");
- an English word is a name when it, or the run of words it begins, is a notable place the
  gazetteer spells exactly that way ("PARIS", "LA PAZ") or an actor the dictionary knows
  ("SHINING PATH");
- a word without a vowel stays in capitals: it is an acronym ("FMLN", "PCN"); so does an
  acronym of three or more letters the actor dictionary knows ("ELN", "AUC") and that is no
  stop word ("WHO"), which lower case would hide from its case-sensitive match. (The
  lemmatizer's noun list holds most acronyms as words, "eln" and "plo" among them, so it
  cannot tell.)
- letters each closed by a full stop stay in capitals: an initialism ("U.S.", "U.N."), which in
  lower case reads as a sentence's end ("the Chilean-U.s.  Cultural institute"); the word after
  one is not taken for a sentence's first (telex spaces "U.S.  CITIZENS" as it spaces sentences).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Copy is all capitals when at least this share of its letters are, over enough letters to tell
# (a headline alone is often in capitals).
SHOUTING_SHARE = 0.8
MIN_LETTERS = 200

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A sentence starts the text, a paragraph, a bracketed tag's text ("[TEXT] THE ARMY …"), or
# follows a full stop, a wire dash or a colon with a space.
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:]['\"”’)\]]*\s+|\n\s*\n\s*|\]\s+|--\s*|[\"“]\s*)(?=[^\W\d_])")
_VOWELS = set("aeiouyáéíóúàèìòùâêîôûäëïöü")
_NAME_RUN = 3  # longest run of words looked up as one name ("SAN LUIS DE LA REINA" is read in parts)
# "ON 8 MAY A CAR … BLEW UP": the month beside a day's number, not the verb that the
# lexicon makes of it (read as "may", the sentence parses around a modal and loses its act)
_INITIALISM_RE = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")
_MAY_THE_MONTH_RE = re.compile(r"(?<=\b\d\s)may\b|(?<=\b\d\d\s)may\b|\bmay(?=\s+[0-3]?\d\b)")


def is_shouting(text: str) -> bool:
    """True when the text is written in capitals: SHOUTING_SHARE of MIN_LETTERS or more letters."""
    letters = upper = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            upper += ch.isupper()
    return letters >= MIN_LETTERS and upper >= SHOUTING_SHARE * letters


def _lower_keeping_length(text: str) -> str:
    # a few letters lower to two characters ("İ" → "i̇"): those keep their case
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)


def _stems(word: str) -> Iterable[str]:
    """The word and the forms it may be an inflection of: "attacked" → "attack", "attacke";
    "bombs" → "bomb"; "injuries" → "injury"; "running" → "run"."""
    yield word
    if word.endswith(("'s", "’s")):
        word = word[:-2]
        yield word
    for suffix, replacements in (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")),
                                 ("ing", ("", "e")), ("er", ("", "e")), ("est", ("", "e")), ("ly", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            for tail in replacements:
                yield base + tail
            if len(base) > 2 and base[-1] == base[-2]:
                yield base[:-1]  # a doubled consonant: "planned" → "plan"


class Truecaser:
    """Sentence case with names capitalised (see the module docstring).

    ``lexicon`` holds English words in lower case. ``is_notable_name`` says whether a phrase
    (as written, any case) is a place or actor name worth capitals even though its words are
    English. ``known_spans`` gives the (start, end) spans of actor names in a text.
    ``acronyms`` are words kept in capitals (see the module docstring for which).
    """

    def __init__(self, lexicon: frozenset[str], is_notable_name: Callable[[str], bool],
                 known_spans: Callable[[str], Iterable[tuple[int, int]]] = lambda text: (),
                 acronyms: Iterable[str] = ()) -> None:
        self.lexicon = lexicon
        self.is_notable_name = is_notable_name
        self.known_spans = known_spans
        # two letters are too often a word or a state's postal code in telex ("IS", "IN", "US")
        self.acronyms = frozenset(a for a in acronyms if len(a) >= 3)

    def is_english(self, word: str) -> bool:
        return any(stem in self.lexicon for stem in _stems(word.lower()))

    def __call__(self, text: str) -> str:
        out = list(_lower_keeping_length(text))
        lowered = "".join(out)
        words = list(_WORD_RE.finditer(text))

        def capitalise(start: int, end: int) -> None:
            for m in _WORD_RE.finditer(lowered, start, end):
                out[m.start()] = text[m.start()]

        for start, end in self.known_spans(lowered):
            capitalise(start, end)
        english = [self.is_english(m.group()) for m in words]
        i = 0
        while i < len(words):
            m = words[i]
            if (not any(ch in _VOWELS for ch in m.group().lower()) and len(m.group()) > 1) or m.group() in self.acronyms:
                out[m.start() : m.end()] = text[m.start() : m.end()]  # an acronym: "FMLN", "ELN"
                i += 1
                continue
            # the longest run of words, joined by single spaces or hyphens, that is a notable name
            run = 1
            for size in range(min(_NAME_RUN, len(words) - i), 1, -1):
                last = words[i + size - 1]
                gaps = [text[words[j].end() : words[j + 1].start()] for j in range(i, i + size - 1)]
                if all(g in (" ", "-") for g in gaps) and self.is_notable_name(text[m.start() : last.end()]):
                    run = size
                    break
            if run > 1 or not english[i] or self.is_notable_name(m.group()):
                capitalise(m.start(), words[i + run - 1].end())
            i += run
        initialism_ends = set()
        for m in _INITIALISM_RE.finditer(text):
            out[m.start() : m.end()] = text[m.start() : m.end()]
            initialism_ends.add(m.end())
        for m in _MAY_THE_MONTH_RE.finditer(lowered):
            out[m.start()] = text[m.start()].upper()
        for m in _SENTENCE_START_RE.finditer(lowered):
            position = m.end()
            if m.start() + 1 in initialism_ends:
                continue  # "the U.N. said", "ONE OF THE U.S.  CITIZENS": an initialism's stop, not a sentence's end
            out[position] = out[position].upper() if len(out[position].upper()) == 1 else out[position]
        return "".join(out)


def english_lexicon(nlp) -> frozenset[str]:
    """English words from the loaded spaCy pipeline: its lemmatizer's word lists and
    exceptions, and its stop words. Empty when the pipeline has no lookup lemmatizer tables."""
    words: set[str] = set(nlp.Defaults.stop_words)
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            for entries in lookups.get_table("lemma_index").values():
                words.update(w for w in entries if "_" not in w)
        if lookups.has_table("lemma_exc"):
            for table in lookups.get_table("lemma_exc").values():
                for form, lemmas in table.items():
                    words.add(form)
                    words.update(lemmas)
    return frozenset(w.lower() for w in words)
