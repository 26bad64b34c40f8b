"""The Lessons menu and the lessons dock: which page shows, and the first-start welcome."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStackedWidget, QWidget

from .data import LESSONS, Lesson, tr
from .panel import LessonPanel, WelcomePage

WELCOMED_SETTING = "lessons/welcomed"
DOCK_WIDTH = 440


def _menu_text(action: QAction) -> str:
    return action.text().replace("&", "").strip()


class _Pages(QStackedWidget):
    """The dock's pages; asks for a width that fits a figure's rows of digits."""

    def sizeHint(self) -> QSize:
        return QSize(DOCK_WIDTH, super().sizeHint().height())


class LessonController(QObject):
    """Owns the Lessons menu and the dock; opens lessons.

    Each lesson's page (and figure) is built the first time it opens and kept, so
    going back to a lesson finds it as it was left.
    """

    lesson_opened = Signal(str)  # the lesson's key

    def __init__(self, window: QMainWindow, lessons: tuple[Lesson, ...] = LESSONS) -> None:
        super().__init__(window)
        self.window = window
        self.lessons = {lesson.key: lesson for lesson in lessons}
        self._order = [lesson.key for lesson in lessons]
        self.panels: dict[str, LessonPanel] = {}
        self.current: str | None = None  # the lesson shown, None on the welcome page

        self.stack = _Pages()
        self.welcome = WelcomePage(lessons)
        self.welcome.open_requested.connect(self.open_lesson)
        self.stack.addWidget(self.welcome)
        self.dock = QDockWidget(QCoreApplication.translate("Lessons", "Lessons"), window)
        self.dock.setObjectName("lessonsDock")
        self.dock.setWidget(self.stack)
        self.dock.setMinimumWidth(260)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.restoreDockWidget(self.dock)  # where the user last put it (saved state)
        self.dock.hide()  # a lesson shows it; its content is not remembered

        self.menu = self._build_menu()
        if not window.settings.value(WELCOMED_SETTING, False, bool):
            self.show_welcome()
            # Shown once: closing it is "don't show again"; the menu has it any time.
            window.settings.setValue(WELCOMED_SETTING, True)

    # -- menu ------------------------------------------------------------------------------
    def _build_menu(self) -> QMenu:
        w = self.window
        menu = QMenu(QCoreApplication.translate("Lessons", "&Lessons"), w)
        menu.setToolTipsVisible(True)
        self.welcome_action = QAction(QCoreApplication.translate("Lessons", "&All lessons…"), w)
        self.welcome_action.setStatusTip(QCoreApplication.translate(
            "Lessons", "The list of lessons, each with a one-line description"))
        self.welcome_action.triggered.connect(self.show_welcome)
        menu.addAction(self.welcome_action)
        menu.addSeparator()
        self.lesson_actions: dict[str, QAction] = {}
        for n, key in enumerate(self._order, 1):
            lesson = self.lessons[key]
            act = QAction(QCoreApplication.translate("Lessons", "&{n}. {title}").format(
                n=n, title=tr(lesson.title)), w)
            act.setToolTip(tr(lesson.summary))
            act.setStatusTip(tr(lesson.summary))
            act.setData(key)
            act.triggered.connect(self._on_lesson_action_triggered)
            menu.addAction(act)
            self.lesson_actions[key] = act
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())  # named after the dock's title
        bar = w.menuBar()
        own = getattr(w, "help_menu", None)
        if own is not None:
            help_menu = own.menuAction()
        else:
            help_menu = next((a for a in bar.actions() if a.menu() is not None
                              and _menu_text(a) in ("Help", QCoreApplication.translate(
                                  "MainWindow", "Help"))), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        return menu

    @Slot()
    def _on_lesson_action_triggered(self) -> None:
        act = self.sender()
        if isinstance(act, QAction):
            self.open_lesson(act.data())

    # -- pages ------------------------------------------------------------------------------
    @Slot()
    def show_welcome(self) -> None:
        self.current = None
        self.stack.setCurrentWidget(self.welcome)
        self.dock.setWindowTitle(QCoreApplication.translate("Lessons", "Lessons"))
        self._show_dock()

    @Slot(str)
    def open_lesson(self, key: str) -> LessonPanel:
        """Show lesson ``key`` in the dock (built on first use); its figure starts at once."""
        panel = self.panels.get(key)
        if panel is None:
            lesson = self.lessons[key]
            panel = LessonPanel(lesson, self.window, self._order.index(key) + 1)
            panel.back_requested.connect(self.show_welcome)
            self.stack.addWidget(panel)
            self.panels[key] = panel
        self.current = key
        self.stack.setCurrentWidget(panel)
        self.dock.setWindowTitle(QCoreApplication.translate("Lessons", "Lesson: {title}")
                                 .format(title=tr(self.lessons[key].title)))
        self._show_dock()
        self.lesson_opened.emit(key)
        return panel

    def figure(self, key: str | None = None) -> QWidget | None:
        """The figure of lesson ``key`` (default: the lesson shown), if it was opened."""
        panel = self.panels.get(key or self.current or "")
        return None if panel is None else panel.figure

    def _show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()
