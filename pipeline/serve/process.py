"""A real ``kosum serve`` process on a free localhost port (the API and browser tests and the serve benchmark use it)."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(*overrides: str, log_path: Path | None = None, timeout: float = 90) -> Iterator[str]:
    """Start ``scripts/serve.py`` with ``overrides``; yield its base URL once /healthz answers; stop it after."""
    import httpx

    port = free_port()
    log = open(log_path, "w") if log_path else subprocess.DEVNULL
    process = subprocess.Popen(
        [sys.executable, "scripts/serve.py", "--port", str(port), "--log-level", "warning", *overrides],
        cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=os.environ | {"HF_HUB_OFFLINE": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"kosum serve exited with {process.returncode} before answering" + (f"; log: {log_path.read_text()}" if log_path else ""))
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"kosum serve did not answer on {url} within {timeout}s")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log_path:
            log.close()
