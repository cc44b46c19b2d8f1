"""The seed site, page by page, against the golden copy in tests/golden/ (``invoke golden``)."""

from __future__ import annotations

import pytest

from tests.golden import GOLDEN, expected_files


@pytest.fixture(scope="module")
def built(seed_site) -> dict[str, str]:
    """The golden files as the current build would write them."""
    return expected_files(seed_site)


def test_golden_site_has_the_same_pages(built):
    kept = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())
    assert sorted(built) == kept, "pages added or removed; run `invoke golden` if intended"


@pytest.mark.parametrize(
    "name", sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())
)
def test_golden_page_reads_the_same(built, name):
    assert built.get(name) == (GOLDEN / name).read_text(encoding="utf-8"), (
        f"{name} changed; run `invoke golden` if intended"
    )
