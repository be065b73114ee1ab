"""Skill taxonomy: the shipped curated file, and importers for ESCO and O*NET."""

from careernav.taxonomy.load import load_taxonomy
from careernav.taxonomy.model import SkillRecord, Taxonomy

__all__ = ["SkillRecord", "Taxonomy", "load_taxonomy"]
