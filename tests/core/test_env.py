"""core.compute.env: torch's process settings, made without importing torch."""

import subprocess
import sys

import torch

from ae_desktop.core.compute import env


def test_without_torch_nothing_is_loaded_and_the_wait_policy_is_set():
    code = ("import os, sys\n"
            "os.environ.pop('OMP_WAIT_POLICY', None)\n"
            "os.environ.pop('OPENBLAS_NUM_THREADS', None)\n"
            "from ae_desktop.core.compute import env\n"
            "env.quiet_idle_threads()\n"
            "assert os.environ['OMP_WAIT_POLICY'] == 'PASSIVE'\n"
            "assert os.environ['OPENBLAS_NUM_THREADS'] == '1'\n"
            "assert env.limit_loaded_torch_threads(1) is False\n"
            "sys.exit(3 if 'torch' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_wait_policy_the_user_chose_is_kept(monkeypatch):
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    env.quiet_idle_threads()
    assert env.os.environ["OMP_WAIT_POLICY"] == "ACTIVE"
    assert env.os.environ["OPENBLAS_NUM_THREADS"] == "2"


def test_loaded_torch_is_limited():
    before = torch.get_num_threads()
    try:
        assert env.limit_loaded_torch_threads(0) is True
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)
