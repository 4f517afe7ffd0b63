"""ISO 3166-1 alpha-2 codes, pure (no Django): the landed-cost engine checks its input with this too."""

from __future__ import annotations

from functools import lru_cache

import pycountry


@lru_cache(maxsize=512)
def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None
