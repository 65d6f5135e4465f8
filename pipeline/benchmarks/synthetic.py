"""Synthetic Korean news articles from sentence templates, for batch tests and soak benchmarks.

Every sentence is built here from templates and word lists (no news text is
copied), deterministically from a seed. ``bad_fraction`` of the JSONL lines are
broken the ways real archives break: malformed JSON, a missing text field, empty
text, English-only text, text that went through a wrong decode (U+FFFD).
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.text import particle_after

_ORGS = ("한빛전자", "누리바이오", "다온에너지", "새솔통신", "푸른하늘항공", "가람제약", "미래모빌리티", "온누리은행", "별빛소프트", "바른식품")
_AGENCIES = ("과학기술정보통신부", "산업통상자원부", "환경부", "국토교통부", "보건복지부", "금융위원회", "교육부", "통계청")
_PEOPLE = ("김민준", "이서연", "박지훈", "최유나", "정하늘", "강도윤", "윤채원", "장서준", "임지아", "한태오")
_ROLES = ("대표", "연구소장", "장관", "교수", "수석연구원", "본부장", "대변인", "위원장")
_PLACES = ("서울", "부산", "대전", "광주", "인천", "세종", "울산", "제주", "수원", "창원")
_TOPICS = ("반도체 공정", "배터리 소재", "인공지능 반도체", "수소 연료전지", "유전자 치료제", "자율주행 소프트웨어", "위성 통신", "탄소 포집 기술", "양자 암호", "스마트 농업")
_THINGS = ("시제품", "생산 설비", "연구 시설", "시범 서비스", "공동 연구소", "인증 제도", "지원 사업", "데이터 센터")
_VERBS_DONE = ("공개했다", "발표했다", "선보였다", "밝혔다", "내놓았다")

_LEAD = (
    "{org}(는) {day}일 {place}에서 {topic} 분야의 새 {thing}(를) {done}.",
    "{agency}(는) {day}일 {topic} 산업을 키우기 위해 {money}억 원 규모의 {thing}(를) 추진한다고 {done}.",
    "{org}(가) {topic} 기술로 올해 매출 {money}억 원을 넘어설 것이라고 {done}.",
)
_BODY = (
    "{person} {role}(는) \"{topic} 경쟁력을 높이는 것이 가장 중요한 과제\"라고 말했다.",
    "회사 측은 이번 {thing}(가) 기존보다 효율을 {pct}% 높였다고 설명했다.",
    "업계에서는 {topic} 시장이 {year}년까지 연평균 {pct}%씩 성장할 것으로 내다보고 있다.",
    "{agency}(는) 관련 규제를 정비하고 {place} 지역에 {thing}(를) 늘릴 계획이다.",
    "{org}(는) 지난해에도 {topic} 분야에 {money}억 원을 투자했다.",
    "전문가들은 {topic} 인력 확보가 여전히 부족하다고 지적했다.",
    "이번 발표 이후 {org}의 주가는 하루 만에 {pct}% 올랐다.",
    "{person} {role}(는) \"{year}년까지 {place}에 두 번째 {thing}(를) 세우겠다\"고 덧붙였다.",
    "{agency} 관계자는 {thing} 운영 결과를 분기마다 공개하겠다고 밝혔다.",
    "일부 시민단체는 {topic} 사업의 안전성 검증이 먼저라고 주장했다.",
    "{org}(는) {place}의 대학들과 함께 {topic} 전문 인력 {small}명을 양성하기로 했다.",
    "해외 경쟁사들도 비슷한 {thing}(를) 준비하고 있어 경쟁이 치열해질 전망이다.",
)
_TITLE = ("{org}, {topic} {thing} {done_short}", "{agency}, {topic}에 {money}억 원 투입", "{topic} 시장 {pct}% 성장 전망… {org} 선두")
_DONE_SHORT = ("공개", "발표", "첫선", "가동")


_PARTICLE = re.compile(r"(.)\((는|가|를)\)")


def _particle(match: re.Match) -> str:
    """The particle that fits the syllable before it: 은/이/을 after a final consonant, else 는/가/를."""
    char, particle = match.groups()
    return char + particle_after(char, particle)


def _fill(template: str, rng: random.Random, slots: dict) -> str:
    return _PARTICLE.sub(_particle, template.format(**slots))


def _slots(rng: random.Random) -> dict:
    return {
        "org": rng.choice(_ORGS),
        "agency": rng.choice(_AGENCIES),
        "person": rng.choice(_PEOPLE),
        "role": rng.choice(_ROLES),
        "place": rng.choice(_PLACES),
        "topic": rng.choice(_TOPICS),
        "thing": rng.choice(_THINGS),
        "done": rng.choice(_VERBS_DONE),
        "done_short": rng.choice(_DONE_SHORT),
        "day": rng.randint(1, 28),
        "money": rng.choice((30, 120, 450, 800, 1500, 3200)),
        "pct": rng.choice((3, 7, 12, 15, 24, 31)),
        "year": rng.choice((2027, 2028, 2030, 2035)),
        "small": rng.choice((50, 120, 300, 500)),
    }


def article(rng: random.Random, paragraphs: int | None = None) -> tuple[str, str]:
    """(title, body): a lead sentence, then paragraphs of two or three template sentences."""
    slots = _slots(rng)
    paragraphs = paragraphs or rng.randint(3, 6)
    body = [_fill(rng.choice(_LEAD), rng, slots)]
    sentences = iter(rng.sample(_BODY, len(_BODY)))  # no sentence twice in one article
    for _ in range(paragraphs - 1):
        if rng.random() < 0.3:  # a new figure enters the story
            slots |= {k: v for k, v in _slots(rng).items() if k in ("person", "role", "pct", "money", "place")}
        chosen = [t for t, _ in zip(sentences, range(rng.randint(2, 3)))]
        if not chosen:
            break
        body.append(" ".join(_fill(t, rng, slots) for t in chosen))
    return _fill(rng.choice(_TITLE), rng, slots), "\n\n".join(body)


def _bad_line(rng: random.Random, number: int) -> str:
    title, body = article(rng)
    kind = rng.randrange(5)
    if kind == 0:
        return '{"id": "a%06d", "text": "broken' % number
    if kind == 1:
        return json.dumps({"id": f"a{number:06d}", "title": title, "body": body}, ensure_ascii=False)
    if kind == 2:
        return json.dumps({"id": f"a{number:06d}", "text": "   "}, ensure_ascii=False)
    if kind == 3:
        return json.dumps({"id": f"a{number:06d}", "text": "Only English words in this record, nothing to summarize."})
    garbled = body.encode("utf-8").decode("cp949", errors="replace")
    return json.dumps({"id": f"a{number:06d}", "title": title, "text": garbled}, ensure_ascii=False)


def jsonl_lines(n: int, seed: int = 0, bad_fraction: float = 0.0) -> Iterator[str]:
    """``n`` JSONL lines with ids ``a000000`` …; about ``bad_fraction`` of them broken."""
    rng = random.Random(seed)
    for number in range(n):
        if bad_fraction and rng.random() < bad_fraction:
            yield _bad_line(rng, number)
            continue
        title, body = article(rng)
        yield json.dumps({"id": f"a{number:06d}", "title": title, "text": body}, ensure_ascii=False)


def write_jsonl(path: Path, n: int, seed: int = 0, bad_fraction: float = 0.0) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for line in jsonl_lines(n, seed, bad_fraction):
            handle.write(line + "\n")
    return path
