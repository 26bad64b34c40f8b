"""MODEL_CARD.md from a folder of checkpoints in either layout."""

import json
import shutil

from ae_desktop.cli import main
from ae_desktop.core.store.checkpoints import load_checkpoint, save_checkpoint
from ae_desktop.core.store.paths import SHIPPED_MODELS_DIR


def test_model_card_lists_every_model_whatever_its_layout(tmp_path, capsys):
    for suffix in (".json", ".safetensors"):  # shipped layout, and no "name" field
        shutil.copy(SHIPPED_MODELS_DIR / f"conv_selu{suffix}", tmp_path / f"conv_selu{suffix}")
    meta = json.loads((tmp_path / "conv_selu.json").read_text())
    del meta["name"]
    (tmp_path / "conv_selu.json").write_text(json.dumps(meta))
    lm = load_checkpoint(SHIPPED_MODELS_DIR / "vae_2d")
    save_checkpoint(tmp_path / "vae.run.2", lm.model, "vae_2d", lm.metadata | {"name": None})
    assert main(["model-card", "--model-dir", str(tmp_path)]) == 0
    card = (tmp_path / "MODEL_CARD.md").read_text()
    rows = [ln.split("|")[1].strip() for ln in card.splitlines() if ln.startswith("| ")]
    assert rows[1:] == ["conv_selu", "vae.run.2"]  # after the header row
    assert "`ae-desktop train vae_2d" in card
    assert f"wrote {tmp_path / 'MODEL_CARD.md'}" in capsys.readouterr().out
