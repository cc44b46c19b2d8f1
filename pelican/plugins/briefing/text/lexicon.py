"""The lexicon of news English (``lexicon.yml``): the word lists every stage shares.

Stages never keep word lists of their own; they read these sets and tables, so that "said" or
"Adm." means the same thing to the quotes, the figures, the timeline and the headlines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType

from ..files import load_yaml

_DATA = load_yaml(Path(__file__).with_name("lexicon.yml").read_text(encoding="utf-8"))


def _words(*keys: str) -> frozenset[str]:
    """The words listed under ``keys`` (``"pronouns", "person"`` for a nested list)."""
    value = _DATA
    for key in keys:
        value = value[key]
    odd = [word for word in value if not isinstance(word, str)]
    if odd:
        raise TypeError(f"lexicon.yml: {'/'.join(keys)}: not words: {odd!r}")
    return frozenset(value)


ABBREVIATIONS = _words("abbreviations")
"""Words whose full stop does not end a sentence, lower case, without the final stop."""
SPEECH_VERBS = _words("claim_verbs") | _words("other_speech_verbs") | _words("speech_participles")
"""Verbs that introduce reported speech ("said", "told", "urged", "adding")."""
LEAD_INS = _words("lead_ins")
"""Words before a courtesy that leave it a courtesy ("and", "so", "first")."""
ADDRESS_CONNECTORS = _words("address_connectors")
"""Lower-case words inside a title or a name someone is addressed by ("Head of Mission")."""
CLAIM_VERBS = _words("claim_verbs") | _words("reporting_verbs")
"""Verbs that make their subject the source of a number ("said", "estimated", "reported")."""
PERSON_PRONOUNS = _words("pronouns", "person")
"""Pronouns that point back to a person."""
GROUP_PRONOUNS = _words("pronouns", "group")
"""Pronouns that point back to an organisation or a place."""
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | _words("pronouns", "other")
"""Every pronoun that can stand where a source's name would."""
PERSON_NOUNS = _words("person_nouns")
"""Nouns that describe a person ("official", "spokesman")."""
GROUP_NOUNS = _words("group_nouns")
"""Nouns that head the name of an organisation, a body or a place ("ministry", "assembly")."""
DOCUMENT_NOUNS = _words("document_nouns")
"""Nouns of written words someone issues ("statement", "resolution", "amendment")."""
ISSUE_VERBS = _words("issue_verbs")
"""Verbs by which an author puts out a document ("released", "proposed", "adopted")."""
WORDING_VERBS = _words("wording_verbs")
"""Verbs by which a document states quoted wording ("demanding", "calling for")."""
NAMING_VERBS = _words("naming_verbs")
"""Verbs that give quoted words to their subject without speech ("called", "described")."""
ADDRESSEE_VERBS = _words("addressee_verbs")
"""Speech verbs followed by the one told, never the speaker ("told", "informed")."""
FIRST_PERSON_PRONOUNS = _words("first_person_pronouns")
"""Pronouns of the text's own voice ("i", "we")."""
AUXILIARIES = _words("auxiliaries")
"""Words between a subject and its verb that are not the subject ("had", "also")."""
BE_FORMS = _words("be_forms")
"""The forms of "be" ("was", "been"), which make a participle after them passive."""
DETERMINERS = _words("determiners")
"""Words that open a noun phrase ("a", "the", "another")."""
TIME_WORDS = _words("time_words")
"""Words of time between a subject and its verb ("on", "late", "morning")."""
PREPOSITIONS = _words("prepositions")
"""Prepositions: a name right after one is not its sentence's subject."""
TITLES = _words("titles")
"""Words of a title before a name ("rear", "admiral", "minister")."""
NAME_CONNECTORS = _words("name_connectors")
"""Lower-case particles inside names ("bin", "of")."""
FUNCTION_WORDS = _words("function_words")
"""Closed-class words: capitalised only at a sentence start, never what a text is about."""
NUMBERED_NAMES = _words("numbered_names")
"""Words that name numbered things ("resolution", "flight"): the number after one is a name."""
SALUTATIONS = _words("salutations")
"""How speeches and press calls open ("thank you", "good afternoon"), lower case."""
VOCATIVES = _words("vocatives")
"""Forms of address that open a speech's sentence ("colleagues", "mr. president"), lower case."""
COURTESY_VERBS = _words("courtesy_verbs")
"""Verbs of thanks, welcome and condolence ("thank", "express")."""
CAPS_LABELS = _words("caps_labels")
"""Labels in capitals that open a line like a place ("FILE -", "UPDATE -"), lower case."""
NEWS_WORDS = _words("news_words")
"""Words too common in news copy to say what one article is about."""
QUALIFIERS = MappingProxyType({str(k): str(v) for k, v in _DATA["qualifiers"].items()})
"""Words before a number that bound it -> the qualifier shown ("over" -> "more than")."""
QUALIFIER_BOUNDS = MappingProxyType(
    {
        str(k): (float(low), None if high is None else float(high))
        for k, (low, high) in _DATA["qualifier_bounds"].items()
    }
)
"""Shown qualifier (or ``exactly``) -> (lowest, highest) factor of the number; None: unbounded."""
_NUMBERS = _DATA["number_words"]
UNIT_WORDS = tuple(str(word) for word in _NUMBERS["units"])
"""``one`` .. ``nineteen``, in order of value."""
TEN_WORDS = tuple(str(word) for word in _NUMBERS["tens"])
"""``twenty`` .. ``ninety``, in order of value."""
ARTICLE_NUMBERS = MappingProxyType({str(k): float(v) for k, v in _NUMBERS["articles"].items()})
"""A count said with an article: ``a`` and ``an`` are one, ``half a`` one half."""
SCALES = MappingProxyType({str(k): float(v) for k, v in _NUMBERS["scales"].items()})
"""``thousand``, ``million``... and their values."""
CURRENCIES = MappingProxyType({str(k): str(v) for k, v in _DATA["currencies"].items()})
"""Currency sign as written, lower case (``$``, ``us$``) -> currency code (``USD``)."""
CURRENCY_NAMES = MappingProxyType({str(k): str(v) for k, v in _DATA["currency_names"].items()})
"""Currency code -> plain name, the subject of money that names nothing else (``dollars``)."""
FRACTIONS = MappingProxyType({str(k): int(v) for k, v in _NUMBERS["fractions"].items()})
"""Fraction words after a hyphen -> their denominator (``thirds`` -> 3: "two-thirds")."""

# What numbers count: the word lists of the figure rules (each one documented in lexicon.yml).
COMMITMENT_VERBS = _words("commitment_verbs")
"""Verbs by which a party sets a number itself ("decided", "pledged")."""
GIVING_VERBS = _words("giving_verbs")
"""Verbs of giving money ("provide", "donated"): the giver is the source of the sum."""
LISTENER_VERBS = _words("listener_verbs")
"""Verbs followed by who heard it ("told CNN"), never by who said it."""
PERIODS = _words("periods")
"""Units of time, singular: a number of them is a duration."""
KIN_NOUNS = _words("kin_nouns")
"""Relatives: a number of them is a personal detail."""
PARENT_NOUNS = _words("parent_nouns")
"""Parents: "father of five" counts children, a personal detail."""
REFERENCE_NOUNS = _words("reference_nouns")
"""After "the two": the story's actors referred to again ("the two leaders")."""
MEMBER_NOUNS = _words("member_nouns")
"""Members of a body: their number is the body's size."""
PLACE_PARTS = _words("place_parts")
"""Parts of a place ("camps", "provinces"): after a possessive, their number describes it."""
PLACINGS = _words("placings")
"""Words that make a number a placing ("top three")."""
MEASURE_UNITS = MappingProxyType({str(k): str(v) for k, v in _DATA["measure_units"].items()})
"""Unit of measure as written (``metric tons``) -> unit recorded (``metric ton``)."""
AID_VEHICLES = _words("aid_vehicles")
"""Vehicles that carry aid: a number of them counts aid trucks."""
PEOPLE_WORDS = _words("people_words")
"""Heads of a subject that mean people in general ("people", "deaths")."""
PERSON_COUNTS = _words("person_counts")
"""Heads of a subject that name people ("civilians", "astronauts")."""
FORCE_WORDS = _words("force_words")
"""Troops and weapons ("soldiers", "drones")."""
EVENT_NOUNS = _words("event_nouns")
"""Events that have one toll ("strike", "flood")."""
CAMPAIGN_NOUNS = _words("campaign_nouns")
"""Campaigns whose toll runs on ("offensive", "war")."""
TOTAL_WORDS = _words("total_words")
"""Words that make a toll a running total ("toll", "so far")."""
DAILY_WORDS = _words("daily_words")
"""Words that make a toll one day's ("overnight", "in the past 24 hours")."""
SOURCE_NOUNS = _words("source_nouns")
"""Nouns that can name a figure's source without a capitalised name ("the health ministry")."""
CLAIM_NOUNS = _words("claim_nouns")
"""Nouns that make a possessive the source of a number ("the Committee's 2 percent objective")."""
SETTING_VERBS = _words("setting_verbs")
"""Verbs that set a figure on a noun: "the army puts the number at 1.2 million"."""
SET_NOUNS = CLAIM_NOUNS | _words("set_nouns")
"""Nouns a setting verb puts at a number ("the figure", "the number", "the death toll")."""
ARABIC_ARTICLES = _words("arabic_articles")
"""Arabic articles joined to a name by a hyphen ("al" of "al-Sisi"), as written."""
STAFF_WORDS = _words("staff_words")
"""Words for an organisation's people ("staff", "employees"): staff, never a body's members."""
PLACE_ANAPHORA = _words("place_anaphora")
"""Words that point back to the last place named ("there", "in the region")."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so "more than" wins over "more")."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))
