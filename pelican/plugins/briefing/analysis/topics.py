"""Topic assignment: which paragraphs of an article are on which topic of the taxonomy, and why.

A paragraph is split into words once; phrases are looked up by the form of their first word
in a lexicon built once per taxonomy, so the cost is linear in the words of the corpus.

Matching rule (also explained to editors at the top of ``content/taxonomy.yml``):

- a term matches case-insensitively on whole words (``UN`` never inside ``funding``);
- each word of a term also matches its regular plural or -s form: ``+s``, ``+es``, and
  ``y`` -> ``ies`` after a consonant (hostage/hostages, casualty/casualties);
- the words of a term match across spaces or a hyphen (``cease fire`` ~ ``cease-fire``);
- where terms of one topic overlap in the text, the longest (in words) wins;
- a paragraph's score is the sum of the weights of the distinct terms found in it, and the
  paragraph is on the topic when the score reaches the topic's threshold.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from ..model import Article, Paragraph, Taxonomy, Topic, TopicMatch

# Weights are editor-written decimals whose sums are inexact (0.1 + 0.2); allow for it.
_SLACK = 1e-9
# A word: letters and digits, with inner dots kept so that "U.N." is one word ("u.n").
_WORD = re.compile(r"\w+(?:\.\w+)*")
# What may stand between two words of one phrase: spaces, or a hyphen or dash.
_GAP = re.compile(r"\s*[-\u2010\u2011\u2013]\s*|\s+")
_CONSONANT_Y = re.compile(r"[^aeiou]y\Z")


@dataclass(frozen=True)
class _Phrase:
    """One term, as the accepted lower-case forms of each of its words."""

    topic: int
    """Index of the topic in the taxonomy."""
    term: int
    """Index of the term in the topic."""
    words: tuple[frozenset[str], ...]


def assign_topics(article: Article, taxonomy: Taxonomy) -> tuple[TopicMatch, ...]:
    """Return why each paragraph of ``article`` is on each topic, after editors' changes."""
    lexicon = _lexicon(taxonomy)
    removed = set(article.topics_removed)
    found = tuple(
        match
        for paragraph in article.paragraphs
        for match in _paragraph_matches(taxonomy, lexicon, article.slug, paragraph)
        if match.topic not in removed
    )
    return found + _added(article, taxonomy, {match.topic for match in found})


@lru_cache(maxsize=8)
def _lexicon(taxonomy: Taxonomy) -> Mapping[str, tuple[_Phrase, ...]]:
    """Return, per form of a first word, the phrases starting with it, longest first."""
    lexicon: dict[str, list[_Phrase]] = defaultdict(list)
    for topic_index, topic in enumerate(taxonomy.topics):
        for term_index, term in enumerate(topic.terms):
            words = tuple(_forms(word) for word in _WORD.findall(term.phrase.lower()))
            for form in words[0] if words else ():
                lexicon[form].append(_Phrase(topic_index, term_index, words))
    ordered = {form: tuple(sorted(ps, key=lambda p: -len(p.words))) for form, ps in lexicon.items()}
    return MappingProxyType(ordered)


def _forms(word: str) -> frozenset[str]:
    """Return a word and its regular plural or -s forms (+s, +es, consonant-y -> ies)."""
    if _CONSONANT_Y.search(word):
        return frozenset((word, word[:-1] + "ies"))
    if word[-1].isalpha():
        return frozenset((word, word + "s", word + "es"))
    return frozenset((word,))


def _paragraph_matches(
    taxonomy: Taxonomy, lexicon: Mapping[str, tuple[_Phrase, ...]], slug: str, paragraph: Paragraph
) -> list[TopicMatch]:
    """Return the paragraph's matches, one per topic that reaches its threshold."""
    words = list(_WORD.finditer(paragraph.text))
    lowered = [word.group().lower() for word in words]
    surfaces: dict[int, dict[int, str]] = defaultdict(dict)
    free: dict[int, int] = defaultdict(int)  # per topic, the first word not inside a match
    for start, form in enumerate(lowered):
        for phrase in lexicon.get(form, ()):
            if free[phrase.topic] > start:
                continue
            end = _phrase_end(phrase, paragraph.text, words, lowered, start)
            if end:
                text = paragraph.text[words[start].start() : words[end - 1].end()]
                # Keep the first wording of each term, in reading order: the explanation.
                surfaces[phrase.topic].setdefault(phrase.term, " ".join(text.split()))
                free[phrase.topic] = end
    found = (_match(taxonomy.topics[i], slug, paragraph, surfaces[i]) for i in sorted(surfaces))
    return [match for match in found if match is not None]


def _phrase_end(
    phrase: _Phrase, text: str, words: list[re.Match[str]], lowered: list[str], start: int
) -> int:
    """Return the index after the phrase's last word if it matches at ``start``, else 0."""
    end = start + len(phrase.words)
    if end > len(words):
        return 0
    for offset in range(1, len(phrase.words)):
        at = start + offset
        if lowered[at] not in phrase.words[offset]:
            return 0
        if not _GAP.fullmatch(text, words[at - 1].end(), words[at].start()):
            return 0
    return end


def _match(
    topic: Topic, slug: str, paragraph: Paragraph, surfaces: dict[int, str]
) -> TopicMatch | None:
    """Return the paragraph's match for ``topic``, or None below the threshold."""
    score = sum(topic.terms[index].weight for index in surfaces)
    if score < topic.threshold - _SLACK:
        return None
    return TopicMatch(topic.slug, slug, paragraph.anchor, tuple(surfaces.values()), round(score, 6))


def _added(article: Article, taxonomy: Taxonomy, matched: set[str]) -> tuple[TopicMatch, ...]:
    """Return one whole-article match per topic an editor added that the text did not give."""
    known = {topic.slug for topic in taxonomy.topics}
    removed = set(article.topics_removed)
    wanted = dict.fromkeys(article.topics_added)
    return tuple(
        TopicMatch(slug, article.slug, None, (), 0.0)
        for slug in wanted
        if slug in known and slug not in matched and slug not in removed
    )
