"""Write the offline bundle: the built site as a zip that works from disk with ``file://``.

Everything sits in one folder, ``briefing-offline/``, so unzipping it never spills the site's
files into the folder it is unzipped in. The zip is written here rather than with
``zipfile``, because a rebuild copies the compressed bytes of every file that did not change
from the last bundle instead of compressing the whole site again (``reusable``); a cold build
compresses every file the same way, so both give the same bytes.
"""

from __future__ import annotations

import os
import struct
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

from ..files import atomic_path

EXCLUDED = ("pagefind/",)
"""Output folders left out: Pagefind needs fetch and WASM, which ``file://`` pages cannot use."""
FOLDER = "briefing-offline/"
"""The one top-level folder of the zip."""

_LEVEL = 3
"""Deflate level: half the time of the default 6 on our HTML, for a zip about 12% larger."""
_READ = 1 << 20
"""Bytes of a file compressed at a time."""
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_END64 = struct.Struct("<IQHHIIQQQQ")
_LOCATOR64 = struct.Struct("<IIQI")
_MAX16, _MAX32 = 0xFFFF, 0xFFFFFFFF
_UNIX_FILE = 0o100644 << 16
"""External attributes: a regular file, readable by all, as ``zipfile`` writes them."""


def bundle_files(site_files: Iterable[str]) -> list[str]:
    """Of the site's files (site-relative paths), those that go into the bundle, in name order."""
    return sorted(name for name in site_files if not name.startswith(EXCLUDED))


def write_bundle(
    output: Path,
    target: Path,
    names: list[str],
    reusable: Callable[[str], bool] = lambda name: False,
    previous: Path | None = None,
) -> None:
    """Zip the files ``names`` of ``output`` into ``target``, replacing it only when complete.

    A file for which ``reusable(name)`` holds is the one the zip ``previous`` was made from:
    its compressed bytes are copied from there.
    """
    stamp = _dos_time()
    old = _members(previous) if previous else {}
    with atomic_path(target) as partial, partial.open("wb") as stream, _Source(previous) as copy:
        central = []
        for name in names:
            entry = (FOLDER + name).encode("utf-8")
            member = old.get(FOLDER + name) if reusable(name) else None
            if member is not None:
                crc, size, data = member.CRC, member.file_size, copy(member)
            else:
                crc, size, data = _deflated(output / name)
            flags = 0 if entry.isascii() else 0x800
            offset = stream.tell()
            header = (crc, len(data), size, len(entry))
            stream.write(_LOCAL.pack(0x04034B50, 20, flags, 8, *stamp, *header, 0) + entry)
            stream.write(data)
            central.append(_central(entry, flags, stamp, header, offset))
        _finish(stream, central)


def _deflated(path: Path) -> tuple[int, int, bytes]:
    """A file's CRC-32, size and raw deflate (as zip holds it), read a megabyte at a time:
    ``briefing.json`` is 75 MB at 10,000 articles. Deflate gives the same bytes however its
    input is cut."""
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    crc, size, parts = 0, 0, []
    with path.open("rb") as stream:
        while chunk := stream.read(_READ):
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
            parts.append(compressor.compress(chunk))
    parts.append(compressor.flush())
    return crc, size, b"".join(parts)


def _central(entry: bytes, flags: int, stamp: tuple[int, int], header: tuple, offset: int) -> bytes:
    """The central directory record of one member."""
    if offset > _MAX32:
        raise ValueError("offline bundle: over 4 GB, more than a zip without Zip64 sizes holds")
    crc, packed, size, length = header
    fields = (0x02014B50, 0x0314, 20, flags, 8, *stamp, crc, packed, size, length, 0, 0, 0, 0)
    return _CENTRAL.pack(*fields, _UNIX_FILE, offset) + entry


def _finish(stream, central: list[bytes]) -> None:
    """Write the central directory and its end records (Zip64 ones past 65,535 files)."""
    start = stream.tell()
    stream.write(b"".join(central))
    size, count = stream.tell() - start, len(central)
    if count > _MAX16 or start > _MAX32:
        end64 = stream.tell()
        stream.write(_END64.pack(0x06064B50, 44, 0x0314, 45, 0, 0, count, count, size, start))
        stream.write(_LOCATOR64.pack(0x07064B50, 0, end64, 1))
        count, start = min(count, _MAX16), min(start, _MAX32)
    stream.write(_END.pack(0x06054B50, 0, 0, count, count, size, start, 0))


def _members(previous: Path) -> dict[str, zipfile.ZipInfo]:
    """The members of the last bundle by name; none if it cannot be read."""
    try:
        with zipfile.ZipFile(previous) as archive:
            return {info.filename: info for info in archive.infolist()}
    except (OSError, zipfile.BadZipFile):
        return {}


class _Source:
    """Copies members' compressed bytes out of the last bundle."""

    def __init__(self, previous: Path | None) -> None:
        """Read from ``previous``, if any."""
        self._path, self._stream = previous, None

    def __enter__(self) -> Callable[[zipfile.ZipInfo], bytes]:
        """Open the last bundle."""
        if self._path is not None and self._path.is_file():
            self._stream = self._path.open("rb")
        return self._copy

    def __exit__(self, *exc_info) -> None:
        """Close it."""
        if self._stream:
            self._stream.close()

    def _copy(self, member: zipfile.ZipInfo) -> bytes:
        """The compressed bytes of ``member``, as the last bundle holds them."""
        self._stream.seek(member.header_offset)
        fields = _LOCAL.unpack(self._stream.read(_LOCAL.size))
        self._stream.seek(fields[-2] + fields[-1], os.SEEK_CUR)
        return self._stream.read(member.compress_size)


def _dos_time() -> tuple[int, int]:
    """The members' time and date: ``SOURCE_DATE_EPOCH``, 1980-01-01 (zip's floor) if unset."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
    year, month, day, hour, minute, second = time.gmtime(max(epoch, 315532800))[:6]
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day
