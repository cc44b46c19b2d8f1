"""Topic assignment: which paragraphs of an article are on which topic of the taxonomy, and why.

Matching rule (also explained to editors at the top of ``content/taxonomy.yml``):

- a term matches case-insensitively on whole words (``UN`` never inside ``funding``);
- each word of a term also matches its regular plural or -s form: ``+s``, ``+es``, and
  ``y`` -> ``ies`` after a consonant (hostage/hostages, casualty/casualties);
- the words of a term match across spaces or a hyphen (``cease fire`` ~ ``cease-fire``);
- where terms of one topic overlap in the text, the longest wins;
- a paragraph's score is the sum of the weights of the distinct terms found in it, and the
  paragraph is on the topic when the score reaches the topic's threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.model import Article, Paragraph, Taxonomy, Term, Topic, TopicMatch

# Weights are editor-written decimals whose sums are inexact (0.1 + 0.2); allow for it.
_SLACK = 1e-9
_PHRASE_WORDS = re.compile(r"[^\s\-]+")
_BETWEEN_WORDS = r"(?:\s*[-\u2010\u2011\u2013]\s*|\s+)"
_CONSONANT_Y = re.compile(r"[^aeiou]y\Z", re.IGNORECASE)


@dataclass(frozen=True)
class _Matcher:
    """One topic and the compiled pattern of its terms (group ``t<i>`` is term ``i``)."""

    topic: Topic
    pattern: re.Pattern[str]


def assign_topics(article: Article, taxonomy: Taxonomy) -> tuple[TopicMatch, ...]:
    """Return why each paragraph of ``article`` is on each topic, after editors' changes."""
    removed = set(article.topics_removed)
    matchers = [matcher for matcher in _matchers(taxonomy) if matcher.topic.slug not in removed]
    found = tuple(
        match
        for paragraph in article.paragraphs
        for matcher in matchers
        if (match := _match(matcher, article.slug, paragraph)) is not None
    )
    return found + _added(article, taxonomy, {match.topic for match in found})


@lru_cache(maxsize=8)
def _matchers(taxonomy: Taxonomy) -> tuple[_Matcher, ...]:
    """Compile each topic's terms once per taxonomy (this runs for every article)."""
    return tuple(_Matcher(topic, _compile(topic.terms)) for topic in taxonomy.topics)


def _compile(terms: tuple[Term, ...]) -> re.Pattern[str]:
    """Return one alternation of all terms, longest phrase first so that it wins overlaps."""
    numbered = [(index, term) for index, term in enumerate(terms) if term.phrase.strip()]
    numbered.sort(key=lambda item: -len(item[1].phrase))
    alternatives = [f"(?P<t{index}>{_phrase_pattern(term.phrase)})" for index, term in numbered]
    # A topic without terms gets a pattern that never matches.
    body = "|".join(alternatives) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _phrase_pattern(phrase: str) -> str:
    """Return the pattern of one phrase: its words, inflected, across spaces or hyphens."""
    return _BETWEEN_WORDS.join(_word_pattern(word) for word in _PHRASE_WORDS.findall(phrase))


def _word_pattern(word: str) -> str:
    """Return the pattern of a word and its regular plural (+s, +es, y -> ies)."""
    if _CONSONANT_Y.search(word):
        return re.escape(word[:-1]) + "(?:y|ies)"
    if word[-1].isalpha():
        return re.escape(word) + "(?:e?s)?"
    return re.escape(word)


def _match(matcher: _Matcher, article: str, paragraph: Paragraph) -> TopicMatch | None:
    """Return the paragraph's match for the matcher's topic, or None below the threshold."""
    surfaces: dict[int, str] = {}
    for found in matcher.pattern.finditer(paragraph.text):
        # Keep the first wording of each term, in reading order: the reader's explanation.
        surfaces.setdefault(int(str(found.lastgroup)[1:]), " ".join(found.group().split()))
    topic = matcher.topic
    score = sum(topic.terms[index].weight for index in surfaces)
    if not surfaces or score < topic.threshold - _SLACK:
        return None
    return TopicMatch(
        topic.slug, article, paragraph.anchor, tuple(surfaces.values()), round(score, 6)
    )


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
