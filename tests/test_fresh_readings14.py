"""Readings from fresh news read this session (setDQ–setDT) and defects carried over from earlier readings:
compressions and choices an editor turned down. Articles and sentences written for these tests (not news copy)."""
import pytest

from bullet_helpers import analyse, bullet, only_sentence, summarize_page


# --- repeats -----------------------------------------------------------------------------------------------------

def test_settling_in_is_no_win(analyzer):
    # "자리잡다" is read 자리 + 잡다, and "잡다" alone is a win ("LG를 잡고"): a team that settled in has beaten no one
    from pipeline.engines.extractive import _acts

    settled = only_sentence(analyzer, "한빛FC는 이번 시즌 리그의 강팀으로 자리잡았다.")
    spaced = only_sentence(analyzer, "새 제도는 현장에 자리 잡은 것으로 평가된다.")
    beat = only_sentence(analyzer, "한빛FC는 가람FC를 잡고 선두에 올랐다.")
    assert "승리" not in _acts(settled.morphs, own=False) and "승리" not in _acts(spaced.morphs, own=False)
    assert "승리" in _acts(beat.morphs, own=False)  # (guard)
