"""How a line for the editor is made: control characters shown escaped, the name probably meant.

Every line the importer and the commands print goes through ``printable``: a file name or a
text may hold a terminal escape sequence, which must be shown, never obeyed.
"""

from __future__ import annotations

import difflib
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

import yaml

# C0 and C1 controls, DEL, zero-width characters, line and paragraph separators,
# bidirectional marks, overrides and isolates (they reorder what the terminal shows), the
# byte-order mark and non-characters, and the lone surrogates Python uses for the bytes of
# a file name that are not UTF-8.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufeff\ufffe\uffff]"
)
_SURROGATE_BYTES = range(0xDC80, 0xDD00)
# Characters a YAML file may not contain (YAML 1.1, "c-printable").
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def printable(text: str) -> str:
    r"""Return ``text`` with every control character escaped (``\x1b``, ``\t``, ``\u202e``)."""
    return _UNPRINTABLE.sub(_escaped, text)


def one_line(text: str) -> str:
    """Return a message of one or more lines as one printable line."""
    return printable(" ".join(part.strip() for part in text.splitlines() if part.strip()))


class PrintableRecords(logging.Filter):
    """Makes every logged message printable before a handler shows it (line breaks kept)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's message by its printable form."""
        message = record.getMessage()
        record.msg, record.args = "\n".join(map(printable, message.split("\n"))), None
        return True


def escape_logged_messages() -> None:
    """Have every handler of the root logger (Pelican's included) show messages printable."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(found, PrintableRecords) for found in handler.filters):
            handler.addFilter(PrintableRecords())


def _escaped(found: re.Match[str]) -> str:
    """Spell one unprintable character as a Python escape."""
    code = ord(found.group())
    if code in _SURROGATE_BYTES:
        return f"\\x{code - 0xDC00:02x}"  # the byte the file name holds
    return found.group().encode("unicode_escape").decode("ascii")


def local_path(path: str | os.PathLike) -> str:
    """Return a path as a message shows it: relative to the folder we run in, when inside it."""
    relative = os.path.relpath(path)
    return Path(path).as_posix() if relative.startswith("..") else Path(relative).as_posix()


def did_you_mean(word: object, known: Iterable[str]) -> str:
    """Return ``"; did you mean 'x'?"`` for the known name closest to ``word``, else ``""``."""
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


# What to do about the YAML mistakes editors make most, by the start of the parser's problem.
_YAML_HINTS = (
    ("mapping values are not allowed", "a value that contains ': ' needs quotes around it"),
    ("found character that cannot start any token", "put the value in quotes"),
    ("found unexpected end of stream", "a quote is not closed"),
    ("did not find expected key", "check the indentation of this line"),
    ("could not find expected ':'", "a line is missing its ':' or is indented too far"),
    ("found undefined alias", "'*' starts a YAML alias; put the value in quotes"),
)


def yaml_problem(error: yaml.YAMLError, text: str) -> tuple[int, int, str]:
    """Return the line, column (from 1) and a one-line account of a YAML error in ``text``."""
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        line, column = mark.line + 1, mark.column + 1
        problem = str(getattr(error, "problem", "") or "not valid YAML")
    else:  # a ReaderError: a character YAML does not allow (libyaml counts bytes, not characters)
        found = _NOT_YAML.search(text)
        line, column = line_column(text, found.start() if found else 0)
        shown = f" ({printable(found.group())})" if found else ""
        problem = f"a character YAML does not allow{shown}"
    if _char_at(text, line, column) == "\t":
        hint = "indent with spaces, not tabs"
    else:
        hint = next((hint for start, hint in _YAML_HINTS if problem.startswith(start)), "")
    return line, column, printable(f"{problem} ({hint})" if hint else problem)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The line and column (from 1) of the character at ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a line and column (from 1) of ``text``, or ``""``."""
    lines = text.split("\n")
    if not 0 < line <= len(lines) or not 0 < column <= len(lines[line - 1]):
        return ""
    return lines[line - 1][column - 1]
