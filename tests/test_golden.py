"""The seed site, page by page, against the golden copy in tests/golden/ (``invoke golden``).

With ``--update-golden`` the test rewrites tests/golden/ from the build instead and prints the
diff it accepted, for the reviewer to read before committing it.
"""

from __future__ import annotations

from tests.golden import expected_files, golden_diff, kept_files, write_golden

SHOWN = 200
"""Lines of diff a failure shows; ``invoke golden`` prints all of it."""


def test_seed_site_matches_the_golden_files(seed_project, request, capsys):
    built, kept = expected_files(seed_project), kept_files()
    diff = golden_diff(kept, built)
    if request.config.getoption("--update-golden"):
        write_golden(built)
        changed = [name for name in sorted(kept | built) if kept.get(name) != built.get(name)]
        with capsys.disabled():
            print(f"\n{diff}briefing: accepted the diff above: {len(changed)} golden files changed")
        return
    lines = diff.splitlines()
    assert not diff, (
        "the seed site differs from tests/golden/; if you meant it, run `invoke golden` and"
        " review the diff:\n" + "\n".join(lines[:SHOWN]) + ("\n..." if len(lines) > SHOWN else "")
    )
