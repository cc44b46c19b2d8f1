"""Trustworthy builds: byte-identical rebuilds, and a failed build leaves the last good one in place."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.sitebuild import ROOT, SEEDS, build, make_project, run_invoke


def digest_tree(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder``, by relative path."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_two_builds_of_the_same_inputs_are_byte_identical(seed_project, tmp_path):
    again = make_project(tmp_path / "again")
    build(again)
    assert digest_tree(again / "output") == digest_tree(seed_project / "output")
    assert digest_tree(again / "dist") == digest_tree(seed_project / "dist")


def test_a_failed_build_leaves_the_previous_output_and_bundle_intact(tmp_path):
    project = make_project(tmp_path / "site")
    shutil.copy(ROOT / "tasks.py", project)
    build(project)  # imports the seeds
    first = run_invoke(project, "build")
    assert first.returncode == 0, first.stdout + first.stderr
    before = digest_tree(project / "output"), digest_tree(project / "dist")
    article = next((project / "content" / "articles").glob("*.md"))
    article.write_text(
        article.read_text(encoding="utf-8") + "\n{#p99}\nSee [this](nowhere.html).\n",
        encoding="utf-8",
    )
    failed = run_invoke(project, "build")
    assert failed.returncode != 0
    assert "output/ and dist/ are unchanged" in failed.stderr
    assert (digest_tree(project / "output"), digest_tree(project / "dist")) == before
    assert not (project / ".output.partial").exists()


def test_a_bad_seed_is_reported_and_fails_only_a_strict_import(tmp_path):
    project = make_project(tmp_path / "site")
    shutil.copy(ROOT / "tasks.py", project)
    (project / "seeds" / "empty.txt").write_text("  \n", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "1000"}
    run = [sys.executable, "-m", "invoke", "import"]
    relaxed = subprocess.run(run, cwd=project, env=environment, capture_output=True, text=True)
    assert relaxed.returncode == 0, relaxed.stderr
    assert "empty.txt" in relaxed.stdout and "imported 3" in relaxed.stdout
    strict = subprocess.run(
        [*run, "--strict"], cwd=project, env=environment, capture_output=True, text=True
    )
    assert strict.returncode != 0
    assert "fail a --strict build" in strict.stderr


def invoke_site(project: Path) -> None:
    """Run ``invoke site`` (import, then build) in ``project``, as ``make site`` does."""
    finished = run_invoke(project, "site")
    assert finished.returncode == 0, finished.stdout + finished.stderr


def test_a_rebuild_from_warm_caches_equals_a_cold_build_of_the_same_inputs(tmp_path):
    warm = make_project(tmp_path / "warm", seeds=SEEDS[:2])
    shutil.copy(ROOT / "tasks.py", warm)
    invoke_site(warm)
    assert list((warm / "cache").glob("briefing-analysis-*/*.pickle"))
    # One seed added and one edited: each cache (drafts, import state, Pelican's content
    # cache, analysis) must serve what is unchanged and nothing that changed.
    shutil.copy(SEEDS[2], warm / "seeds")
    edited = warm / "seeds" / SEEDS[0].name
    edited.write_text(
        edited.read_text(encoding="utf-8")
        + "\nHamas said on Monday the talks in Cairo would go on.\n",
        encoding="utf-8",
    )
    invoke_site(warm)
    cold = make_project(tmp_path / "cold", seeds=[edited, *SEEDS[1:]])
    shutil.copy(ROOT / "tasks.py", cold)
    invoke_site(cold)
    assert digest_tree(warm / "output") == digest_tree(cold / "output")
    assert digest_tree(warm / "dist") == digest_tree(cold / "dist")
    assert "Hamas said on Monday" in (warm / "output" / "briefing.json").read_text("utf-8")


def test_invoke_bundle_checks_the_current_output_then_zips_it_again(tmp_path):
    project = make_project(tmp_path / "site", seeds=SEEDS[:1])
    shutil.copy(ROOT / "tasks.py", project)
    build(project)
    bundle = project / "dist" / "briefing-offline.zip"
    built = bundle.read_bytes()
    bundle.unlink()
    again = run_invoke(project, "bundle")
    assert again.returncode == 0, again.stdout + again.stderr
    assert bundle.read_bytes() == built  # the same finishing step as the build's
    home = project / "output" / "index.html"
    home.write_text(
        home.read_text(encoding="utf-8").replace("</main>", '<a href="gone.html">x</a></main>'),
        encoding="utf-8",
    )
    broken = run_invoke(project, "bundle")
    assert broken.returncode != 0
    assert "briefing: broken link: index.html: href='gone.html': no such file" in broken.stderr
    assert "briefing: offline bundle: index.html: href='gone.html': no such file" in broken.stderr
    assert bundle.read_bytes() == built
