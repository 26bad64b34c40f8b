from tests.ui.conftest import no_thread_left_running  # noqa: F401 - same leak check
