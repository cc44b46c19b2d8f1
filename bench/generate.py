"""Write deterministic synthetic corpora for the benchmark, made by mixing the seed paragraphs.

Each corpus of N articles is a folder ``bench/corpora/N/`` holding ``seeds/`` (raw ``.txt``
seeds, one paragraph per line, and ``manifest.yml``) and ``plain/`` (the same articles as plain
Pelican Markdown with ``Title:``/``Date:`` headers). Every article draws 6 to 14 seed paragraphs,
at least three of them with numbers, and varies every number; so no two articles are copies and
the importer keeps all N.
"""

from __future__ import annotations

import argparse
import random
import re
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "bench" / "corpora"
SIZES = (100, 1_000, 10_000)
SOURCES = ("Agencies", "AFP", "Xinhua", "Reuters", "AP")
FIRST_DAY, DAYS = date(2023, 10, 8), 450

_NUMBER = re.compile(r"\d+(?:,\d{3})*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def seed_paragraphs(seeds: Path = ROOT / "seeds") -> list[str]:
    """Every non-empty line of the real seeds, in file order."""
    lines = []
    for path in sorted(seeds.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line]


def vary_numbers(text: str, chance: random.Random) -> str:
    """Replace every number by another of the same shape; years stay, days stay plausible."""

    def replace(match: re.Match) -> str:
        number = match.group()
        if _YEAR.fullmatch(number):
            return number
        digits = number.replace(",", "")
        if len(digits) <= 2:
            return str(chance.randint(1, 28))
        value = chance.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1)
        return f"{value:,}" if "," in number else str(value)

    return _NUMBER.sub(replace, text)


def article(number: int, pool: list[str], chance: random.Random) -> dict:
    """One synthetic article: title, date, source, paragraphs."""
    with_numbers = [p for p in pool if _NUMBER.search(p)]
    chosen = chance.sample(with_numbers, 3)
    chosen += chance.sample(pool, chance.randint(3, 11))
    paragraphs = [vary_numbers(p, chance) for p in dict.fromkeys(chosen)]
    chance.shuffle(paragraphs)
    lead = " ".join(paragraphs[0].replace('"', "").split()[:9]).rstrip(",.;:")
    return {
        "title": f"{lead} (report {number})",
        "date": FIRST_DAY + timedelta(days=chance.randrange(DAYS)),
        "source": chance.choice(SOURCES),
        "paragraphs": paragraphs,
    }


def corpus(size: int, pool: list[str], seed: int = 6) -> list[dict]:
    """``size`` synthetic articles; the same size and seed always give the same articles."""
    chance = random.Random(f"{seed}:{size}")
    return [article(number, pool, chance) for number in range(size)]


def seed_name(number: int) -> str:
    """File name of the seed of article ``number``."""
    return f"bench_{number:05d}.txt"


def write_seed(folder: Path, number: int, item: dict) -> dict:
    """Write one raw seed and return its manifest entry."""
    (folder / seed_name(number)).write_text("\n".join(item["paragraphs"]) + "\n", encoding="utf-8")
    return {"title": item["title"], "date": item["date"], "source": item["source"], "url": None}


def write_plain(folder: Path, number: int, item: dict) -> None:
    """Write one article as plain Pelican Markdown."""
    header = f"Title: {item['title']}\nDate: {item['date'].isoformat()}\n\n"
    body = "\n\n".join(item["paragraphs"])
    (folder / f"bench_{number:05d}.md").write_text(header + body + "\n", encoding="utf-8")


def write_corpus(size: int, target: Path) -> Path:
    """Write seeds, manifest and plain Markdown of a corpus under ``target/<size>``."""
    folder = target / str(size)
    seeds, plain = folder / "seeds", folder / "plain"
    for sub in (seeds, plain):
        sub.mkdir(parents=True, exist_ok=True)
        for old in sub.iterdir():
            old.unlink()
    manifest = {}
    for number, item in enumerate(corpus(size, seed_paragraphs())):
        manifest[seed_name(number)] = write_seed(seeds, number, item)
        write_plain(plain, number, item)
    text = yaml.safe_dump(manifest, sort_keys=True, allow_unicode=True, width=1000)
    (seeds / "manifest.yml").write_text(text, encoding="utf-8")
    return folder


def extra_article(size: int) -> tuple[str, str, dict]:
    """The seed added for the incremental rebuild: file name, text and manifest entry."""
    item = corpus(size + 1, seed_paragraphs(), seed=7)[size]
    entry = {"title": item["title"], "date": item["date"], "source": item["source"], "url": None}
    return seed_name(size), "\n".join(item["paragraphs"]) + "\n", entry


def main() -> None:
    """Write the corpora named on the command line (default: 100, 1,000 and 10,000)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(SIZES))
    parser.add_argument("--target", type=Path, default=CORPORA)
    arguments = parser.parse_args()
    for size in arguments.sizes:
        print(f"bench: wrote {write_corpus(size, arguments.target)}")


if __name__ == "__main__":
    main()
