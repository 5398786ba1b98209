"""Files written whole or not at all: a reader (another process, this one after a crash) sees the old file or the new
one, never a part. Used by the small files kept beside a store: the lexical index's generation stamp, the list of
sources, the saved name index."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path` (`mode`: its permission bits, else
    the temporary file's). Raises OSError when it cannot, leaving `path` as it was and no temporary file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
