"""Run outputs: ``metrics.jsonl`` over time, the loss/ROUGE plot and the final table."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.ingest import read_json_lines
from pipeline.records import Failure


class MetricsLog:
    """Appends one JSON object per line; a resumed run keeps appending to the same file."""

    def __init__(self, path: Path, enabled: bool = True):
        self.path = Path(path)
        self.enabled = enabled

    def write(self, record: dict) -> None:
        if not self.enabled:
            return
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")

    def read(self) -> list[dict]:
        """The logged records (through ingest's JSONL reader); a line cut short by a killed run is skipped."""
        if not self.path.is_file():
            return []
        return [line.row for line in read_json_lines(self.path) if not isinstance(line, Failure)]


def truncate_after(path: Path, step: int) -> None:
    """Drop records logged after ``step`` (written after the checkpoint a run resumes from)."""
    log = MetricsLog(path)
    kept = [r for r in log.read() if r.get("step", 0) <= step]
    if path.is_file():
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")


def plot_metrics(records: list[dict], out_path: Path, metric: str) -> Path | None:
    """Training and validation loss (left) and validation ROUGE (right) against steps."""
    train = [r for r in records if "loss" in r]
    evals = [r for r in records if "eval_loss" in r]
    if not train and not evals:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    if train:
        left.plot([r["step"] for r in train], [r["loss"] for r in train], label="train loss")
    if evals:
        left.plot([r["step"] for r in evals], [r["eval_loss"] for r in evals], "o-", label="valid loss")
        for key in ("rouge1", "rouge2", "rougeL"):
            right.plot([r["step"] for r in evals], [100 * r[key] for r in evals], "o-", label=key)
        right.legend()
    left.set_xlabel("step"), left.set_ylabel("loss"), left.legend()
    right.set_xlabel("step"), right.set_ylabel("Korean ROUGE F1 (x100)")
    right.set_title(f"model selection: {metric}")
    fig.tight_layout()
    fig.savefig(out_path, dpi=100)
    plt.close(fig)
    return out_path


def final_table(summary: dict) -> str:
    """The lines printed at the end of a run."""
    rows = [
        ("run", summary["run_dir"]),
        ("steps", f"{summary['steps']} / {summary['total_steps']}" + (" (stopped early)" if summary["stopped_early"] else "")),
        ("train pairs", f"{summary['data']['train']['kept']} kept of {summary['data']['train']['rows']}"
                        f" ({summary['data']['train']['shortened_sources']} shortened)"),
        ("last train loss", _fmt(summary.get("last_loss"))),
        ("tokens/s", _fmt(summary.get("tokens_per_s"), ".0f")),
        ("best " + summary["metric"], f"{_fmt(summary.get('best_metric'))} at step {summary.get('best_step')}"),
        ("separator", repr(summary["separator"])),
        ("framing", _framing(summary.get("framing"))),
        ("model", summary["model_dir"]),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def _framing(framing: dict | None) -> str:
    if not framing:
        return "-"
    bos = f"{framing['source_bos_id']} " if framing["source_bos_id"] is not None else ""
    eos = f" {framing['eos_id']}" if framing["eos_id"] is not None else ""
    return f"source {framing['prefix']!r} + [{bos}…{eos}], labels […{eos}] (ids kosum adds; the tokenizer adds the rest)"


def _fmt(value, spec: str = ".4f") -> str:
    return "-" if value is None else format(value, spec)
