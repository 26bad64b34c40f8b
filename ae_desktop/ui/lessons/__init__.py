"""Lessons: one per tutorial the shipped models come from (the issue's "Teach, not only show").

:func:`install_lessons` adds the Lessons menu (before Help) and the lessons dock to the
main window, and shows the welcome page on the first start (settings key
``lessons/welcomed``). A lesson is data (:mod:`.data`): title, source tutorial, a
short text, numbered steps, buttons that set up the window's views, and a figure
factory. Figures compute in the engine process (:class:`~ae_desktop.engine.protocol.
ReconstructDigits`); nothing here imports torch.

Modules: :mod:`.data` (the lessons), :mod:`.controller` (menu, dock, welcome),
:mod:`.panel` (the pages), :mod:`.gallery` (lesson 1's figure), :mod:`.denoising`
(lesson 3's figure), :mod:`.views` (rows of digits).
"""

from __future__ import annotations

from .controller import WELCOMED_SETTING, LessonController
from .data import LESSONS, Lesson, SetupButton

__all__ = ["LESSONS", "WELCOMED_SETTING", "Lesson", "LessonController", "SetupButton",
           "install_lessons"]


def install_lessons(window) -> LessonController:
    """Add the Lessons menu and dock to ``window`` (a :class:`~ae_desktop.ui.main_window.
    MainWindow`); on the first start, show the welcome page. Call it once, at the end of
    the window's ``__init__``; the controller is also kept as ``window.lessons``."""
    controller = LessonController(window)
    window.lessons = controller
    return controller
