"""A light Kazakh suffix stripper: case, then possessive, then plural endings.

No maintained Kazakh stemmer can be installed (Snowball has none; KazStem is GPL-3 alpha
and needs an HFST toolchain), and the Russian stemmer strips almost nothing Kazakh. This one
brings most inflected forms to one stem ("Алматыда", "Алматыны", "Алматы" → "алмат"); it
does not undo consonant changes (құқық → құқығы) or vowel loss (ауыз → аузы).

Words ending in -стан keep that ending (Қазақстан is not Қазақс + -тан). Accusative
-ды/-ді/-ты/-ті is not stripped: it would cut words that end in -ты (Алматы) differently
from their inflected forms.
"""

from __future__ import annotations

from functools import lru_cache

#: Shortest stem left after stripping.
MIN_STEM = 3

_CASE = tuple(
    sorted(
        (
            "ның нің дың дің тың тің "  # genitive
            "ға ге қа ке на не "  # dative
            "ны ні "  # accusative after a vowel
            "да де та те нда нде "  # locative
            "дан ден тан тен нан нен "  # ablative
            "мен бен пен менен бенен пенен "  # instrumental
            "дағы дегі тағы тегі ндағы ндегі"  # relative
        ).split(),
        key=len,
        reverse=True,
    )
)
_POSSESSIVE = tuple(
    sorted(
        "ымыз іміз мыз міз ыңыз іңіз ңыз ңіз ым ім ың ің сы сі ы і".split(),
        key=len,
        reverse=True,
    )
)
_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_PROTECTED = "стан"
#: Letters only Kazakh uses among Cyrillic alphabets: a text rich in them is Kazakh.
KAZAKH_LETTERS = frozenset("әғқңөұүһі")


def _strip(word: str, endings: tuple[str, ...]) -> str:
    protected = word.rfind(_PROTECTED)
    shortest = max(MIN_STEM, protected + len(_PROTECTED) if protected >= 0 else 0)
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=200_000)
def kazakh_stem(word: str) -> str:
    """The stem of a lower-cased Kazakh word."""
    return _strip(_strip(_strip(word, _CASE), _POSSESSIVE), _PLURAL)


def looks_kazakh(words: list[str]) -> bool:
    """Whether lower-cased ``words`` read as Kazakh: Kazakh-only letters in at least one
    Cyrillic word in twelve (Russian text has almost none, bar names such as Тоқаев)."""
    cyrillic = kazakh = 0
    for word in words:
        if "\u0400" <= word[:1] <= "\u04ff":
            cyrillic += 1
            if not KAZAKH_LETTERS.isdisjoint(word):
                kazakh += 1
    return kazakh >= 2 and kazakh * 12 >= cyrillic
