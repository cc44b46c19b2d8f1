"""Write the offline bundle: the built site as a zip that works from disk with ``file://``."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

from briefing.linkcheck import check_links

EXCLUDED = ("pagefind/",)
"""Output folders left out: Pagefind needs fetch and WASM, which ``file://`` pages cannot use."""


def write_bundle(output: Path, target: Path) -> list[str]:
    """Zip ``output`` into ``target`` and return the problems found in the bundle's links."""
    names = sorted(
        path.relative_to(output).as_posix()
        for path in output.rglob("*")
        if path.is_file() and not path.relative_to(output).as_posix().startswith(EXCLUDED)
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name in names:
            bundle.writestr(_entry(name), (output / name).read_bytes())
    os.replace(partial, target)
    return check_links(output, set(names), offline=True)


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed timestamp and mode, so two builds give the same bytes."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))  # 1980-01-01, zip's floor
    info = zipfile.ZipInfo(name, date_time=time.gmtime(max(epoch, 315532800))[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info
