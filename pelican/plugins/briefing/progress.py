"""Progress of the long steps (import, analysis, pages, link check) on Pelican's console.

In a terminal each step is a rich progress bar that redraws in place, under Pelican's own
"Generating..." spinner if it runs; anywhere else (a pipe, a log file, CI) the same step
prints one line when it is done, never one per refresh. A step that is not shown costs
nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

from pelican.log import console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

T = TypeVar("T")


class Step:
    """One step's progress: ``advance()`` as work is done, ``close()`` when it ends."""

    def __init__(self, description: str, total: int, unit: str, *, shown: bool = True) -> None:
        """Start showing a step of ``total`` units of work, if ``shown``."""
        self.description, self.total, self.unit = description, total, unit
        self.done = 0
        self._started = time.perf_counter()
        self._bar: Progress | None = None
        self._shown = shown
        if shown and console.is_terminal:
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(f"{unit}s"),
                TimeElapsedColumn(),
                console=console,
            )
            self._task = self._bar.add_task(description, total=total)
            self._bar.start()

    def advance(self, amount: int = 1) -> None:
        """Count ``amount`` more units done."""
        self.done += amount
        if self._bar is not None:
            self._bar.advance(self._task, amount)

    def close(self) -> None:
        """End the step: stop the bar, or print its one line (once)."""
        if not self._shown:
            return
        self._shown = False
        if self._bar is not None:
            self._bar.stop()
            return
        share = 100 * self.done // self.total if self.total else 100
        seconds = time.perf_counter() - self._started
        plural = "" if self.done == 1 else "s"
        console.print(
            f"{self.description}: {share}% ({self.done:,} of {self.total:,}"
            f" {self.unit}{plural}) in {seconds:.1f} s",
            highlight=False,
        )

    def __enter__(self) -> Step:
        """Use the step for a block."""
        return self

    def __exit__(self, *_exception) -> None:
        """End the step with the block."""
        self.close()


def track(
    items: Iterable[T], description: str, unit: str, *, total: int, shown: bool = True
) -> Iterator[T]:
    """Yield ``items``, showing the step's progress."""
    with Step(description, total, unit, shown=shown) as step:
        for item in items:
            yield item
            step.advance()
