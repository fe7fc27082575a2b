from dataset.coder.segment import segment


def test_offsets_point_into_the_text() -> None:
    text = "Rockets hit the U.S. embassy in Baghdad. Nobody died.\n\nGen. Smith said so. It was Jan. 26."
    sentences = segment(text)
    assert [s.text for s in sentences] == [
        "Rockets hit the U.S. embassy in Baghdad.", "Nobody died.", "Gen. Smith said so.", "It was Jan. 26.",
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_quotes_end_sentences() -> None:
    text = 'He said: "We will return." Then he left.'
    assert len(segment(text)) == 2
