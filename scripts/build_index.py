"""Build the vector index for the shipped catalogue and taxonomy into the package.

Run after `scripts/build_catalogue.py` or `scripts/build_taxonomy.py`:
`.venv/bin/python scripts/build_index.py`. The copy is stored in float16 (read back as
float32) so the embedded default needs no embedding work on first use.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from careernav.config import Settings
from careernav.extract.semantic import save_shipped_skill_vectors
from careernav.knowledge.index import build_index, save_index, shipped_index_dir
from careernav.knowledge.store import load_catalogue
from careernav.taxonomy import load_taxonomy


def main() -> None:
    with tempfile.TemporaryDirectory() as empty:
        catalogue = load_catalogue(Settings(data_dir=Path(empty)))  # the shipped catalogue only
        index = build_index(catalogue, load_taxonomy(), Path(empty) / "index")
    target = shipped_index_dir()
    for stale in target.glob("skill-vectors-*.npy"):
        stale.unlink()
    save_index(index, target, compact=True)
    save_shipped_skill_vectors(load_taxonomy(), target)  # the semantic layer's skill side
    size = sum(f.stat().st_size for f in target.iterdir()) / 1e6
    print(f"{len(index.resource_ids)} resources, {len(index.skill_ids)} skills -> {target} "
          f"({size:.1f} MB)")  # fmt: skip


if __name__ == "__main__":
    main()
