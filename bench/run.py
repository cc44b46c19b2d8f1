"""Time our whole pipeline against plain Pelican on the synthetic corpora, alternating runs.

For each size: a cold ``invoke site`` of a fresh briefing project (import, analysis, Pelican
build with our plugin, link check, Pagefind, bundle, one-file briefing) and a cold plain Pelican
build (default theme, no plugins) of the same articles as Markdown. Wall time and peak RSS of
the whole child process tree (sampled with psutil) are recorded per run; the table shows medians.
After the last full build of each size from 1,000 up, ``invoke site`` runs again with nothing
changed, then once more after one seed is added: the rebuilds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import psutil
import yaml

from bench.generate import CORPORA, extra_article, write_corpus
from bench.report import machine, summary, table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SAMPLE_SECONDS = 0.05
PLAIN_SETTINGS = """\
AUTHOR = "Bench"
SITENAME = "Plain Pelican"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
PLUGINS = []
"""


def measure(command: list[str], cwd: Path, *, ours: bool = True) -> dict:
    """Run ``command`` and return its wall seconds, peak RSS of its process tree, and outcome.

    Plain Pelican runs without our code on its path (see ``plain_python``)."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    environment.pop("PYTHONPATH", None)
    if ours:
        environment["PYTHONPATH"] = str(ROOT)
    # A file, not a pipe: nobody reads a pipe while the build runs, and once the progress bars
    # of a large build fill its 64 KB buffer, the build blocks on writing to it.
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=environment, stdout=log, stderr=log)
        watched, peaks = psutil.Process(child.pid), {"tree": 0, "main": 0, "pagefind": 0}
        while child.poll() is None:
            for part, rss in _tree_rss(watched).items():
                peaks[part] = max(peaks[part], rss)
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    if child.returncode:
        raise RuntimeError(f"{' '.join(command)} failed in {cwd}:\n{output[-3000:]}")
    return {
        "seconds": seconds,
        "peak_rss_mb": peaks["tree"] / 2**20,
        "main_rss_mb": peaks["main"] / 2**20,
        "pagefind_rss_mb": peaks["pagefind"] / 2**20,
        "tail": output.splitlines()[-4:],
    }


def _tree_rss(process: psutil.Process) -> dict[str, int]:
    """Resident memory, in bytes, of a process with all its descendants (``tree``), of the
    process alone (``main``) and of its Pagefind children (``pagefind``)."""
    found = {"tree": 0, "main": 0, "pagefind": 0}
    try:
        found["main"] = process.memory_info().rss
        found["tree"] = found["main"]
        for member in process.children(recursive=True):
            rss = member.memory_info().rss
            found["tree"] += rss
            if "pagefind" in member.name():
                found["pagefind"] += rss
    except psutil.NoSuchProcess:
        pass  # a child ended between listing and reading; the next sample sees the rest
    return found


def ours_project(corpus: Path, folder: Path) -> Path:
    """Lay out a briefing project around the corpus's seeds."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "content").mkdir(parents=True)
    for name in ("pelicanconf.py", "tasks.py"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(ROOT / "theme", folder / "theme")
    for name in ("taxonomy.yml", "gazetteer.yml"):
        shutil.copy(ROOT / "content" / name, folder / "content" / name)
    shutil.copytree(corpus / "seeds", folder / "seeds")
    return folder


def plain_project(corpus: Path, folder: Path) -> Path:
    """Lay out a plain Pelican project around the corpus's Markdown files."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "pelicanconf.py").write_text(PLAIN_SETTINGS, encoding="utf-8")
    shutil.copytree(corpus / "plain", folder / "content")
    return folder


def clean(project: Path) -> None:
    """Remove everything a build writes, so the next build is cold."""
    for name in ("output", "dist", "cache", "content/articles", ".output.partial"):
        shutil.rmtree(project / name, ignore_errors=True)


def ours_command() -> list[str]:
    """What ``make site`` runs."""
    return [sys.executable, "-m", "invoke", "site"]


def plain_command() -> list[str]:
    """Plain Pelican, as its quickstart Makefile runs it."""
    return [str(plain_python()), "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output"]


PLAIN_VENV = RESULTS / "plain-venv"
"""A virtual environment with Pelican and Python-Markdown only."""


def plain_python() -> Path:
    """The Python of a virtual environment holding the same Pelican and Python-Markdown as ours,
    made on first use and made again when ours has other versions. Not ours: Pelican imports
    every installed ``pelican.plugins`` package, and once our reader class is imported, Pelican
    reads every ``.md`` file with it, so plain Pelican in our environment reads none of its
    Markdown posts."""
    python = PLAIN_VENV / "bin" / "python"
    wanted = [f"{name}=={metadata.version(name)}" for name in ("pelican", "markdown")]
    installed = PLAIN_VENV / "requirements.txt"  # written once the install has succeeded
    if not installed.is_file() or installed.read_text(encoding="utf-8").split() != wanted:
        shutil.rmtree(PLAIN_VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(PLAIN_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *wanted], check=True)
        installed.write_text("\n".join(wanted) + "\n", encoding="utf-8")
    return python


def run_size(size: int, repeats: int, work: Path, incremental: bool) -> dict:
    """Alternate cold builds of ours and plain; optionally time one incremental rebuild."""
    corpus = CORPORA / str(size)
    if not (corpus / "seeds" / "manifest.yml").is_file():
        write_corpus(size, CORPORA)
    ours = ours_project(corpus, work / f"ours-{size}")
    plain = plain_project(corpus, work / f"plain-{size}")
    runs: dict[str, list[dict]] = {"ours": [], "plain": []}
    for repeat in range(repeats):
        for kind, project, command in (
            ("ours", ours, ours_command()),
            ("plain", plain, plain_command()),
        )[:: 1 if repeat % 2 == 0 else -1]:
            clean(project)
            runs[kind].append(measure(command, project, ours=kind == "ours"))
            _say(f"{size:>6} {kind:<5} run {repeat + 1}: {_brief(runs[kind][-1])}")
    result = {"size": size, "runs": runs}
    if incremental:
        result["unchanged"] = measure(ours_command(), ours)
        _say(f"{size:>6} nothing changed: {_brief(result['unchanged'])}")
        result["incremental"] = measure_incremental(ours, size)
        _say(f"{size:>6} incremental: {_brief(result['incremental'])}")
    return result


def measure_incremental(project: Path, size: int) -> dict:
    """Add one seed to a built project and time ``invoke site`` again."""
    name, text, entry = extra_article(size)
    (project / "seeds" / name).write_text(text, encoding="utf-8")
    manifest_path = project / "seeds" / "manifest.yml"
    manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
    manifest[name] = entry
    manifest_path.write_text(yaml.safe_dump(manifest, sort_keys=True, width=1000), "utf-8")
    return measure(ours_command(), project)


def _brief(run: dict) -> str:
    """One run as a short line."""
    return f"{run['seconds']:.1f} s, {run['peak_rss_mb']:.0f} MB"


def _say(line: str) -> None:
    """Progress on stderr, at once."""
    print(line, file=sys.stderr, flush=True)


def main() -> None:
    """Run the benchmark for the sizes asked and write the table and raw runs to bench/results/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1_000, 10_000])
    parser.add_argument("--repeats", type=int, default=3, help="cold builds per kind and size")
    parser.add_argument("--large-repeats", type=int, default=2, help="repeats at 10,000 and up")
    parser.add_argument("--no-incremental", action="store_true")
    arguments = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    work = RESULTS / "work"
    results = []
    for size in arguments.sizes:
        repeats = arguments.large_repeats if size >= 10_000 else arguments.repeats
        rebuilds = size >= 1_000 and not arguments.no_incremental
        results.append(run_size(size, repeats, work, incremental=rebuilds))
    rows = [summary(result) for result in results]
    report = f"Machine: {machine()}\n\n{table(rows)}\n"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"{stamp}.json").write_text(
        json.dumps({"machine": machine(), "rows": rows, "results": results}, indent=2), "utf-8"
    )
    (RESULTS / f"{stamp}.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
