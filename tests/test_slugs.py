"""Slugs: file-safe names made from headlines."""

from __future__ import annotations

import pytest

from pelican.plugins.briefing.importer.slugs import slugify


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
