"""The offline search documents (site/search_index.py) and the search-index.js script."""

from __future__ import annotations

import json

import pytest

from pelican.plugins.briefing.model import Corpus, Gazetteer, Taxonomy
from pelican.plugins.briefing.site.lookups import CorpusIndex
from pelican.plugins.briefing.site.search_index import search_index_script
from tests.sitecorpus import seed_index, small_corpus, urls_for

PREFIX = "window.BRIEFING_SEARCH = "


def search_documents(index: CorpusIndex, urls) -> dict:
    """The documents ``search-index.js`` hands the search page, read back from the script."""
    script = "".join(search_index_script(index, urls))
    # Loaded by a <script src> (file:// pages cannot fetch): one assignment, valid JSON after it.
    assert script.startswith(PREFIX) and script.endswith(";")
    return json.loads(script.removeprefix(PREFIX).removesuffix(";"))


def test_small_corpus_gives_one_document_per_paragraph():
    corpus = small_corpus()
    assert search_documents(CorpusIndex(corpus), urls_for(corpus.articles)) == {
        "topics": ["Rafah", "Humanitarian aid"],
        "articles": [
            {
                "title": "Talks resume",
                "url": "articles/first.html",
                "source": "AFP",
                "date": "2024-03-02",
            },
            {
                "title": "Aid <arrives>",
                "url": "articles/second.html",
                "source": "Xinhua",
                "date": "2024-03-01",
            },
        ],
        "paragraphs": [
            {"article": 0, "anchor": "p1", "text": "Talks resumed.", "topics": []},
            {"article": 0, "anchor": "p2", "text": "Rafah & more", "topics": [0]},
            # An editor's topic covers every paragraph; a topic not in the taxonomy is dropped.
            {"article": 1, "anchor": "p1", "text": "Trucks.", "topics": [1]},
        ],
    }


def test_empty_corpus_gives_empty_lists():
    corpus = Corpus((), Taxonomy(()), Gazetteer(()))
    assert search_documents(CorpusIndex(corpus), urls_for(())) == {
        "topics": [],
        "articles": [],
        "paragraphs": [],
    }


@pytest.fixture(scope="module")
def seed_documents() -> dict:
    index = seed_index()
    return search_documents(index, urls_for(index.articles()))


def test_seeds_give_every_line_as_a_document(seed_documents):
    per_article = [0, 0, 0]
    for document in seed_documents["paragraphs"]:
        per_article[document["article"]] += 1
    # 000 has 12 non-empty lines, 001 has 34, 002 has 8; newest article first.
    assert per_article == [12, 34, 8]
    dates = [a["date"] for a in seed_documents["articles"]]
    assert dates == ["2024-04-07", "2024-03-21", "2024-02-21"]


def test_seed_paragraph_on_rafah_carries_the_topic(seed_documents):
    topics = seed_documents["topics"]
    by_key = {(d["article"], d["anchor"]): d for d in seed_documents["paragraphs"]}
    # 001 p4: "... a fresh ground offensive in the crowded southern city of Rafah."
    rafah_paragraph = by_key[1, "p4"]
    assert rafah_paragraph["text"].endswith("southern city of Rafah.")
    assert "Rafah" in [topics[t] for t in rafah_paragraph["topics"]]
    # 000 p3 is the Al-Qassam Brigades' threat: no place, no talks, no figure.
    assert "Rafah" not in [topics[t] for t in by_key[0, "p3"]["topics"]]


def test_the_script_is_one_assignment_of_compact_json():
    index = seed_index()
    script = "".join(search_index_script(index, urls_for(index.articles())))
    assert script.count(PREFIX) == 1 and script.count("\n") == 0
    body = script.removeprefix(PREFIX).removesuffix(";")
    # Compact, as the site ships it: what json writes without spaces or ASCII escapes.
    assert body == json.dumps(json.loads(body), ensure_ascii=False, separators=(",", ":"))
