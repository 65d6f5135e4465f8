"""Terminal table and a self-contained HTML report (plots embedded as base64 PNG)."""
from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence

from pipeline.evaluation.corpus import ExampleScores
from pipeline.evaluation.data import Example
from pipeline.evaluation.rouge import ROUGE_TYPES
from pipeline.evaluation.stats import MIN_EXAMPLES

_LABELS = {"rouge1": "R-1", "rouge2": "R-2", "rougeL": "R-L", "rougeLsum": "R-Lsum"}


def interval(ci: list[float] | None) -> str:
    """``[lo, hi]``, or ``undefined (n < 5)`` when there were too few examples for a bootstrap."""
    return f"[{ci[0]:.2f}, {ci[1]:.2f}]" if ci is not None else f"undefined (n < {MIN_EXAMPLES})"


def p_value(p: float | None) -> str:
    return f"{p:.3f}" if p is not None else "undefined"


def table_rows(systems: dict[str, dict]) -> tuple[list[str], list[list[str]]]:
    header = ["system", "n", *(_LABELS[m] for m in ROUGE_TYPES), "R-Lsum 95% CI", "unsup.num%", "unsup.name%", "bullets"]
    rows = []
    for name, r in systems.items():
        rows.append([name, str(r["examples"]), *(f"{r[m]['f']:.2f}" for m in ROUGE_TYPES), interval(r["rougeLsum"]["ci"]),
                     f"{r['unsupported_number_rate']:.1f}", f"{r['unsupported_name_rate']:.1f}",
                     f"{r['format'].get('bullets', 0):.1f}" if r["format"] else "-"])
    return header, rows


def format_table(systems: dict[str, dict]) -> str:
    """The summary table as aligned text (ROUGE F on 0-100, rates in percent)."""
    header, rows = table_rows(systems)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))) for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _plot(per_system: dict[str, Sequence[ExampleScores]]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(ROUGE_TYPES), figsize=(4 * len(ROUGE_TYPES), 3), sharey=True)
    for ax, metric in zip(axes, ROUGE_TYPES):
        for name, scores in per_system.items():
            ax.hist([100 * s.rouge[metric]["f"] for s in scores], bins=20, range=(0, 100), alpha=0.5, label=name)
        ax.set_title(f"{_LABELS[metric]} F")
        ax.set_xlabel("score (0-100)")
    axes[0].set_ylabel("examples")
    axes[-1].legend()
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80)
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def highlight(text: str, marks: Sequence[str]) -> str:
    """``text`` HTML-escaped, with each occurrence of ``marks`` wrapped in <mark>."""
    spans = []
    for mark in marks:
        start = text.lower().find(mark.lower()) if mark else -1
        while start >= 0:
            spans.append((start, start + len(mark)))
            start = text.lower().find(mark.lower(), start + len(mark))
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out += [html.escape(text[pos:start]), "<mark>", html.escape(text[start:end]), "</mark>"]
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _bullet_list(bullets: Sequence[str], marks: Sequence[str] = ()) -> str:
    return "<ul>" + "".join(f"<li>{highlight(b, marks)}</li>" for b in bullets) + "</ul>"


_STYLE = """body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px;text-align:right;vertical-align:top}td:first-child,th:first-child{text-align:left}
.article td{text-align:left;width:25%}mark{background:#fbb}h3{margin-top:2em}.meta{color:#666;font-size:90%}"""


def render_html(results: dict, examples: Sequence[Example], per_system: dict[str, Sequence[ExampleScores]],
                max_articles: int = 200) -> str:
    """The whole report: summary table, pairwise tests, score distributions, per-article view."""
    header, rows = table_rows(results["systems"])
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>kosum evaluation</title><style>{_STYLE}</style></head><body>",
             "<h1>Evaluation report</h1>",
             f"<p class='meta'>data: {html.escape(str(results['data']))}<br>tokenizer: {html.escape(results['tokenizer'])}"
             f" · git: {html.escape(str(results['git_revision']))}</p>",
             "<h2>Summary</h2><table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"]
    parts += ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows]
    parts.append("</table><p class='meta'>ROUGE F on Kiwi morphemes (0-100); rates are percentages of the numbers/names stated.</p>")
    if results["pairwise"]:
        parts.append("<h2>Paired bootstrap tests</h2><table><tr><th>a</th><th>b</th><th>metric</th><th>delta F</th><th>95% CI</th><th>p</th></tr>")
        for t in results["pairwise"]:
            parts.append(f"<tr><td>{html.escape(t['a'])}</td><td>{html.escape(t['b'])}</td><td>{t['metric']}</td>"
                         f"<td>{t['delta']:+.2f}</td><td>{interval(t['ci'])}</td><td>{p_value(t['p_value'])}</td></tr>")
        parts.append("</table>")
    if examples:
        parts.append(f"<h2>Score distributions</h2><img alt='ROUGE F histograms' src='data:image/png;base64,{_plot(per_system)}'>")
    parts.append("<h2>Articles</h2>")
    by_id = {name: {s.id: s for s in scores} for name, scores in per_system.items()}
    for example in list(examples)[:max_articles]:
        title = example.article.title if example.article is not None else ""
        parts.append(f"<h3>{html.escape(example.id)} {html.escape(title)}</h3><table class='article'><tr><th>reference</th>"
                     + "".join(f"<th>{html.escape(name)}</th>" for name in per_system) + "</tr>")
        cells = [_bullet_list(example.reference)]
        for name in per_system:
            s = by_id[name][example.id]
            marks = [*s.unsupported.numbers, *s.unsupported.names] if s.unsupported else []
            note = (f"<p class='meta'>R-1 {100 * s.rouge['rouge1']['f']:.1f} · R-2 {100 * s.rouge['rouge2']['f']:.1f}"
                    f" · R-Lsum {100 * s.rouge['rougeLsum']['f']:.1f}</p>")
            cells.append(_bullet_list(s.bullets, marks) + note)
        parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>")
    if len(examples) > max_articles:
        parts.append(f"<p class='meta'>{len(examples) - max_articles} more articles not shown (report.max_articles).</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
