"""An article's language and direction, told by the script of its text, reach its pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelican.plugins.briefing.files import load_yaml
from pelican.plugins.briefing.text import scripts
from pelican.plugins.briefing.text.scripts import SCRIPTS, Language, text_language
from tests.sitebuild import make_project, news_article, page, run_pelican

SCRIPTS_FILE = Path(scripts.__file__).with_name("scripts.yml")

# Invented news text in each script (none of it from the corpus).
ARABIC = "قال مسؤولون في الميناء يوم الثلاثاء إن السفن عادت إلى العمل بعد توقف دام ثلاثة أيام."
PERSIAN = "مسئولان بندر روز سه شنبه گفتند که کشتی ها پس از سه روز توقف دوباره به کار افتادند."
URDU = "بندرگاہ کے حکام نے منگل کو کہا کہ تین دن کی بندش کے بعد جہاز دوبارہ چلنے لگے ہیں۔"
HEBREW = "פקידי הנמל אמרו ביום שלישי כי האוניות חזרו לפעול לאחר הפסקה של שלושה ימים."
ENGLISH = 'Port officials said on Tuesday that ships were back at work; a sign read "الميناء".'


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ARABIC, Language("ar", "rtl")),
        (PERSIAN, Language("fa", "rtl")),
        (URDU, Language("ur", "rtl")),
        (HEBREW, Language("he", "rtl")),
        (ENGLISH, None),  # a word of Arabic in an English article leaves it English
        ("", None),
    ],
)
def test_the_script_of_most_letters_tells_language_and_direction(text, language):
    assert text_language(text) == language


def _blocks(script) -> list[tuple[int, int]]:
    """The code point ranges ``scripts.yml`` gives a script, read here on their own."""
    (entry,) = [
        e for e in load_yaml(SCRIPTS_FILE.read_text("utf-8"))["scripts"] if e["name"] == script.name
    ]
    return [tuple(int(end, 16) for end in str(block).split("-")) for block in entry["ranges"]]


def _by_each_letter(text: str) -> Language | None:
    """The rule of ``scripts.yml`` read letter by letter: the script of more than half of the
    letters, and among its languages the first whose own letters reach their share."""
    letters = [char for char in text if char.isalpha()]
    counts = {
        script: sum(1 for c in letters if any(lo <= ord(c) <= hi for lo, hi in _blocks(script)))
        for script in SCRIPTS
    }
    script = max(counts, key=counts.get)
    if not counts[script] or counts[script] * 2 <= len(letters):
        return None
    for code, marks in script.languages:
        if sum(1 for c in letters if marks.fullmatch(c)) >= script.share * counts[script]:
            return Language(code, script.language.direction)
    return script.language


# Letters, digits and marks of each script told apart, Latin letters and punctuation.
_MIXED = st.text(
    st.sampled_from(list(ARABIC + PERSIAN + URDU + HEBREW + ENGLISH + "٣،؛" + "ٹڈڑںےپچژگیک")),
    max_size=200,
)


@given(_MIXED)
def test_counting_by_pattern_tells_what_counting_each_letter_tells(text):
    assert text_language(text) == _by_each_letter(text)


ARTICLE = """---
title: {title}
date: 2024-05-07
source: Example Wire
slug: {slug}
topics_add: [rafah]
---

{{#p1}}
{body}
"""


def test_an_arabic_article_reads_right_to_left_in_an_english_site(tmp_path):
    project = make_project(tmp_path / "site", seeds=[])
    articles = project / "content" / "articles"
    for slug, title, body in (
        ("port-ar", "عودة السفن إلى الميناء", ARABIC),
        ("port-en", "Ships return to the port", "Port officials said ships were back at work."),
    ):
        text = ARTICLE.format(slug=slug, title=title, body=body)
        (articles / f"{slug}.md").write_text(text, encoding="utf-8")
    finished = run_pelican(project)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    site = project / "output"
    arabic = page(site, "articles/port-ar.html")
    assert arabic.html["lang"] == "en"  # the page's own words (menus, labels) are English
    assert (arabic.h1["lang"], arabic.h1["dir"]) == ("ar", "rtl")
    body = arabic.select_one("[data-pagefind-body] .body")
    assert (body["lang"], body["dir"]) == ("ar", "rtl")
    assert news_article(arabic)["inLanguage"] == "ar"
    english = page(site, "articles/port-en.html")
    assert not english.h1.has_attr("lang") and "inLanguage" not in english.script.string
    listed = {a.get_text(): a.get("dir") for a in page(site, "archives.html").select("main li a")}
    assert listed == {"عودة السفن إلى الميناء": "rtl", "Ships return to the port": None}
