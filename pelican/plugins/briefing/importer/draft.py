"""Read a seed's lines into a draft article: clean paragraphs plus what the text says about it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..text.calendar import FULL_DATE, month_number
from ..text.datelines import Dateline, find_dateline
from .clean import CleanParagraph, clean_paragraphs
from .headline import Lede, summarise_lede
from .outlet import Outlet, infer_source

# A dateline opens one of the first paragraphs, after any photo captions.
_DATELINE_SEARCH = 3


@dataclass(frozen=True)
class Draft:
    """An article as its text alone describes it, before the manifest has its say."""

    paragraphs: tuple[CleanParagraph, ...]
    """Cleaned paragraphs in reading order."""
    credits: tuple[str, ...]
    """Wire sign-offs lifted out of the text."""
    title: str
    """Headline: the page's own when it has one, else from the lede."""
    summary: str
    """First one or two sentences of the first body paragraph."""
    dateline: str | None
    """Dateline as printed, without the dash."""
    date: date | None
    """Date from the dateline, its year from a full date in the text or ``file_date``."""
    source: str | None
    """Outlet the text credits, ``None`` when it does not say."""


def draft_article(
    lines: Sequence[str],
    *,
    outlets: tuple[Outlet, ...],
    file_date: date,
    page_title: str | None = None,
) -> Draft:
    """Return the draft article a seed's lines describe."""
    cleaned = clean_paragraphs(lines)
    bodies = [p.text for p in cleaned.paragraphs if p.kind == "body"]
    dateline = next(filter(None, map(find_dateline, bodies[:_DATELINE_SEARCH])), None)
    texts = [p.text for p in cleaned.paragraphs]
    lede = _lede(bodies or texts, dateline)
    credit = dateline.credit if dateline else None
    return Draft(
        paragraphs=cleaned.paragraphs,
        credits=cleaned.credits,
        title=page_title or lede.title,
        summary=lede.summary,
        dateline=dateline.text if dateline else None,
        date=_dateline_date(dateline, texts, file_date) if dateline else None,
        source=infer_source(texts, cleaned.credits, credit, outlets),
    )


def _lede(texts: list[str], dateline: Dateline | None) -> Lede:
    """Summarise the first body paragraph (a caption if there is none), without its dateline."""
    # Skip separator lines such as "---": a headline needs words.
    first = next((text for text in texts if any(char.isalnum() for char in text[:200])), "")
    if dateline and first.startswith(dateline.text):
        first = first[dateline.end :]
    return summarise_lede(first)


def _dateline_date(dateline: Dateline, texts: list[str], file_date: date) -> date | None:
    """Resolve the dateline's month and day to a date."""
    if dateline.month is None or dateline.day is None:
        return None
    year = dateline.year or _year_in_text(dateline, texts) or file_date.year
    try:
        return date(year, dateline.month, dateline.day)
    except ValueError:
        return None


def _year_in_text(dateline: Dateline, texts: list[str]) -> int | None:
    """Find the year of a full date in the text that matches the dateline's month and day."""
    for text in texts:
        for found in FULL_DATE.finditer(text):
            same_month = month_number(found["month"]) == dateline.month
            if same_month and int(found["day"]) == dateline.day:
                return int(found["year"])
    return None
