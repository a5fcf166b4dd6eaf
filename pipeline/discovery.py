"""Which files an ingest reads, relative to which raw root, and who each one is.

A document is its path under the raw root (identity), its bytes are its content (sha256): renaming a
file is a new document and the old one gone, a copy is a second document, a changed file keeps its
identity. The raw root belongs to the dataset (recorded in its manifest), not to the command line:
ingesting one folder or one file of it updates those files only.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.filenames import display_name
from pipeline.messages import say
from pipeline.registry import Municipality, municipality_of

SKIPPED_NAMES = (".", "~$")  # hidden files and Office lock files are not documents
DEFAULT_RAW = Path("data/raw")


class DiscoveryError(Exception):
    """The paths given cannot be ingested as asked; the message says why, for a person."""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    rel: str  # path under the raw root as the file system has it (may hold undecodable bytes)
    display: str  # the same for people and for the dataset: always valid UTF-8
    document_id: str
    municipality: Municipality
    # what the municipality's other documents define and this one does not (municipal_definitions.py)
    learnt: tuple[tuple[str, str], ...] = ()

    @property
    def renamed_for_display(self) -> bool:
        return self.display != self.rel


def document_id_of(rel: str) -> str:
    """The document's identity: a hash of its path under the raw root, stable while the file stays."""
    return hashlib.sha256(os.fsencode(rel)).hexdigest()[:20]


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def resolve_root(paths: list[Path], recorded: str | None, explicit: Path | None) -> Path:
    """The raw root: given with --root, else the one the dataset recorded, else guessed from the paths."""
    if explicit is not None:
        root = Path(os.path.abspath(explicit))
    elif recorded:
        root = Path(recorded)
    else:
        root = _guess_root(paths)
    for p in paths:
        if not _inside(Path(os.path.abspath(p)), root):
            raise DiscoveryError(say("discovery.outside_root", path=p, root=root))
    return root


def _guess_root(paths: list[Path]) -> Path:
    """data/raw when the paths lie inside it; else the folder above the municipality folders given."""
    absolute = [Path(os.path.abspath(p)) for p in paths]
    default = Path(os.path.abspath(DEFAULT_RAW))
    if all(_inside(p, default) for p in absolute):
        return default
    folders = [p if p.is_dir() else p.parent for p in absolute]
    common = Path(os.path.commonpath(folders))
    has_subfolders = common.is_dir() and any(c.is_dir() and not c.name.startswith(".") for c in common.iterdir())
    return common.parent if common in folders and not has_subfolders else common


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def discover(paths: list[Path], root: Path) -> list[SourceFile]:
    """The documents under `paths`, sorted by path; a path that does not exist is an error."""
    found: dict[str, Path] = {}
    for p in paths:
        p = Path(os.path.abspath(p))
        if p.is_dir():
            for f in _files_below(p):
                found[f.relative_to(root).as_posix()] = f
        elif p.is_file():
            found[p.relative_to(root).as_posix()] = p
        else:
            raise DiscoveryError(say("discovery.missing", path=p))
    return [source_file(found[rel], rel, root) for rel in sorted(found)]


def source_file(path: Path, rel: str, root: Path) -> SourceFile:
    return SourceFile(path, rel, display_name(rel), document_id_of(rel), municipality_of(path, root))


def _files_below(folder: Path) -> list[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        files += [Path(dirpath) / n for n in sorted(filenames) if not n.startswith(SKIPPED_NAMES)]
    return files


def root_is_empty(root: Path) -> bool:
    """True when the root is missing or holds no document at all (an unmounted share, a typo)."""
    return not root.is_dir() or not _files_below(root)
