"""Unit tests of the importer's pure helpers: clean-up, datelines, credits, headlines, slugs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pelican.plugins.briefing.importer.clean import CleanParagraph, clean_paragraphs
from pelican.plugins.briefing.importer.copies import Copy, find_duplicates
from pelican.plugins.briefing.importer.decode import UnreadableSeedError, decode_seed
from pelican.plugins.briefing.importer.draft import draft_article
from pelican.plugins.briefing.importer.headline import summarise_lede
from pelican.plugins.briefing.importer.manifest import ManifestEntry, parse_manifest
from pelican.plugins.briefing.importer.outlet import Outlet, infer_source
from pelican.plugins.briefing.importer.slugs import slugify
from pelican.plugins.briefing.text.datelines import find_dateline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OUTLETS = (Outlet("AFP", ("Agence France-Presse",)), Outlet("Xinhua"), Outlet("Reuters"))


def seed_lines(number: str) -> list[str]:
    """Return the non-empty lines of real seed ``number`` (``000``, ``001``, ``002``)."""
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("paragraph", "text", "credit", "month_day", "year"),
    [
        (
            "JERUSALEM, Feb. 21 (Xinhua) -- Israel will",
            "JERUSALEM, Feb. 21 (Xinhua)",
            "Xinhua",
            (2, 21),
            None,
        ),
        (
            "GAZA CITY, March 3 (Reuters) - Aid",
            "GAZA CITY, March 3 (Reuters)",
            "Reuters",
            (3, 3),
            None,
        ),
        ("WASHINGTON (AP) \u2014 The Senate", "WASHINGTON (AP)", "AP", (None, None), None),
        (
            "Cairo, April 2, 2024 (AFP) \u2013 Talks",
            "Cairo, April 2, 2024 (AFP)",
            "AFP",
            (4, 2),
            2024,
        ),
        (
            "RAMALLAH, West Bank, Jan. 5 (Reuters) - x",
            "RAMALLAH, West Bank, Jan. 5 (Reuters)",
            "Reuters",
            (1, 5),
            None,
        ),
        ("GAZA, March 3 -- Strikes", "GAZA, March 3", None, (3, 3), None),
    ],
)
def test_dateline_is_found_with_its_credit_and_date(paragraph, text, credit, month_day, year):
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.text, found.credit, (found.month, found.day), found.year) == (
        text,
        credit,
        month_day,
        year,
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Israel said on Sunday it had withdrawn more soldiers - a move",
        "Hamas (the group) - said",
        "Gaza, March 3 -- lower-case place without credit is prose",
        "x" * 200_000,
        "",
    ],
)
def test_prose_has_no_dateline(paragraph):
    assert find_dateline(paragraph) is None


def test_dateline_end_is_where_the_story_begins():
    found = find_dateline("JERUSALEM, Feb. 21 (Xinhua) -- Israel will send")
    assert found is not None
    assert "JERUSALEM, Feb. 21 (Xinhua) -- Israel will send"[found.end :] == "Israel will send"


def test_seed_002_caption_appears_once_marked_caption_and_end_mark_is_a_credit():
    cleaned = clean_paragraphs(seed_lines("002"))
    assert [p.kind for p in cleaned.paragraphs] == ["caption"] + ["body"] * 6
    assert cleaned.paragraphs[0].text.endswith("(Tomer Neuberg/JINI via Xinhua)")
    assert cleaned.paragraphs[-1].text == (
        "In November last year, Israel and Hamas conducted a hostage-for-prisoner swap "
        "under a fragile truce."
    )
    assert cleaned.credits == ("\u25a0",)


def test_seed_000_sign_off_becomes_a_credit():
    cleaned = clean_paragraphs(seed_lines("000"))
    assert cleaned.credits == ("(Input from agencies)",)
    assert len(cleaned.paragraphs) == 11
    assert all(p.kind == "body" for p in cleaned.paragraphs)


def test_seed_001_is_all_body_and_keeps_every_paragraph():
    lines = seed_lines("001")
    cleaned = clean_paragraphs(lines)
    assert [p.text for p in cleaned.paragraphs] == [" ".join(line.split()) for line in lines]
    assert cleaned.credits == ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Smoke rises over Khan Younis on Monday. (AFP photo)", "caption"),
        ("Photo: Smoke rises over Khan Younis on Monday.", "caption"),
        ("Smoke rises over the city. (Photo by Jane Doe/Reuters)", "caption"),
        ("The army said the operation would last 24/7 (24/7).", "body"),
        ("The statement was published by the agency (Xinhua).", "body"),
    ],
)
def test_caption_detection(line, kind):
    assert clean_paragraphs([line]).paragraphs == (CleanParagraph(line, kind),)


@pytest.mark.parametrize(
    "line",
    ["(Input from agencies)", "(Reporting by Jane Doe; Editing by John Roe)", "\u25a0", "(END)"],
)
def test_sign_off_lines_become_credits(line):
    cleaned = clean_paragraphs(["Talks resumed on Monday.", line])
    assert cleaned.paragraphs == (CleanParagraph("Talks resumed on Monday."),)
    assert cleaned.credits == (line,)


def test_short_repeated_line_is_kept_once_as_body():
    cleaned = clean_paragraphs(["---", "Story text here.", "---"])
    assert cleaned.paragraphs == (CleanParagraph("---"), CleanParagraph("Story text here."))


@pytest.mark.parametrize(
    ("credits", "dateline_credit", "texts", "source"),
    [
        ((), "XINHUA", [], "Xinhua"),
        ((), "Kyodo", [], "Kyodo"),
        (("(Input from agencies)",), None, ["Reuters reported the strike."], "Agencies"),
        (("(With inputs from AFP)",), None, [], "AFP"),
        ((), None, ["AFP photos showed crowds.", "He told AFP that", "an AFP tally"], "AFP"),
        ((), None, ["Xinhua is a state agency and Reuters is not mentioned as a credit."], None),
    ],
)
def test_source_inference(credits, dateline_credit, texts, source):
    assert infer_source(texts, credits, dateline_credit, OUTLETS) == source


def test_lede_headline_and_summary():
    lede = summarise_lede(
        "Israel said on Sunday it had withdrawn more soldiers from southern Gaza, leaving just "
        "one brigade. However, its Defense Minister Yoav Gallant said the troops will be "
        "preparing for future operations in Gaza. A third sentence."
    )
    assert lede.title == (
        "Israel said on Sunday it had withdrawn more soldiers from southern Gaza, leaving just "
        "one brigade"
    )
    assert lede.summary.endswith("preparing for future operations in Gaza.")
    assert "third" not in lede.summary


def test_lede_does_not_split_at_abbreviations_and_trims_long_sentences():
    lede = summarise_lede("The U.S. envoy met Mr. Smith on Feb. 21 in Cairo. He left.")
    assert lede.title == "The U.S. envoy met Mr. Smith on Feb. 21 in Cairo"
    long_lede = summarise_lede("word " * 25_000)
    assert long_lede.title == ("word " * 22).strip() + "\u2026"
    assert len(long_lede.summary) <= 300


def test_draft_of_seed_002_without_manifest():
    draft = draft_article(seed_lines("002"), outlets=OUTLETS, file_date=date(2030, 1, 1))
    assert draft.dateline == "JERUSALEM, Feb. 21 (Xinhua)"
    assert draft.date == date(2024, 2, 21)  # year from the caption's "Feb. 21, 2024"
    assert draft.source == "Xinhua"
    assert draft.title == (
        "Israel will send a delegation for Gaza ceasefire talks in Cairo only after it "
        "receives more indications that\u2026"
    )
    assert draft.summary.startswith("Israel will send a delegation")


def test_draft_sources_of_seeds_000_and_001():
    assert draft_article(seed_lines("000"), outlets=OUTLETS, file_date=date(2030, 1, 1)).source == (
        "Agencies"
    )
    draft = draft_article(seed_lines("001"), outlets=OUTLETS, file_date=date(2030, 1, 1))
    assert (draft.source, draft.dateline, draft.date) == ("AFP", None, None)


def test_dateline_year_falls_back_to_the_file_year():
    draft = draft_article(
        ["GAZA, March 3 (AFP) - Strikes."], outlets=OUTLETS, file_date=date(2031, 5, 1)
    )
    assert draft.date == date(2031, 3, 3)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Israel to send delegation: Cairo talks", "israel-to-send-delegation-cairo-talks"),
        ("Négociations à Doha, über alles", "negociations-a-doha-uber-alles"),
        ("../../etc", "etc"),
        ("a\\b/c..d", "a-b-c-d"),
        ("!!!", ""),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_slugify_cuts_at_a_word_boundary():
    slug = slugify("word " * 40)
    assert slug == "-".join(["word"] * 16)
    assert len(slug) <= 80


def test_manifest_validation():
    manifest = parse_manifest(
        "a.txt: {title: A, date: 2024-01-02, source: AFP, url: null, colour: red}\n"
        "b.txt: {date: tomorrow}\n"
        "c.txt: {url: 'javascript:alert(1)'}\n"
        "d.txt: just a string\n"
    )
    assert manifest.entries == {"a.txt": ManifestEntry("A", date(2024, 1, 2), "AFP", None)}
    assert manifest.errors == (
        "manifest.yml: entry 'b.txt': date must be YYYY-MM-DD, got 'tomorrow'; entry ignored",
        "manifest.yml: entry 'c.txt': url must start with http:// or https://, "
        "got 'javascript:alert(1)'; entry ignored",
        "manifest.yml: entry 'd.txt': expected a mapping of title, date, source, url, slug; "
        "entry ignored",
    )
    assert manifest.warnings == (
        "manifest.yml: entry 'a.txt': unknown key 'colour' ignored "
        "(known: title, date, source, url, slug)",
    )


def test_manifest_that_is_not_yaml_is_one_error():
    manifest = parse_manifest("a.txt: [unclosed\n")
    assert manifest.entries == {}
    assert len(manifest.errors) == 1
    assert manifest.errors[0].startswith("manifest.yml: not valid YAML")


def test_duplicates_exact_near_and_unrelated():
    story = ["one a b c", "two a b c", "three a b c", "four a b c", "five a b c"]
    extended = [*story[:2], "three a b c plus one", *story[3:]]
    other = ["six", "seven", "eight"]
    assert find_duplicates([story, other, list(story), extended]) == (
        None,
        None,
        Copy(0, exact=True),
        Copy(0, exact=False),
    )


def test_three_of_five_shared_is_not_a_duplicate():
    story = ["p1", "p2", "p3", "p4", "p5"]
    assert find_duplicates([story, ["p1", "p2", "p3", "x4", "x5"]]) == (None, None)


@pytest.mark.parametrize(
    ("data", "lines"),
    [
        ("Caf\u00e9 \u201cquoted\u201d\n".encode(), ("Caf\u00e9 \u201cquoted\u201d",)),
        (b"\xef\xbb\xbfWith BOM\r\nSecond\r\n", ("With BOM", "Second")),
        (
            "It\u2019s \u201cfine\u201d \u2013 na\u00efve".encode("cp1252"),
            ("It\u2019s \u201cfine\u201d \u2013 na\u00efve",),
        ),
        ("UTF-16 text\n".encode("utf-16"), ("UTF-16 text",)),
        (b"stray\x00 NUL\x07 bytes", ("stray NUL bytes",)),
    ],
)
def test_decoding(data, lines):
    assert decode_seed(data).lines == lines


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "no text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary file, not text"),
        (bytes(range(256)) * 4, "binary file, not text"),
        (b"\x00\x01\x02\n\x03", "no text"),
    ],
)
def test_unreadable_seeds_say_why(data, reason):
    with pytest.raises(UnreadableSeedError, match=reason):
        decode_seed(data)


def test_html_extraction_keeps_the_article_only():
    page = (
        "<html><head><title>Site | Page</title><script>var a = '<p>x</p>';</script></head><body>"
        "<nav><p>Menu</p></nav><header><p>Header</p></header><main><article><h1>Headline</h1>"
        "<p>First <b>bold</b>day<br>line.</p><aside><p>Aside</p></aside>"
        "<ul><li>Item one</li></ul><form><p>Subscribe</p></form></article></main>"
        "<footer><p>Footer</p></footer></body></html>"
    )
    decoded = decode_seed(page.encode(), is_html=True)
    assert decoded.title == "Headline"
    assert decoded.lines == ("First boldday line.", "Item one")
