"""One reading of web addresses and handles for every detector (mtaudit.text.web_tokens)."""
from mtaudit.text.web_tokens import in_web_address, touches_web_mark, whitespace_token


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_a_word_with_an_address_mark_at_an_edge_is_part_of_the_address():
    for text, word in (("follow @navalny today", "navalny"), ("the tag #moscow spread", "moscow"),
                       ("see navalny.com now", "navalny"), ("at rt.com/russian there", "russian"),
                       ("the file report_final.pdf", "final")):
        assert touches_web_mark(text, *_span(text, word)), (text, word)


def test_a_word_in_prose_touches_no_mark():
    for text, word in (("the russian team won.", "russian"), ("he said navalny, then left", "navalny"),
                       ("(moscow) and more", "moscow")):
        assert not touches_web_mark(text, *_span(text, word)), (text, word)


def test_the_whitespace_token_around_a_word_decides_an_address():
    text = "Read https://tass.ru/ekonomika/123 and the report by www.kremlin.ru today."
    assert in_web_address(text, *_span(text, "ekonomika"))
    assert in_web_address(text, *_span(text, "kremlin"))
    assert not in_web_address(text, *_span(text, "report"))
    assert whitespace_token(text, *_span(text, "kremlin")) == _span(text, "www.kremlin.ru")
    assert not in_web_address("It was 3.5 per cent.", 6, 9)
