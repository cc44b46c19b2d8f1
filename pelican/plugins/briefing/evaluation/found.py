"""What the pipeline states about each key file, read through adapters that tolerate the model
changing under them: a missing value or a missing attribute is "unknown", never a crash.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Article, Entity, Figure, Quote


class _Absent:
    """Stands for a field our model does not have yet (scored as unknown, not as wrong)."""

    def __repr__(self) -> str:
        """Say what it means in a report."""
        return "not in model"


ABSENT = _Absent()
"""The value of a figure field the model does not have, e.g. ``place`` today."""


@dataclass(frozen=True, slots=True)
class Found:
    """What the pipeline states about one file of the key."""

    name: str
    """File name in ``articles/``."""
    article: Article | None
    """The article as read back from its content file; ``None`` when there is none."""
    missing: str = ""
    """Why there is no article (not imported, merged into another, unreadable); else empty."""
    topics: frozenset[str] = frozenset()
    """Topic slugs of the article."""
    quotes: tuple[Quote, ...] = ()
    """Quotes found in it, in reading order."""
    figures: tuple[Figure, ...] = ()
    """Figures found in it, in reading order."""


def published(found: Found) -> dt.date | None:
    """Our publication date; ``None`` (unknown) when the article has none."""
    value = getattr(found.article, "date", None)
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def outlets(found: Found) -> tuple[str, ...]:
    """The outlets we credit (several are written ``AFP, Reuters``); an unknown one credits none."""
    article = found.article
    if article is None or not article.source:
        return ()
    return tuple(name.strip() for name in article.source.split(",") if name.strip())


def dateline(found: Found) -> str | None:
    """Our dateline, or ``None``."""
    return getattr(found.article, "dateline", None) or None


def headline(found: Found) -> str | None:
    """Our headline, or ``None`` when there is no article."""
    return getattr(found.article, "title", None) or None


def attribution(figure: Figure, found: Found) -> str | None:
    """The source our figure cites; ``None`` when it cites none.

    The figure stage gives ``None`` where the text names no source; a model that put the
    article's outlet there instead would not cite a source either, so the outlet counts as none.
    """
    value = getattr(figure, "attribution", None)
    outlet = getattr(found.article, "source", None)
    return None if not value or value == outlet else value


def figure_field(figure: Figure, name: str) -> object:
    """A figure's ``place`` or ``as_of`` (``None`` = stated unknown), ``ABSENT`` if not modelled."""
    return getattr(figure, name, ABSENT)


def speaker_names(quote: Quote, entities: dict[str, Entity]) -> tuple[str, ...]:
    """Every name our quote's speaker goes by: as the text names them, and the entity's names."""
    names = [getattr(quote, "speaker_name", None)]
    entity = entities.get(getattr(quote, "speaker", None) or "")
    if entity:
        names += [entity.name, *entity.aliases]
    return tuple(dict.fromkeys(name for name in names if name))


def shown_speaker(quote: Quote) -> str:
    """Our speaker as a report line shows it."""
    return getattr(quote, "speaker_name", None) or getattr(quote, "speaker", None) or "no speaker"
