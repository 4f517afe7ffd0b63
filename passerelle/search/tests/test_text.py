"""Index terms and query parsing: the contract both backends rely on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from passerelle.search.text import MAX_QUERY_CHARACTERS, MAX_QUERY_TERMS, Phrase, Word, edit_distance, index_terms, normalize, parse_query


def test_latin_words_lose_case_and_accents():
    assert index_terms("Café de COLOMBIA, crème brûlée") == ["cafe", "de", "colombia", "creme", "brulee"]
    assert normalize("Cà phê Việt Nam") == "ca phe viet nam"


def test_unspaced_scripts_become_bigrams_with_the_last_character_alone():
    assert index_terms("ケニア産コーヒー") == ["ケニ", "ニア", "ア産", "産コ", "コー", "ーヒ", "ヒー", "ー"]
    assert index_terms("咖啡") == ["咖啡", "啡"]
    assert index_terms("กาแฟ") == ["กา", "าแ", "แฟ", "ฟ"]
    assert index_terms("커피를") == ["커피", "피를", "를"]


def test_mixed_scripts_split_at_the_script_boundary():
    assert index_terms("SL28コーヒー") == ["sl28", "コー", "ーヒ", "ヒー", "ー"]


def test_arabic_is_indexed_with_and_without_the_article():
    assert index_terms("القهوة") == ["القهوه", "قهوه"]
    assert parse_query("قهوة").terms == (Word("قهوه"),)
    assert parse_query("القهوة").terms == (Word("قهوه"),)


def test_queries_of_one_or_two_chinese_characters():
    assert parse_query("茶").terms == (Phrase(("茶",), prefix=True),)
    assert parse_query("咖啡").terms == (Phrase(("咖啡",)),)
    assert parse_query("コーヒー").terms == (Phrase(("コー", "ーヒ", "ヒー")),)


def test_query_syntax_and_sql_are_just_words():
    assert parse_query('"coffee" NEAR(*) -tea').terms == (Word("coffee"), Word("near"), Word("tea"))
    assert parse_query("'; DROP TABLE catalog_product; --").terms == (Word("drop"), Word("table"), Word("catalog"), Word("product"))


def test_empty_control_and_overlong_queries():
    assert parse_query("").is_empty
    assert parse_query("\x00\x1b\x7f").is_empty
    assert len(parse_query("coffee " * 100).text) == MAX_QUERY_CHARACTERS
    assert len(parse_query(" ".join(f"w{i}" for i in range(50))).terms) == MAX_QUERY_TERMS


def test_autocomplete_makes_only_the_last_word_a_prefix():
    assert parse_query("kenya cof", autocomplete=True).terms == (Word("kenya"), Word("cof", prefix=True))
    assert parse_query("kenya cof ", autocomplete=True).terms == (Word("kenya"), Word("cof"))


def test_edit_distance_counts_a_swap_as_one_edit():
    assert edit_distance("cofee", "coffee", 1) == 1
    assert edit_distance("cofefe", "coffee", 2) == 1
    assert edit_distance("tea", "teapot", 1) == 2  # capped at limit + 1
    assert edit_distance("honey", "honey", 1) == 0


@given(st.text(max_size=300))
def test_any_query_parses_to_bounded_clean_terms(raw):
    query = parse_query(raw, autocomplete=True)
    assert len(query.text) <= MAX_QUERY_CHARACTERS
    assert len(query.terms) <= MAX_QUERY_TERMS
    for term in query.terms:
        texts = (term.text,) if isinstance(term, Word) else term.terms
        assert all(text and not any(c in text for c in "\"'*()-: \x00") for text in texts)


@given(st.text(max_size=60))
def test_a_text_matches_its_own_query(text):
    """Every term a query asks for is among the terms of the text it was typed from."""
    indexed = set(index_terms(text))
    for term in parse_query(text).terms:
        if isinstance(term, Word):
            assert term.text in indexed
        elif term.prefix:
            assert any(t.startswith(term.terms[0]) for t in indexed)
        else:
            assert set(term.terms) <= indexed
