"""HTTP(S) download that either lands a file whose sha256 matches, or leaves nothing at the target."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import urllib.error
import urllib.request
from http.client import HTTPException
from pathlib import Path

from ...core.artifacts import sha256_of
from ...core.errors import DownloadError

log = logging.getLogger(__name__)
_CHUNK = 1 << 20


def download(url: str, target: Path, sha256: str, timeout: float = 60.0) -> Path:
    """Download ``url`` to ``target`` and check its sha256 (hex).

    The bytes go to a temporary file beside ``target``, renamed to ``target`` only after the
    checksum matches; on any failure (network error, truncated transfer, wrong checksum) the
    temporary file is removed and :class:`DownloadError` says what went wrong.
    """
    target = Path(target)
    if target.exists() and sha256_of(target) == sha256.lower():
        log.info("%s already present with the expected checksum", target)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", suffix=".part", delete=False)
    partial = Path(handle.name)
    try:
        with handle:
            digest, received = _stream(url, handle, timeout)
        if digest != sha256.lower():
            raise DownloadError(
                f"checksum mismatch for {url}: expected sha256 {sha256.lower()}, got {digest} ({received} bytes)"
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    log.info("downloaded %s (%d bytes) to %s", url, received, target)
    return target


def _stream(url: str, handle, timeout: float) -> tuple[str, int]:
    digest = hashlib.sha256()
    received = 0
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            expected = response.headers.get("Content-Length")
            expected = int(expected) if expected is not None else None
            while block := response.read(_CHUNK):
                handle.write(block)
                digest.update(block)
                received += len(block)
                log.info("%s: %d%s bytes", url, received, f" of {expected}" if expected else "")
    except (urllib.error.URLError, HTTPException, OSError) as error:
        raise DownloadError(f"download of {url} failed after {received} bytes: {error}") from error
    if expected is not None and received != expected:
        raise DownloadError(f"download of {url} was cut: {received} of {expected} bytes")
    return digest.hexdigest(), received
