"""What a safetensors file looks like, checked before any parser sees it (no torch).

Shared by the weights loader (:mod:`.checkpoints`, in the engine and the CLI) and by
torch-free readers in the window's process (the training timeline).
"""

from __future__ import annotations

import os

from .. import reasons as R
from ..reasons import Reason
from .metadata_schema import MetadataError, parse_json_bytes
from .model_files import CheckpointError, mib, read_bounded

# The largest architecture (conv_latent_map, 1.13 M parameters) is 4.5 MB in float32;
# nothing legitimate comes near these limits, and they bound what a hostile file costs.
MAX_WEIGHTS_BYTES = 256 * 1024 * 1024
MAX_HEADER_BYTES = 1024 * 1024  # safetensors JSON header; ours are < 4 KB


# -------------------------------------------------------------- format detection
def _safetensors_problem(data: bytes) -> Reason | None:
    """None if ``data`` has the safetensors structure, else what does not fit.

    The structure: an 8-byte little-endian header length N, N <= file size - 8,
    then N bytes of UTF-8 JSON that form an object (it starts with ``{``).
    """
    if len(data) < 8:
        return Reason(R.FILE_TRUNCATED, n=len(data))
    n = int.from_bytes(data[:8], "little")
    if n > len(data) - 8:
        return Reason(R.TRUNCATED_OR_NOT_SAFETENSORS, header=n, size=len(data))
    if n > MAX_HEADER_BYTES:
        return Reason(R.SAFETENSORS_HEADER_TOO_LARGE, n=n, limit=mib(MAX_HEADER_BYTES))
    if n < 2 or data[8:9] != b"{":
        return Reason(R.NO_JSON_HEADER)
    try:
        header = parse_json_bytes(data[8:8 + n], max_bytes=MAX_HEADER_BYTES, max_depth=8)
    except MetadataError as exc:
        return Reason(R.BAD_SAFETENSORS_HEADER, reason=str(exc))
    if not isinstance(header, dict):
        return Reason(R.HEADER_NOT_OBJECT)
    return None


def detect_format(data: bytes) -> str:
    """``"safetensors"``, ``"torch-zip"``, ``"torch-pickle"`` or ``"unknown"``, by structure.

    Safetensors is tried first: its first byte is the low byte of the header
    length, which may be anything (0x80, i.e. a header of 128 mod 256 bytes, too).
    """
    if _safetensors_problem(data) is None:
        return "safetensors"
    if data[:4] == b"PK\x03\x04":  # torch.save's default: a zip archive holding a pickle
        return "torch-zip"
    if len(data) >= 2 and data[0] == 0x80 and 2 <= data[1] <= 5:  # PROTO opcode, protocol
        return "torch-pickle"
    return "unknown"


def check_safetensors_file(path: str | os.PathLike) -> None:
    """Raise :class:`CheckpointError` unless ``path`` is a plausible safetensors file
    within :data:`MAX_WEIGHTS_BYTES` (structure only: the header is parsed with limits)."""
    data = read_bounded(path, MAX_WEIGHTS_BYTES, Reason(R.WHAT_WEIGHTS_FILE))
    problem = _safetensors_problem(data)
    if problem:
        raise CheckpointError(path, problem)
