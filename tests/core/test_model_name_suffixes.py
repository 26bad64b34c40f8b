"""A model's name never ends in one of the suffixes of its own files."""

import pytest

from ae_desktop.core.store.model_names import InvalidModelName, check_model_name


@pytest.mark.parametrize("name", ["notes.json", "run.safetensors", "X.JSON"])
def test_names_ending_in_a_file_suffix_are_refused(name):
    # "notes.json" would be stored as notes.json.json, and "ae-desktop eval notes.json"
    # would look for the model "notes".
    with pytest.raises(InvalidModelName, match="cannot end with .json or .safetensors"):
        check_model_name(name)


@pytest.mark.parametrize("name", ["run.1", "json", "my.json_v2", "safetensors.x"])
def test_names_that_merely_contain_them_are_fine(name):
    assert check_model_name(name) == name
