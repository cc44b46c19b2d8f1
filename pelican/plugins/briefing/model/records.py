"""The decorator that makes the per-article records slotted, frozen and quick to pickle."""

from __future__ import annotations

import operator
import sys
from dataclasses import dataclass, fields

_intern = sys.intern


def record(cls: type) -> type:
    """Make ``cls`` a frozen, slotted dataclass that pickles as a tuple of its fields, each
    string interned (so a pickle of many records holds equal strings once)."""
    # The analysis cache holds a million of these at 10,000 articles; the generic dataclass
    # pickling looks the fields up again for every instance and took 8 s to load them.
    # Strings are interned before pickling: records repeat a few values (an anchor, an entity,
    # a surface, a kind) hundreds of thousands of times, and each was unpickled as a string of
    # its own (1.4 million strings for 68,000 values; 76 MB of the 200 the cache took in
    # memory). Interned, a pickle holds each value once and unpickles it as one string (the
    # cache is a third smaller). Interning again when unpickling would save 4 MB more, for a
    # sixth more time.
    cls = dataclass(frozen=True, slots=True)(cls)
    names = tuple(f.name for f in fields(cls))
    setters = tuple(cls.__dict__[name].__set__ for name in names)
    values = operator.attrgetter(*names)

    def __getstate__(self) -> tuple:  # noqa: N807 -- pickle's protocol name
        return tuple([_intern(v) if v.__class__ is str else v for v in values(self)])

    def __setstate__(self, state: tuple) -> None:  # noqa: N807 -- pickle's protocol name
        for setter, value in zip(setters, state, strict=True):
            setter(self, value)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls
