"""The benchmark's tables: medians of the runs, the ratios the targets speak of, the machine."""

from __future__ import annotations

import os
import platform
import statistics
from pathlib import Path

import psutil


def summary(result: dict) -> dict:
    """Medians of one size and the ratios the targets speak of."""
    ours = _medians(result["runs"]["ours"])
    plain = _medians(result["runs"]["plain"])
    row = {
        "size": result["size"],
        "ours_s": ours["seconds"],
        "plain_s": plain["seconds"],
        "time_ratio": ours["seconds"] / plain["seconds"],
        "ours_ms_per_article": 1000 * ours["seconds"] / result["size"],
        "plain_ms_per_article": 1000 * plain["seconds"] / result["size"],
        "ours_rss_mb": ours["peak_rss_mb"],
        "plain_rss_mb": plain["peak_rss_mb"],
        "rss_ratio": ours["peak_rss_mb"] / plain["peak_rss_mb"],
        "ours_main_rss_mb": ours["main_rss_mb"],
        "ours_pagefind_rss_mb": ours["pagefind_rss_mb"],
        "repeats": len(result["runs"]["ours"]),
    }
    if "incremental" in result:
        added = result["incremental"]
        row["unchanged_s"] = result["unchanged"]["seconds"]
        row["unchanged_rss_mb"] = result["unchanged"]["peak_rss_mb"]
        row["incremental_s"] = added["seconds"]
        row["incremental_share"] = added["seconds"] / ours["seconds"]
        row["incremental_ms_per_article"] = 1000 * added["seconds"] / result["size"]
        row["incremental_rss_mb"] = added["peak_rss_mb"]
        row["incremental_main_rss_mb"] = added["main_rss_mb"]
        row["incremental_pagefind_rss_mb"] = added["pagefind_rss_mb"]
    return row


def table(rows: list[dict]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| articles | ours (s) | plain (s) | ours/plain | ours ms/article | plain ms/article"
        " | ours peak RSS (MB) | plain peak RSS (MB) | RSS ours/plain"
        " | of ours: build process | of ours: Pagefind | runs |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['size']:,} | {row['ours_s']:.1f} | {row['plain_s']:.1f}"
            f" | {row['time_ratio']:.2f} | {row['ours_ms_per_article']:.1f}"
            f" | {row['plain_ms_per_article']:.1f} | {row['ours_rss_mb']:.0f}"
            f" | {row['plain_rss_mb']:.0f} | {row['rss_ratio']:.2f}"
            f" | {row['ours_main_rss_mb']:.0f} | {row['ours_pagefind_rss_mb']:.0f}"
            f" | {row['repeats']} |"
        )
    rebuilds = [row for row in rows if "incremental_s" in row]
    if rebuilds:
        lines += [
            "",
            "| articles | nothing changed (s) | one seed added (s) | added: share of cold"
            " | added: ms/article of the corpus | added: peak RSS tree / build / Pagefind (MB) |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        lines += [
            f"| {row['size']:,} | {row['unchanged_s']:.1f} | {row['incremental_s']:.1f}"
            f" | {row['incremental_share']:.0%} | {row['incremental_ms_per_article']:.2f}"
            f" | {row['incremental_rss_mb']:.0f} / {row['incremental_main_rss_mb']:.0f}"
            f" / {row['incremental_pagefind_rss_mb']:.0f} |"
            for row in rebuilds
        ]
    return "\n".join(lines)


def machine() -> str:
    """One line naming the machine the benchmark ran on."""
    cpu = platform.processor() or platform.machine()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GB RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}"
    )


def _medians(runs: list[dict]) -> dict:
    """Median seconds and peak RSS of some runs."""
    keys = ("seconds", "peak_rss_mb", "main_rss_mb", "pagefind_rss_mb")
    return {key: statistics.median(run.get(key, 0.0) for run in runs) for key in keys}
