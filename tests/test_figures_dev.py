"""The figures page's series on the dev corpus dated as its key dates it: no series over time
joins unlike figures (the other floors are in test_evaluation_floors.py); skipped where the
corpus is not checked out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pelican.plugins.briefing.evaluation import evaluate
from tests.corpus import DEV_CORPUS
from tests.sitebuild import ROOT

pytestmark = pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason=f"no dev corpus at {DEV_CORPUS}")


def _right(counts: str) -> float:
    """The share a ``right/scored`` count stands for."""
    right, scored = counts.split("/")
    return int(right) / int(scored)


@pytest.fixture(scope="module")
def dated_corpus(tmp_path_factory) -> Path:
    """The dev corpus with a manifest dating each article to the first day of its key's window,
    so that the figures page has series over time to check."""
    folder = tmp_path_factory.mktemp("dated")
    shutil.copytree(DEV_CORPUS / "articles", folder / "articles")
    shutil.copy(DEV_CORPUS / "key.json", folder / "key.json")
    key = json.loads((DEV_CORPUS / "key.json").read_text(encoding="utf-8"))
    manifest = "".join(f"{name}:\n  date: {entry['date'][0]}\n" for name, entry in key.items())
    (folder / "articles" / "manifest.yml").write_text(manifest, encoding="utf-8")
    return folder


def test_no_series_over_time_mixes_measures_or_places(dated_corpus):
    result = evaluate(dated_corpus, ROOT / "content")
    series = result.score("series")
    assert series.count("checked") >= 1
    assert (series.count("mixing measures"), series.count("mixing places")) == (0, 0)
    assert _right(result.score("figure-fields").count("as_of")) >= 0.6
