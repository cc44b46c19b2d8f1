"""Entity stage: find gazetteer names in an article, and names the gazetteer lacks.

Matching rules (also explained to editors at the top of ``content/gazetteer.yml``):

- every name and alias matches on word boundaries, so "UN" never matches inside "funding"
  and "Israel" never inside "Israeli"; a possessive ("Hamas's", "Israel's") still matches;
- an ALL-CAPS alias (US, UN, CIA) matches only as written;
- an alias that starts with a capital ("Burns") matches only where the text capitalises it,
  the other letters in any case ("JERUSALEM");
- an alias that starts in lower case ("health ministry in Gaza") matches in any case;
- the longest match wins and matches never overlap ("UN Security Council" is one mention);
- when two entities share an alias, the first in the gazetteer wins.

Candidates are runs of capitalised words outside any mention, such as "Antony Blinken" when the
gazetteer lacks him. A run is dropped when it is one word at the start of a sentence, when it is
a single word the article also writes in lower case (a capitalised common noun, "Resolution"),
or when it is made only of month and day names, titles and common sentence-start words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from ..model import Article, Candidate, Gazetteer, Mention, Paragraph
from ..text.calendar import is_calendar_name
from ..text.lexicon import ARABIC_ARTICLES, FUNCTION_WORDS, NAME_CONNECTORS, TITLES, alternation
from ..text.sentences import CLAUSE_OPENERS, sentence_starts


@dataclass(frozen=True)
class EntityFindings:
    """What the entity stage found in one article."""

    mentions: tuple[Mention, ...]
    """Gazetteer entities named in the article, in reading order."""
    candidates: tuple[Candidate, ...]
    """Names that look like entities but are not in the gazetteer, first occurrence each."""


class _Token(NamedTuple):
    """A word of a paragraph, as the candidate finder sees it."""

    word: str  # without possessive or final full stop
    kind: str  # "name", "connector" or "other"
    start: int
    end: int
    ends_name: bool  # a possessive or a full stop: no name runs on past it


class _Alias(NamedTuple):
    """One way of writing an entity's name, with the case rule it is matched under."""

    text: str
    entity: str
    case: str  # "exact", "capital" or "any"


# A capitalised word (maybe after an Arabic article: "al-Sisi", with inner hyphens or
# apostrophes, a final full stop) or a connector, each starting a word.
_NAME_OR_CONNECTOR = re.compile(
    rf"(?<![\w'’.-])(?:(?:(?:{alternation(ARABIC_ARTICLES)})-)?[A-ZÀ-ÖØ-Þ]\w*(?:[-'’.]\w+)*\.?"
    rf"|(?:{alternation(NAME_CONNECTORS)})(?![\w'’-]))"
)
_TITLE_OF = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")


def find_mentions(article: Article, gazetteer: Gazetteer) -> EntityFindings:
    """Return the gazetteer mentions and the candidate names in ``article``."""
    automaton = _automaton(gazetteer)
    lower_words = _lower_words(article)
    mentions: list[Mention] = []
    candidates: dict[str, Candidate] = {}
    for paragraph in article.paragraphs:
        found = _paragraph_mentions(article.slug, paragraph, automaton)
        mentions.extend(found)
        for name in _candidate_names(paragraph.text, found, lower_words):
            candidates.setdefault(name, Candidate(name, article.slug, paragraph.anchor))
    return EntityFindings(tuple(mentions), tuple(candidates.values()))


@functools.lru_cache(maxsize=8)
def _automaton(gazetteer: Gazetteer) -> ahocorasick.Automaton | None:
    """Build the matcher for ``gazetteer`` once: lower-cased alias -> its spellings."""
    spellings: dict[str, list[_Alias]] = {}
    for entity in gazetteer.entities:
        for text in dict.fromkeys((entity.name, *entity.aliases)):
            if text.strip():
                spellings.setdefault(_lower(text), []).append(
                    _Alias(text, entity.id, _case_rule(text))
                )
    if not spellings:
        return None
    automaton = ahocorasick.Automaton()
    for key, aliases in spellings.items():
        automaton.add_word(key, (key, tuple(aliases)))
    automaton.make_automaton()
    return automaton


def _case_rule(alias: str) -> str:
    """Return how strictly ``alias`` must match the case of the text."""
    if alias.isupper():
        return "exact"
    return "capital" if alias[0].isupper() else "any"


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few letters grow when lower-cased)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _paragraph_mentions(
    slug: str, paragraph: Paragraph, automaton: ahocorasick.Automaton | None
) -> list[Mention]:
    """Return the longest non-overlapping mentions in one paragraph, in reading order."""
    if automaton is None:
        return []
    text = paragraph.text
    matches = sorted(_matches(text, automaton), key=lambda m: (m[0] - m[1], m[0]))
    taken = bytearray(len(text))
    kept = []
    for start, end, entity in matches:
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            kept.append(Mention(entity, slug, paragraph.anchor, start, end, text[start:end]))
    return sorted(kept, key=lambda mention: mention.start)


def _matches(text: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int, str]]:
    """Return every ``(start, end, entity)`` whose alias fits word boundaries and case."""
    found = []
    for last, (key, aliases) in automaton.iter(_lower(text)):
        start, end = last + 1 - len(key), last + 1
        if _is_boundary(text, start - 1) and _is_boundary(text, end):
            entity = _first_fitting(text[start:end], aliases)
            if entity:
                found.append((start, end, entity))
    return found


def _is_boundary(text: str, index: int) -> bool:
    """Tell whether ``text[index]`` is outside the text or not part of a word."""
    return index < 0 or index >= len(text) or not text[index].isalnum()


def _first_fitting(surface: str, aliases: tuple[_Alias, ...]) -> str | None:
    """Return the entity of the first alias whose case rule accepts ``surface``."""
    for alias in aliases:
        if alias.case == "any" or (alias.case == "capital" and surface[0].isupper()):
            return alias.entity
        if alias.case == "exact" and surface == alias.text:
            return alias.entity
    return None


def _lower_words(article: Article) -> frozenset[str]:
    """Return the words the article writes in lower case somewhere."""
    return frozenset(word for p in article.paragraphs for word in _LOWER_WORD.findall(p.text))


def _candidate_names(text: str, mentions: list[Mention], lower_words: frozenset[str]) -> list[str]:
    """Return the runs of capitalised words in ``text`` that no mention covers."""
    covered = bytearray(len(text))
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    names = []
    starts = frozenset(sentence_starts(text))
    for run in _runs(text, _tokens(text, covered)):
        at_start = _opens_sentence(text, run[0].start, starts)
        if len(run) > 1 or not (at_start or run[0].word.lower() in lower_words):
            names.append(" ".join(token.word for token in run))
    return names


def _tokens(text: str, covered: bytearray) -> list[_Token]:
    """Return the name words and connectors of ``text``; other words only break runs."""
    tokens = []
    for match in _NAME_OR_CONNECTOR.finditer(text):
        raw, start, end = match.group(), match.start(), match.end()
        if raw in NAME_CONNECTORS:
            tokens.append(_Token(raw, "connector", start, end, False))
        elif not any(covered[start:end]) and _is_name_word(raw, text[max(0, start - 40) : start]):
            ends_name = raw.endswith(".") or _POSSESSIVE.search(raw.rstrip(".")) is not None
            tokens.append(_Token(_bare(raw), "name", start, end, ends_name))
    return tokens


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Group name words, and connectors between them, that only spaces separate."""
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    for token in tokens:
        joined = run and not run[-1].ends_name and text[run[-1].end : token.start].isspace()
        if joined and token.kind != "other":
            run.append(token)
            continue
        runs.append(run)
        run = [token] if token.kind == "name" else []
    runs.append(run)
    return [_trim_connectors(run) for run in runs if run]


def _trim_connectors(run: list[_Token]) -> list[_Token]:
    """Drop connectors that end a run ("Egypt of" is not a name)."""
    while run[-1].kind == "connector":
        run = run[:-1]
    return run


def _is_name_word(raw: str, before: str) -> bool:
    """Tell whether a capitalised word can be part of a name, given the text before it."""
    key = _bare(raw).lower()
    if is_calendar_name(key) or key in FUNCTION_WORDS or key in TITLES:
        return False
    # "Secretary of State": the word after "<title> of" completes the title.
    title_of = _TITLE_OF.search(before)
    return not (title_of and title_of.group(1).lower() in TITLES)


def _bare(word: str) -> str:
    """Return ``word`` without a possessive or a sentence-final full stop."""
    word = word[:-1] if word.endswith(".") and word.count(".") == 1 else word
    return _POSSESSIVE.sub("", word)


def _opens_sentence(text: str, index: int, sentence_starts: frozenset[int]) -> bool:
    """Tell whether the word at ``index`` starts a sentence, a quotation or an aside."""
    return index in sentence_starts or text[:index].rstrip().endswith(CLAUSE_OPENERS)
