"""Bounded parsing and a hand-written schema for checkpoint metadata (``NAME.json``).

A model folder may hold files written by anyone, so the metadata is treated as
hostile until checked:

- :func:`parse_json_bytes` refuses input larger than :data:`MAX_JSON_BYTES` or
  nested deeper than :data:`MAX_DEPTH` *before* ``json.loads`` runs (the depth is
  measured without recursion), and turns every parser failure (syntax, an integer
  too long to convert, recursion) into a :class:`MetadataError`;
- :func:`validate_metadata` checks the type, range and size of every field the
  app reads. Unknown extra keys are allowed (newer versions may add some), but
  their number is bounded.

Every failure is one :class:`MetadataError` whose message names the field and
the problem in one line.
"""

from __future__ import annotations

import json
import math
import re

import numpy as np

from .. import reasons as R
from ..reasons import Reason

FORMAT = "ae-desktop-checkpoint"
FORMAT_VERSION = 1

MAX_JSON_BYTES = 4 * 1024 * 1024  # shipped metadata is ~50 KB
MAX_DEPTH = 32  # shipped metadata is 4 levels deep
MAX_STRING = 10_000  # characters in any one string
MAX_NAME = 256
MAX_KEYS = 256  # keys in any one object
MAX_EXTRA_KEYS = 64  # top-level keys this version does not know
MAX_METRICS = 64
MAX_HISTORY = 100_000  # entries in one history list (training keeps ~600)
MAX_LIST = 100_000  # entries in any other list
MAX_EPOCHS = 1_000_000
MAX_PARAMS = 10**10
WEIGHTS_SUFFIX = ".safetensors"
WEIGHTS_DTYPES = ("float32", "float16", "bfloat16")


class MetadataError(ValueError):
    """Metadata that cannot be used; the message says which field and why."""


# A JSON string literal: a quote, then non-quote/non-backslash runs or escapes, a quote.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_OPEN = np.zeros(256, np.int8)
_OPEN[[ord("["), ord("{")]] = 1
_OPEN[[ord("]"), ord("}")]] = -1


def nesting_depth(data: bytes) -> int:
    """Deepest ``[``/``{`` nesting of JSON text, brackets inside strings ignored.

    Linear time, no recursion: strings are cut out with one regular expression,
    the remaining brackets become +1/-1 and the running sum's maximum is the depth.
    """
    outside = _STRING.sub(b"", data)
    if not outside:
        return 0
    steps = _OPEN[np.frombuffer(outside, np.uint8)]
    return int(np.cumsum(steps, dtype=np.int32).max(initial=0))


def parse_json_bytes(data: bytes, *, max_bytes: int = MAX_JSON_BYTES,
                     max_depth: int = MAX_DEPTH):
    """``json.loads`` with hard limits; every failure is a :class:`MetadataError`."""
    if len(data) > max_bytes:
        raise MetadataError(Reason(R.JSON_TOO_LARGE, limit=_size(max_bytes),
                                   size=_size(len(data))))
    depth = nesting_depth(data)
    if depth > max_depth:
        raise MetadataError(Reason(R.JSON_TOO_DEEP, depth=depth, limit=max_depth))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MetadataError(Reason(R.JSON_NOT_UTF8, position=exc.start)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise MetadataError(Reason(R.JSON_INVALID, message=exc.msg, line=exc.lineno,
                                   column=exc.colno)) from None
    except ValueError as exc:
        if "digits" in str(exc):  # "Exceeds the limit (4300 digits) for integer string …"
            raise MetadataError(Reason(R.JSON_LONG_NUMBER)) from None
        raise MetadataError(Reason(R.JSON_UNUSABLE, error=_first_line(exc))) from None
    except RecursionError:
        raise MetadataError(Reason(R.JSON_RECURSION)) from None


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else Reason(R.SIZE_BYTES_GROUPED, n=n)


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]


# ----------------------------------------------------------------- field checks
def _is_number(v) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _finite(v, where: str, *, minimum: float | None = None) -> float:
    if not _is_number(v):
        raise MetadataError(Reason(R.FIELD_NOT_NUMBER, where=where, kind=_kind(v)))
    try:
        f = float(v)
    except OverflowError:
        raise MetadataError(Reason(R.FIELD_OUT_OF_RANGE, where=where)) from None
    if not math.isfinite(f):
        raise MetadataError(Reason(R.FIELD_NOT_FINITE, where=where, value=str(v)))
    if minimum is not None and f < minimum:
        raise MetadataError(Reason(R.FIELD_TOO_SMALL, where=where, minimum=f"{minimum:g}",
                                   value=str(v)))
    return f


def _int(v, where: str, lo: int, hi: int) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise MetadataError(Reason(R.FIELD_NOT_WHOLE, where=where, kind=_kind(v)))
    if not lo <= v <= hi:
        raise MetadataError(Reason(R.FIELD_NOT_BETWEEN, where=where, lo=lo, hi=hi))
    return v


def _str(v, where: str, max_len: int = MAX_STRING, *, empty: bool = True) -> str:
    if not isinstance(v, str):
        raise MetadataError(Reason(R.FIELD_NOT_TEXT, where=where, kind=_kind(v)))
    if len(v) > max_len:
        raise MetadataError(Reason(R.FIELD_TOO_LONG, where=where, limit=max_len))
    if not empty and not v.strip():
        raise MetadataError(Reason(R.FIELD_EMPTY, where=where))
    return v


def _dict(v, where: str, max_keys: int = MAX_KEYS) -> dict:
    if not isinstance(v, dict):
        raise MetadataError(Reason(R.FIELD_NOT_OBJECT, where=where, kind=_kind(v)))
    if len(v) > max_keys:
        raise MetadataError(Reason(R.FIELD_TOO_MANY_KEYS, where=where, limit=max_keys))
    return v


def _list(v, where: str, max_len: int) -> list:
    if not isinstance(v, list):
        raise MetadataError(Reason(R.FIELD_NOT_LIST, where=where, kind=_kind(v)))
    if len(v) > max_len:
        raise MetadataError(Reason(R.FIELD_TOO_MANY_ENTRIES, where=where, limit=max_len))
    return v


_KINDS = {dict: Reason(R.KIND_OBJECT), list: Reason(R.KIND_LIST), str: Reason(R.KIND_TEXT),
          bool: Reason(R.KIND_BOOL), type(None): Reason(R.KIND_NULL),
          int: Reason(R.KIND_NUMBER), float: Reason(R.KIND_NUMBER)}


def _kind(v) -> str:
    return _KINDS.get(type(v), type(v).__name__)


def _metrics(v, where: str) -> None:
    for k, x in _dict(v, where, MAX_METRICS).items():
        _str(k, f"{where} key", 64)
        _finite(x, f"{where}.{k}")


def _any_json(v, where: str) -> None:
    """Any JSON value, with bounded strings, lists and objects (iterative, not recursive)."""
    stack = [(v, where)]
    while stack:
        x, at = stack.pop()
        if isinstance(x, str):
            _str(x, at)
        elif isinstance(x, dict):
            for k, y in _dict(x, at).items():
                stack.append((y, f"{at}.{k}"))
        elif isinstance(x, list):
            stack.extend((y, f"{at}[{i}]") for i, y in enumerate(_list(x, at, MAX_LIST)))
        elif x is not None and not isinstance(x, bool | int | float):
            raise MetadataError(Reason(R.FIELD_UNSUPPORTED, where=at))


def _history(v) -> None:
    h = _dict(v, "history")
    if "curve" in h:
        for i, point in enumerate(_list(h["curve"], "history.curve", MAX_HISTORY)):
            where = f"history.curve[{i}]"
            if not isinstance(point, list) or len(point) != 2:
                raise MetadataError(Reason(R.FIELD_NOT_PAIR, where=where))
            _finite(point[0], where)
            _finite(point[1], where)
    if "epoch_train_loss" in h:
        for i, x in enumerate(_list(h["epoch_train_loss"], "history.epoch_train_loss",
                                    MAX_HISTORY)):
            _finite(x, f"history.epoch_train_loss[{i}]")
    if "epoch_val" in h:
        keys = None
        for i, m in enumerate(_list(h["epoch_val"], "history.epoch_val", MAX_HISTORY)):
            where = f"history.epoch_val[{i}]"
            _metrics(m, where)
            if "mse" not in m:
                raise MetadataError(Reason(R.FIELD_NO_MSE, where=where))
            if keys is None:
                keys = set(m)
            elif set(m) != keys:
                raise MetadataError(Reason(R.FIELD_OTHER_METRICS, where=where))
    for k, x in h.items():
        if k not in ("curve", "epoch_train_loss", "epoch_val"):
            _any_json(x, f"history.{k}")


def check_weights_name(v) -> str:
    """The ``weights`` field: a plain file name in the checkpoint's own folder."""
    name = _str(v, "weights", MAX_NAME + len(WEIGHTS_SUFFIX), empty=False)
    if (not name.endswith(WEIGHTS_SUFFIX) or name.startswith(".")
            or any(c in name for c in '/\\:') or any(ord(c) < 32 for c in name)):
        raise MetadataError(Reason(R.WEIGHTS_NOT_FILE_NAME, suffix=WEIGHTS_SUFFIX,
                                   name=repr(name[:80])))
    return name


_KNOWN = {"format", "format_version", "name", "architecture", "description", "params",
          "metrics", "metrics_fp32", "history", "training", "hyperparameters", "dataset",
          "versions", "created", "epochs", "training_time_s", "weights", "weights_dtype",
          "latent_size", "timeline"}


def validate_metadata(meta) -> dict:
    """Check every field the app reads; returns ``meta`` unchanged or raises MetadataError."""
    if not isinstance(meta, dict):
        raise MetadataError(Reason(R.METADATA_NOT_OBJECT, kind=_kind(meta)))
    if meta.get("format") != FORMAT:
        raise MetadataError(Reason(R.NOT_OUR_FORMAT, format=repr(FORMAT)))
    version = _int(meta.get("format_version"), "format_version", 1, 10**6)
    if version > FORMAT_VERSION:
        raise MetadataError(Reason(R.NEWER_FORMAT, version=version, supported=FORMAT_VERSION))
    _str(meta.get("architecture"), "architecture", 64, empty=False)
    if "name" in meta:
        name = _str(meta["name"], "name", MAX_NAME, empty=False)
        if any(ord(c) < 32 or ord(c) == 127 for c in name):
            raise MetadataError(Reason(R.NAME_CONTROL_CHARACTERS))
    if "description" in meta:
        _str(meta["description"], "description")
    if "params" in meta:
        _int(meta["params"], "params", 0, MAX_PARAMS)
    if "metrics" in meta:
        _metrics(meta["metrics"], "metrics")
    if meta.get("metrics_fp32") is not None:
        _metrics(meta["metrics_fp32"], "metrics_fp32")
    if "history" in meta:
        _history(meta["history"])
    for key in ("training", "hyperparameters", "dataset"):
        if key in meta:
            _any_json(_dict(meta[key], key), key)
    training = meta.get("training") or {}
    if "command" in training and training["command"] is not None:
        _str(training["command"], "training.command")
    if training.get("commands") is not None:
        for i, c in enumerate(_list(training["commands"], "training.commands", 10_000)):
            _str(c, f"training.commands[{i}]")
    if "versions" in meta:
        for k, v in _dict(meta["versions"], "versions", 64).items():
            _str(v, f"versions.{k}", 200)
    if "created" in meta:
        _str(meta["created"], "created", 64)
    if "epochs" in meta:
        _int(meta["epochs"], "epochs", 0, MAX_EPOCHS)
    if "training_time_s" in meta:
        _finite(meta["training_time_s"], "training_time_s", minimum=0)
    if "weights" in meta:
        check_weights_name(meta["weights"])
    if "weights_dtype" in meta and meta["weights_dtype"] not in WEIGHTS_DTYPES:
        raise MetadataError(Reason(R.WEIGHTS_DTYPE_CHOICES, choices=", ".join(WEIGHTS_DTYPES)))
    if meta.get("latent_size") is not None:
        _int(meta["latent_size"], "latent_size", 1, 4096)
    if meta.get("timeline") is not None:
        tl = _dict(meta["timeline"], "timeline", 8)
        _any_json(tl, "timeline")
        if "frames" in tl:
            _int(tl["frames"], "timeline.frames", 0, 100_000)
    extra = [k for k in meta if k not in _KNOWN]
    if len(extra) > MAX_EXTRA_KEYS:
        raise MetadataError(Reason(R.TOO_MANY_UNKNOWN_KEYS, n=len(extra), limit=MAX_EXTRA_KEYS))
    for k in extra:
        _any_json(meta[k], k)
    return meta
