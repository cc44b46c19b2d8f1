"""Write an imported article as a content file: YAML front matter and anchored paragraphs.

A content file is rendered again only when what it is made from changed, and never over a
file an editor changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

from ..content.format import FRONT_MATTER_KEYS, paragraph_block, split_front_matter
from ..files import write_atomic
from .clean import CleanParagraph
from .copies import SeedArticle
from .manifest import FIELDS
from .report import FACT_KEYS, RunLog, shown
from .seeds import Seed, sha256
from .state import record, written_by_us

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_EDITORS_FIELDS = tuple(name for name in FIELDS if name != "slug")
"""Front matter fields the manifest gives (its slug names the file, not a field); a rewrite
must not lose one without saying so."""


def render_content(front_matter: Mapping[str, object], paragraphs: Sequence[CleanParagraph]) -> str:
    """Return the text of a content file; paragraphs are anchored p1..pN in order."""
    # The safe dumper quotes whatever needs quoting, so no title can break the front matter;
    # its C version (libyaml) writes the same text and makes 10,000 articles quick.
    header = yaml.dump(
        dict(front_matter),
        Dumper=_DUMPER,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=1_000_000,
    )
    blocks = (
        paragraph_block(f"p{number}", paragraph.text, paragraph.kind)
        for number, paragraph in enumerate(paragraphs, 1)
    )
    return f"---\n{header}---\n\n" + "\n".join(blocks)


def front_matter(article: SeedArticle) -> dict[str, object]:
    """Return the front matter of an article, in the order of the content format."""
    seed, entry, draft = article.seed, article.seed.entry, article.seed.draft
    evidence = dict(draft.evidence)
    if not draft.title:
        evidence["title"] = "the seed's file name: no sentence of the text reports news"
    inferred = {
        name: evidence[name]
        for name, given in (
            ("title", entry.title),
            ("date", entry.date),
            ("source", entry.source),
            ("author", entry.author),
            ("dateline", None),
        )
        if given is None and name in evidence
    }
    values = {
        "title": entry.title or draft.title or Path(seed.name).stem,
        "date": entry.date or draft.date,
        "source": _source(seed),
        "author": entry.author or draft.author,
        "dateline": draft.dateline,
        "slug": article.slug,
        "summary": draft.summary,
        "url": entry.url,
        "credits": list(article.credits),
        "seed": seed.shown,
        "seed_sha256": seed.sha256,
        "inferred": inferred,
        "topics_add": [],
        "topics_remove": [],
        "also_in": [
            f"{_source(copy) or 'outlet unknown'}: {copy.shown}" for copy, _ in article.copies
        ],
    }
    return {key: values[key] for key in FRONT_MATTER_KEYS}


def _source(seed: Seed) -> str | None:
    """Return the outlet of a seed, as the manifest gives it or the text credits it; None: unknown."""
    return seed.entry.source or ", ".join(seed.draft.outlets) or None


def report_facts(name: str, seed: Seed, fields: Mapping[str, object], log: RunLog) -> None:
    """Tell the editor which facts no one gives and which were read from the text alone."""
    unknown = tuple(fact for fact, key in FACT_KEYS.items() if not fields[key])
    if unknown:
        log.unknown.append((name, seed.shown, unknown))
    inferred = fields["inferred"]
    for fact, key in (("date", "date"), ("outlet", "source"), ("author", "author")):
        if key in inferred:
            log.inferred.append((name, fact, f"{fields[key]} from {inferred[key]}"))


def write_article(
    article: SeedArticle, content_dir: Path, project: Path, state: dict, log: RunLog, renderer: str
) -> None:
    """Write an article's content file unless it is up to date or was edited by hand."""
    path = content_dir / f"{article.slug}.md"
    name = shown(path, project)
    seeds = [article.seed, *(copy for copy, _ in article.copies)]
    log.duplicates.extend((copy.shown, name) for copy, _ in article.copies)
    fields = front_matter(article)
    key = render_key(renderer, fields, article)
    old = path.read_bytes() if path.is_file() else None
    recorded = state.get(article.seed.shown, {})
    fresh = recorded.get("render_key") == key
    if old is not None and fresh and written_by_us(old, article, state):
        log.unchanged.append(name)
        report_facts(name, article.seed, fields, log)
        record(state, seeds, article.slug, recorded["file_sha256"], key)
        return
    text = render_content(fields, article.paragraphs).encode("utf-8")
    if old is not None and old != text and not written_by_us(old, article, state):
        _keep_edited(name, seeds, state, log)
        return
    if old == text:
        log.unchanged.append(name)
    elif old is not None and (lost := _lost_fields(old, fields)):
        log.kept_metadata.append((name, article.seed.shown, lost))
        return
    else:
        write_atomic(path, text)
        log.imported.append(name)
    report_facts(name, article.seed, fields, log)
    record(state, seeds, article.slug, sha256(text), key)


def render_key(renderer: str, fields: dict[str, object], article: SeedArticle) -> str:
    """Digest of what a content file is made from: the same key means the same file."""
    # If we wrote the file from the same, it is up to date and need not be rendered again
    # (most of a re-import of 10,000 unchanged seeds).
    return sha256(repr((renderer, fields, article.paragraphs)).encode("utf-8"))


def _lost_fields(old: bytes, fields: dict[str, object]) -> tuple[str, ...]:
    """The manifest's fields the file on disk has and a file made from ``fields`` would not."""
    try:
        metadata, _ = split_front_matter(old.decode("utf-8"))
    except ValueError:  # not UTF-8 (UnicodeDecodeError) or not front matter
        return ()
    kept = _given(fields)
    return tuple(name for name in _given(metadata) if name not in kept)


def _given(front: Mapping[str, object]) -> list[str]:
    """The fields of a front matter that an editor gave rather than the importer inferred."""
    inferred = front.get("inferred")
    inferred = list(inferred) if isinstance(inferred, list | dict) else []
    return [name for name in _EDITORS_FIELDS if front.get(name) and name not in inferred]


def _keep_edited(name: str, seeds: list[Seed], state: dict, log: RunLog) -> None:
    """Report a hand-edited content file: kept as is, or stale if its seed changed since."""
    changed = [
        seed for seed in seeds if state.get(seed.shown, {}).get("seed_sha256") != seed.sha256
    ]
    if changed:
        log.stale.extend((name, seed.shown) for seed in changed)
    else:
        log.kept_edits.append(name)
