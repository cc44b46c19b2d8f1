"""A real site built from seeds/: what a reader sees on the pages, in output/ and in the bundle."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.sitebuild import SEEDS, news_article, page

SEED_TOPICS = {
    "ceasefire-talks": {
        "000_5feb6058c6b34512.txt",
        "001_486cdfaf399a01ed.txt",
        "002_c0b3df7f6ec2ca72.txt",
    },
    "rafah": {"000_5feb6058c6b34512.txt", "001_486cdfaf399a01ed.txt"},
    "un-actions": {"000_5feb6058c6b34512.txt", "001_486cdfaf399a01ed.txt"},
}
SIGN_OFFS = {"(Input from agencies)"}


def briefing_json(site: Path) -> dict:
    """The site's briefing.json."""
    return json.loads((site / "briefing.json").read_text(encoding="utf-8"))


def seed_of_article(site: Path) -> dict[str, str]:
    """Map article URL → seed file name."""
    return {a["url"]: Path(a["seed"]).name for a in briefing_json(site)["articles"]}


def shown_paragraphs(site: Path, url: str) -> dict[str, str]:
    """Paragraph anchor → text a reader sees, without labels, permalinks and topic tags."""
    found = {}
    for paragraph in page(site, url).select("p.para"):
        for extra in paragraph.select(".label, .permalink, .tag"):
            extra.decompose()
        found[paragraph["id"]] = " ".join(paragraph.get_text().split())
    return found


def expected_paragraphs(seed: Path) -> list[str]:
    """The seed's paragraphs as they must reach the page: once each, sign-offs removed."""
    lines = [" ".join(line.split()) for line in seed.read_text(encoding="utf-8").splitlines()]
    kept = [line.removesuffix("■").strip() for line in lines if line and line not in SIGN_OFFS]
    return list(dict.fromkeys(kept))


@pytest.mark.parametrize("topic", sorted(SEED_TOPICS))
def test_topic_page_lists_exactly_the_right_seeds(seed_site, topic):
    seeds = seed_of_article(seed_site)
    soup = page(seed_site, f"topics/{topic}.html")
    listed = {
        seeds[posixpath.normpath(posixpath.join("topics", h2.a["href"]))]
        for h2 in soup.select("section.topic-entry h2")
    }
    assert listed == SEED_TOPICS[topic]


@pytest.mark.parametrize("topic", sorted(SEED_TOPICS))
def test_topic_page_links_each_excerpt_to_its_paragraph(seed_site, topic):
    soup = page(seed_site, f"topics/{topic}.html")
    excerpts = soup.select("blockquote.excerpt")
    assert excerpts, f"no excerpt on the {topic} page"
    for excerpt in excerpts:
        target = urlsplit(excerpt.footer.a["href"])
        article = posixpath.normpath(posixpath.join("topics", target.path))
        shown = shown_paragraphs(seed_site, article)
        excerpt_text = " ".join(excerpt.p.get_text().split())
        assert shown[target.fragment] == excerpt_text


def test_topic_pages_list_articles_newest_first(seed_site):
    soup = page(seed_site, "topics/ceasefire-talks.html")
    dates = [t["datetime"] for t in soup.select("section.topic-entry > p.meta time")]
    assert dates == ["2024-04-07", "2024-03-21", "2024-02-21"]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.name)
def test_every_seed_paragraph_is_on_its_article_page(seed_site, seed):
    url = next(u for u, name in seed_of_article(seed_site).items() if name == seed.name)
    shown = list(shown_paragraphs(seed_site, url).values())
    assert shown == expected_paragraphs(seed)


def test_article_page_carries_news_article_json_ld(seed_site):
    soup = page(seed_site, next(iter(seed_of_article(seed_site))))
    data = news_article(soup)
    assert data["@type"] == "NewsArticle"
    assert {"headline", "datePublished", "publisher"} <= set(data)
    assert "" not in data.values()  # what is unknown is left out, never written empty


def test_xinhua_article_shows_dateline_caption_and_credits(seed_site):
    url = next(u for u, n in seed_of_article(seed_site).items() if n.startswith("002"))
    soup = page(seed_site, url)
    assert "JERUSALEM, Feb. 21 (Xinhua)" in soup.select_one(".dateline").get_text()
    captions = soup.select("p.para.caption")
    assert len(captions) == 1 and captions[0]["id"] == "p1"
    assert "■" in soup.select_one(".facts").get_text()


def test_briefing_json_lists_articles_and_topics(seed_site):
    data = briefing_json(seed_site)
    assert sorted(Path(a["seed"]).name for a in data["articles"]) == [s.name for s in SEEDS]
    for article in data["articles"]:
        assert set(article) == {
            "slug",
            "title",
            "date",
            "source",
            "inferred",
            "seed",
            "url",
            "topics",
            "entities",
            "quotes",
            "figures",
            "events",
        }
        assert (seed_site / article["url"]).is_file()
    by_topic = {t["slug"]: t for t in data["topics"]}
    slug_seed = {a["slug"]: Path(a["seed"]).name for a in data["articles"]}
    for topic, seeds in SEED_TOPICS.items():
        assert {slug_seed[s] for s in by_topic[topic]["articles"]} == seeds
        assert (seed_site / by_topic[topic]["url"]).is_file()


def test_a_local_build_writes_no_feed_or_sitemap_with_a_made_up_host(seed_site):
    # pelicanconf.py has no site address: an address on a placeholder host would be wrong.
    assert not (seed_site / "feeds").exists()
    assert not (seed_site / "sitemap.xml").exists()
    home = page(seed_site, "index.html")
    assert home.select('link[rel="alternate"], link[rel="canonical"]') == []
    assert "://" not in (seed_site / "index.html").read_text(encoding="utf-8").split("</head>")[0]


def internal_references(root: Path):
    """Yield (page, tag, attribute value) for every link, script, stylesheet and image."""
    for path in sorted(root.rglob("*.html")):
        soup = page(root, path.relative_to(root).as_posix())
        for tag in soup.find_all(["a", "link", "script", "img"]):
            value = tag.get("href") or tag.get("src")
            if value:
                yield path.relative_to(root).as_posix(), tag.name, value


def broken_references(root: Path, offline: bool) -> list[str]:
    """Every reference that does not resolve to a file (and anchor) under ``root``."""
    broken, ids = [], {}  # ids: the ids of each page an anchor points into, parsed once
    for source, tag, value in internal_references(root):
        parts = urlsplit(value)
        if parts.scheme or value.startswith("//"):
            if offline and tag != "a":
                broken.append(f"{source}: asset outside the bundle {value}")
            continue
        if offline and (value.endswith("/") or (not parts.path and not parts.fragment)):
            broken.append(f"{source}: link names a folder {value}")
        target = (
            (root / posixpath.dirname(source) / unquote(parts.path)).resolve()
            if parts.path
            else root / source
        )
        if not target.is_file():
            broken.append(f"{source}: missing {value}")
        elif parts.fragment and target.suffix == ".html":
            if target not in ids:
                shown = page(root, target.relative_to(root.resolve()).as_posix())
                ids[target] = {t["id"] for t in shown.select("[id]")}
            if parts.fragment not in ids[target]:
                broken.append(f"{source}: missing anchor {value}")
    return broken


def test_every_internal_link_and_anchor_resolves_in_output(seed_site):
    assert broken_references(seed_site, offline=False) == []


def test_every_link_works_from_the_unzipped_bundle(seed_bundle):
    assert (seed_bundle / "index.html").is_file()
    assert broken_references(seed_bundle, offline=True) == []


def test_bundle_holds_no_absolute_url_for_an_asset(seed_bundle):
    for path in seed_bundle.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assets = re.findall(r'<(?:link|script|img)\b[^>]*\b(?:href|src)="([^"]+)"', text)
        assert [a for a in assets if re.match(r"^(?:[a-z]+:)?//", a)] == [], path.name


def test_every_page_forbids_inline_script(seed_site):
    for path in seed_site.rglob("*.html"):
        soup = page(seed_site, path.relative_to(seed_site).as_posix())
        policy = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert "script-src 'self'" in policy["content"], path.name
        inline = [
            s
            for s in soup.find_all("script")
            if not s.get("src") and s.get("type") != "application/ld+json"
        ]
        assert inline == [], path.name


def article_json(site: Path, seed_prefix: str) -> dict:
    """The briefing.json entry of the seed whose file name starts with ``seed_prefix``."""
    return next(
        a for a in briefing_json(site)["articles"] if Path(a["seed"]).name.startswith(seed_prefix)
    )


def test_briefing_json_carries_entities_quotes_figures_and_events(seed_site):
    data = briefing_json(seed_site)
    blinken = next(e for e in data["entities"] if e["id"] == "antony-blinken")
    assert blinken["type"] == "person" and blinken["role"] == "US Secretary of State"
    assert (seed_site / blinken["url"]).is_file()
    article = article_json(seed_site, "001")
    assert blinken["mentions"][0] == {"article": article["slug"], "anchor": "p1"}
    assert "antony-blinken" in article["entities"]
    assert {
        "speaker": "antony-blinken",
        "speaker_name": "Blinken",
        "speaker_evidence": None,
        "text": "There's nowhere for the civilians gathered in Rafah to escape danger",
        "anchor": "p9",
    } in article["quotes"]
    toll = next(f for f in article["figures"] if f["text"].endswith("31,988"))
    assert (toll["value"], toll["unit"], toll["counted"]) == (31988, "", "killed")
    assert toll["date"] == "2024-03-21" and "health ministry" in toll["attribution"]
    # A sum of money or a duration says what it is counted in: 6 weeks is not 6 people.
    pledge = next(f for f in article["figures"] if f["text"] == "$40 million")
    assert (pledge["value"], pledge["unit"]) == (40_000_000, "USD")
    assert {"date": "2023-10-07", "when": "October 7", "anchor": "p3"} in [
        {k: e[k] for k in ("date", "when", "anchor")} for e in article["events"]
    ]


def test_entity_page_shows_role_quotes_and_linked_mentions(seed_site):
    soup = page(seed_site, "entities/antony-blinken.html")
    assert soup.h1.get_text() == "Antony Blinken"
    assert "US Secretary of State" in soup.select_one(".lede").get_text()
    quotes = [" ".join(q.p.get_text().split()) for q in soup.select("blockquote.quote")]
    assert "“There's nowhere for the civilians gathered in Rafah to escape danger”" in quotes
    assert "“Gaps are narrowing”" not in quotes  # three words: a phrase, not a quote
    (entry,) = soup.select("section.mention-entry")  # Blinken is named in seed 001 only
    snippet = entry.select_one("p.snippet")
    assert (snippet.mark.get_text(), urlsplit(snippet.a["href"]).fragment) == (
        "Antony Blinken",
        "p1",
    )
    assert snippet.get_text().startswith("Ahead of a crucial UN Security Council vote")
    also = [urlsplit(a["href"]).fragment for a in entry.select("p.also a")]
    assert also == ["p3", "p7", "p9", "p31"]


def test_article_pages_link_mentions_to_entity_pages(seed_site):
    url = article_json(seed_site, "001")["url"]
    links = page(seed_site, url).select("a.mention")
    targets = {link.get_text(): link["href"] for link in links}
    assert targets["Antony Blinken"] == "../entities/antony-blinken.html"
    assert targets["UN Security Council"] == "../entities/un-security-council.html"


def _months(site: Path, index: str) -> list[tuple[str, str]]:
    """The months a list of months links to (its text, the page's path), in its order."""
    links = page(site, index).select("ul.months a")
    folder = posixpath.dirname(index)
    return [(a.get_text(), posixpath.normpath(posixpath.join(folder, a["href"]))) for a in links]


def test_figures_page_shows_disagreement_and_the_count_over_time(seed_site):
    months = dict(_months(seed_site, "figures.html"))
    assert list(months) == ["April 2024", "March 2024", "February 2024", "October 2023"]
    # The two 7 October tolls stand for one day: they are on one month's page, side by side.
    october = page(seed_site, months["October 2023"])
    killed = october.find(id="measure-killed").find_parent("section")
    disputed = {
        " ".join(r.select("td")[1].get_text().split()) for r in killed.select("tr.disputed")
    }
    assert any("1,160" in cell for cell in disputed) and any("1,200" in cell for cell in disputed)
    assert not october.select(".trend")  # a month's page cannot show a series's whole course
    # The list of months does: only Gaza's running total moves, across three months; the West
    # Bank's and October 7's tolls, and the toll that names no place, are series of their own.
    (trend,) = [
        p.get_text() for p in page(seed_site, "figures.html").select(".trend") if "Killed" in p.text
    ]
    assert re.search(r"people · Gaza · running total\): .*29,000 .*→ .*32,000 .*→ .*33,100", trend)
    assert not re.search(r"440|1,160|1,200|31,988", trend)
    captions = {
        c.get_text()
        for month in months.values()
        for c in page(seed_site, month).select("#measure-killed ~ table caption")
    }
    assert "people · West Bank · running total" in captions
    assert "people · place not stated · running total" in captions


def test_every_figure_is_on_the_page_of_the_month_it_stands_for(seed_site):
    months = _months(seed_site, "figures.html")
    listed = page(seed_site, "figures.html").select("ul.months li")
    for (_, path), item in zip(months, listed, strict=True):
        days = [t["datetime"] for t in page(seed_site, path).select("table.figures time")]
        counted = int(re.search(r"(\d+) figures?", item.get_text()).group(1))
        assert len(days) == counted and days
        assert {day[:7] for day in days} == {posixpath.basename(path).removesuffix(".html")}


def test_timeline_puts_dated_events_in_order_and_filters_by_topic(seed_site):
    months = _months(seed_site, "timeline.html")
    assert [name for name, _ in months][0] == "April 2024"
    assert [name for name, _ in months][-1] == "October 2023"
    everything = []
    for name, path in reversed(months):  # oldest month first, as a reader goes forward
        soup = page(seed_site, path)
        assert soup.h1.get_text() == f"Timeline: {name}"
        days = [t["datetime"] for t in soup.select("li.day time") if len(t["datetime"]) == 10]
        assert days == sorted(days)
        everything += soup.select("li.event")
    assert page(seed_site, months[-1][1]).select_one("li.day time")["datetime"] == "2023-10-07"
    assert "November 2023" in [name for name, _ in months]
    rafah = [path for _, path in _months(seed_site, "timeline/rafah.html")]
    events = [e for path in rafah for e in page(seed_site, path).select("li.event")]
    assert 0 < len(events) < len(everything)
    for path in rafah:
        for event in page(seed_site, path).select("li.event"):
            target = urlsplit(event.select_one(".meta a")["href"])
            where = posixpath.normpath(posixpath.join(posixpath.dirname(path), target.path))
            tags = [
                t.get_text()
                for t in page(seed_site, where).find(id=target.fragment).select("a.tag")
            ]
            assert "Rafah" in tags


def test_each_month_of_quotes_holds_the_articles_published_in_it(seed_site):
    months = _months(seed_site, "quotes.html")
    assert [name for name, _ in months] == ["April 2024", "March 2024", "February 2024"]
    listed = page(seed_site, "quotes.html").select("ul.months li")
    for (name, path), item in zip(months, listed, strict=True):
        soup = page(seed_site, path)
        # The list of months counts what each month's page shows.
        counted = re.search(r"([\d,]+) direct quotes? from (\d+) articles?", item.get_text())
        assert int(counted.group(1)) == len(soup.select("blockquote.quote"))
        assert int(counted.group(2)) == len(soup.select("section.topic-entry"))
        assert soup.h1.get_text() == f"Who said what: {name}"
        dates = {t.get_text() for t in soup.select("section.topic-entry .meta time")}
        assert dates and all(d.endswith(name.split()[-1]) and name.split()[0] in d for d in dates)
        assert soup.select("blockquote.quote")


def test_a_paragraph_link_names_the_paragraph_as_its_address_does_on_every_page(seed_site):
    named = 0
    for path in sorted(seed_site.rglob("*.html")):
        for link in page(seed_site, path.relative_to(seed_site).as_posix()).select("main a"):
            label = " ".join(link.get_text().split())
            if "¶" in label and label != "¶":
                anchor = link["href"].rsplit("#", 1)[1]
                assert re.search(rf"¶\s{re.escape(anchor)}\b", link.get_text()), (path, label)
                named += 1
    assert named > 50


def test_counts_agree_with_their_nouns(seed_site):
    plural_after_one = re.compile(r"(?<![\d,.])1 (articles|paragraphs|topics|direct quotes)\b")
    for path in sorted(seed_site.rglob("*.html")):
        text = " ".join(page(seed_site, path.relative_to(seed_site).as_posix()).get_text().split())
        assert not plural_after_one.search(text), path
    cards = page(seed_site, "index.html").select(".topic-card .meta")
    assert "1 article, 1 paragraph" in [" ".join(card.get_text().split()) for card in cards]


def test_a_related_article_says_which_topics_and_names_both_share(seed_site):
    seeds = seed_of_article(seed_site)
    url = next(u for u, name in seeds.items() if name.startswith("001"))
    reasons = [" ".join(why.get_text().split()) for why in page(seed_site, url).select(".why")]
    assert reasons and all("both mention" not in reason for reason in reasons)
    assert any("both name " in reason and "Israel" in reason for reason in reasons), reasons
