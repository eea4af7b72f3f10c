"""What a data source declares: one subclass of :class:`Source` per kind of dataset entry."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import numpy as np

from ...core.errors import ConfigError


class Source:
    """One kind of dataset entry (``datasets.<name>: {source: <name>, ...}``), all in one place.

    A subclass declares its ``name`` (the entry's ``source``), the entry's other keys as JSON-schema
    ``properties`` (``required`` ones listed), and implements :meth:`locate` and :meth:`load`. Where
    it knows more before any file is read, it says so: the dataset names it offers
    (:meth:`names`), their minority rows (:meth:`minority`), the local files a download job reads
    (:meth:`input_files`). The config schema's branch for the source, the planning checks and the
    download rule's inputs all come from here.
    """

    name: ClassVar[str]
    properties: ClassVar[dict] = {}
    required: ClassVar[tuple[str, ...]] = ()
    shared_archive: ClassVar[bool] = False
    """True where the raw files come from one archive fetched once for every dataset of the source
    (the workflow's ``zenodo_archive`` rule) into the cache that :meth:`locate` receives."""

    def schema_branch(self) -> dict:
        """The JSON-schema rule that a dataset entry of this source obeys."""
        return {
            "if": {"properties": {"source": {"const": self.name}}},
            "then": {
                "required": list(self.required),
                "additionalProperties": False,
                "properties": {"source": {}, **self.properties},
            },
        }

    def names(self) -> list[str] | None:
        """The dataset names this source offers by itself, or None where the entry supplies the data."""
        return None

    def file(self, name: str, spec: dict) -> str:
        """The source's own name for dataset ``name`` (an entry's ``file`` key renames it)."""
        return spec.get("file", name)

    def minority(self, name: str, spec: dict, workdir: Path) -> int | None:
        """Minority rows of the dataset where planning can know them cheaply, else None (counted when
        the dataset is split)."""
        return None

    def input_files(self, name: str, spec: dict) -> list[str]:
        """Files in the working directory that fetching the dataset reads (the download job's inputs)."""
        return []

    def describe(self, name: str, spec: dict) -> str:
        """Where dataset ``name``'s data come from, in a few words (error messages)."""
        return f"{self.name} {self.file(name, spec)!r}"

    def identity(self, name: str, spec: dict, workdir: Path) -> tuple:
        """What the dataset's data are, as far as its entry says: equal identities, equal rows."""
        return self.name, self.file(name, spec), spec.get("from")

    def check(self, name: str, spec: dict, workdir: Path) -> None:
        """Raise :class:`ConfigError` for an entry that cannot work, before any job is planned."""
        names = self.names()
        wanted = self.file(name, spec)
        if names is not None and wanted not in names:
            shown = ", ".join(names[:30]) + (" ..." if len(names) > 30 else "")
            raise ConfigError(f"datasets.{name}: {wanted!r} is not a dataset of source {self.name!r}; known: {shown}")

    def locate(self, name: str, spec: dict, dest: Path, cache: Path) -> list[Path]:
        """The dataset's raw files, fetched first where needed; files outside ``dest`` are copied
        into it by the caller. ``cache`` holds downloads that datasets share."""
        raise NotImplementedError

    def load(self, name: str, spec: dict, files: list[Path]) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """``(X, y, feature names)`` from the raw files, ``y`` 1 for the positive class."""
        raise NotImplementedError
