"""The package ships the vector index of its own catalogue, so nothing is embedded on first use."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from careernav.config import Settings
from careernav.knowledge.index import ensure_index, load_index, shipped_index_dir
from careernav.knowledge.store import load_catalogue
from careernav.taxonomy import load_taxonomy


def test_shipped_index_matches_the_shipped_catalogue(tmp_path: Path) -> None:
    catalogue = load_catalogue(Settings(data_dir=tmp_path))
    index = load_index(catalogue, load_taxonomy(), shipped_index_dir())
    assert index is not None, "rebuild it with scripts/build_index.py"
    assert len(index.resource_ids) == index.resource_vectors.shape[0] >= 1200
    assert index.resource_vectors.dtype == np.float32
    norms = np.linalg.norm(index.resource_vectors, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-2)


def test_empty_data_folder_uses_the_shipped_index(tmp_path: Path) -> None:
    catalogue = load_catalogue(Settings(data_dir=tmp_path))
    index = ensure_index(catalogue, load_taxonomy(), tmp_path / "index", progress=False)
    assert (
        index.fingerprint == load_index(catalogue, load_taxonomy(), shipped_index_dir()).fingerprint
    )
    assert not (tmp_path / "index").exists()  # nothing was built or written
