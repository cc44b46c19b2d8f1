"""Read a seed's lines into a draft article: clean paragraphs plus what the text says about it.

What the text alone can say, each with the words it comes from (``Draft.evidence``):

- **headline and summary**: the first sentences that report news (``headline.choose_lede``);
- **dateline**: the place, date and credit opening one of the first body paragraphs;
- **date**: the dateline's day and month, in a year the text itself supports: the dateline's
  own, else the year of a full date in the text on that same day and month, else the first
  such day on or after the latest full date the text mentions ("June 8" after "June 5,
  2024"). Anything else is no date at all: never the file's time, never today's year.
- **outlets**: what the dateline and the credit lines credit (``outlet.infer_credit``).

A saved web page says more about itself (``pagefacts.py``): its headline, publication date,
byline and site name, each with the words of the page it was read from, come first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..text.calendar import FULL_DATE, month_number
from ..text.datelines import Dateline, find_dateline
from .clean import CleanParagraph, clean_paragraphs
from .headline import choose_lede
from .outlet import Outlet, infer_credit
from .pagefacts import PageFacts

# A dateline opens one of the first paragraphs, after any photo captions.
_DATELINE_SEARCH = 3


@dataclass(frozen=True, slots=True)
class Draft:
    """An article as its text alone describes it, before the manifest has its say."""

    paragraphs: tuple[CleanParagraph, ...]
    """Cleaned paragraphs in reading order (anchors p1, p2... follow this order)."""
    credits: tuple[str, ...]
    """Wire sign-offs lifted out of the text."""
    title: str
    """Headline: the page's own when it has one, else the first news sentence; may be empty."""
    summary: str
    """First one or two news sentences."""
    dateline: str | None
    """Dateline as printed, without the dash."""
    date: date | None
    """Publication date the text supports (see the module doc), or ``None``: unknown."""
    outlets: tuple[str, ...]
    """Outlets the text credits, in order; empty when it credits none."""
    author: str | None = None
    """Byline the saved page states in its own metadata; ``None`` when unknown."""
    evidence: tuple[tuple[str, str], ...] = ()
    """``(field, the words it was read from)`` for every value inferred from the text."""


def draft_article(
    lines: Sequence[str], *, outlets: tuple[Outlet, ...], page: PageFacts | None = None
) -> Draft:
    """Return the draft article a seed's lines describe (and, for a web page, the page)."""
    page = page or PageFacts()
    cleaned = clean_paragraphs(lines)
    numbered = [(f"p{n}", p.text) for n, p in enumerate(cleaned.paragraphs, 1) if p.kind == "body"]
    texts = [p.text for p in cleaned.paragraphs]
    anchor, dateline = next(
        (
            (anchor, found)
            for anchor, text in numbered[:_DATELINE_SEARCH]
            if (found := find_dateline(text))
        ),
        ("", None),
    )
    lede = choose_lede([text for _, text in numbered])
    credit = infer_credit(texts, cleaned.credits, dateline.credit if dateline else None, outlets)
    published, date_evidence = _date(dateline, texts) if dateline else (None, "")
    lede_evidence = f"first news sentence, ¶ {numbered[lede.paragraph][0]}" if lede else ""
    evidence = {
        "title": lede_evidence,
        "dateline": f"start of ¶ {anchor}: '{dateline.text}'" if dateline else "",
        "date": date_evidence,
        "source": credit.evidence if credit else "",
        **dict(page.evidence),  # what the page states about itself comes first
    }
    return Draft(
        paragraphs=cleaned.paragraphs,
        credits=cleaned.credits,
        title=page.title or (lede.title if lede else ""),
        summary=lede.summary if lede else "",
        dateline=dateline.text if dateline else None,
        date=page.date or published,
        outlets=(page.site_name,) if page.site_name else credit.outlets if credit else (),
        author=page.author,
        evidence=tuple((field, words) for field, words in evidence.items() if words),
    )


def _date(dateline: Dateline, texts: list[str]) -> tuple[date | None, str]:
    """The dateline's day in a year the text supports, with the evidence; else unknown."""
    when = (dateline.month, dateline.day)
    if None in when:
        return None, ""
    said = f"dateline '{dateline.text}'"
    if dateline.year:
        return _day(dateline.year, *when), said
    mentioned = [
        (_day(int(found["year"]), month_number(found["month"]), int(found["day"])), found.group(0))
        for text in texts
        for found in FULL_DATE.finditer(text)
    ]
    mentioned = [(day, words) for day, words in mentioned if day]
    same = [(day, words) for day, words in mentioned if (day.month, day.day) == when]
    if same:
        day, words = same[0]
        return day, f"{said}, year from '{words}' in the text"
    if mentioned:
        latest, words = max(mentioned)
        day = _day(latest.year, *when)
        if day and day < latest:
            day = _day(latest.year + 1, *when)
        return day, f"{said}, the first such day after '{words}' in the text"
    return None, ""


def _day(year: int, month: int, day: int) -> date | None:
    """That day, or None if there is none (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
