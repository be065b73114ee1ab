"""CareerNav: a personal GPS for people changing careers."""

__version__ = "0.1.0"
