"""Caches are named after the code that made them: any change to our code starts them afresh."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from pelican.plugins.briefing import caching
from pelican.plugins.briefing.analysis.cache import analyse_cached
from pelican.plugins.briefing.model import Mention
from tests.corpus import GAZETTEER, TAXONOMY, seed_articles


@pytest.fixture
def package_copy(tmp_path, monkeypatch) -> Path:
    """A copy of our package that the digest reads instead of the real one."""
    copy = tmp_path / "briefing"
    shutil.copytree(caching.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(caching, "PACKAGE", copy)
    caching.code_digest.cache_clear()
    yield copy
    caching.code_digest.cache_clear()


def digest_after(change) -> str:
    """The code digest once ``change`` has been made to the package copy."""
    change()
    caching.code_digest.cache_clear()
    return caching.code_digest()


@pytest.mark.parametrize(
    "change",
    [
        lambda pkg: (pkg / "analysis" / "quotes.py").write_text("# a new rule\n", "utf-8"),
        lambda pkg: (pkg / "analysis" / "helper_added_later.py").write_text("X = 1\n", "utf-8"),
        lambda pkg: (pkg / "text" / "lexicon.yml").write_text("abbreviations: [mr]\n", "utf-8"),
        lambda pkg: (pkg / "importer" / "headline.py").unlink(),
    ],
    ids=["edited module", "new helper module", "edited word list", "removed module"],
)
def test_any_change_to_the_code_or_its_data_changes_the_digest(package_copy, change):
    before = caching.code_digest()
    assert digest_after(lambda: change(package_copy)) != before


def test_each_cache_follows_the_layers_that_decide_it(package_copy):
    analysis, importer = (
        caching.code_digest(caching.ANALYSIS),
        caching.code_digest(caching.IMPORTER),
    )
    (package_copy / "site" / "pages.py").write_text("# a page changed\n", encoding="utf-8")
    caching.code_digest.cache_clear()
    assert (caching.code_digest(caching.ANALYSIS), caching.code_digest(caching.IMPORTER)) == (
        analysis,
        importer,
    )
    (package_copy / "text" / "sentences.py").write_text("# shared\n", encoding="utf-8")
    caching.code_digest.cache_clear()
    assert caching.code_digest(caching.ANALYSIS) != analysis
    assert caching.code_digest(caching.IMPORTER) != importer


def test_the_theme_shipped_inside_the_package_is_not_code(package_copy):
    (package_copy / "theme" / "templates").mkdir(parents=True, exist_ok=True)
    before = caching.code_digest()
    after = digest_after(
        lambda: (package_copy / "theme" / "templates" / "x.html").write_text("<p>", "utf-8")
    )
    assert after == before


def test_changing_an_analysis_module_starts_a_fresh_analysis_cache(package_copy, tmp_path):
    articles = list(seed_articles().values())
    cache = tmp_path / "cache"
    analyse_cached(articles, TAXONOMY, GAZETTEER, 5, cache)
    (first,) = cache.glob("briefing-analysis-*")
    (package_copy / "analysis" / "figures.py").write_text("# changed\n", encoding="utf-8")
    caching.code_digest.cache_clear()
    analyse_cached(articles, TAXONOMY, GAZETTEER, 5, cache)
    (second,) = cache.glob("briefing-analysis-*")  # the old one is gone, not reused
    assert second != first


def test_cached_records_share_their_equal_strings():
    # A million records repeat a few anchors, entities and surfaces; unpickled as strings of
    # their own they took 76 MB at 10,000 articles. Built apart, the two surfaces are two objects.
    first = Mention("hamas", "one", "p1", 0, 5, "".join(["Ha", "mas"]))
    second = Mention("hamas", "two", "p1", 9, 14, "".join(["Ham", "as"]))
    assert first.surface is not second.surface
    data = pickle.dumps((first, second), protocol=pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(data)  # noqa: S301 -- made by the test
    assert back == (first, second)
    assert back[0].surface is back[1].surface
    assert data.count(b"Hamas") == 1  # and the pickle holds it once
