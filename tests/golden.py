"""The golden site: what every page of the seed site says and how it is marked up, in tests/golden/.

``pages/<page>.txt`` holds a page's main text, one line per block; ``markup/<page>.txt`` its
element outline (every tag of ``<head>`` and ``<body>`` with its attributes: classes, ids, links,
the Content-Security-Policy, the title, the alternate feeds); ``briefing.json`` the data export.
The one-file briefing is kept as the page ``one-file/briefing.html``. Refresh with ``invoke golden``
(``pytest tests/test_golden.py --update-golden``), which prints the diff it accepted.
"""

from __future__ import annotations

import difflib
import html
import json
from pathlib import Path

from bs4 import BeautifulSoup, Tag

GOLDEN = Path(__file__).parent / "golden"
ONEFILE = ("dist/briefing.html", "one-file/briefing.html")
"""The one-file briefing: where the build writes it in the project, and its name among the pages."""
_TEXT_KEPT = ("title", "script")
"""Elements whose text the outline keeps: the page title and the JSON-LD data."""


def page_text(soup: BeautifulSoup) -> str:
    """A page's main text, one line per block."""
    main = soup.find("main") or soup.body or soup
    lines = (" ".join(line.split()) for line in main.get_text("\n").splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def outline(soup: BeautifulSoup) -> str:
    """Every element of the page, one per line, indented by depth, with its attributes in order."""
    lines: list[str] = []
    root = soup.find("html") or soup
    for child in root.find_all(recursive=False):
        _outline(child, 0, lines)
    return "\n".join(lines) + "\n"


def _outline(element: Tag, depth: int, lines: list[str]) -> None:
    """Append ``element`` and its descendants to ``lines``."""
    attributes = "".join(
        f' {name}="{_quoted(" ".join(value) if isinstance(value, list) else value)}"'
        for name, value in element.attrs.items()
    )
    text = " " + " ".join(element.get_text().split()) if element.name in _TEXT_KEPT else ""
    lines.append(f"{'  ' * depth}<{element.name}{attributes}>{text}".rstrip())
    for child in element.find_all(recursive=False):
        _outline(child, depth + 1, lines)


def _quoted(value: str) -> str:
    """An attribute value as it can stand between double quotes."""
    return html.escape(value, quote=False).replace('"', "&quot;")


def expected_files(project: Path) -> dict[str, str]:
    """The golden files a built project should match: page texts, outlines and briefing.json."""
    site = project / "output"
    pages = {path.relative_to(site).as_posix(): path for path in sorted(site.rglob("*.html"))}
    written, name = ONEFILE
    pages[name] = project / written
    files = {}
    for name, path in pages.items():
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        files[f"pages/{name}.txt"] = page_text(soup)
        files[f"markup/{name}.txt"] = outline(soup)
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    files["briefing.json"] = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return files


def kept_files() -> dict[str, str]:
    """The golden files as tests/golden/ holds them."""
    return {
        path.relative_to(GOLDEN).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(GOLDEN.rglob("*"))
        if path.is_file()
    }


def golden_diff(kept: dict[str, str], built: dict[str, str]) -> str:
    """A unified diff from the kept golden files to the built ones; empty if they are the same."""
    chunks = []
    for name in sorted(kept.keys() | built.keys()):
        before, after = kept.get(name, ""), built.get(name, "")
        if before != after:
            chunks += difflib.unified_diff(
                before.splitlines(keepends=True),
                after.splitlines(keepends=True),
                f"golden/{name}" if name in kept else "/dev/null",
                f"build/{name}" if name in built else "/dev/null",
            )
    return "".join(chunks)


def write_golden(files: dict[str, str]) -> None:
    """Replace tests/golden/ with ``files``."""
    for old in sorted(GOLDEN.rglob("*"), reverse=True):  # files before their folders
        if old.is_file():
            old.unlink()
        elif not any(old.iterdir()):
            old.rmdir()
    for name, text in files.items():
        target = GOLDEN / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
