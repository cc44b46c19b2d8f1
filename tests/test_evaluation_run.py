"""``invoke evaluate``: import and analyse a corpus with a key, then print the scores."""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from pelican.plugins.briefing.evaluation import FIELDS, evaluate, main
from pelican.plugins.briefing.evaluation.key import load_key
from tests.corpus import DEV_CORPUS
from tests.evaluation_found import FIXTURE
from tests.sitebuild import ROOT, run_invoke

HEADING = re.compile(r"^([\w-]+): \d+ miss(?:es)?$", re.MULTILINE)
"""The line that opens one field's misses."""
SEED_DATE = datetime(2030, 1, 1).timestamp()
"""The fixture seeds' file date: years after every story, so a date taken from it is invented."""


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A copy of the evaluation fixture whose seed files are dated 1 January 2030."""
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURE, folder)
    for seed in (folder / "articles").iterdir():
        os.utime(seed, (SEED_DATE, SEED_DATE))
    return folder


def test_evaluate_imports_analyses_and_scores_every_field(corpus):
    result = evaluate(corpus, ROOT / "content")
    assert [score.field for score in result.scores] == list(FIELDS)
    assert (result.articles, result.problems) == (3, ())
    dates = result.score("date")
    # The wire dateline gives the full date; the others have none in the text: whatever the
    # importer makes of them (a file date or unknown), it is not the story's date.
    assert dates.count("correct") == 1
    assert dates.count("invented") + dates.count("unknown") == 2
    assert not any(miss.startswith("01_wire.txt") for miss in dates.misses)
    assert result.score("quotes").count("key") == 5
    assert result.score("figures").count("key") == 12


def test_evaluate_does_not_write_into_the_corpus(corpus):
    before = sorted(path.name for path in corpus.rglob("*"))
    evaluate(corpus, ROOT / "content")
    assert sorted(path.name for path in corpus.rglob("*")) == before


def test_a_seed_the_key_lacks_is_reported_and_not_scored(corpus):
    (corpus / "articles" / "04_extra.txt").write_text("A line about nothing much.\n")
    result = evaluate(corpus, ROOT / "content")
    assert result.problems == ("04_extra.txt: has no key entry; not scored",)
    assert result.articles == 3


def test_a_bad_key_entry_is_one_line_and_the_others_are_scored(tmp_path):
    key = json.loads((FIXTURE / "key.json").read_text(encoding="utf-8"))
    key["02_radio.txt"]["figures"][0]["measure"] = "trams"
    key["03_speech.txt"]["date"] = ["2025-03-11", "2025-03-10"]
    (tmp_path / "key.json").write_text(json.dumps(key), encoding="utf-8")
    entries, problems = load_key(tmp_path / "key.json")
    assert list(entries) == ["01_wire.txt"]
    assert problems == [
        "key.json: 02_radio.txt: figures[0]: measure 'trams' is not one of the key's;"
        " entry not scored",
        "key.json: 03_speech.txt: date must be two days, earliest first; entry not scored",
    ]


def test_a_key_topic_the_taxonomy_lacks_is_reported(corpus):
    key = json.loads((corpus / "key.json").read_text(encoding="utf-8"))
    key["03_speech.txt"]["topics"]["secondary"] = ["floods"]
    (corpus / "key.json").write_text(json.dumps(key), encoding="utf-8")
    result = evaluate(corpus, ROOT / "content")
    assert result.problems == ("key.json: 03_speech.txt: topic 'floods' is not in the taxonomy",)


def test_main_stops_with_one_line_on_a_missing_key_or_an_unknown_field(tmp_path):
    with pytest.raises(SystemExit, match=r"^briefing: evaluate: .*key\.json: cannot read"):
        main(tmp_path, ROOT / "content")
    with pytest.raises(SystemExit, match=r"^briefing: evaluate: no field 'speaker'; one of: date"):
        main(FIXTURE, ROOT / "content", field="speaker")


def test_main_lists_the_misses_of_one_field_when_asked(corpus, capsys):
    main(corpus, ROOT / "content")
    every = HEADING.findall(capsys.readouterr().out)
    main(corpus, ROOT / "content", field="credit")
    printed = capsys.readouterr().out
    one = HEADING.findall(printed)
    assert "series" in every  # its note (no figure kinds yet) is always listed
    assert set(one) <= {"credit"}
    assert printed.splitlines()[-len(FIELDS) - 2].split() == ["field", "prec", "recall", "counts"]


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason=f"no dev corpus at {DEV_CORPUS}")
def test_invoke_evaluate_on_the_dev_corpus_reports_every_field():
    finished = run_invoke(ROOT, "evaluate", "--no-misses")
    assert finished.returncode == 0, finished.stdout + finished.stderr
    printed = finished.stdout.splitlines()
    assert printed[-1].startswith(f"evaluated 32 key files of {DEV_CORPUS}")
    assert "(0 problems)" in printed[-1]
    rows = printed[-len(FIELDS) - 1 : -1]
    assert [row.split("  ")[0].strip() for row in rows] == list(FIELDS)
    assert len(printed) == len(FIELDS) + 2  # --no-misses: the table and the closing line only
