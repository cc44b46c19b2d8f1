"""Topic assignment: which paragraphs of an article are on which topic of the taxonomy, and why.

Terms are found with ``phrases`` (whole words, any case, simple plurals, longest first), in one
pass over each paragraph's words, so the cost is linear in the words of the corpus; whether a
paragraph is near a name of the briefing's subject is then one pass over the paragraphs.

Rules (also explained to editors at the top of ``content/taxonomy.yml``):

- a paragraph's score for a topic is the sum of the weights of the distinct terms found in
  it, outside its courtesies (``text.courtesy``: thanks, greetings, addresses), and the paragraph is on the topic when the score reaches the topic's threshold;
- when the taxonomy has a ``context``, terms count only in paragraphs about the briefing's
  subject. A paragraph that names the subject (one of the context's names) always counts; one
  that names another story (``elsewhere``) and not the subject never does; any other counts
  when the scope allows: never (``paragraph``), when the paragraph just before or after names
  the subject (``neighbours``), or when the article names the subject in at least as many
  paragraphs as other stories (``article``);
- editors' front-matter changes come last: a removed topic is dropped, an added one covers
  the whole article.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Article, Paragraph, SubjectContext, Taxonomy, Topic, TopicMatch
from ..text.courtesy import without_courtesies
from .phrases import Found, Lexicon, build_lexicon, find_phrases

# Weights are editor-written decimals whose sums are inexact (0.1 + 0.2); allow for it.
_SLACK = 1e-9


def assign_topics(article: Article, taxonomy: Taxonomy) -> tuple[TopicMatch, ...]:
    """Return why each paragraph of ``article`` is on each topic, after editors' changes."""
    lexicon = _lexicon(taxonomy)
    # A courtesy ("Thank you, Secretary-General, for your briefing.") is on no topic.
    found = [
        find_phrases(lexicon, without_courtesies(paragraph.text))
        for paragraph in article.paragraphs
    ]
    counts = _counting(taxonomy, found)
    removed = set(article.topics_removed)
    matches = tuple(
        match
        for paragraph, terms, counted in zip(article.paragraphs, found, counts, strict=True)
        if counted
        for match in _paragraph_matches(taxonomy, article.slug, paragraph, terms)
        if match.topic not in removed
    )
    return matches + _added(article, taxonomy, {match.topic for match in matches})


@lru_cache(maxsize=8)
def _lexicon(taxonomy: Taxonomy) -> Lexicon:
    """Return the lexicon of every topic's terms, then the context's names and other stories'."""
    context = taxonomy.context or SubjectContext(())
    groups = [tuple(term.phrase for term in topic.terms) for topic in taxonomy.topics]
    subject = len(groups)
    names = frozenset((subject, subject + 1))
    return build_lexicon([*groups, context.names, context.elsewhere], names)


def _counting(taxonomy: Taxonomy, found: list[Found]) -> list[bool]:
    """Return, per paragraph, whether its terms count, from the subject names near it."""
    context = taxonomy.context
    if context is None:
        return [True] * len(found)
    subject, elsewhere = len(taxonomy.topics), len(taxonomy.topics) + 1
    named = [subject in terms for terms in found]
    other = [elsewhere in terms and not name for terms, name in zip(found, named, strict=True)]
    if context.scope == "article":
        about = any(named) and sum(named) >= sum(other)
        return [name or (about and not away) for name, away in zip(named, other, strict=True)]
    if context.scope == "neighbours":
        return [
            named[at] or (not other[at] and any(named[max(0, at - 1) : at + 2]))
            for at in range(len(found))
        ]
    return named


def _paragraph_matches(
    taxonomy: Taxonomy, slug: str, paragraph: Paragraph, found: Found
) -> list[TopicMatch]:
    """Return the paragraph's matches, one per topic that reaches its threshold."""
    topics = taxonomy.topics
    matches = (
        _match(topics[i], slug, paragraph, found[i]) for i in sorted(found) if i < len(topics)
    )
    return [match for match in matches if match is not None]


def _match(
    topic: Topic, slug: str, paragraph: Paragraph, surfaces: dict[int, str]
) -> TopicMatch | None:
    """Return the paragraph's match for ``topic``, or None below the threshold."""
    score = sum(topic.terms[index].weight for index in surfaces)
    if score < topic.threshold - _SLACK:
        return None
    # A wording of weight 0 only keeps a word from counting: it explains nothing.
    terms = tuple(text for index, text in surfaces.items() if topic.terms[index].weight > 0)
    return TopicMatch(topic.slug, slug, paragraph.anchor, terms, round(score, 6))


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
