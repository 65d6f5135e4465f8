"""Loading a seq2seq checkpoint: local folder, hub id (failing fast offline) or LoRA adapter.

Used by the seq2seq engine and by fine-tuning alike. torch and transformers are
imported inside the functions, so importing this module stays cheap.
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError
from pipeline.errors import ModelLoadError
from pipeline.seq2seq.framing import Framing
from pipeline.seq2seq.info import CheckpointInfo

HUB_CHECK_TIMEOUT_S = 3.0
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")
_TRUE = {"1", "true", "yes", "on"}
ADAPTER_DIR = "adapter"


@dataclass
class Checkpoint:
    """A loaded checkpoint and what ``kosum.json`` says about how it was trained."""

    tokenizer: Any
    model: Any
    source: str
    """The ``model.name_or_path`` it was loaded from."""
    info: CheckpointInfo | None = None
    """The folder's ``kosum.json`` (None for a checkpoint not fine-tuned by kosum)."""
    warnings: list[str] = field(default_factory=list)
    """What loading had to work around (e.g. a tokenizer class that cannot read its own tokenizer.json)."""

    def framing(self, prefix: str | None = None) -> Framing:
        """How sources and targets are framed: as recorded in ``kosum.json``, else derived now.

        ``prefix`` (when not None) replaces the recorded or default prefix.
        """
        if self.info is not None:
            framing = self.info.framing
        else:
            framing = Framing.derive(self.tokenizer, self.model.config)
        if prefix is not None and prefix != framing.prefix:
            framing = dataclasses.replace(framing, prefix=prefix)
        return framing


def load_checkpoint(name_or_path: str, revision: str | None = None, dtype=None) -> Checkpoint:
    """Tokenizer + seq2seq model from a local folder or a hub id, with errors that say what to do."""
    check_source(name_or_path)
    path = Path(name_or_path).expanduser()
    if path.exists():
        return _load_local(path, dtype)
    return _load_hub(name_or_path, revision, dtype)


def check_source(name_or_path: str) -> None:
    """Fail at once on what cannot be a checkpoint: empty, or a local path that does not exist.

    A name whose first part is an existing folder (``models/kobart-base-v2`` with a
    ``models/`` folder here) is a local path, never a hub id: looking it up on the hub
    would only spend the retries before the same conclusion.
    """
    if not name_or_path:
        raise ModelLoadError(
            "model.name_or_path is empty: set it to a checkpoint folder (model.name_or_path=models/my-kobart) "
            "or a hub id (see models/presets/)"
        )
    path = Path(name_or_path).expanduser()
    if path.exists():
        return
    first = Path(name_or_path.replace("\\", "/").split("/", 1)[0])
    local = (not _HUB_ID.match(name_or_path) or name_or_path.startswith((".", "~", "/"))
             or ("/" in name_or_path and first.is_dir()))
    if local:
        parent = next((p for p in path.parents if p.is_dir()), None)
        found = ""
        if parent is not None:
            names = sorted(p.name for p in parent.iterdir() if p.is_dir())[:12]
            found = f"; {parent}/ holds: {', '.join(names) or 'no folders'}"
        raise ModelLoadError(f"model folder not found: {name_or_path} (set model.name_or_path to a checkpoint folder{found})")


def _load_local(path: Path, dtype) -> Checkpoint:
    if not path.is_dir():
        raise ModelLoadError(f"{path} is a file; model.name_or_path must be a checkpoint folder (config.json, weights, tokenizer)")
    adapter = next((d for d in (path, path / ADAPTER_DIR) if (d / "adapter_config.json").is_file()), None)
    if adapter is not None and not (path / "config.json").is_file():
        return _load_adapter(path, adapter, dtype)
    if not (path / "config.json").is_file():
        found = ", ".join(sorted(p.name for p in path.iterdir())[:12]) or "nothing"
        raise ModelLoadError(f"{path} has no config.json, so it is not a Hugging Face checkpoint folder (found: {found})")
    _check_encoder_decoder(str(path), local_files_only=True)
    notes: list[str] = []
    tokenizer = load_tokenizer(str(path), notes, local_files_only=True)
    model = _load_model(str(path), None, dtype, local_files_only=True)
    return Checkpoint(tokenizer, model, str(path), CheckpointInfo.read(path), notes)


def _load_adapter(path: Path, adapter: Path, dtype) -> Checkpoint:
    """A LoRA run saved without merging: its base model + the adapter, merged for fast inference."""
    try:
        from peft import PeftModel
    except ImportError:
        raise ModelLoadError(f"{adapter} holds a LoRA adapter; loading it needs peft: pip install -e '.[lora]'") from None
    settings = json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))
    info = CheckpointInfo.read(path)
    base_name = settings.get("base_model_name_or_path") or (info.base_model if info else "")
    if not base_name:
        raise ModelLoadError(f"{adapter / 'adapter_config.json'} does not name its base model (base_model_name_or_path)")
    base = load_checkpoint(base_name, dtype=dtype)
    tokenizer, notes = base.tokenizer, list(base.warnings)
    if any((path / name).is_file() for name in ("tokenizer.json", "tokenizer_config.json")):
        tokenizer = load_tokenizer(str(path), notes, local_files_only=True)  # may hold an added separator
    model = base.model
    if model.get_input_embeddings().num_embeddings < len(tokenizer):
        model.resize_token_embeddings(len(tokenizer))
    model = PeftModel.from_pretrained(model, str(adapter)).merge_and_unload()
    return Checkpoint(tokenizer, model, str(path), info, notes)


def _load_hub(hub_id: str, revision: str | None, dtype) -> Checkpoint:
    notes: list[str] = []
    try:  # already in the local Hugging Face cache: no network needed
        _check_encoder_decoder(hub_id, revision=revision, local_files_only=True)
        tokenizer = load_tokenizer(hub_id, notes, revision=revision, local_files_only=True)
        return Checkpoint(tokenizer, _load_model(hub_id, revision, dtype, local_files_only=True), hub_id, None, notes)
    except ModelLoadError:
        raise
    except Exception:  # noqa: BLE001 - not cached (or partly): try the hub below
        notes.clear()
    offline = any(os.environ.get(k, "").lower() in _TRUE for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))
    problem = "offline mode is on (HF_HUB_OFFLINE)" if offline else _hub_unreachable()
    if problem:
        raise ModelLoadError(
            f"cannot load model {hub_id!r}: there is no local folder by that name, it is not in the Hugging Face "
            f"cache, and {problem}. Download it where there is internet "
            f"(huggingface-cli download {hub_id} --local-dir models/{hub_id.split('/')[-1]}), "
            f"then set model.name_or_path=models/{hub_id.split('/')[-1]}"
        )
    _check_encoder_decoder(hub_id, revision=revision)
    tokenizer = load_tokenizer(hub_id, notes, revision=revision)
    return Checkpoint(tokenizer, _load_model(hub_id, revision, dtype), hub_id, None, notes)


def _hub_unreachable(timeout: float = HUB_CHECK_TIMEOUT_S) -> str | None:
    """None when the hub answers a TCP connect within ``timeout`` seconds (DNS included), else why not."""
    import socket
    from urllib.parse import urlparse

    endpoint = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    host, port = endpoint.hostname or "huggingface.co", endpoint.port or (80 if endpoint.scheme == "http" else 443)
    result: list[str | None] = []

    def connect() -> None:
        try:
            socket.create_connection((host, port), timeout=timeout).close()
            result.append(None)
        except OSError as exc:
            result.append(f"{host} cannot be reached ({exc.__class__.__name__}: {exc})")

    thread = threading.Thread(target=connect, daemon=True)  # getaddrinfo ignores socket timeouts
    thread.start()
    thread.join(timeout)
    return result[0] if result else f"{host} did not answer within {timeout:.0f} s"


def _check_encoder_decoder(name: str, revision: str | None = None, local_files_only: bool = False) -> None:
    from transformers import AutoConfig

    try:
        config = AutoConfig.from_pretrained(name, revision=revision, local_files_only=local_files_only)
    except (OSError, ValueError) as exc:
        if not local_files_only or Path(name).exists():
            raise ModelLoadError(f"cannot read the model config of {name}: {exc}") from None
        raise
    if not getattr(config, "is_encoder_decoder", False):
        arch = ", ".join(getattr(config, "architectures", None) or []) or "unknown architecture"
        raise ModelLoadError(
            f"{name} holds a {config.model_type!r} model ({arch}), not an encoder-decoder; "
            "the seq2seq engine needs a checkpoint such as BART, T5 or mT5"
        )


def load_tokenizer(name: str, notes: list[str], revision: str | None = None, local_files_only: bool = False):
    """``AutoTokenizer``, falling back to ``PreTrainedTokenizerFast`` when the declared class cannot read the files.

    Real checkpoints meet this: pko-T5's tokenizer_config.json names ``T5Tokenizer`` (a
    Unigram class) for a byte-level BPE ``tokenizer.json``, which transformers 5 rejects.
    The fallback reads ``tokenizer.json`` as it is; it is appended to ``notes`` and warned about.
    """
    from transformers import AutoTokenizer, PreTrainedTokenizerFast

    kwargs = {"revision": revision, "local_files_only": local_files_only}
    try:
        return AutoTokenizer.from_pretrained(name, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the tokenizer classes raise TypeError, ValueError, KeyError …
        first = exc
    try:
        tokenizer = PreTrainedTokenizerFast.from_pretrained(name, **kwargs)
    except Exception:  # noqa: BLE001 - report the declared class's error, the one the user can act on
        if local_files_only and not Path(name).exists():
            raise first from None
        raise ModelLoadError(f"cannot load the tokenizer of {name}: {first.__class__.__name__}: {first}") from None
    declared = _declared_tokenizer_class(name)
    note = (f"the tokenizer class {declared or 'declared'} of {name} cannot read its files ({first.__class__.__name__}: "
            f"{first}); loaded tokenizer.json with PreTrainedTokenizerFast instead")
    warnings.warn(note, stacklevel=2)
    notes.append(note)
    return tokenizer


def _declared_tokenizer_class(name: str) -> str | None:
    path = Path(name) / "tokenizer_config.json"
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("tokenizer_class")
    except (OSError, ValueError, AttributeError):
        return None  # a hub id, or no readable config: the message says "declared" instead


def _load_model(name: str, revision: str | None, dtype, local_files_only: bool = False):
    from transformers import AutoModelForSeq2SeqLM
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a weight-loading bar per load would drown the run's own progress output
    try:
        return AutoModelForSeq2SeqLM.from_pretrained(name, dtype=dtype, revision=revision, local_files_only=local_files_only)
    except (OSError, ValueError) as exc:
        if local_files_only and not Path(name).exists():
            raise
        raise ModelLoadError(f"cannot load {name} as a seq2seq model: {exc}") from None


def check_tokenizer(tokenizer, model, source: str) -> None:
    """The special tokens batched generation needs, and a vocabulary that fits the model."""
    missing = [name for name in ("pad_token", "eos_token") if getattr(tokenizer, name + "_id", None) is None]
    if missing:
        raise ModelLoadError(
            f"the tokenizer of {source} has no {' and no '.join(missing)}; batched generation needs both "
            "(add them with tokenizer.add_special_tokens and save the tokenizer again)"
        )
    start = model.generation_config.decoder_start_token_id
    if start is None:
        start = model.config.decoder_start_token_id
    if start is None:
        raise ModelLoadError(f"{source} defines no decoder_start_token_id in config.json or generation_config.json")
    embeddings = model.get_input_embeddings().num_embeddings
    if len(tokenizer) > embeddings:
        raise ModelLoadError(
            f"the tokenizer of {source} has {len(tokenizer)} tokens but the model only {embeddings} embeddings "
            "(tokens were added without model.resize_token_embeddings)"
        )


def resolve_device(name: str) -> str:
    """``auto`` -> cuda, then mps, then cpu; anything else must be available."""
    import torch

    if name == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise ConfigError(f"seq2seq.device={name!r} but no CUDA device is available (use auto or cpu)")
    if name == "mps" and not torch.backends.mps.is_available():
        raise ConfigError("seq2seq.device='mps' but MPS is not available (use auto or cpu)")
    return name


def resolve_dtype(name: str, device: str):
    import torch

    if name == "auto":
        if device.startswith("cuda"):
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float16 if device == "mps" else torch.float32
    if name == "float16" and device == "cpu":
        raise ConfigError("seq2seq.dtype=float16 is not supported on CPU (use float32 or bfloat16)")
    return getattr(torch, name)


def quantize_int8(model):
    """Dynamic int8 quantization of every Linear layer (CPU inference)."""
    import torch
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():  # torch marks the eager quantization API as deprecated in favour of torchao
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def load_for_inference(name_or_path: str, revision: str | None, device: str, dtype: str, quantize: str) -> tuple[Checkpoint, str]:
    """A checkpoint on its device in eval mode (int8 Linear layers on CPU when asked), and that device."""
    import torch

    device = "cpu" if quantize == "int8" else resolve_device(device)
    torch_dtype = torch.float32 if quantize == "int8" else resolve_dtype(dtype, device)
    checkpoint = load_checkpoint(name_or_path, revision, torch_dtype)
    check_tokenizer(checkpoint.tokenizer, checkpoint.model, checkpoint.source)
    model = checkpoint.model.to(device).eval()
    checkpoint.model = quantize_int8(model) if quantize == "int8" else model
    return checkpoint, device
