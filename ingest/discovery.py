"""Which files a path names: the walk of the folders given to `ingest`, without reading any file, so a mistyped path
is reported without importing the loaders, the text splitters or the store (ingest/indexer.py reads them)."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from knowledge.models import SkippedFile

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}  # the files ingest reads (ingest/loaders.py)


def shown_name(path: str) -> str:
    """A path as printed: control characters (a newline in a file name) escaped so a report stays one line each."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in path)


def discover(paths: Iterable[Path]) -> tuple[list[tuple[Path, str]], list[Path], list[SkippedFile]]:
    """(file, path to show) pairs to load, the folders they came from, and what was passed over, with reasons.

    Folders are walked without following symbolic links to folders (a link loop cannot trap the walk); a link to
    a file is read; a broken or looping link is reported."""
    files: list[tuple[Path, str]] = []
    folders: list[Path] = []
    passed: list[SkippedFile] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            folders.append(path)
            for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                here = Path(dirpath)
                for d in dirnames:
                    if (here / d).is_symlink():
                        passed.append(SkippedFile(str(here / d), "link to a folder, not followed"))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    f = here / name
                    shown = str(f)
                    if not f.is_file():  # a broken link, a link loop, a socket or a device
                        reason = "broken or looping link" if f.is_symlink() else "not a regular file"
                        passed.append(SkippedFile(shown, reason))
                    elif f.suffix.lower() in SUFFIXES:
                        files.append((f, shown))
                    else:
                        passed.append(SkippedFile(shown, f"unsupported file type '{f.suffix or f.name}'"))
        elif path.is_file():
            files.append((path, str(given)))
        elif path.is_symlink():
            passed.append(SkippedFile(str(given), "broken or looping link"))
        else:
            passed.append(SkippedFile(str(given), "no such file or folder"))
    files.sort(key=lambda fs: fs[1])
    return files, folders, passed
