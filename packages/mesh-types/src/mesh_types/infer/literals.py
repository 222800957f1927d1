"""Literal values: integer range (E0051), float overflow."""

from __future__ import annotations

import math

INT_MAX = 2**63 - 1
INT_MIN_MAGNITUDE = 2**63   # allowed only as the operand of a unary minus


def int_in_range(value: int, negated: bool) -> bool:
    return value <= (INT_MIN_MAGNITUDE if negated else INT_MAX)


def float_in_range(value: float) -> bool:
    return not math.isinf(value)
