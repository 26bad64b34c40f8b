"""What the lessons dock shows: the welcome page, and one page per lesson."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .data import Lesson, tr


def _text(text: str, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(f"<h3>{html.escape(text)}</h3>")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class NotBuiltFigure(QFrame):
    """Says plainly that a lesson's interactive figure is not built yet, and what it will show."""

    def __init__(self, planned: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.note = _text(QCoreApplication.translate(
            "Lessons", "This lesson's interactive figure is not built yet. What it will "
                       "show: {planned} Until then, the steps and buttons below use the "
                       "app's existing views.").format(planned=tr(planned)))
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)


class LessonPanel(QScrollArea):
    """A lesson: title, source, text, figure, numbered steps and set-up buttons."""

    back_requested = Signal()

    def __init__(self, lesson: Lesson, window, number: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.window_ = window
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        lay = QVBoxLayout(content)

        back = QPushButton(QCoreApplication.translate("Lessons", "← All lessons"))
        back.setFlat(True)
        back.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch(1)
        lay.addLayout(top)
        lay.addWidget(_heading(QCoreApplication.translate("Lessons", "Lesson {n}: {title}")
                               .format(n=number, title=tr(lesson.title))))
        self.source = _text(QCoreApplication.translate("Lessons", "<i>From: {source}</i>")
                            .format(source=html.escape(tr(lesson.source))), rich=True)
        lay.addWidget(self.source)
        self.intro = _text(tr(lesson.intro))
        lay.addWidget(self.intro)

        box = QGroupBox(tr(lesson.figure_title))
        box_lay = QVBoxLayout(box)
        if lesson.figure is not None:
            self.figure = lesson.figure(window)
        else:
            self.figure = NotBuiltFigure(lesson.planned_figure)
        box_lay.addWidget(self.figure)
        lay.addWidget(box)

        lay.addWidget(_text("<b>{}</b>".format(html.escape(
            QCoreApplication.translate("Lessons", "Try this"))), rich=True))
        items = "".join(f"<li>{html.escape(tr(s))}</li>" for s in lesson.steps)
        self.steps = _text(f"<ol style='margin-left: 0px'>{items}</ol>", rich=True)
        lay.addWidget(self.steps)
        self.buttons: list[QPushButton] = []
        for b in lesson.buttons:
            button = QPushButton(tr(b.label))
            button.setToolTip(tr(b.tip))
            button.clicked.connect(lambda _=False, run=b.run: run(self.window_))
            lay.addWidget(button)
            self.buttons.append(button)
        lay.addStretch(1)
        self.setWidget(content)


class WelcomePage(QScrollArea):
    """Every lesson with a one-line description and an Open button."""

    open_requested = Signal(str)  # a lesson's key

    def __init__(self, lessons: tuple[Lesson, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        lay = QVBoxLayout(content)
        lay.addWidget(_heading(QCoreApplication.translate("Lessons", "Welcome to the lessons")))
        lay.addWidget(_text(QCoreApplication.translate(
            "Lessons", "The models in this app come from classic autoencoder tutorials. Each "
                       "lesson follows one of them: a short explanation, a few things to try, "
                       "and a figure computed from real MNIST test digits. This page opens "
                       "by itself only on the first start; close it when you like. The "
                       "Lessons menu has it and every lesson at any time.")))
        self.open_buttons: dict[str, QPushButton] = {}
        for n, lesson in enumerate(lessons, 1):
            row = QFrame()
            row.setFrameShape(QFrame.Shape.StyledPanel)
            r = QHBoxLayout(row)
            text = _text("<b>{}</b><br>{}<br><small><i>{}</i></small>".format(
                html.escape(QCoreApplication.translate("Lessons", "{n}. {title}").format(
                    n=n, title=tr(lesson.title))),
                html.escape(tr(lesson.summary)), html.escape(tr(lesson.source))), rich=True)
            r.addWidget(text, 1)
            button = QPushButton(QCoreApplication.translate("Lessons", "Open"))
            button.setToolTip(QCoreApplication.translate("Lessons", "Open the lesson “{title}”")
                              .format(title=tr(lesson.title)))
            button.clicked.connect(lambda _=False, key=lesson.key: self.open_requested.emit(key))
            r.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            lay.addWidget(row)
            self.open_buttons[lesson.key] = button
        lay.addStretch(1)
        self.setWidget(content)
