"""Where a build goes until it has succeeded, and what it takes over from the last good one.

A build writes into ``.output.partial/`` (and the bundle's folder's ``.partial`` twin) and
swaps them in only when it succeeded. The staging folder starts as hard links to the files of
the last good ``output/`` that nobody changed since (``site/manifest.py``); when no input
changed at all, there is nothing to build.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .site.build import DIGESTS_KEY, INPUTS_KEY, STAGED_KEY, cache_folder
from .site.fingerprints import inputs_digest
from .site.manifest import Manifest, Previous, intact, link_previous, load_manifest, save_manifest


class Staging:
    """Where a build goes until it has succeeded: beside ``output/`` and the bundle's folder."""

    def __init__(self, output: Path) -> None:
        """Start from an empty staging folder for ``output``."""
        self.target = output
        self.output = output.with_name(".output.partial")
        self.dist: tuple[Path, Path] | None = None
        """(the bundle's folder, its staging folder), once the settings name a bundle."""
        self.cache: Path | None = None
        """The cache folder, where the build manifest is kept; None without a cache."""
        self.previous: Manifest | None = None
        """The last good build's manifest, if there is one."""
        self.inputs = ""
        """Digest of this build's inputs."""
        shutil.rmtree(self.output, ignore_errors=True)

    def up_to_date(self, settings: dict) -> bool:
        """Whether the last good build had the same inputs and its output is as it left it."""
        self.cache = cache_folder(settings)
        known: dict[str, str] = {}
        self.inputs = inputs_digest(settings, known)
        settings[INPUTS_KEY], settings[DIGESTS_KEY] = self.inputs, known
        self.previous = load_manifest(self.cache)
        return self.previous is not None and self.previous.inputs == self.inputs and self._intact()

    def _intact(self) -> bool:
        """Whether ``output/`` and the bundle's folder hold what the last build wrote."""
        dist_ok = self.dist is None or intact(self.dist[0], self.previous.dist)
        return dist_ok and intact(self.target, self.previous.files)

    def prepare(self, settings: dict) -> None:
        """Lay the staging folder out with the last good output's files nobody changed since."""
        self.output.mkdir(parents=True)
        if self.previous is None or not self.target.is_dir():
            return
        try:
            linked = link_previous(self.target, self.output, self.previous)
        except OSError:  # no hard links on this file system: everything is written anew
            shutil.rmtree(self.output, ignore_errors=True)
            self.output.mkdir(parents=True)
            return
        bundle = self.dist[0] / Path(settings["BRIEFING"]["bundle"]).name if self.dist else None
        settings[STAGED_KEY] = Previous(self.previous, linked, bundle)

    def remember(self, manifest: Manifest | None, warnings: list[str]) -> None:
        """Keep the manifest of the output just swapped in, for the next build."""
        if manifest is not None and self.cache is not None:
            manifest.warnings = list(warnings)
            save_manifest(self.cache, manifest)

    def discard(self) -> None:
        """Remove what a failed build wrote."""
        shutil.rmtree(self.output, ignore_errors=True)
        if self.dist:
            shutil.rmtree(self.dist[1], ignore_errors=True)

    def swap(self) -> None:
        """Put what the build wrote in place of the last build's."""
        swap_into_place(self.output, self.target)
        if self.dist:
            folder, staged = self.dist
            folder.mkdir(parents=True, exist_ok=True)
            for path in sorted(staged.iterdir()):
                os.replace(path, folder / path.name)
            shutil.rmtree(staged, ignore_errors=True)


def swap_into_place(staging: Path, target: Path) -> None:
    """Replace ``target`` by the freshly built ``staging`` folder."""
    retired = target.with_name(".output.old")
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
