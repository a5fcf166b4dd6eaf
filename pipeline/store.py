"""Where the dataset lives on disk: immutable snapshots behind one symlink, and one writer at a time.

`data/parquet` is a symbolic link to a complete snapshot in `data/.parquet.store/snapshots/<n>/`.
An ingest builds the next snapshot beside it (unchanged part files hard-linked, new ones written),
then swaps the link with one atomic rename. A reader resolving the link sees the previous state or
the new one, never a mix; a crash (even `kill -9`) leaves the previous state and a half-built
snapshot that nobody reads and the next run removes. The lock is a `flock` on a file in the store:
the kernel drops it when the process dies, so a crashed run never leaves it stuck.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pipeline.messages import say

SNAPSHOTS = "snapshots"
LOCK_NAME = "lock"
DATASET_MARKERS = ("documents.parquet", "_manifest.json")


class StoreError(Exception):
    """The output folder cannot hold the dataset; the message says why, for a person."""


class Busy(StoreError):
    """Another ingest is writing this dataset right now."""


@dataclass(frozen=True)
class Store:
    """The dataset at `out`: its link, its snapshots and its lock."""

    out: Path

    @property
    def root(self) -> Path:
        return self.out.parent / f".{self.out.name}.store"

    @property
    def snapshots(self) -> Path:
        return self.root / SNAPSHOTS

    def current(self) -> Path | None:
        """The snapshot readers see now, or None for a dataset not written yet."""
        if self.out.is_symlink():
            target = self.out.resolve()
            return target if target.is_dir() else None
        return None

    def next_snapshot(self) -> Path:
        """A fresh, empty folder for the state this run builds."""
        numbers = [int(p.name) for p in self.snapshots.iterdir() if p.name.isdigit()]
        path = self.snapshots / f"{max(numbers, default=0) + 1:08d}"
        path.mkdir()
        return path

    def publish(self, snapshot: Path) -> None:
        """Make `snapshot` the dataset readers see, in one atomic rename of a symlink."""
        link = self.root / "link.tmp"
        link.unlink(missing_ok=True)
        os.symlink(os.path.relpath(snapshot, self.out.parent), link)
        os.replace(link, self.out)

    def collect_garbage(self, keep_previous: Path | None = None) -> None:
        """Remove every snapshot but the current one and the one just replaced (a reader may still
        be inside it): what is left is the debris of crashed runs and old states."""
        keep = {p for p in (self.current(), keep_previous) if p is not None}
        for path in self.snapshots.iterdir():
            if path.resolve() not in keep:
                shutil.rmtree(path, ignore_errors=True)
        (self.root / "link.tmp").unlink(missing_ok=True)


def open_store(out: Path) -> Store:
    """Check `out` can be the dataset's link, adopting a dataset written before snapshots existed."""
    out = Path(os.path.abspath(out))
    store = Store(out)
    if out.exists() and not out.is_dir():
        raise StoreError(say("store.is_a_file", out=out))
    try:
        store.snapshots.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(say("store.cannot_create", folder=out.parent, reason=_reason(e))) from None
    if out.is_dir() and not out.is_symlink():
        _adopt_plain_folder(store)
    return store


def _adopt_plain_folder(store: Store) -> None:
    """A dataset from before snapshots becomes the first snapshot; an empty folder is replaced; a
    folder holding anything else is not ours to touch."""
    out = store.out
    entries = list(out.iterdir())
    if not entries:
        out.rmdir()
        return
    if not any((out / marker).exists() for marker in DATASET_MARKERS):
        raise StoreError(say("store.not_a_dataset", out=out))
    first = store.snapshots / f"{0:08d}"
    shutil.rmtree(first, ignore_errors=True)
    os.rename(out, first)
    store.publish(first)


_HELD: set[int] = set()  # lock descriptors of this process, closed in forked children


def forget_inherited_locks() -> None:
    """In a forked child: drop the parent's lock descriptors, so the lock dies with the parent."""
    for fd in list(_HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


class WriterLock:
    """One ingest per dataset: a second one is refused at once, with the holder's process id."""

    def __init__(self, store: Store):
        self.path = store.root / LOCK_NAME
        self._fd: int | None = None

    def __enter__(self) -> WriterLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            os.close(fd)
            if e.errno in (errno.EWOULDBLOCK, errno.EACCES):
                who = say("store.busy_who", pid=holder) if holder else ""
                raise Busy(say("store.busy", dataset=self.path.parent.parent, who=who)) from None
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd
        _HELD.add(fd)
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            _HELD.discard(self._fd)
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _reason(e: OSError) -> str:
    key = {errno.EACCES: "store.no_permission", errno.EROFS: "store.read_only", errno.ENOSPC: "store.no_space",
           errno.EDQUOT: "store.quota"}.get(e.errno)
    return say(key) if key else e.strerror or str(e)


def describe_os_error(e: OSError) -> str:
    """An OS error in words a person understands, with the path it concerns."""
    where = f"{e.filename}: " if e.filename else ""
    return where + _reason(e)
