"""Reading content/taxonomy.yml: what an editor may write, and the one line a mistake gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelican.plugins.briefing.analysis.editorial import EditorialError, load_taxonomy
from pelican.plugins.briefing.model import SubjectContext, Term
from tests.sitebuild import edit, make_project, run_pelican

TOPIC = """topics:
  - slug: famine
    name: Famine
    terms:
      - famine
      - UN | U.N. | United Nations: 0.5
      - humanitarian ceasefire: 0
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "taxonomy.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_terms_keep_their_wordings_and_weights(tmp_path):
    (topic,) = load_taxonomy(write(tmp_path, TOPIC)).topics
    assert topic.terms == (
        Term("famine"),
        Term("UN | U.N. | United Nations", 0.5),
        Term("humanitarian ceasefire", 0.0),
    )


@pytest.mark.parametrize(
    ("context", "read"),
    [
        ("", None),
        (
            "context:\n  scope: neighbours\n  names: [Gaza | Gazan, Hamas]\n  elsewhere: [Sudan]\n",
            SubjectContext(("Gaza | Gazan", "Hamas"), "neighbours", ("Sudan",)),
        ),
        ("context:\n  names: [Gaza]\n", SubjectContext(("Gaza",), "paragraph", ())),
    ],
    ids=["no-context", "context", "scope-paragraph-unless-given"],
)
def test_the_context_section_is_read(tmp_path, context, read):
    assert load_taxonomy(write(tmp_path, context + TOPIC)).context == read


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ("context: [Gaza]", "context: expected a mapping, got ['Gaza']"),
        ("context:", "context: expected a mapping, got None"),
        ("context:\n  scope: article", "context: missing names"),
        ("context:\n  names: [Gaza]\n  scop: article", "context: unknown key 'scop' (known: "),
        (
            "context:\n  names: [Gaza]\n  scope: sentence",
            "context: scope must be one of paragraph, neighbours, article, got 'sentence'",
        ),
        ("context:\n  names: []", "context: names: expected a list of names, got []"),
        ("context:\n  names: Gaza", "context: names: expected a list of names, got 'Gaza'"),
        ("context:\n  names: [Gaza, 3]", "context: names: name 2 must be a word or phrase, got 3"),
        ("context:\n  names: [Gaza |]", "context: names: name 1 must be a word or phrase"),
        (
            "context:\n  names: [Gaza]\n  elsewhere: Sudan",
            "context: elsewhere: expected a list of names, got 'Sudan'",
        ),
    ],
)
def test_a_bad_context_is_named(tmp_path, context, message):
    path = write(tmp_path, context + "\n" + TOPIC)
    with pytest.raises(EditorialError) as error:
        load_taxonomy(path)
    assert str(error.value).startswith(f"{path}: {message}")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("      - famine\n", "      - famine: high\n"), "topic 'famine': term 'famine': weight"),
        (("      - famine\n", "      - famine: -1\n"), "must be 0 or more, got -1"),
        (("    terms:", "    threshold: 0\n    terms:"), "threshold must be more than 0, got 0"),
        (("    terms:", "    threshold: yes\n    terms:"), "threshold must be a number"),
        (("    terms:", "    treshold: 2\n    terms:"), "topic 1: unknown key 'treshold'"),
        (("      - famine\n", "      - famine |\n"), "a term must be a phrase or 'phrase: weight'"),
        (("topics:", "contxt: {}\ntopics:"), "unknown key 'contxt' (known: topics, context)"),
        # timeline/<slug>.html would be the timeline's page of a month, or of what is undated
        (("slug: famine", "slug: 2024-03"), "topic '2024-03': slug names a timeline month page"),
        (("slug: famine", "slug: undated"), "topic 'undated': slug names a timeline month page"),
    ],
)
def test_a_bad_topic_is_named(tmp_path, change, message):
    path = write(tmp_path, TOPIC.replace(*change))
    with pytest.raises(EditorialError, match="^" + str(path)) as error:
        load_taxonomy(path)
    assert message in str(error.value)


def test_a_bad_context_stops_the_build_naming_the_file_and_entry(tmp_path):
    project = make_project(tmp_path / "site", seeds=[])
    edit(project / "content" / "taxonomy.yml", "scope: article", "scope: sentence")
    finished = run_pelican(project)
    assert finished.returncode != 0
    output = " ".join((finished.stdout + finished.stderr).split())
    assert "taxonomy.yml: context: scope must be one of paragraph, neighbours, article" in output
