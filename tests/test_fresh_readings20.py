"""Readings of this session. Articles and sentences written for these tests (not news copy)."""
import pytest

from pipeline.format import _unglue_words, glued_particle
from bullet_helpers import only_sentence


# --- spacing: a short term written as one word is not two words ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "시의장단" (the council's chair group) and "여성과총" (an acronym) look like noun + particle + noun; a space
    # would make them "the city's pros and cons" and "women and a gun"
    ("시의장단과 구청장들이 모여 비와함께 열릴 축제를 논의", "시의장단과 구청장들이 모여 비와 함께 열릴 축제를 논의"),
    ("여성과총은 새 상을 만들어 환자가방문했던 병원에서 시상", "여성과총은 새 상을 만들어 환자가 방문했던 병원에서 시상"),
])
def test_a_short_term_keeps_its_spelling_where_a_real_left_out_space_goes_in(analyzer, text, expected):
    assert _unglue_words(text, analyzer.kiwi) == expected


def test_a_short_term_alone_asks_for_no_spacing(analyzer):
    assert not glued_particle(only_sentence(analyzer, "여성과총은 지난해 새 상을 만들었다.").morphs)
    assert glued_particle(only_sentence(analyzer, "여성과총은 지난해 환자가방문했던 병원에 상을 줬다.").morphs)
