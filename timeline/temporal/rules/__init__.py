"""The grammar: each rule is a compiled pattern, a parser from match to :class:`Expr`, and the
examples it must get right (checked by ``tests/test_rules.py`` against a Monday, 18 Aug 2025
reference date).

Rules say what words mean; ``resolve`` decides which calendar value they name.  Where two rules
match overlapping text, the engine keeps the longest match (then the earlier rule): the modules
below register their rules in this order.
"""

# isort: off
# registers the rules, in this order: the earlier of two rules matching the same words wins
from . import calendar, months, years, named, parts, recurring, relative  # noqa: F401

# isort: on
from .base import RULES, Rule
from .triggers import CAPITALISED, NEEDS, REACH, TRIGGERS, VOCABULARY

__all__ = ["CAPITALISED", "NEEDS", "REACH", "RULES", "TRIGGERS", "VOCABULARY", "Rule"]
