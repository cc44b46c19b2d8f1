"""Find numeric claims in an article: the number, what it counts, who claims it and as of when.

Decisions (documented for editors and readers of the method page):

- Not figures: dates (``October 7``, ``Feb. 21, 2024``), years (four digits 1800-2100 without a
  comma), ages (``60-year-old``, ``aged 60``), ordinals (``sixth``, ``3rd``), clock times, time
  windows (``the past 24 hours``, ``six months ago``), numbers in names (``Resolution 2728``,
  ``F-16``), vague amounts (``hundreds of thousands``, ``dozens``) and a lone ``one`` or ``a``
  (more often a pronoun or an article than a count).
- Institution sizes are figures: ``47 member nations`` counts ``members``, ``13,000 staff`` ``staff``.
- ``qualifier`` is one of: at least, more than, nearly, about, up to, fewer than, at most, or None
  (``over`` -> more than, ``around``/``some``/``roughly`` -> about, ``almost`` -> nearly).
- ``counted`` is a measure key from ``_AFTER_CUES``/``_VERB_BEFORE`` and the rules in ``_counted``;
  an unknown measure is ``count``. A one-day increment (``in the past 24 hours``, ``overnight``)
  gets the suffix ``-daily`` (``killed-daily``), so daily increments never mix with totals.
- ``subject`` is the noun after the number as written (``Hamas fighters``); a bare number in a list
  (``28 countries voted in favor, 13 abstained``) takes the previous one, ``12 of its 13,000 staff``
  the next one; money without a noun is counted in its currency's name (``dollars``).
- ``attribution``: the nearest ``according to X`` in the sentence; else the speaker of the nearest
  reporting verb before the number (``the Israeli military said``), else after it (``, the ministry
  said``); a pronoun speaker (``he said``) or none gives the outlet (``article.source``).
  A leading ``a``/``an`` is dropped, ``the`` is kept.
- ``as_of``: the day of a date in the same sentence introduced by ``on`` or ``during`` and not after
  ``since`` (``taken hostage on Oct. 7, 2023`` -> 2023-10-07, ``killed during Hamas' October 7
  attack`` -> 2023-10-07); otherwise the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ..model import Article, Event, Figure, Paragraph
from .timeline import SENTENCE_BREAK, find_events

_QUALIFIERS = {
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "an estimated": "about",
    "up to": "up to",
    "as many as": "up to",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "at most": "at most",
}
_UNITS = re.findall(
    r"\w+",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen",
)
_TENS = re.findall(r"\w+", "twenty thirty forty fifty sixty seventy eighty ninety")
_WORD_VALUES = (
    {"a": 1, "an": 1, "half a": 0.5}
    | {word: float(value) for value, word in enumerate(_UNITS, 1)}
    | {word: float(value) for value, word in zip(range(20, 100, 10), _TENS, strict=True)}
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}
_CURRENCY_NAMES = {"USD": "dollars", "EUR": "euros", "GBP": "pounds"}

_QUALIFIER = "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
_NUMBER_WORD = "|".join(
    ["half\\ a", "an?", *_UNITS, f"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[:9])}))?"]
)
_NUMBER = re.compile(
    rf"""
    (?<!\w)(?=[\w$€£])  # a number or its qualifier starts a token; this test makes the scan cheap
    (?:(?P<qualifier>\b(?:{_QUALIFIER}))\s+)?
    (?P<currency>US\$|\$|€|£)?
    (?:(?P<digits>(?<![\w.,:/-])(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?!\w)))
      |(?P<word>\b(?:{_NUMBER_WORD})\b))
    (?:\s+(?P<scale>thousand|million|billion|trillion)\b)?
    (?:-(?P<span>hour|day|week|month|year)\b(?!-))?
    (?:\s*(?P<percent>%|percent\b|per\ cent\b))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+{_MONTH}(?!\w)")
_AGE = re.compile(r"^(?:-years?-old|\s+years?\s+old|-month-old)")
_AGE_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
_CLOCK = re.compile(r"^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b))")
_TIME_UNIT = re.compile(r"^\s+(hour|day|week|month|year)s?\b", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(r"\b(?:past|last|previous|next|coming|first|final)\s+$", re.I)
_AGO = re.compile(r"^\s+\w+\s+ago\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<=\S\s)\b([A-Z][A-Za-z]*)\s+$")
_CALENDAR_WORDS = re.compile(rf"^(?:{_MONTH}|[A-Z][a-z]+day)$")

# Words that end the noun after a number: "33 people are", "1,160 deaths in Israel".
_SUBJECT_STOP = re.compile(
    r"of|to|in|on|at|by|for|from|with|and|or|but|are|is|was|were|have|has|had|be|been|being|will"
    r"|would|could|may|might|who|which|that|since|according|than|as|also|still|thought|said|per"
    r"|an?|the|its|their|his|her|this|these|those|there|here|more|against|into|under|over|about"
    r"|after|before|during|including|among|across|like|near|\w+ed|\w+ing",
    re.IGNORECASE,
)
# A list item or a share: "28 countries voted, 13 abstained"; "12 of its 13,000 staff".
_OF_NEXT = re.compile(r"^\s+of\s+(?:its|the|their|his|her|our)?\s*$", re.IGNORECASE)
_OF_NOUN = re.compile(r"\s+of\s+(?:(?:its|the|their|his|her|our)\s+)?(?=[^\W\d])", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b")
_FAMINE = re.compile(r"\b(?:famine|starv\w*|hunger|malnutrition)\b", re.IGNORECASE)
_MONEY_GIVEN = re.compile(
    r"\b(?:pledg|giv|gave|donat|provid|contribut|grant|fund|aid|announc)", re.I
)
_ACCUSED = re.compile(r"\b(?:accus|alleg|suspect)\w*", re.IGNORECASE)
_STAFF = re.compile(r"\b(?:staff|employees|workers)\b", re.IGNORECASE)
_MEMBERS = re.compile(r"\bmembers?\b", re.IGNORECASE)
_FIGHTERS = re.compile(r"\b(?:fighters|militants|combatants|terrorists|gunmen|operatives)\b", re.I)
_HOSTAGES = re.compile(r"\b(?:hostages?|captives?)\b", re.IGNORECASE)
_GENERIC = re.compile(r"^(?:people|persons|others|)$", re.IGNORECASE)
_VOTES = (
    (
        "votes-for",
        re.compile(r"^\s*(?:\w+\s+)?(?:vot(?:ed|ing)\s+(?:in\s+favou?r|for)|in\s+favou?r|backed)"),
    ),
    (
        "votes-against",
        re.compile(r"^\s*(?:\w+\s+)?(?:vot(?:ed|ing)\s+against|opposed|against|rejected)"),
    ),
    ("abstentions", re.compile(r"^\s*(?:\w+\s+)?(?:abstain\w*|abstentions?)")),
)
# A verb just before the number governs it: "have killed 440", "arrested over 350".
_VERB_BEFORE = (
    ("killed", re.compile(r"\b(?:killed|kill|kills|killing)\s*$", re.I)),
    ("arrested", re.compile(r"\b(?:arrested|detained|arrest|detain)\s*$", re.I)),
    ("wounded", re.compile(r"\b(?:wounded|injured)\s*$", re.I)),
    ("hostages-taken", re.compile(r"\b(?:took|seized|abducted|kidnapped)\s*$", re.I)),
    ("displaced", re.compile(r"\bdisplaced\s*$", re.I)),
)
# Cues after the number, first one wins; hostage cues count only in a hostage context.
_AFTER_CUES = (
    ("hostages-taken", re.compile(r"\b(?:seized|taken|abducted|kidnapped|snatched)\b", re.I)),
    ("hostages-held", re.compile(r"\b(?:still|remain\w*|held|captivity)\b", re.I)),
    ("hostages-dead", re.compile(r"\b(?:dead|died|deceased|bodies)\b", re.I)),
    ("hostages-released", re.compile(r"\b(?:released|freed|rescued)\b", re.I)),
    ("killed", re.compile(r"\b(?:killed|dead|died|deaths?|fatalities|death toll)\b", re.I)),
    ("wounded", re.compile(r"\b(?:wounded|injured|hurt)\b", re.I)),
    ("arrested", re.compile(r"\b(?:arrested|detained|apprehended)\b", re.I)),
    (
        "people-sheltering",
        re.compile(r"\b(?:shelter\w*|confined|gathered|crammed|huddled)\b", re.I),
    ),
    ("displaced", re.compile(r"\b(?:displaced|fled|uprooted)\b", re.I)),
)
# Cues after the number stop at the next clause: "hostages were rescued in a raid which killed 274".
_AFTER_BREAK = re.compile(r";|\b(?:which|who|that|when|while|whereas|but|and)\b")
_TOLL_BEFORE = re.compile(r"\b(?:death toll|toll)\b", re.IGNORECASE)
_DAILY = re.compile(
    r"\b(?:(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|(?:past|last)\s+day|overnight"
    r"|in\s+a\s+(?:single\s+)?day|per\s+day|daily)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:total|toll|overall|cumulative|in all|since)\b", re.IGNORECASE)

_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:an?\s+)?(?P<source>(?:[^,.;:()\"“”]|\.(?=\w))+)", re.IGNORECASE
)
_REPORTING = re.compile(
    r"\b(?:said|says|say|claimed|claims|claim|announced|announces|declared|declares|stated|"
    r"reported|told|tells|estimated|estimates|accused|accuses|confirmed|confirms|added|noted|"
    r"warned|cautioned|informed|tallied|counted|recorded)\b"
)
_SPEAKER_CLAUSE = re.compile(r"[,;:()\"“”—–]|--")
_AUXILIARIES = re.compile(
    r"have|has|had|also|reportedly|previously|earlier|later|officially", re.IGNORECASE
)
# Words that end the speaker before a reporting verb: "where Palestinian officials claim".
_SPEAKER_STOP = re.compile(
    r"after|before|but|or|and|that|which|who|whom|whose|where|when|while|as|since|because|if"
    r"|though|although|so|then|meanwhile|however|than|on|at|with|by|to",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"he|she|they|it|it's|we|i|you|this|these|those|someone|one", re.I)
_DATING = re.compile(r"\b(?:on|during)\s+(?:\S+\s+)?$", re.IGNORECASE)
# Measures of things that happen on a day; only these take the day their sentence gives.
_EVENT_MEASURES = frozenset(
    re.findall(
        r"\S+",
        "killed fighters-killed wounded arrested displaced hostages-taken hostages-released "
        "votes-for votes-against abstentions",
    )
)
_CONTRAST = re.compile(r";|\b(?:while|whereas|but)\b")


@dataclass(frozen=True)
class _Number:
    """A number found in a sentence, before its subject and measure are settled."""

    found: re.Match
    value: float
    unit: str
    subject: str


def find_figures(article: Article) -> tuple[Figure, ...]:
    """Return the numeric claims of an article in reading order."""
    found = [
        (sentence, figure)
        for paragraph in article.paragraphs
        for sentence in SENTENCE_BREAK.split(paragraph.text)
        for figure in _sentence_figures(article, paragraph, sentence)
    ]
    dated = _dated_sentences(article, {f.anchor for _, f in found if _is_event_measure(f)})
    figures = []
    for sentence, figure in found:
        day = dated.get((figure.anchor, sentence))
        figures.append(replace(figure, as_of=day) if day and _is_event_measure(figure) else figure)
    return tuple(figures)


def _is_event_measure(figure: Figure) -> bool:
    """Tell a count of things that happen on a day (killed, arrested, votes...) from the rest."""
    return figure.counted.removesuffix("-daily") in _EVENT_MEASURES


def _dated_sentences(article: Article, anchors: set[str]) -> dict[tuple[str, str], date]:
    """Return, per (anchor, sentence), the day a date introduced by "on"/"during" gives it."""
    # Only paragraphs with figures that can be dated are read for dates: the costly part.
    paragraphs = tuple(p for p in article.paragraphs if p.anchor in anchors)
    dated: dict[tuple[str, str], date] = {}
    for event in find_events(replace(article, paragraphs=paragraphs)) if paragraphs else ():
        if event.date and event.date <= article.date and _dates_sentence(event):
            dated.setdefault((event.anchor, event.text), event.date)
    return dated


def _dates_sentence(event: Event) -> bool:
    """Tell whether an event's date applies to the facts of its sentence (see module doc)."""
    before = event.text[: event.text.find(event.when)]
    on_day = event.when.lower().startswith("on ") or bool(_DATING.search(before))
    return on_day and "since" not in before.lower()


def _sentence_figures(article: Article, paragraph: Paragraph, sentence: str) -> list[Figure]:
    """Return the figures of one sentence, as of the publication date."""
    numbers = [number for found in _NUMBER.finditer(sentence) if (number := _number(found))]
    numbers = [n for n in numbers if not _is_excluded(sentence, n.found)]
    numbers = _settle_subjects(sentence, numbers)
    return [_figure(article, paragraph, sentence, numbers, index) for index in range(len(numbers))]


def _figure(
    article: Article, paragraph: Paragraph, sentence: str, numbers: list[_Number], index: int
) -> Figure:
    """Return the figure of the number at ``index`` among the sentence's numbers."""
    number, found = numbers[index], numbers[index].found
    previous_end = numbers[index - 1].found.end() if index else 0
    next_start = numbers[index + 1].found.start() if index + 1 < len(numbers) else None
    before, after = sentence[previous_end : found.start()], sentence[found.end() : next_start]
    return Figure(
        text=found.group(0),
        value=number.value,
        qualifier=_QUALIFIERS.get((found.group("qualifier") or "").lower()),
        counted=_counted(number, before, after, paragraph.text),
        subject=number.subject,
        attribution=_attribution(sentence, found.start(), found.end()) or article.source,
        as_of=article.date,
        article=article.slug,
        anchor=paragraph.anchor,
        unit=number.unit,
    )


def _number(found: re.Match) -> _Number | None:
    """Return the value and unit of a match, or None for a lone "one"/"a"."""
    word = (found.group("word") or "").lower()
    scale = _SCALES[found.group("scale").lower()] if found.group("scale") else 1.0
    if word and scale == 1.0 and not found.group("span") and _word_value(word) <= 1:
        return None
    amount = float(found.group("digits").replace(",", "")) if not word else _word_value(word)
    return _Number(found, amount * scale, _unit(found), "")


def _word_value(word: str) -> float:
    """Return the value of a number word such as ``six`` or ``twenty-five``."""
    return sum(_WORD_VALUES[part] for part in word.split("-"))


def _unit(found: re.Match) -> str:
    """Return the unit of a match: currency code, time unit, percent, or empty for a count."""
    if found.group("currency"):
        return _CURRENCIES[found.group("currency").lower()]
    if found.group("span"):
        return found.group("span").lower()
    if found.group("percent"):
        return "percent"
    unit = _TIME_UNIT.match(found.string[found.end() :])
    return unit.group(1).lower() if unit else ""


def _is_excluded(sentence: str, found: re.Match) -> bool:
    """Tell dates, years, ages, clock times, time windows and names from figures."""
    before, after = sentence[: found.start()], sentence[found.end() :]
    digits = found.group("digits") or ""
    bare = not (found.group("qualifier") or found.group("currency") or found.group("scale"))
    is_year = bare and digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2100
    window = _TIME_UNIT.match(after) and (_WINDOW_BEFORE.search(before) or _AGO.match(after))
    return bool(
        is_year
        or _DATE_BEFORE.search(before)
        or _DATE_AFTER.match(after)
        or _AGE.match(after)
        or _AGE_BEFORE.search(before)
        or _CLOCK.match(after)
        or window
        or (bare and digits and _is_name(before))
    )


def _is_name(before: str) -> bool:
    """Tell a number that is part of a name ("Resolution 2728") by the capitalised word before it."""
    name = _NAME_BEFORE.search(before)
    return bool(name) and not _CALENDAR_WORDS.match(name.group(1))


def _settle_subjects(sentence: str, numbers: list[_Number]) -> list[_Number]:
    """Give every number the noun it counts, borrowing it across a list or an "of"."""
    nouns = [_noun_after(sentence, number.found.end()) for number in numbers]
    for index in range(len(numbers) - 2, -1, -1):
        between = sentence[numbers[index].found.end() : numbers[index + 1].found.start()]
        if not nouns[index] and _OF_NEXT.match(between):
            nouns[index] = nouns[index + 1]
    for index in range(1, len(numbers)):
        nouns[index] = nouns[index] or nouns[index - 1]
    return [
        _Number(n.found, n.value, n.unit, noun or _unit_name(n.unit))
        for n, noun in zip(numbers, nouns, strict=True)
    ]


def _unit_name(unit: str) -> str:
    """Return the plain name of a unit, the subject of a number that names nothing else."""
    if unit in _CURRENCY_NAMES:
        return _CURRENCY_NAMES[unit]
    return f"{unit}s" if unit and unit != "percent" else unit


def _noun_after(sentence: str, offset: int) -> str:
    """Return up to three words after a number that name what it counts."""
    rest = sentence[offset:]
    of_noun = _OF_NOUN.match(rest)  # "6,000 of its fighters" counts fighters
    kept = []
    for word in re.findall(r"[\w'’-]+|[^\w\s]", rest[of_noun.end() if of_noun else 0 :])[:4]:
        if not word[0].isalnum() or _SUBJECT_STOP.fullmatch(word):
            break
        kept.append(word)
    if _TIME_UNIT.match(" " + " ".join(kept[:1])):  # "six weeks": the unit is not the subject
        return ""
    return " ".join(kept[:3])


def _counted(number: _Number, before: str, after: str, paragraph: str) -> str:
    """Return the measure key of a number from the words around it (see module doc)."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    key = _measure(number, clause, after, paragraph)
    if key in ("killed", "wounded", "arrested") and _is_daily(before, after, clause):
        return f"{key}-daily"
    return key


def _measure(number: _Number, clause: str, after: str, paragraph: str) -> str:
    """Return the measure key before the daily/total distinction."""
    if number.unit in _CURRENCY_NAMES:
        return "aid-pledged" if _MONEY_GIVEN.search(clause + after) else "money"
    if number.unit in ("hour", "day", "week", "month", "year"):
        return "duration"
    if number.unit == "percent":
        return "share"
    if _FAMINE.search(clause) or _FAMINE.search(_CLAUSE_BREAK.split(after)[0]):
        return "people-at-risk-of-famine"
    return _people_measure(number.subject, clause, after, paragraph)


def _people_measure(subject: str, clause: str, after: str, paragraph: str) -> str:
    """Return the measure key of a count of people (or of members, staff, votes)."""
    if _STAFF.search(subject):
        return "staff-accused" if _ACCUSED.search(clause) else "staff"
    if _MEMBERS.search(subject):
        return "members"
    for key, pattern in _VOTES:
        if pattern.match(after):
            return key
    verb = next((key for key, pattern in _VERB_BEFORE if pattern.search(clause)), None)
    if verb == "killed" and _FIGHTERS.search(subject):
        return "fighters-killed"
    return verb or _after_cue(subject, clause, after, paragraph)


def _after_cue(subject: str, clause: str, after: str, paragraph: str) -> str:
    """Return the measure named by the first cue after the number, else a fallback key."""
    hostages = bool(
        _HOSTAGES.search(subject)
        or _HOSTAGES.search(after)
        or (_GENERIC.match(subject) and _HOSTAGES.search(paragraph))
    )
    cues = [
        (found.start(), key)
        for key, pattern in _AFTER_CUES
        if (found := pattern.search(_AFTER_BREAK.split(after)[0]))
        and (hostages or not key.startswith("hostages"))
    ]
    if cues:
        key = min(cues)[1]
        if key == "killed" and _FIGHTERS.search(subject):
            return "fighters-killed"
        return "hostages-dead" if key == "killed" and _HOSTAGES.search(subject) else key
    if _TOLL_BEFORE.search(clause):
        return "killed"
    return "hostages-held" if _HOSTAGES.search(subject) else "count"


def _is_daily(before: str, after: str, clause: str) -> bool:
    """Tell a one-day increment ("in the past 24 hours") from a running total."""
    return bool(_DAILY.search(before + after)) and not _TOTAL.search(clause)


def _attribution(sentence: str, start: int, end: int) -> str | None:
    """Return who the sentence says makes the claim at [start, end), or None."""
    according = list(_ACCORDING_TO.finditer(sentence))
    if according:
        nearest = min(
            according, key=lambda found: min(abs(found.start() - end), abs(found.end() - start))
        )
        return " ".join(nearest.group("source").split())
    verbs_before = list(_REPORTING.finditer(sentence, 0, start))
    if verbs_before:
        return _speaker(sentence, verbs_before[-1])
    verb_after = _REPORTING.search(sentence, end)
    if not verb_after or _CONTRAST.search(sentence, end, verb_after.start()):
        return None
    return _speaker(sentence, verb_after)


def _speaker(sentence: str, verb: re.Match) -> str | None:
    """Return the noun phrase that does the reporting verb, or None for a pronoun or nothing."""
    words = _SPEAKER_CLAUSE.split(sentence[: verb.start()])[-1].split()
    while words and _AUXILIARIES.fullmatch(words[-1]):
        words.pop()
    if not words:  # '..., said the ministry.': the speaker follows the verb
        words = _SPEAKER_CLAUSE.split(sentence[verb.end() :])[0].split()[:6]
        words = [w.rstrip(".") for w in words]
    else:
        words = _noun_phrase_end(words)
    if words and words[0].lower() in ("a", "an"):
        words = words[1:]
    speaker = " ".join(words)
    return None if not speaker or _PRONOUN.fullmatch(speaker) else speaker


def _noun_phrase_end(words: list[str]) -> list[str]:
    """Return the last words of a clause that can be the subject of a verb."""
    kept: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        # "both Israel and Hamas have confirmed": "and" between names stays in the speaker.
        joins_names = (
            word == "and"
            and index > 0
            and bool(kept)
            and kept[0][:1].isupper()
            and words[index - 1][:1].isupper()
        )
        if (_SPEAKER_STOP.fullmatch(word) and not joins_names) or len(kept) == 6:
            break
        kept.insert(0, word)
    return kept
