"""Training's config and progress records are plain data: the GUI side needs no torch."""

import subprocess
import sys

import numpy as np

from ae_desktop.core.train import config, trainer
from ae_desktop.core.train.config import BatchProgress, EpochEnd, TrainConfig


def test_the_trainer_re_exports_the_same_classes():
    assert trainer.TrainConfig is TrainConfig
    assert trainer.BatchProgress is BatchProgress and trainer.EpochEnd is EpochEnd
    assert trainer.TrainingCancelled is config.TrainingCancelled
    assert trainer.TrainingDiverged is config.TrainingDiverged


def test_records_from_the_child_unpickle_without_torch():
    """The training child pickles these; the GUI process unpickles them."""
    import pickle

    sent = [BatchProgress(1, 2, 3, 4, 0.5, 100.0, 1.0, 2.0, "cpu", ""),
            EpochEnd(1, 2, 0.1, {"bce": 0.1}, np.zeros((2, 28, 28), np.float32),
                     np.ones((2, 28, 28), np.float32), 1.0, 1.0),
            TrainConfig("conv_2d", epochs=1)]
    code = ("import pickle, sys\n"
            "objs = pickle.loads(sys.stdin.buffer.read())\n"
            "assert [type(o).__name__ for o in objs] == ['BatchProgress', 'EpochEnd', "
            "'TrainConfig']\n"
            "objs[2].validate()\n"
            "sys.exit(3 if 'torch' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(sent),
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()


def test_command_line_reproduces_the_config():
    cfg = TrainConfig("denoising_dense", epochs=3, device="cpu").resolved()
    assert config.command_line(cfg) == ("ae-desktop train denoising_dense --epochs 3 "
                                        "--batch-size 128 --lr 0.001 --optimizer adam "
                                        "--seed 0 --noise 0.5 --device cpu")
