"""Training-child stand-ins that misbehave (module-level, so a spawned child can import them).

Each takes the real child's arguments ``(config, out_path, messages, control, threads)``;
``messages`` is the channel to the supervisor.
"""

from __future__ import annotations

import os
import struct
import time


def _message_fd(messages) -> int:
    # A multiprocessing Connection (or, for the first version's protocol, a Queue's writer).
    return getattr(messages, "_writer", messages).fileno()


def dies_mid_message(config, out_path, messages, control, threads=1, **kw):
    """Writes the start of a 1 MB message, then the process ends abruptly."""
    os.write(_message_fd(messages), struct.pack("!i", 1 << 20) + b"\x80\x04\x95partial")
    os._exit(3)


def raises(config, out_path, messages, control, threads=1, **kw):
    raise RuntimeError("boom: a bug in the training process")


def sends_garbage_then_hangs(config, out_path, messages, control, threads=1, **kw):
    """A complete message that is not a valid pickle, then the child keeps running."""
    with open(out_path + ".pid", "w") as fh:
        fh.write(str(os.getpid()))
    junk = b"this is not a pickle"
    os.write(_message_fd(messages), struct.pack("!i", len(junk)) + junk)
    time.sleep(60)
