"""Load the shipped taxonomy once per process."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from careernav.taxonomy.model import Taxonomy, TaxonomyFile

SHIPPED_TAXONOMY = "taxonomy.json"


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The curated taxonomy shipped in ``careernav/data``, validated and indexed."""
    raw = resources.files("careernav.data").joinpath(SHIPPED_TAXONOMY).read_bytes()
    return Taxonomy.from_file(TaxonomyFile.model_validate(json.loads(raw)))
