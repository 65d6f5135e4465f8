"""Bullet quality: editor's defects per 100 bullets and ROUGE recall at equal length.

    kosum bench bullets [--data ../shared/data/sci-news-dev seeds/] [--tokens 40 80] [--out FILE]

Runs, in one process on the same analysed articles, the ``kiwi`` engine (headline
bullets), ``kiwi`` with ``bullets.style=sentence``, ``lead`` and ``textrankr`` (when
installed), then counts for each system, per 100 bullets, the defects an editor
rejects (``../shared/JUDGING.md``): unmatched quotes or brackets, openers that need
the previous sentence, names or numbers that are not whole spans of the source
sentence, a dropped main predicate, a dropped negation or intention, broken nominal
endings, non-content lines (captions, bylines, list items), bullets over
``bullets.max_chars``, near-duplicate bullets; and per block: blocks under
``bullets.min`` (for articles with at least that many content sentences) and blocks
that carry the lede. Where a reference summary exists (sci-news picks, a page's own
``[기사요약]``), ROUGE recall of each system's first N morphemes is reported, so longer
bullets do not win by length alone; "@equal" cuts every system's block of an article to the
shortest of them, so no system is measured on fewer morphemes than another (a block shorter
than N is not cut at N).

Data: a sci-news folder (``*.json`` with ``sentences``), a folder of raw ``.txt``/``.html``
pages (their ``[기사요약]`` block, when present, is the reference) or a JSONL/CSV/Parquet
file with ``text`` (and optionally ``summary``).
"""
from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.analysis import Analyzer
from pipeline.benchmarks import REPO, save_results
from pipeline.compress import ABLE, OPINION_NOUNS, SPEECH_VERBS, main_predicate
from pipeline.config.summarize import SummarizeConfig
from pipeline.ingest import InputConfig
from pipeline.engines import build_engine
from pipeline.evaluation.format_checks import near_duplicates
from pipeline.evaluation.rouge import scores_from_tokens
from pipeline.evaluation.tokens import morph_tokens
from pipeline.format import JOINER
from pipeline.records import Article, Document, Morph, Sentence, Summary
from pipeline.select import content_sentences, dangling_reason, non_content_reason
from pipeline.text import final_consonant

SYSTEMS = {  # system name -> (engine, config overrides)
    "kiwi": ("kiwi", {}),
    "kiwi-sentence": ("kiwi", {"style": "sentence"}),
    "lead": ("lead", {}),
    "textrankr": ("textrankr", {}),
}
DEFECTS = (
    "broken_quote_or_bracket", "dangling_opener", "number_split", "name_split", "main_predicate_dropped",
    "negation_dropped", "intention_dropped", "broken_nominal_ending", "non_content", "over_max_chars",
    "near_duplicate",
)
_PAIRS = (("“", "”"), ("‘", "’"), ("(", ")"), ("[", "]"), ("「", "」"), ("『", "』"), ("<", ">"))
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NEGATION = frozenset({"않", "못하", "없", "아니"})
NEGATION_ADVERBS = frozenset({"안", "못"})
# Markers of intention, plan or forecast that a bullet must not lose ("조사하겠다고" -> "조사").
INTENTION_WORDS = frozenset({"계획", "예정", "방침", "전망", "목표", "기로", "겠", "려고", "으려고", "추진", "검토", "의향"})
# Nominal forms of irregular stems that Korean spells differently ("갖음" is "가짐", "만들음" is "만듦").
_BROKEN_PROSPECTIVE = re.compile(r"(갖을|딛을|머물을)$")  # before "예정"/"전망": "가질", "디딜", "머무를"
_BROKEN_NOMINAL = re.compile(r"(갖음|듣음|돕음|짓음|낫음|모르음|묻음|걷음|싣음|깨닫음|붓음|잇음|긋음|[가-힣]르음)$")


def has_unmatched_marks(text: str) -> bool:
    """Whether quotes or brackets in ``text`` are unbalanced (straight double quotes must pair up)."""
    for opening, closing in _PAIRS:
        depth = 0
        for ch in text:
            if ch == opening:
                depth += 1
            elif ch == closing:
                depth -= 1
                if depth < 0:
                    return True
        if depth:
            return True
    return text.count('"') % 2 == 1


def broken_nominal_ending(text: str) -> bool:
    """A headline ending spelled as no Korean writer would (``갖음``, ``만들음``, ``갖을 예정``)."""
    words = text.split()
    if len(words) > 1 and words[-1] in {"예정", "전망", "계획"} and _BROKEN_PROSPECTIVE.search(words[-2]):
        return True
    word = words[-1] if words else ""
    if _BROKEN_NOMINAL.search(word):
        return True
    return word.endswith("음") and len(word) > 1 and final_consonant(word[-2]) == 8  # ㄹ


def number_spans_whole(bullet: str, source: str) -> bool:
    """Every number of the bullet (digits with their separators) is a whole number of the source sentence.

    ``3, 101달러`` from ``3,101달러`` fails (``3`` and ``101`` are not numbers of the source); so does
    ``12조3, 400억원`` from ``12조3,400억원``.
    """
    whole = set(_NUMBER.findall(source))
    return all(n in whole for n in _NUMBER.findall(bullet))


_NAME_TAGS = frozenset({"NNP", "SL", "SH"})
_RUN_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SN", "NR", "XSN"})


def _word_char(ch: str) -> bool:
    return ch.isalnum()


def name_spans_whole(bullet: str, bullet_morphs: Sequence[Morph], sentence: Sentence) -> bool:
    """Every name of the bullet (a run of nouns holding a proper noun or Latin word) is a whole span of the source.

    The run must occur in the source sentence starting at a word start and ending where the source's
    own analysis ends a morpheme: ``김지`` cut from ``김지은(전 한화)`` fails, ``딥시크`` from ``딥시크는`` passes.
    """
    ends = {m.end - sentence.start for m in sentence.morphs}
    starts = {m.start - sentence.start for m in sentence.morphs}
    source = sentence.text
    runs, current = [], []
    for m in bullet_morphs:
        if m.tag in _RUN_TAGS and (not current or current[-1].end == m.start):
            current.append(m)
            continue
        runs.append(current)
        current = [m] if m.tag in _RUN_TAGS else []
    runs.append(current)
    for run in runs:
        if not any(m.tag in _NAME_TAGS for m in run):
            continue
        text = bullet[run[0].start:run[-1].end]
        ok = False
        for found in re.finditer(re.escape(text), source):
            a, b = found.start(), found.end()
            if a > 0 and _word_char(source[a - 1]) and a not in starts:
                continue
            if b == len(source) or not _word_char(source[b]) or b in ends:
                ok = True
                break
        if not ok:
            return False
    return True


@dataclass
class Counts:
    bullets: int = 0
    blocks: int = 0
    blocks_under_min: int = 0
    blocks_eligible: int = 0
    blocks_with_lede: int = 0
    defects: dict | None = None

    def __post_init__(self):
        if self.defects is None:
            self.defects = {d: 0 for d in DEFECTS}


def bullet_defects(bullet: str, sentence: Sentence | None, bullet_morphs: Sequence[Morph], max_chars: int,
                   headline: bool) -> list[str]:
    """Defect names of one bullet traced to ``sentence`` (None: not traceable; source checks skipped)."""
    found = []
    if has_unmatched_marks(bullet):
        found.append("broken_quote_or_bracket")
    if dangling_reason(bullet_morphs, bullet) is not None:
        found.append("dangling_opener")
    if headline and broken_nominal_ending(bullet):
        found.append("broken_nominal_ending")
    if headline and len(bullet) > max_chars:
        found.append("over_max_chars")
    if sentence is None:
        return found
    if not number_spans_whole(bullet, sentence.text):
        found.append("number_split")
    if not name_spans_whole(bullet, bullet_morphs, sentence):
        found.append("name_split")
    predicate = main_predicate(sentence.morphs)
    # `홍 교수, “…”`: a quotation with its speaker is the headline form of "…라고 말했다" (the verb of saying is the frame).
    quoted = predicate is not None and predicate.form in SPEECH_VERBS and bullet.rstrip().endswith(("”", '"', "’", "'", "」", "』"))
    # the headline forms compression writes for a predicate: "…할 수 있다" -> "… 가능", "…라는 지적이 나왔다" -> "…라는 지적"
    rewritten = predicate is not None and (predicate.form in ABLE and bullet.rstrip().endswith(ABLE[predicate.form])
                                           or predicate.form == "나오" and bullet.rstrip().endswith(tuple(OPINION_NOUNS)))
    if predicate is not None and not quoted and not rewritten and predicate.form not in {m.form for m in bullet_morphs} \
            and predicate.form not in bullet:
        found.append("main_predicate_dropped")
    src_forms = {m.form for m in sentence.morphs if m.tag.startswith(("VX", "VA", "VCN", "VV"))}
    src_adverbs = {m.form for m in sentence.morphs if m.tag == "MAG"}
    out_forms = {m.form for m in bullet_morphs}
    if ((src_forms & NEGATION) or (src_adverbs & NEGATION_ADVERBS)) and not (out_forms & (NEGATION | NEGATION_ADVERBS)) \
            and not any(w in bullet for w in ("않", "못", "없", "아니", "안 ")):
        found.append("negation_dropped")
    def intends(morphs) -> bool:
        return any(m.form in INTENTION_WORDS and m.tag in {"NNG", "EP", "EC"} for m in morphs)

    if intends(sentence.morphs) and not intends(bullet_morphs):
        found.append("intention_dropped")
    if non_content_reason(sentence) is not None:
        found.append("non_content")
    return found


def score_block(summary: Summary, doc: Document, analyzer: Analyzer, config: SummarizeConfig, counts: Counts) -> list[dict]:
    """Add one block's defects to ``counts``; returns the per-bullet findings."""
    headline = config.bullets.style == "headline" and summary.engine != "textrankr"
    morphs = [analyzer.morphs(b) for b in summary.bullets]
    rows = []
    for n, bullet in enumerate(summary.bullets):
        ref = summary.source_sentences[n] if n < len(summary.source_sentences) else None
        sentence = doc.sentences[ref.sentence] if ref is not None else None
        told = [s for s in doc.sentences[ref.sentence :] if s.end <= ref.end] if ref is not None else []
        parts = bullet.split(JOINER)
        if len(told) > 1 and len(parts) == len(told):
            # a bullet joined from consecutive sentences ("…4천980억원..전년대비 6.96% 증가"): each part against its own
            found = list(dict.fromkeys(d for part, s in zip(parts, told)
                                       for d in bullet_defects(part, s, analyzer.morphs(part), config.bullets.max_chars, headline)))
        else:
            found = bullet_defects(bullet, sentence, morphs[n], config.bullets.max_chars, headline)
        rows.append({"bullet": bullet, "sentence": ref.sentence if ref else None, "defects": found})
        for d in found:
            counts.defects[d] += 1
    for n in near_duplicates([morph_tokens(m) for m in morphs]):
        counts.defects["near_duplicate"] += 1
        rows[n]["defects"].append("near_duplicate")
    counts.bullets += len(summary.bullets)
    counts.blocks += 1
    content = content_sentences(doc)
    if len(content) >= config.bullets.min:
        counts.blocks_eligible += 1
        counts.blocks_under_min += len(summary.bullets) < config.bullets.min
    if content:
        lede = content[0]
        counts.blocks_with_lede += any(r is not None and r.sentence == lede for r in summary.source_sentences)
    return rows


# -- data ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    article: Article
    reference: tuple[str, ...]


def load_items(paths: Sequence[str]) -> list[Item]:
    """Articles (with their reference when there is one) from sci-news folders, page folders or datasets."""
    from pipeline.ingest import Failure, read_articles, read_records, read_sci_news, to_article

    items: list[Item] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            print(f"skipped {path}: not found")
            continue
        if path.is_dir() and any(path.glob("*.json")):
            for pair in read_sci_news(path):
                if isinstance(pair, Failure):
                    print(f"skipped {pair.source}: {pair.error}")
                else:
                    items.append(Item(pair.to_article(), pair.bullets))
        elif path.is_dir() or path.suffix in {".txt", ".html", ".htm"}:
            for article in read_articles(path, InputConfig()):
                if isinstance(article, Failure):
                    print(f"skipped {article.source}: {article.error}")
                else:
                    items.append(Item(article, tuple(article.summary)))
        else:
            for record in read_records(path, InputConfig()):
                if isinstance(record, Failure):
                    print(f"skipped {record.source}: {record.error}")
                    continue
                summary = record.fields.get("summary") or ()
                reference = tuple(summary.splitlines() if isinstance(summary, str) else map(str, summary))
                items.append(Item(to_article(record), tuple(r for r in reference if r.strip())))
    if not items:
        raise SystemExit(f"no articles found in {', '.join(paths)}")
    return items


def recall_at(tokens: Sequence[str], reference: Sequence[Sequence[str]], n: int) -> dict:
    """ROUGE recall (0-100) of the first ``n`` tokens of a summary."""
    scores = scores_from_tokens([list(tokens[:n])], reference)
    return {k: 100 * scores[k]["r"] for k in ("rouge1", "rouge2", "rougeL")}


def equal_length_recall(tokens_by_system: dict[str, list], references: list) -> dict[str, dict]:
    """Mean ROUGE recall per system with each article's blocks all cut to the shortest block among them.

    ``tokens_by_system[s][i]`` is system ``s``'s block for article ``i`` as morpheme tokens and
    ``references[i]`` that article's reference (``None``: no reference, not counted)."""
    rows: dict[str, list[dict]] = {s: [] for s in tokens_by_system}
    for i, reference in enumerate(references):
        if reference is None:
            continue
        n = min(len(blocks[i]) for blocks in tokens_by_system.values())
        for system, blocks in tokens_by_system.items():
            rows[system].append(recall_at(blocks[i], reference, n))
    return {s: {k: sum(r[k] for r in rs) / len(rs) for k in ("rouge1", "rouge2", "rougeL")} if rs else {}
            for s, rs in rows.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kosum bench bullets", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", nargs="+", default=[str(REPO.parent / "shared" / "data" / "sci-news-dev"), str(REPO / "seeds")],
                        help="sci-news folders, folders of pages, or JSONL/CSV/Parquet files")
    parser.add_argument("--tokens", type=int, nargs="+", default=[40, 80], help="N for ROUGE recall of the first N morphemes")
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=list(SYSTEMS))
    parser.add_argument("--out", type=Path, default=None, help="also write the results (with every bullet) to this JSON file")
    args = parser.parse_args(argv)

    items = load_items(args.data)
    analyzer = Analyzer(1)
    docs = list(analyzer.analyze_many(item.article for item in items))
    results, blocks = {}, {}
    references = [[morph_tokens(analyzer.morphs(r)) for r in item.reference] if item.reference else None for item in items]
    tokens_by_system: dict[str, list] = {}
    for system in args.systems:
        engine_name, bullet_overrides = SYSTEMS[system]
        config = SummarizeConfig(engine=engine_name)
        for key, value in bullet_overrides.items():
            setattr(config.bullets, key, value)
        try:
            engine = build_engine(engine_name, config, analyzer)
        except ImportError as exc:
            print(f"skipped {system}: {exc}")
            continue
        counts, recalls, per_block = Counts(), {n: [] for n in args.tokens}, []
        tokens_by_system[system] = []
        for reference, doc in zip(references, docs):
            summary = engine.summarize(doc)
            rows = score_block(summary, doc, analyzer, config, counts)
            per_block.append({"id": doc.article.id, "bullets": rows, "warnings": list(summary.warnings)})
            tokens = [t for b in summary.bullets for t in morph_tokens(analyzer.morphs(b))]
            tokens_by_system[system].append(tokens)
            if reference is not None:
                for n in args.tokens:
                    recalls[n].append(recall_at(tokens, reference, n))
        per100 = {d: 100 * c / counts.bullets if counts.bullets else 0.0 for d, c in counts.defects.items()}
        rouge = {n: {k: sum(r[k] for r in rows) / len(rows) for k in ("rouge1", "rouge2", "rougeL")} if rows else {}
                 for n, rows in recalls.items()}
        results[system] = {
            "blocks": counts.blocks, "bullets": counts.bullets, "defects_per_100_bullets": per100,
            "defects_per_100_total": sum(per100.values()),
            "blocks_under_min": counts.blocks_under_min, "blocks_eligible": counts.blocks_eligible,
            "lede_in_block_pct": 100 * counts.blocks_with_lede / counts.blocks if counts.blocks else 0.0,
            "rouge_recall_first_n": rouge, "examples_with_reference": len(next(iter(recalls.values()), [])),
        }
        blocks[system] = per_block

    for system, rouge in equal_length_recall(tokens_by_system, references).items():
        results[system]["rouge_recall_equal_length"] = rouge
    _print(results, args.tokens)
    save_results("bullets", args, [{"system": s, **r} for s, r in results.items()])
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"results": results, "blocks": blocks}, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


def _print(results: dict, tokens: Sequence[int]) -> None:
    systems = list(results)
    print(f"{'per 100 bullets':<26}" + "".join(f"{s:>15}" for s in systems))
    print(f"{'bullets (blocks)':<26}" + "".join(f"{results[s]['bullets']:>10} ({results[s]['blocks']:>2})" for s in systems))
    for d in DEFECTS:
        print(f"{d:<26}" + "".join(f"{results[s]['defects_per_100_bullets'][d]:>15.1f}" for s in systems))
    print(f"{'all defects':<26}" + "".join(f"{results[s]['defects_per_100_total']:>15.1f}" for s in systems))
    print(f"{'blocks under bullets.min':<26}" + "".join(f"{results[s]['blocks_under_min']:>11}/{results[s]['blocks_eligible']:<3}" for s in systems))
    print(f"{'lede in block %':<26}" + "".join(f"{results[s]['lede_in_block_pct']:>15.1f}" for s in systems))
    for n in tokens:
        for k in ("rouge1", "rouge2", "rougeL"):
            label = f"{k} recall @{n} morphs"
            print(f"{label:<26}" + "".join(f"{results[s]['rouge_recall_first_n'][n].get(k, 0.0):>15.2f}" for s in systems))
    for k in ("rouge1", "rouge2", "rougeL"):
        label = f"{k} recall @equal"
        print(f"{label:<26}" + "".join(f"{results[s].get('rouge_recall_equal_length', {}).get(k, 0.0):>15.2f}" for s in systems))


if __name__ == "__main__":
    import sys

    sys.exit(main())
