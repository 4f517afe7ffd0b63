"""Search text, pure: normalization, index terms and query parsing, shared by both search backends.

Both backends index the same terms, so they find the same products:
- Latin, Cyrillic, Arabic... words: case-folded, accents and Arabic vowel marks removed (`Café` -> `cafe`),
  Arabic letter variants unified and the article stripped (`القهوة` also indexed as `قهوة`).
- Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) and Korean, whose words
  carry attached particles: overlapping character bigrams, plus the last character of each run alone,
  so `コーヒー` is `コー ーヒ ヒー ー` and a one-character query (`茶`) is a prefix query on those terms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_CHARACTERS = 200
MAX_QUERY_TERMS = 8
MIN_TYPO_WORD_LENGTH = 4  # "tea" or "oil" with one letter changed is another word

# Scripts without spaces between words, and Hangul (attached particles): indexed as bigrams.
_BIGRAM_RANGES = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1100-\u11ff"  # Hangul jamo
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u309f"  # Hiragana
    "\u30a0-\u30ff"  # Katakana (with ー)
    "\u3130-\u318f"  # Hangul compatibility jamo
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0002fa1f"  # CJK extensions B-F
)
_BIGRAM_CHARACTER = re.compile(f"[{_BIGRAM_RANGES}]")
_BIGRAM_RUN_OR_OTHER = re.compile(f"[{_BIGRAM_RANGES}]+|[^{_BIGRAM_RANGES}]+")
# A word: letters and digits, plus the combining marks that Thai and its neighbours write inside words.
_WORD = re.compile(f"(?:[^\\W_]|[{_BIGRAM_RANGES}])+")
# Marks removed after canonical decomposition: Latin/Vietnamese accents, Arabic harakat and the tatweel.
_DROPPED_MARKS = re.compile("[\u0300-\u036f\u0640\u064b-\u065f\u0670]")
_LETTER_VARIANTS = str.maketrans({
    "đ": "d", "ø": "o", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
})
_CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f]")
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")


def normalize(text: str) -> str:
    """Lower-case, accents and Arabic vowel marks removed, letter variants unified; other scripts untouched."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", _DROPPED_MARKS.sub("", decomposed)).translate(_LETTER_VARIANTS)


def _bigrams(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def _word_terms(word: str) -> list[str]:
    if "\u0600" <= word[0] <= "\u06ff":
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                return [word, word[len(prefix):]]
    return [word]


def index_terms(text: str) -> list[str]:
    """The terms a text is indexed under, in order (a term can repeat)."""
    terms: list[str] = []
    for word in _WORD.findall(normalize(text)):
        if not _BIGRAM_CHARACTER.search(word):
            terms += _word_terms(word)
            continue
        for part in _BIGRAM_RUN_OR_OTHER.findall(word):
            terms += _bigrams(part) if _BIGRAM_CHARACTER.match(part) else _word_terms(part)
    return terms


@dataclass(frozen=True)
class Word:
    """A whole word; `alternatives` are spellings one or two edits away found in the index (typo tolerance)."""

    text: str
    prefix: bool = False
    alternatives: tuple[str, ...] = ()

    @property
    def may_have_typo(self) -> bool:
        return len(self.text) >= MIN_TYPO_WORD_LENGTH and not self.text.isdigit() and not _BIGRAM_CHARACTER.search(self.text)


@dataclass(frozen=True)
class Phrase:
    """A run of unspaced script: its bigrams in order. One character is a prefix query on the bigram terms."""

    terms: tuple[str, ...]
    prefix: bool = False


Term = Word | Phrase


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what was searched for, cleaned: shown back to the buyer
    terms: tuple[Term, ...]

    @property
    def is_empty(self) -> bool:
        return not self.terms


def clean_query(raw: str | None) -> str:
    """Control characters dropped, whitespace collapsed, cut to MAX_QUERY_CHARACTERS."""
    text = _CONTROL_CHARACTERS.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_CHARACTERS]


def parse_query(raw: str | None, *, autocomplete: bool = False) -> ParsedQuery:
    """Terms every match must contain. Anything that is not a letter or digit (quotes, `*`, `-`, SQL) is a separator.

    With `autocomplete`, the last word also matches as a prefix (`cof` finds `coffee`).
    """
    text = clean_query(raw)
    terms: list[Term] = []
    for word in _WORD.findall(normalize(text)):
        for part in _BIGRAM_RUN_OR_OTHER.findall(word) if _BIGRAM_CHARACTER.search(word) else [word]:
            if _BIGRAM_CHARACTER.match(part):
                terms.append(Phrase(terms=(part,), prefix=True) if len(part) == 1 else Phrase(terms=tuple(_bigrams(part)[:-1])))
            else:
                # Only the article-less spelling: it is indexed for every word that has the article.
                terms.append(Word(text=_word_terms(part)[-1]))
    unique = list(dict.fromkeys(terms))[:MAX_QUERY_TERMS]
    if autocomplete and unique and isinstance(unique[-1], Word) and (raw or "")[-1:].isalnum():  # still typing it
        unique[-1] = Word(text=unique[-1].text, prefix=True)
    return ParsedQuery(text=text, terms=tuple(unique))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours counts as one edit); `limit + 1` once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous_previous, previous = previous, current
    return min(previous[-1], limit + 1)


def typo_limit(word: str) -> int:
    """Edits tolerated: one for words of 4 to 7 letters, two from 8 letters."""
    return 0 if len(word) < MIN_TYPO_WORD_LENGTH else 1 if len(word) < 8 else 2
