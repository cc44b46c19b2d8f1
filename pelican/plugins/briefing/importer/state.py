"""The import state, ``content/articles/.import-state.json``: what the importer wrote, per seed.

A content file that no longer matches what the state says was written was edited by a person.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..files import write_atomic
from .copies import SeedArticle
from .report import RunLog
from .seeds import Seed, sha256

STATE_FILE = ".import-state.json"


def read_state(path: Path, log: RunLog) -> tuple[dict, str | None]:
    """Read the import state: seed path -> seed sha256, slug, sha256 of the file as written,
    and a digest of what it was rendered from; and the file's text (None if it has none)."""
    if not path.is_file():
        return {}, None
    text = None
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as error:
        log.warnings.append(f"{path.name}: unreadable ({error}); hand edits cannot be told apart")
        log.state_unreadable = True
        return {}, text
    seeds = data.get("seeds") if isinstance(data, dict) else None
    if not isinstance(seeds, dict):
        return {}, text
    return {k: v for k, v in seeds.items() if isinstance(v, dict)}, text


def write_state(path: Path, state: dict, kept_seeds: set[str], before: str | None) -> None:
    """Write the import state of ``kept_seeds`` deterministically, only when it changed from
    the text ``read_state`` found (``before``)."""
    kept = {seed: state[seed] for seed in sorted(state) if seed in kept_seeds}
    text = json.dumps({"seeds": kept, "version": 1}, indent=2, sort_keys=True) + "\n"
    if text != before:
        write_atomic(path, text)


def record(state: dict, seeds: list[Seed], slug: str, file_sha: str, render_key: str) -> None:
    """Remember what was written for these seeds, to tell hand edits and changes later."""
    for seed in seeds:
        state[seed.shown] = {
            "seed_sha256": seed.sha256,
            "slug": slug,
            "file_sha256": file_sha,
            "render_key": render_key,
        }


def written_by_us(old: bytes, article: SeedArticle, state: dict) -> bool:
    """Tell whether the file on disk is exactly what the importer last wrote for this seed."""
    recorded = state.get(article.seed.shown, {})
    return recorded.get("slug") == article.slug and recorded.get("file_sha256") == sha256(old)


def orphans(state: dict, present: set[str], content_dir: Path) -> dict[str, dict]:
    """State entries of seeds gone from seeds/ whose content file is still there (published)."""
    # Kept in the state, so the warning repeats on every import until an editor decides.
    live = {entry.get("slug") for seed, entry in state.items() if seed in present}
    return {
        seed: entry
        for seed, entry in state.items()
        if seed not in present
        and isinstance(entry.get("slug"), str)
        and entry["slug"] not in live
        and (content_dir / f"{entry['slug']}.md").is_file()
    }
