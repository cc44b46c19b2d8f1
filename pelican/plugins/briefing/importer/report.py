"""The import report: what an import did, file by file, and the log that collects it."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

from ..messages import printable


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, file by file."""

    imported: tuple[str, ...] = ()
    """Content files written, new or updated."""
    unchanged: tuple[str, ...] = ()
    """Content files already up to date, left untouched."""
    kept_edits: tuple[str, ...] = ()
    """Content files an editor changed; never overwritten."""
    kept_metadata: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    """(content file, seed, fields): not rewritten, as it would lose fields the manifest gave."""
    stale: tuple[tuple[str, str], ...] = ()
    """(content file, seed): the seed changed after an editor edited its content file."""
    duplicates: tuple[tuple[str, str], ...] = ()
    """(seed, content file): the seed copies the article in that content file."""
    errors: tuple[tuple[str, str], ...] = ()
    """(file, reason): a seed or the manifest that could not be used."""
    warnings: tuple[str, ...] = ()
    """Harmless oddities worth a look, one line each."""
    unknown: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    """(content file, seed, facts): facts neither the manifest nor the text gives (date, outlet)."""
    inferred: tuple[tuple[str, str, str], ...] = ()
    """(content file, fact, value and evidence): a date or outlet read from the text alone."""

    def has_problems(self) -> bool:
        """Tell whether anything needs the editor: errors, stale or kept files, warnings."""
        return bool(self.errors or self.stale or self.kept_metadata or self.warnings)

    def lines(self) -> list[str]:
        """Return the short human report: counts, then one line per problem, shown escaped."""
        return [printable(line) for line in self._lines()]

    def _lines(self) -> list[str]:
        """The report's lines as they are made."""
        counts = (
            f"imported {len(self.imported)}, unchanged {len(self.unchanged)}, "
            f"kept edits {len(self.kept_edits)}, kept metadata {len(self.kept_metadata)}, "
            f"stale {len(self.stale)}, "
            f"duplicates {len(self.duplicates)}, errors {len(self.errors)}, "
            f"warnings {len(self.warnings)}"
        )
        return [
            counts,
            *(f"error: {name}: {reason}" for name, reason in self.errors),
            *(
                f"stale: {content} was edited by hand and {seed} has changed since; "
                "merge by hand or delete the content file to re-import"
                for content, seed in self.stale
            ),
            *(
                f"kept: {content} was edited by hand; not overwritten"
                for content in self.kept_edits
            ),
            *(
                f"kept: {content} was not rewritten: the manifest no longer gives its"
                f" {_listed(fields)} ({seed}); fix the manifest, or delete the content file"
                " to import it from the text alone"
                for content, seed, fields in self.kept_metadata
            ),
            *(f"duplicate: {seed} is a copy of {content}" for seed, content in self.duplicates),
            *(f"warning: {warning}" for warning in self.warnings),
            *(
                f"unknown: {content}: no {_listed(facts, 'or')} in seeds/manifest.yml or in the"
                f" text; add {_listed(tuple(f'{FACT_KEYS[fact]}:' for fact in facts))} to the entry"
                f" for {seed}"
                for content, seed, facts in self.unknown
            ),
            *(
                f"inferred: {content}: {fact} {value}; confirm it in seeds/manifest.yml"
                for content, fact, value in self.inferred
            ),
        ]


@dataclass(slots=True)
class RunLog:
    """Collects the outcome of one import run (one instance per run)."""

    imported: list[str] = field(default_factory=list)
    """Content files written."""
    unchanged: list[str] = field(default_factory=list)
    """Content files left as they were."""
    kept_edits: list[str] = field(default_factory=list)
    """Content files an editor changed."""
    kept_metadata: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    """(content file, seed, fields) kept as rewriting would lose those fields."""
    stale: list[tuple[str, str]] = field(default_factory=list)
    """(content file, seed) edited by hand, seed changed since."""
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    """(seed, content file) the seed copies."""
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(file, reason) that could not be used."""
    warnings: list[str] = field(default_factory=list)
    """Oddities worth a look."""
    unknown: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    """(content file, seed, facts) no one gives."""
    inferred: list[tuple[str, str, str]] = field(default_factory=list)
    """(content file, fact, value and evidence) read from the text alone."""
    state_unreadable: bool = False
    """The import state could not be read, so this import writes it anew and the next one,
    able to read it, reports otherwise (not part of the report)."""

    def report(self) -> ImportReport:
        """Freeze the log into a report."""
        return ImportReport(**{f.name: tuple(getattr(self, f.name)) for f in fields(ImportReport)})


FACT_KEYS = {"publication date": "date", "outlet": "source"}
"""The manifest key (and front matter field) an editor writes for each fact the report may
call unknown, in the order the report lists them."""


def _listed(names: tuple[str, ...], last: str = "and") -> str:
    """Return ``a``, ``a and b``, ``a, b and c`` (or ``or``)."""
    return f" {last} ".join(filter(None, (", ".join(names[:-1]), names[-1])))


def shown(path: Path, project: Path) -> str:
    """Return a path as the report and front matter show it: relative to the project."""
    try:
        return path.relative_to(project).as_posix()
    except ValueError:
        return path.as_posix()
