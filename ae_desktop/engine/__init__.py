"""The compute engine: one spawned process owns torch, the models and every forward pass.

- :mod:`.protocol`: every request and reply, as frozen dataclasses (no torch, no Qt).
- :mod:`.latest_wins`: the Qt-free latest-wins bookkeeping (live lane and keyed jobs).
- :mod:`.engine_main`: the engine process (torch is imported there only).
- :mod:`.client`: the GUI side (a QThread owns the pipes; replies become signals).

Importing this package loads neither torch nor Qt.
"""
