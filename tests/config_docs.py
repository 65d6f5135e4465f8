"""Reading a config schema's defaults and comments, and a YAML file's values and comments, by dotted key.

Shared by the tests that hold ``configs/*.yaml`` and the README tables to the schemas.
"""
from __future__ import annotations

import dataclasses
import inspect
import re

_FIELD_LINE = re.compile(r"^\s+(\w+)\s*:[^=#]*=.*?#\s*(.*?)\s*$")
_YAML_LINE = re.compile(r"^(?P<indent>\s*)(?P<key>[\w]+):(?P<rest>.*)$")
_COMMENT = re.compile(r"\s#\s")


def _comments(cls) -> dict[str, str]:
    """Field name -> the comment at the end of its line in the class source."""
    out = {}
    for line in inspect.getsource(cls).splitlines():
        match = _FIELD_LINE.match(line)
        if match:
            out[match[1]] = match[2]
    return out


def schema_fields(schema, prefix: str = "") -> dict[str, tuple[object, str]]:
    """Dotted key -> (default value, comment) for every leaf field of a dataclass tree."""
    out = {}
    comments = _comments(schema)
    for f in dataclasses.fields(schema):
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = None
        if dataclasses.is_dataclass(default):
            out.update(schema_fields(type(default), f"{prefix}{f.name}."))
        else:
            out[f"{prefix}{f.name}"] = (default, comments.get(f.name, ""))
    return out


def yaml_comments(text: str) -> dict[str, str]:
    """Dotted key -> the comment at the end of its line (section lines included)."""
    stack: list[tuple[int, str]] = []
    out = {}
    for line in text.splitlines():
        match = _YAML_LINE.match(line)
        if not match:
            continue
        indent = len(match["indent"])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        key = ".".join([k for _, k in stack] + [match["key"]])
        rest = match["rest"]
        comment = _COMMENT.split(" " + rest, maxsplit=1)[1].strip() if _COMMENT.search(" " + rest) else ""
        out[key] = comment
        stack.append((indent, match["key"]))
    return out
