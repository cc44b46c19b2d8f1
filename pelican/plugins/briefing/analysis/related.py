"""Related articles: what to read next, by shared topics and shared rare terms.

Every article's terms (content words and two-word names) go into one inverted index
(term -> articles). An article's candidates are the other articles in the postings of its
rarest terms: terms used by more than ``max(25, 2% of articles)`` articles are skipped, and
an article visits at most ``_KEY_TERMS`` terms and ``_POSTINGS_BUDGET`` postings, so the work
is bounded per article and the build is linear in the number of articles. Shared topics then
add weight to each candidate, looked up per pair rather than by walking topic postings; an
article sharing only topics and no rare term is therefore never a candidate.

Scores use the key terms of the article being read, so A -> B and B -> A may differ.
"""

from __future__ import annotations

import heapq
import math
import re
import sys
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from ..model import Article, Related, TopicMatch
from ..text.calendar import is_calendar_name
from ..text.lexicon import FUNCTION_WORDS, NEWS_WORDS, SPEECH_VERBS

_MIN_TERM_CAP = 25
_TERM_CAP_SHARE = 0.02
# Only an article's rarest terms look for candidates, and they may visit at most this many
# postings in all: a hard bound on the work per article, whatever the corpus.
_KEY_TERMS = 40
_POSTINGS_BUDGET = 500
# A shared topic is worth this many shared terms of the same rarity.
_TOPIC_WEIGHT = 2.0
_SHARED_TERMS_SHOWN = 5

# Letters, joined by hyphens or apostrophes except a possessive "'s" ("hamas's" -> "hamas").
_WORD = re.compile(r"[^\W\d_]+(?:(?:-|['’](?!s\b))[^\W\d_]+)*")
# Capitalised words on one line; inner dots only ("U.S"), so no run crosses a sentence end.
_NAME = re.compile(r"[A-Z][\w'’\-]*(?:\.[\w'’\-]+)*(?:[ \t]+[A-Z][\w'’\-]*(?:\.[\w'’\-]+)*)+")
_POSSESSIVE = re.compile(r"['’]s\Z")
# Function words, speech verbs, calendar names: too common in news to say what an article is about.
_STOPWORDS = FUNCTION_WORDS | SPEECH_VERBS | NEWS_WORDS


@dataclass(frozen=True)
class _Index:
    """Terms, postings and rarity weights of one corpus, built once per call."""

    terms: Mapping[str, Collection[str]]
    postings: Mapping[str, tuple[str, ...]]
    term_weight: Mapping[str, float]
    topics: Mapping[str, frozenset[str]]
    topic_weight: Mapping[str, float]


def relate(
    articles: Sequence[Article],
    topic_matches: Mapping[str, Sequence[TopicMatch]],
    limit: int = 5,
    terms: Mapping[str, str] | None = None,
) -> dict[str, tuple[Related, ...]]:
    """Return, per article slug, up to ``limit`` other articles to read next, best first.

    ``terms`` gives each article's ``article_terms`` when the per-article stage found them
    (and the cache kept them); missing ones are found here."""
    index = _index(articles, topic_matches, terms or {})
    return {article.slug: _related(index, article.slug, limit) for article in articles}


def article_terms(article: Article) -> str:
    """The article's terms (content words and two-word names), one per line, in order: the
    words of a whole corpus read again on every build were most of the related stage's time."""
    return "\n".join(sorted(_terms(article)))


def _index(
    articles: Sequence[Article],
    topic_matches: Mapping[str, Sequence[TopicMatch]],
    found: Mapping[str, str],
) -> _Index:
    """Build the inverted index of terms and the topic sets of all articles."""
    terms = {
        article.slug: _term_set(found[article.slug]) if article.slug in found else _terms(article)
        for article in articles
    }
    topics = {
        slug: frozenset(match.topic for match in topic_matches.get(slug, ())) for slug in terms
    }
    postings = _postings(terms)
    cap = max(_MIN_TERM_CAP, int(len(terms) * _TERM_CAP_SHARE))
    rare = {term: slugs for term, slugs in postings.items() if 2 <= len(slugs) <= cap}
    term_weight = {term: _rarity(len(terms), len(slugs)) for term, slugs in rare.items()}
    topic_postings = _postings(topics)
    topic_weight = {t: _rarity(len(terms), len(slugs)) for t, slugs in topic_postings.items()}
    return _Index(terms, rare, term_weight, topics, topic_weight)


def _postings(sets: Mapping[str, Collection[str]]) -> dict[str, tuple[str, ...]]:
    """Return key -> sorted slugs of the articles whose set holds the key."""
    postings: dict[str, list[str]] = defaultdict(list)
    for slug in sorted(sets):
        for key in sets[slug]:
            postings[key].append(slug)
    return {key: tuple(slugs) for key, slugs in postings.items()}


def _rarity(articles: int, frequency: int) -> float:
    """Return an idf-like weight: the fewer articles share something, the more it counts."""
    return math.log((articles + 1) / frequency)


def _term_set(lines: str) -> tuple[str, ...]:
    """The terms ``article_terms`` wrote, one per line (each once), as shared strings."""
    # Interned and in a tuple: as a set of strings of their own, 10,000 articles' terms took
    # 158 MB, the largest thing a build held; they are only ever read in a row.
    return tuple(map(sys.intern, lines.split("\n"))) if lines else ()


def _terms(article: Article) -> frozenset[str]:
    """Return the lower-cased content words and two-word names of an article."""
    texts = [article.title, *(paragraph.text for paragraph in article.paragraphs)]
    terms: set[str] = set()
    for text in texts:
        terms.update(_content_words(text))
        terms.update(_names(text))
    return frozenset(terms)


def _content_words(text: str) -> list[str]:
    """Return the words of ``text`` that carry meaning, lower-cased, possessives dropped."""
    words = _WORD.findall(text.lower())
    return [
        word
        for word in words
        if len(word) > 2 and word not in _STOPWORDS and not is_calendar_name(word)
    ]


def _names(text: str) -> list[str]:
    """Return the last two words of each run of capitalised words ("antony blinken")."""
    names = []
    for run in _NAME.findall(text):
        words = [_POSSESSIVE.sub("", word.lower()) for word in run.split()]
        while words and (words[0] in _STOPWORDS or is_calendar_name(words[0])):  # "On Friday"
            words.pop(0)
        if len(words) >= 2:
            names.append(" ".join(words[-2:]))
    return names


def _related(index: _Index, slug: str, limit: int) -> tuple[Related, ...]:
    """Return the best ``limit`` candidates of one article, ties broken by slug."""
    candidates = _candidates(index, slug)
    # Few distinct topic sets exist, so each one's bonus is summed once per article.
    bonuses: dict[frozenset[str], float] = {}
    scored = [
        (-_score(index, slug, other, terms, bonuses), other) for other, terms in candidates.items()
    ]
    best = heapq.nsmallest(limit, scored)
    return tuple(_explain(index, slug, other, candidates[other], -score) for score, other in best)


def _candidates(index: _Index, slug: str) -> dict[str, list[str]]:
    """Return the other articles sharing one of ``slug``'s key terms, with those terms."""
    shared: dict[str, list[str]] = defaultdict(list)
    for term in _key_terms(index, slug):
        for other in index.postings[term]:
            if other != slug:
                shared[other].append(term)
    return shared


def _key_terms(index: _Index, slug: str) -> list[str]:
    """Return the rarest usable terms of an article, within the postings budget."""
    usable = sorted(
        (term for term in index.terms[slug] if term in index.postings),
        key=lambda term: _rarest_first(index, term),
    )
    key_terms, visits = [], 0
    for term in usable[:_KEY_TERMS]:
        visits += len(index.postings[term])
        if visits > _POSTINGS_BUDGET:
            break
        key_terms.append(term)
    return key_terms


def _rarest_first(index: _Index, term: str) -> tuple[int, int, str]:
    """Sort key: fewest articles first, then names before single words, then alphabetical."""
    return len(index.postings[term]), -term.count(" "), term


def _score(
    index: _Index,
    slug: str,
    other: str,
    shared_terms: list[str],
    bonuses: dict[frozenset[str], float],
) -> float:
    """Score one candidate pair: its shared rare terms plus its shared topics."""
    topics = index.topics[other]
    if topics not in bonuses:
        shared_topics = index.topics[slug] & topics
        # In a fixed order: a set's order changes with each process's string hashing, and the
        # float sum with it, in its last bit, which then decides ties between candidates.
        weights = (index.topic_weight[t] for t in sorted(shared_topics))
        bonuses[topics] = _TOPIC_WEIGHT * sum(weights)
    return sum(map(index.term_weight.__getitem__, shared_terms)) + bonuses[topics]


def _explain(
    index: _Index, slug: str, other: str, shared_terms: list[str], score: float
) -> Related:
    """Return the link to ``other`` with its shared topics and terms, rarest first."""
    topics = sorted(index.topics[slug] & index.topics[other])
    topics.sort(key=lambda topic: -index.topic_weight[topic])
    shown = tuple(shared_terms[:_SHARED_TERMS_SHOWN])
    return Related(other, round(score, 4), tuple(topics), shown)
