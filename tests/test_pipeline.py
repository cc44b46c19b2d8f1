"""The pipeline gives the same corpus fresh, from its cache, in parallel, and from disk."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from pelican.plugins.briefing import caching as cachefile
from pelican.plugins.briefing.analysis import runner as pipeline
from pelican.plugins.briefing.analysis.cache import analyse_cached
from pelican.plugins.briefing.model import Article
from pelican.plugins.briefing.site.lookups import CorpusIndex
from tests import corpus
from tests.corpus import GAZETTEER, TAXONOMY


def seed_articles() -> list[Article]:
    """The three real seeds in file-name order, which is newest first."""
    return list(corpus.seed_articles().values())


def many_articles(copies: int) -> list[Article]:
    """The seeds again and again under other slugs and dates, as a larger corpus."""
    return [
        dataclasses.replace(article, slug=f"{article.slug}-{n}", date=date(2024, 1, 1 + n % 28))
        for n in range(copies)
        for article in seed_articles()
    ]


class RefusingCache(dict):
    """A cache that fails the test if the pipeline computes anything anew."""

    def __setitem__(self, key, value):
        raise AssertionError(f"recomputed {key}")


def test_every_stage_runs_on_the_seeds():
    result = pipeline.analyse(seed_articles(), TAXONOMY, GAZETTEER)
    slugs = [a.slug for a in seed_articles()]  # newest first: 000 is the newest seed
    assert [a.slug for a in result.articles] == slugs
    assert set(result.topic_matches) == set(slugs)
    assert len(result.quotes[slugs[1]]) >= 5
    assert any(f.counted == "killed" for f in result.figures[slugs[1]])
    assert len(result.related[slugs[0]]) == 2


def test_cached_results_equal_a_fresh_run_and_nothing_is_recomputed():
    fresh = pipeline.analyse(seed_articles(), TAXONOMY, GAZETTEER)
    cache: dict = {}
    first = pipeline.analyse(seed_articles(), TAXONOMY, GAZETTEER, cache=cache)
    assert len(cache) == 3
    again = pipeline.analyse(seed_articles(), TAXONOMY, GAZETTEER, cache=RefusingCache(cache))
    assert first == fresh
    assert again == fresh


def test_a_changed_paragraph_or_taxonomy_misses_the_cache():
    cache: dict = {}
    articles = seed_articles()
    pipeline.analyse(articles, TAXONOMY, GAZETTEER, cache=cache)
    edited = dataclasses.replace(articles[0], title="Edited headline")
    pipeline.analyse([edited, *articles[1:]], TAXONOMY, GAZETTEER, cache=cache)
    assert len(cache) == 4
    fewer_topics = dataclasses.replace(TAXONOMY, topics=TAXONOMY.topics[:1])
    pipeline.analyse(articles, fewer_topics, GAZETTEER, cache=cache)
    assert len(cache) == 7


def test_parallel_workers_give_the_serial_result(monkeypatch):
    articles = many_articles(4)
    serial = pipeline.analyse(articles, TAXONOMY, GAZETTEER)
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(pipeline, "CHUNK", 5)
    parallel = pipeline.analyse(articles, TAXONOMY, GAZETTEER, workers=2)
    assert parallel == serial
    assert len(parallel.articles) == 12


def shard_times(folder: Path) -> dict[str, int]:
    """Modification time of each shard of the one analysis cache in ``folder``."""
    (cache,) = folder.glob("briefing-analysis-*")
    return {shard.name: shard.stat().st_mtime_ns for shard in cache.glob("*.pickle")}


def pipeline_cache(folder: Path) -> dict:
    """The entries of the analysis cache in ``folder``, all shards together."""
    import pickle

    (cache,) = folder.glob("briefing-analysis-*")
    entries: dict = {}
    for shard in cache.glob("*.pickle"):
        entries.update(pickle.loads(shard.read_bytes()))  # noqa: S301 -- written by the test
    return entries


def test_disk_cache_round_trip_keeps_only_this_builds_articles(tmp_path):
    articles = seed_articles()
    fresh = pipeline.analyse(articles, TAXONOMY, GAZETTEER)
    assert analyse_cached(articles, TAXONOMY, GAZETTEER, 5, tmp_path) == fresh
    written = shard_times(tmp_path)
    assert 1 <= len(written) <= 3
    assert analyse_cached(articles, TAXONOMY, GAZETTEER, 5, tmp_path) == fresh
    assert shard_times(tmp_path) == written  # nothing new: nothing rewritten
    fewer = analyse_cached(articles[:2], TAXONOMY, GAZETTEER, 5, tmp_path)
    assert [a.slug for a in fewer.articles] == [a.slug for a in articles[:2]]
    assert len(pipeline_cache(tmp_path)) == 2


def test_a_new_article_rewrites_only_its_own_shard(tmp_path):
    articles = seed_articles()
    analyse_cached(articles[:2], TAXONOMY, GAZETTEER, 5, tmp_path)
    before, old_keys = shard_times(tmp_path), set(pipeline_cache(tmp_path))
    analyse_cached(articles, TAXONOMY, GAZETTEER, 5, tmp_path)
    after = shard_times(tmp_path)
    (new_key,) = set(pipeline_cache(tmp_path)) - old_keys
    rewritten = {name for name in after if before.get(name) != after[name]}
    assert rewritten == {f"{cachefile.shard_of(new_key):02d}.pickle"}


def test_an_unreadable_cache_file_is_ignored(tmp_path):
    articles = seed_articles()
    analyse_cached(articles, TAXONOMY, GAZETTEER, 5, tmp_path)
    (cache,) = tmp_path.glob("briefing-analysis-*")
    for shard in cache.glob("*.pickle"):
        shard.write_bytes(b"not a pickle")
    result = analyse_cached(articles, TAXONOMY, GAZETTEER, 5, tmp_path)
    assert result == pipeline.analyse(articles, TAXONOMY, GAZETTEER)
    assert len(pipeline_cache(tmp_path)) == 3


@pytest.mark.parametrize("position", [0, 1, 2])
def test_neighbours_are_the_adjacent_articles_by_date(position):
    index = CorpusIndex(pipeline.analyse(seed_articles(), TAXONOMY, GAZETTEER))
    slugs = [a.slug for a in seed_articles()]  # newest first
    older, newer = index.neighbours(slugs[position])
    assert (older.slug if older else None) == (slugs[position + 1] if position < 2 else None)
    assert (newer.slug if newer else None) == (slugs[position - 1] if position > 0 else None)


def test_timeline_and_measures_are_the_same_when_asked_twice():
    index = CorpusIndex(pipeline.analyse(seed_articles(), TAXONOMY, GAZETTEER))
    events = index.all_events()
    events.clear()  # a caller changing its copy must not change the index
    assert len(index.all_events()) > 0
    assert index.figure_measures() == index.figure_measures()
