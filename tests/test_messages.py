"""Lines for the editor: control characters escaped, the key probably meant, YAML positions."""

from __future__ import annotations

import pytest
import yaml

from pelican.plugins.briefing.messages import did_you_mean, one_line, printable, yaml_problem


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("seeds/plain caf\u00e9.txt", "seeds/plain caf\u00e9.txt"),
        ("seeds/\x1b[2Jclear.txt", "seeds/\\x1b[2Jclear.txt"),
        ("bell\x07 tab\t nul\x00", "bell\\x07 tab\\t nul\\x00"),
        ("csi\x9b c1", "csi\\x9b c1"),
        ("evil\u202etxt.exe", "evil\\u202etxt.exe"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("latin1 byte \udce9", "latin1 byte \\xe9"),  # a file name byte that is not UTF-8
    ],
)
def test_printable_escapes_what_a_terminal_would_obey(text, shown):
    assert printable(text) == shown
    assert printable(shown) == shown  # escaping twice changes nothing


def test_one_line_joins_lines_and_escapes():
    assert one_line("Could not read\n  in 'x\x1b'\n\n") == "Could not read in 'x\\x1b'"


@pytest.mark.parametrize(
    ("word", "suggestion"),
    [
        ("topics_added", "; did you mean 'topics_add'?"),
        ("topics_removed", "; did you mean 'topics_remove'?"),
        ("colour", ""),
        (3, ""),
    ],
)
def test_did_you_mean(word, suggestion):
    assert did_you_mean(word, ("title", "topics_add", "topics_remove")) == suggestion


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("a: b: c\n", (1, 5, "mapping values are not allowed in this context")),
        ("\u00e9\u00e9\u00e9: x\n  b: x\x07y\n", (2, 7, "a character YAML does not allow (\\x07)")),
    ],
)
def test_yaml_problem_gives_the_line_and_column_in_characters(text, position):
    with pytest.raises(yaml.YAMLError) as error:
        yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    line, column, problem = yaml_problem(error.value, text)
    assert (line, column, problem.split(" (a value")[0]) == position
