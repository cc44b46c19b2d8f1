"""The golden site: what every page of the seed site says, kept in tests/golden/ to catch changes.

Refresh it with ``invoke golden`` after a change you meant, and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup

GOLDEN = Path(__file__).parent / "golden"


def page_texts(site: Path) -> dict[str, str]:
    """Every HTML page's main text, one line per block, keyed by its path in the site."""
    texts = {}
    for path in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        main = soup.find("main") or soup.body or soup
        lines = (" ".join(line.split()) for line in main.get_text("\n").splitlines())
        texts[path.relative_to(site).as_posix()] = "\n".join(line for line in lines if line) + "\n"
    return texts


def expected_files(site: Path) -> dict[str, str]:
    """The golden files a built site should match: page texts and briefing.json."""
    files = {f"pages/{name}.txt": text for name, text in page_texts(site).items()}
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    files["briefing.json"] = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return files


def write_golden(site: Path) -> int:
    """Replace tests/golden/ with the files of ``site``; return how many were written."""
    files = expected_files(site)
    for old in GOLDEN.rglob("*"):
        if old.is_file():
            old.unlink()
    for name, text in files.items():
        target = GOLDEN / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return len(files)
