"""Line patterns of a Korean news page: summary headers, bylines, credits, share buttons, page furniture.

Every regex is anchored and bounded, so matching a line is linear in its length.
The bullet-mark rule itself lives in :mod:`pipeline.text` (shared with formatting).
"""
from __future__ import annotations

import re

from pipeline.text import WIRE_SERVICES

# Summary block headers: [기사요약], [요약], ■ 기사요약, <기사요약>, 【요약】, 기사요약:
SUMMARY_HEADER = re.compile(
    r"^(?:[\[<【〈《(]\s*(?:기사\s*)?요약\s*[\]>】〉》)]|[■□◆◇▶●]\s*(?:기사\s*)?요약|기사\s*요약)\s*:?\s*(?P<rest>.*)$"
)
MAX_SUMMARY_BULLETS = 10
PROSE = re.compile(r"^.{30,}(?:다|요|죠)\.[\"'”’」)]*$")  # a full sentence, which headline-style bullets are not
# (a markdown heading of a copied page, "# 생산량 감소, 우려가 현실로", has a space after its marks; a hashtag has none)
HEADING_MARK = re.compile(r"^(?:[•■▶◆◇●○□▣◎★☆▷►◈]\s*|#{1,4}\s+)")
MAX_HEADING_CHARS = 100

SHARE_WORDS = frozenset(
    w.strip()
    for w in (
        "카카오스토리|카카오톡|카카오톡 공유|네이버밴드|밴드|페이스북|트위터|텔레그램|링크드인|핀터레스트|"
        "글자크게|글자작게|글씨크게|글씨작게|글자 크게|글자 작게|글씨 크게|글씨 작게|본문 글씨 키우기|본문 글씨 줄이기|"
        "글자크기|글자 크기|글자크기 설정|글자크기설정|글씨크기설정|글씨 크기 설정|AD|URL복사|URL 복사|url복사|링크복사|링크 복사|주소복사|기사공유|기사 공유|"
        "공유|공유하기|SNS 공유|스크랩|인쇄|인쇄하기|프린트|이메일|메일보내기|닫기|좋아요|구독|구독하기|북마크|가+|가-|"
        "글씨 크기 조절|글자 크기 조절|글자크기 조절|이 기사를 공유합니다|기사 듣기|본문 듣기|음성으로 듣기|기사 읽어주기|"
        "가나다라마바사|번역|번역하기|기사 저장|저장하기"
    ).split("|")
)
# An image's default title that a page copy glues onto the first words of the text ("제목 없음6년 만에 …").
GLUED_IMAGE_TITLE = re.compile(r"^(?:제목\s?없음|Untitled|[\w.-]{1,60}\.(?:jpe?g|png|gif|webp|JPE?G|PNG)\s*)(?=[0-9가-힣A-Za-z‘'“\"])")
# (and an image's file name: "132233903.3.jpg이재명 대통령의 …")
# Words that point at a page's picture in brackets: "(사진)", "<사진>", "[그래픽]" (with positions: "(사진 왼쪽)").
PHOTO_WORDS = ("사진", "그래픽", "표", "도표", "자료사진", "사진제공", "그림")
PHOTO_POSITIONS = ("위", "아래", "왼쪽", "오른쪽", "가운데")
# A photo marker glued after a paragraph's last sentence: "…공동협약식을 개최했다.<사진>", "…밝혔다. [사진]"
TRAILING_PHOTO_MARK = re.compile(r"(?<=[.!?”\"’])\s*[<\[(〈]\s*(?:" + "|".join(PHOTO_WORDS) + r")(?:\s*(?:"
                                 + "|".join(PHOTO_POSITIONS) + r"))?\s*[>\])〉]\s*$")
IMAGE_PLACEHOLDERS = frozenset({"제목 없음", "image", "img", "이미지", "사진", "[사진]", "이미지 확대보기", "사진 확대보기", "확대보기", "사진 확대", "크게보기", "동영상", "video thumbnail", "thumbnail", "video"})

_CREDIT_WORDS = r"(?:출처|사진|자료|그래픽|제공|사진제공|사진 제공|자료제공|이미지|영상|촬영|일러스트|캡처|디자인)"
# "(사진=한빛시)", "[자료: 통계청]", and "(한빛시 제공)": who supplied the photo
_CREDIT = (rf"(?:[\[(<【]\s*{_CREDIT_WORDS}\s*[=:：]\s*[^\]\)>】\n]{{1,80}}[\])>】]"
           r"|[\[(<【]\s*[가-힣A-Za-z0-9·]{2,20}(?:\s+[가-힣A-Za-z0-9·]{1,12})?\s*제공\s*[\])>】]"
           # "[연합뉴스 자료사진]", "[한빛일보 DB 사진]", "(연합뉴스TV 캡처)": an outlet's archive photo or a screen grab
           r"|[\[(<【]\s*(?!(?:위|아래|왼쪽|오른쪽|가운데)\s)[가-힣A-Za-z0-9·]{2,20}(?:\s+[A-Za-z]{2,4})?\s*(?:자료\s?사진|자료\s?화면|사진|캡처|화면\s?캡처)\s*[\])>】])")
CREDIT_ONLY = re.compile(rf"^{_CREDIT}$")
ENDS_WITH_CREDIT = re.compile(rf"^(?P<text>.*?)\s*(?P<credit>{_CREDIT})$")
FULL_STOP = re.compile(r"(?:다|요|죠)\.[\"'”’」)]*$")  # prose ends so; headline-style link titles do not
SENTENCE_END = re.compile(r"(?:다|요|죠|까)[.!?]?[\"'”’」)]*$")

# [뉴스투데이=최봉 산업경제 전문기자] …   (서울=연합뉴스) 홍길동 기자 = …   【서울=뉴시스】홍길동 기자 = …
# (서울=뉴스1) 홍길동 종로학원 평가이사 = …: after the wire's tag, a contributor's name and position before "=" too
BRACKET_BYLINE = re.compile(
    r"^[\[(【]\s*(?P<outlet>[^\[\]()【】=\n]{1,20})=\s*(?P<who>[^\[\]()【】\n]{1,40}?)\s*[\])】]\s*"
    r"(?:(?P<reporter>[가-힣A-Za-z·, ]{1,40}?(?:기자|특파원|통신원)|[가-힣]{2,4}(?:\s+[가-힣A-Za-z]{1,10}){1,3})\s*=\s*)?"
)
EDITOR_NOTE_END = re.compile(r"^(?P<text>.*?)\s*[<\[(〈]\s*편집자\s*주\s*[>\])〉]$")
EDITOR_NOTE_START = re.compile(r"^[<\[(〈]\s*편집자\s*주\s*[>\])〉]\s*:?\s*(?P<text>.*)$|^편집자\s*주\s*[:：]\s*(?P<text2>.*)$")
COPYRIGHT = re.compile(
    r"무단\s*(?:전재|복제).{0,40}금지|재배포\s*금지|AI\s*학습\s*(?:및\s*활용\s*|이용\s*)?금지|All rights reserved"
    r"|^[<\[(]?\s*(?:ⓒ|©|\(c\)|Copyright\s*(?:ⓒ|©|\(c\)|\d{4})|저작권자\s*[(ⓒ©])",
    re.IGNORECASE,
)
MAX_COPYRIGHT_CHARS = 200
EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")
REPORTER = re.compile(
    r"^(?:[가-힣]{1,10}(?:\s[가-힣]{1,10})?\s*=\s*)?[/=\-]?\s*(?P<name>(?:[가-힣]{2,5}\s*){1,3}(?:[가-힣]{0,8}\s*)?(?:기자|특파원|통신원|논설위원|선임기자|전문기자|객원기자|에디터|칼럼니스트|앵커|PD))\s*$"
)
# A series' link to its other parts ("전편: ① 더 위험한 산불이 온다", "이전 기사 ▶ …"): a title of another article
SERIES_LINK = re.compile(r"^(?:전편|前편|이전\s*편|지난\s*편|다음\s*편|이전\s*기사|지난\s*기사|연재\s*순서)\s*[:：▶>]")
PROMO = re.compile(r"^[▶☞▷►]\s*.{0,80}(?:구독|바로가기|제보|클릭|채널 추가|앱 다운|다운로드|뉴스레터|무료)")

# Comment sections and page furniture after the article: everything from here on is dropped.
COMMENT_SECTION = re.compile(
    r"^(?:댓글\s*[(\[]?\s*\d*\s*[)\]]?|댓글\s*(?:쓰기|작성|달기|보기|입력)|\d+\s*/\s*\d{3,4}|.{0,40}\d+\s*자\s*이내.{0,40}"
    r"|많이\s*본\s*(?:뉴스|기사)|가장\s*많이\s*본.{0,10}|(?:실시간\s*)?인기\s*(?:뉴스|기사)|이\s*시각\s*주요\s*뉴스|주요\s*뉴스"
    r"|오늘의\s*주요\s*뉴스|함께\s*볼만한\s*뉴스|(?:이\s*)?기자의\s*다른\s*기사.{0,10}|로그인\s*후\s*댓글.{0,30})\s*[>›»]?$"
)
# Weaker markers (also used inside bodies for a box of links): cut only when nothing like body text follows.
RELATED_SECTION = re.compile(r"^(?:관련\s*기사|추천\s*기사|최신\s*기사|포토\s*뉴스|관련\s*뉴스|다른\s*기사\s*보기|기사\s*더\s*보기|더\s*보기)\s*[>›»]?$")


CREDIT_OUTLETS = frozenset({"출처", "사진", "자료", "그래픽", "제공", "사진제공", "사진 제공", "자료제공", "이미지", "영상"})


EMAIL_TAIL = re.compile(r"\S+@\S+\.[A-Za-z]{2,}\s*$")  # a paragraph that ends on the reporter's address
PARAGRAPH_CHARS = 80  # a line this long with sentences inside is a paragraph, whatever ends it
INNER_FULL_STOP = re.compile(r"(?:다|요|죠)\.[\"'”’」)]*\s+\S")
# A broadcast transcript copied without punctuation still ends its sentences so: "…나타났습니다 4명 중 1명은 …"
UNPUNCTUATED_ENDING = re.compile(r"(?:습니다|였다|했다|됐다|이다)\s+[가-힣0-9\[]")


def looks_like_body(line: str) -> bool:
    """A full sentence of prose (not a link title, a menu item or a comment rule); a long paragraph may end on
    its byline ("…밝혔다. 한빛일보 홍길동기자 hong@example.com") with full sentences before it."""
    return len(line) >= 20 and FULL_STOP.search(line) is not None or len(line) >= PARAGRAPH_CHARS and INNER_FULL_STOP.search(line) is not None \
        or len(line) >= PARAGRAPH_CHARS and len(UNPUNCTUATED_ENDING.findall(line)) >= 3



# Print-edition page markers and comment counters in a page's tool bar: "16면", "A2면", "댓글 0"; a video page's age and
# view count ("4 weeks ago 3").
TOOLBAR_ITEM = re.compile(r"^(?:[A-Z]?\d{1,3}\s*면|댓글\s*\d{0,6}|\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago(?:\s+[\d,.]+[KkMm]?)?)$")

# A regional site's weather strip above the headline: "• 흐림동두천 1.0℃", "서울 -3.2℃", "기상청 제공", and the page's
# date beside it ("2024.04.25 (목)", "2024년 4월 25일 목요일"): no headline.
WEATHER_ITEM = re.compile(r"^(?:[•·∙]\s*)?(?:맑음|흐림|구름많음|구름조금|비|눈|소나기|박무|연무|안개|황사)?[가-힣]{1,6}\s*-?\d{1,2}(?:\.\d)?\s*(?:℃|°C?)$|^기상청\s*제공$")
PAGE_DATE = re.compile(r"^\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?\s*(?:\(\s*[월화수목금토일]\s*\)|[월화수목금토일]요일)?$")

# A text that starts with a particle: a word cut from the text before it, where a quotation or bracket was split off ("는
# KIA 감독의 …" after "“…”") or a script line broke ("…음식물 쓰레기" / "를 인근 …"). Only particles no word starts with
# ("이", "도" can; "고", "가", "은" are surnames too).
OPENS_WITH_PARTICLE = re.compile(r"^(?:는|을|를|의|에|에서|에게|와|과|로|으로|라는|이라는|라고|이라고)(?=\s)")

# -- boilerplate and broadcast furniture inside a copied page -------------------------------------
# Portal notices and ad placeholders: "…환경에서 본문 보기를 권장합니다", "(예시) …", "광고".
PORTAL_NOTICE = re.compile(
    r"본문\s*보기를?\s*권장|(?:브라우저|환경|버전)에서.{0,30}(?:권장|지원하지)|^[(\[<]\s*예시\s*[)\]>]|[(\[<]\s*예시\s*[)\]>]\s*$"
    r"|^(?:광고|AD|Advertisement|스폰서|Sponsored)$|^(?:기사\s*제보|제보하기|제보\s*안내)\b"
    # a note about the article itself, or a portal's note about its sections: "이 기사는 …", "기사의 섹션 정보는 …"
    r"|^[\[(<]?\s*(?:이|본|해당)\s*기사는\s|기사의\s*섹션\s*정보|섹션으로\s*(?:중복\s*)?분류"
    r"|^기사가\s*속한\s*카테고리는\s*언론사가\s*분류합니다\.?$"  # "기사가 속한 카테고리는 언론사가 분류합니다."
    # a comment box's dialogs: "이제 해당 작성자의 댓글 내용을" / "확인할 수 없습니다.", "삭제하시겠습니까?", "삭제한 댓글은 …"
    r"|댓글\s*내용을(?:\s*확인할\s*수\s*없습니다)?\.?$|^확인할\s*수\s*없습니다\.?$|^삭제하시겠습니까\??$"
    r"|^삭제한\s*댓글은\s*다시\s*복구할\s*수\s*없습니다\.?$"
    # the banner every government site carries: "이 누리집은 대한민국 공식 전자정부 누리집입니다.", "공식 누리집 주소
    # 확인하기", "go.kr 주소를 사용하는 누리집은 …", "…도메인 주소를 확인해 보세요", "운영중인 공식 누리집보기"
    r"|누리집입니다\.?$|공식\s*누리집\s*(?:주소\s*확인하기|보기)$|도메인\s*주소를\s*확인해\s*보세요\.?$"
    # a link's label: "… 민생 토론회 바로가기" (no sentence ends so)
    r"|^[^.!?]{0,60}\s바로\s?가기$"
    # the outlet's contact numbers: "광고문의 02-724-7792", "구독신청 : 1588-0000", "대표전화 (02)123-4567"
    r"|^[가-힣]{0,4}\s*(?:문의|신청|제보|전화|상담)\s*[:：]?\s*(?:\(?0\d{1,3}\)?[-.\s)]?\d{3,4}[-.\s]\d{4}|1\d{3}-\d{4})\s*$"
)
# A production script's own tags for what is read out ("◀ANC▶" anchor, "◀END▶", "◀VCR▶" report, "(S/U)" stand-up) and
# for a sound bite ("◀SYN▶", "◀INT▶", "◀CG▶").
_SCRIPT_READ_TAGS = r"ANC|END|VCR|[Ss][Tt]-?[Uu][Pp]|[Ss]/[Uu]"
_SCRIPT_BITE_TAGS = r"SYN|INT|CG"
# Broadcast script tags: [앵커], [기자], [앵커멘트], <앵커 멘트>, 〈기자〉, ◀ 앵커 ▶ (or spaced out, ◀ 앵 커 ▶), [리포트], ⊙기자: — the
# tag goes, the text stays.
# A copy that lost its brackets with its punctuation ("앵커 멘트 내년도 최저임금이 …") keeps the two-word tags only.
BROADCAST_TAG = re.compile(
    r"^[\[<◀【(〈]\s*(?:앵커\s*멘트|앵\s?커|기자\s*리포트|기\s?자|리\s?포\s?트|브릿지|클로징|아나운서|진행자|레이더|\d{1,2}|" + _SCRIPT_READ_TAGS + r")"
    r"\s*[\]>▶】)〉]\s*"
    r"|^[⊙◎●]\s*(?:앵커|기자|리포터|아나운서|진행자)\s*[:：]\s*"
    r"|^(?:앵커\s*멘트|기자\s*리포트|[Ss]/[Uu])\s+(?=[가-힣0-9])"  # ("s/u 올해는 냉해까지 …": a stand-up's bare tag)
    r"|^\{\s*(?:앵커|기자|리포트)\s*(?:[:：]|\})\s*"  # a script in braces: "{앵커:…}", "{리포트}"
    r"|^(?:[가-힣]{2,4}\s+)?(?:앵커|기자|리포터|아나운서|진행자)\s*>\s*"  # a programme's transcript: "홍길동 앵커>", "김가람 기자>"
    # a live two-way's turn in brackets, the reporter's own words: "[김가람 기자 : 네, 저는 지금 …]" (not a bite)
    r"|^\[\s*(?:[가-힣]{2,4}\s+)?(?:앵커|기자|리포터|특파원)\s*[:：]\s*(?=[^\]]*\]\s*$)"
)
# Script tags a broadcast copy runs into its paragraphs ("…못했습니다. ◀END▶ 시뻘건 불길과 …", "(S/U) 당시 …",
# "◀SYN▶ 목격자 "…" 헬기 석 대가 …"): each starts a line of its own, where BROADCAST_TAG or SOUND_BITE reads it.
# ("…상승률 여전히 고공행진 [앵커] 가정의 달 연휴, …": a transcript copied without its line breaks)
INLINE_SCRIPT_TAG = re.compile(r"\s+(?=[◀(\[]\s*(?:" + _SCRIPT_READ_TAGS + "|" + _SCRIPT_BITE_TAGS + r")\s*[▶)\]]"
                               r"|[\[〈【]\s*(?:앵커(?:\s*멘트)?|기자|리포트)\s*[\]〉】]\s*[가-힣])")
# Sound bites and production credits: "[인터뷰] 홍길동/주민", "[녹취:…]", "⊙홍길동(주민): …", "촬영기자: 홍길동 / 영상편집: …".
_BITE_WORDS = r"인터뷰|녹취|싱크|현장음|자막|효과음|이펙트|" + _SCRIPT_BITE_TAGS
SOUND_BITE = re.compile(r"^[\[<◀【(]\s*(?:" + _BITE_WORDS + r")\b"
                        r"|^[⊙◎●]\s*(?!(?:앵커|기자|리포터|아나운서|진행자)\s*[:：])[가-힣]{2,5}(?:\s*\([^()]{1,20}\))?\s*[:：]"
                        r"|^\{[가-힣]{2,5}\s*/"  # "{홍길동/한빛시 주민/…}": a script's bite in braces, the speaker first
                        r"|^(?:인터뷰|녹취|싱크|현장음)\s*>")  # "녹취> 홍길동 국무총리": a transcript's bite, the words on the next line
# The tag of a sound bite with its closing mark, what follows it being the speaker or the words: "◀SYN▶ 현대차 관계자".
BITE_TAG = re.compile(r"^[\[<◀【(]\s*(?:" + _BITE_WORDS + r")\s*[\]>▶】)]\s*")
PRODUCTION_CREDIT = re.compile(r"^(?:촬영\s*기자|영상\s*취재|영상\s*편집|그래픽|촬영|편집|취재|구성)\s*[:：]")
# A reporter's sign-off closing a broadcast story: "KBS 뉴스 홍길동입니다.", "YTN 홍길동입니다."
SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:지금까지\s+)?[^.!?]{0,40}?(?:뉴스|[A-Z]{2,5}|TV|방송)\s*[가-힣]{2,4}\s*(?:기자)?(?:입니다|였습니다|기잡니다)\.?$"
)
# A photo caption ending in an unbracketed credit: "…울고 있다. /뉴스1", "…야적장/연합뉴스", "… 사진=OO시 제공", "ⓒ 뉴시스",
# or who provided it after the caption's last full stop ("…에보 TV. 97인치는 …가장 크다. LG전자 제공").
CAPTION_CREDIT = re.compile(
    r"(?:/\s*(?=[^/\s]*[가-힣A-Za-z])[가-힣A-Za-z0-9]{2,12}(?:\s*제공)?|(?:^|\s|\.)(?:사진|자료|그래픽|출처|이미지)\s*[=:]\s*[^=]{1,40}|[ⓒ©]\s*[^ⓒ©]{1,30}"
    r"|(?<=[.!?])\s+[가-힣A-Za-z0-9·]{2,15}(?:\s[가-힣A-Za-z0-9·]{1,10})?\s?제공)\s*$"
)
MAX_CAPTION_CHARS = 200
# A wire photo's caption ends in the day it was taken and the photographer's mail: "…출근하고 있다. 2023.08.27.
# jhope@example.com". Such a caption may run longer than MAX_CAPTION_CHARS (it often tells the story's background).
# The stamp may carry the agency's credit instead: "…있다. 2024.10.11/뉴스1 ⓒ News1 홍길동 기자".
PHOTO_DATE_STAMP = re.compile(r"[.!?]\s+(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?:\s+[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
                              r"|\s*/\s*[^\s/.]{2,12}(?:\s*[ⓒ©]\s*[^ⓒ©]{1,40})?)?\s*$")
# A source or section tag in brackets opening a paragraph: "[국회의정저널] …", "[속보] …", "[단독] …".
LEADING_TAG = re.compile(r"^\[\s*(?P<tag>[^\[\]=\d\s][^\[\]=]{0,14})\s*\]\s*(?=\S)")
# A headline run into its lede on one line, an outlet tag between them: "한빛시, 버스 요금 동결 [한빛뉴스] 한빛시는 …".
HEADLINE_BEFORE_TAG = re.compile(r"^(?P<head>[^\[\].!?]{6,100}?)\s+\[\s*[^\[\]=\d\s][^\[\]=]{0,14}\s*\]\s*(?P<rest>[가-힣A-Za-z“\"‘'].*)$")
# A sub-headline run into the lede with the byline between them: "…역대 최고치…3사 중 1위도 [한빛경제=홍길동 기자] 인뱅 3사가 …".
# The reporter may follow the bracket, and the bracket the head with no space: "…24일 상장[서울=뉴시스]홍길동 기자 = 코스닥 …";
# or the bracket may hold the reporter alone: "…이해진·김범수 의장 주도[ 박희진 기자 ] 국내 포털 업계에 …".
HEADLINE_BEFORE_BYLINE = re.compile(r"^(?P<head>[^\[\].!?]{6,100}?)\s*\[\s*(?:[^\[\]=\n]{1,20}=\s*(?:[^\[\]=\n]{1,30}?(?:기자|특파원)\s*\]"
                                    r"|[^\[\]=\n]{1,12}\]\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=)|[가-힣]{2,4}\s*(?:기자|특파원)\s*\])\s*"
                                    r"(?P<rest>[가-힣A-Za-z“\"‘'].*)$")
# The same tag opening a sentence inside a line, right after the previous sentence's end: "…참석했다. [한빛뉴스] 시는 …".
INNER_TAG = re.compile(r"(?<=[.!?])([\"'”’]?)\s+\[\s*[^\[\]=\d\s][^\[\]=]{0,14}\s*\]\s*(?=[가-힣A-Za-z])")
# A line that is only a photo credit, under the caption it belongs to: "ⓒ한빛일보", "한빛시 제공", "사진=한빛시", "/한빛뉴스".
CREDIT_LINE = re.compile(
    r"^(?:(?P<mark>[ⓒ©]\s*[^.!?]{1,40})|(?:사진|자료|그래픽|이미지|출처)\s*[=:]?\s*[가-힣A-Za-z0-9·. ]{2,30}|/\s*[가-힣A-Za-z0-9]{2,12}(?:\s*제공)?"
    r"|(?P<provided>[가-힣A-Za-z0-9·]{2,20}(?:\s+[가-힣A-Za-z0-9·]{1,12})?\s*제공))$"
)
# A photo's credit glued to the paragraph after it: "경남경찰청 제공추석 당일 식당에서 …" (the page dropped the caption's line
# break). An institution or outlet, "제공", and a word that cannot go on from "제공" ("제공하는", "제공자", "제공량" do).
GLUED_CREDIT = re.compile(r"^(?:[가-힣A-Za-z0-9·]{2,15}\s)?[가-힣A-Za-z0-9·]{0,15}(?:청|처|부|서|원|시|군|구|도|사|단|공사|공단|재단|센터|대학교?|병원"
                          r"|뉴스|일보|신문|뉴시스|뉴스1|통신)\s?제공(?=[가-힣])(?![하한할했함합해되된될됐돼받을를은는이가의에과와도로자량처업측키])")
# "◇ 요금 동결 배경 = 시는 …": a sub-heading and its paragraph on one line (a common layout of wire copy).
INLINE_HEADING = re.compile(r"^[◇◆■□▶▷►●○◎▣◈]\s*(?P<heading>[^=\n]{2,40}?)\s*=\s*(?P<text>\S.*)$")
# The same, run into the end of the previous paragraph: "…보전한다. ◇ 노선 개편 = 시는 …".
INLINE_HEADING_MID = re.compile(r"(?<=[.!?\"'”’])\s+(?=[◇◆■□▶▷►●○◎▣◈]\s*[^=\n]{2,40}?\s*=\s*\S)")
# Site navigation that a page copy can put above the headline: "전체메뉴", "로그인", "회원가입".
_SECTION = r"(?:정치|경제|사회|국제|세계|문화|스포츠|연예|생활|과학|IT|IT/과학|IT·과학|오피니언|산업|금융|증권|부동산|지역|전국|건강|교육|라이프|날씨|[가-힣]{1,4}일반)"
# The site's menu, section breadcrumb ("사회 사회일반") and page-region labels ("기사 본문 영역") above the headline.
_NAVIGATION_ITEM = (r"(?:전체\s*메뉴|메뉴|로그인|로그아웃|회원가입|검색|홈|HOME|마이페이지|고객센터|전체\s*기사|뉴스\s*홈|구독\s*신청|PC\s*버전|모바일\s*버전"
                    r"|메뉴\s*(?:보기|건너뛰기)(?:\s*검색)?|(?:본문|메뉴|전체\s*메뉴)\s*바로\s*가기|(?:기사\s*)?본문\s*영역|상세\s*페이지|실시간\s*뉴스"
                    r"|광고\s*닫기|미니\s*플레이)")
# one item, a run of skip links ("본문바로가기 메뉴바로가기 전체메뉴 바로가기") or a breadcrumb of sections
NAVIGATION = re.compile(r"^(?:" + _NAVIGATION_ITEM + r"(?:\s+" + _NAVIGATION_ITEM + r")*"
                        r"|" + _SECTION + r"(?:\s*[>›]?\s*" + _SECTION + r"){0,2}"
                        r"|[가-힣A-Za-z]{1,6}(?:/[가-힣A-Za-z]{1,6}){1,4})$", re.IGNORECASE)  # (or a slashed one: "대통령실/국회/정부")
# "홍길동 기자 = …", "한빛일보 홍길동 기자 = …", "홍길동ㆍ김가람 기자 = …", "/한빛일보 홍길동 기자/ …": an unbracketed
# byline opening the lede.
REPORTER_LEAD = re.compile(
    r"^(?:(?:[가-힣A-Za-z0-9]{1,15}\s+)?(?P<who>(?:[가-힣]{2,4}\s*[ㆍ·,]\s*){0,4}[가-힣]{2,4}\s*(?:선임기자|전문기자|기자|특파원|통신원))\s*=\s*"
    r"|/\s*(?:[가-힣A-Za-z0-9]{1,15}\s+)?(?P<who2>[가-힣]{2,4}\s*(?:기자|특파원|통신원))\s*/\s*"
    # "시사위크=이영실 기자  올해 …": the outlet, "=" and the reporter with no brackets
    r"|[가-힣A-Za-z0-9]{2,15}\s*=\s*(?P<who3>[가-힣]{2,4}\s*(?:기자|특파원|통신원))(?:\s*[|ㅣ]\s*|\s+)"
    # "코리아타임뉴스 홍길동 기자 | 옹진군의회가 …", "㈜한빛뉴스 홍길동 기자 | …": the outlet and the reporter before a bar
    r"|(?:(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,15}\s+)?(?P<who4>[가-힣]{2,4}\s*(?:기자|특파원|통신원))\s*[|ㅣ]\s*)(?=\S)"  # ("… 기자 | 지난해 …")
)
# "[포인트데일리 홍길동 기자] …": a bracketed byline without "=" inside (one after it, "[홍길동 기자]= …", goes with it).
BRACKET_REPORTER = re.compile(r"^[\[(【]\s*[^\[\]()【】=\n]{0,30}?(?:기자|특파원|통신원)\s*[\])】]\s*(?:=\s*)?")
# A wire's name run into the lede where the page dropped its tag "(대전=연합뉴스)": "연합뉴스대전 을지대병원에서 …".
# Never the wire as the lede's subject ("연합뉴스는 …", "연합뉴스에 따르면"): a particle after the name keeps it.
WIRE_RUN_INTO_LEDE = re.compile(r"^(?:" + "|".join(WIRE_SERVICES) + r")(?=[가-힣]{2})(?![은는이가의에와과도를을로만측])")
# A photo caption of a building's exterior: "대전서부교육지원청 전경사진", "서부교육청 전경" (a line of its own, or run
# into the lede where the page dropped the line break: "…교육청 전경 대전서부교육청은 …", one or two captions before
# the lede's subject or topic; the lede starts after it).
_EXTERIOR = r"(?:[가-힣A-Za-z0-9·]+\s){0,3}[가-힣A-Za-z0-9·]*전경(?:\s?사진)?"
EXTERIOR_CAPTION = re.compile(rf"^{_EXTERIOR}$")
CAPTION_RUN_INTO_LEDE = re.compile(rf"^(?:{_EXTERIOR}\s+){{1,2}}(?=[가-힣A-Za-z0-9·]{{2,}}(?:은|는|이|가|도)\s)")
# A press release's dateline opening its first paragraph: "서울--(뉴스와이어) 2025년 08월 12일 -- …", "SEOUL, Korea--(BUSINESS
# WIRE)-- …": where, the distributor in brackets and the date, between double dashes; the release starts after it (left in,
# shortening drops the bracket and the date and leaves "서울-- --" before the bullet).
RELEASE_DATELINE = re.compile(r"^[가-힣A-Za-z·., ]{1,30}?\s*[-–—]{2}\s*\([^()\n]{2,30}\)\s*(?:\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*)?[-–—]{2}\s*(?=\S)")
# A dateline in lenticular brackets opening the lede: "【한빛】 …", "【 한빛·서울 】 …" (place only; "【서울=뉴시스】"
# is a BRACKET_BYLINE). The place goes, the lede stays.
DATELINE_TAG = re.compile(r"^【\s*[가-힣A-Za-z·]{1,12}\s*】\s*(?=\S)")
# What a wire or a page title adds to a headline: "(종합)", "(종합2보)", "(1보)", "[속보]"-like version tags at the
# end, and a page title's "| 한빛일보" or a bare trailing "|". The headline itself stays.
# A page title's " - 한빛일보" is told from a headline's own dash ("한빛시 - 누리시 협약") by the outlet's last word.
TITLE_TAIL = re.compile(
    r"\s*[(\[]\s*(?:종합|종합\s*\d\s*보|\d\s*보|상보)\s*[)\]]\s*$|\s+\|\s*[^|]{0,20}$|\s*\|\s*$"
    r"|\s+[-–—:]\s+[가-힣A-Za-z0-9]{0,10}(?:일보|신문|뉴스|방송|타임즈|타임스|저널|데일리|닷컴|미디어|TV|뉴스1)$"
    # a video page's " / KBS뉴스(News)", " / 연합뉴스TV (Yonhapnews TV)", " / YTN"
    r"|\s+/\s*(?:[A-Z]{2,5}|[가-힣A-Za-z0-9]{0,10}(?:뉴스|방송|TV|일보))(?:\s*\([^()]{0,25}\))?(?:\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?)?\s*$"
    # a programme's name glued to the headline: "…\"발언권 달라\"/데스크", "…/뉴스투데이"
    r"|\s*/\s*(?:뉴스)?(?:데스크|투데이)\s*$"
)
# A timestamp opening the lede ("2026-02-27 14:22 한빛시가 …"): the time of posting, not the article's text.
# A date alone ("2023.08.03. …") stays: it is how a photo caption signs off, which the selection looks for.
# So does a machine date stamp, with its day or without ("date 2026-01-29 국회가 …", "date 2019-10 …").
_YMD = r"\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?"
LEADING_TIMESTAMP = re.compile(rf"^(?:\(?{_YMD}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\)?"
                               rf"|(?:date|Date|DATE)\s*[:=]?\s*(?:{_YMD}|\d{{4}}[./-]\d{{1,2}}\.?))\s+(?=\S)")
# The same tags opening a headline: "[종합] 한빛시, …", "[속보] …", "[단독] …" (a series banner, "[연재 (3)]", stays).
TITLE_HEAD = re.compile(r"^[\[(【]\s*(?:종합|종합\s*\d\s*보|\d\s*보|상보|속보|단독)\s*[\])】]\s*(?=\S)")
