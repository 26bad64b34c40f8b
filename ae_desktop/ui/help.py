"""Every view explains itself: ? buttons, F1, a help popup per topic, the Help → Guide dialog.

Wiring a view (the texts are in :mod:`.help_texts`, one topic per view):

- ``set_help_topic(widget, "noise")`` tags a container; F1 anywhere inside it shows
  that topic (the nearest tagged ancestor wins, so an inner view can override an
  outer one);
- ``help_button("noise", parent)`` is a small "?" button that opens the topic;
- ``install_help(main_window)`` once: an application-wide F1 shortcut (all the app's
  windows, dialogs included) that looks for a topic from the focused widget up, then
  from the widget under the mouse, and opens the guide when neither has one;
- ``show_topic(id, parent)`` and ``show_guide(parent, id)`` open the non-modal windows
  (one popup and one guide per top-level window, reused and raised);
  ``guide_action(window)`` is the Help → Guide menu entry.

An unknown topic id raises :class:`UnknownHelpTopic` at once, when the view is built,
instead of showing nothing when the user asks. F1 is a ``QShortcut``, not an event
filter on the application: a Python event filter would run for every event of every
widget, on the GUI thread the live path shares (docs/architecture.md, "Live latency").

Every visible string goes through ``QCoreApplication.translate("Help", ...)``; the
topic table is marked with ``QT_TRANSLATE_NOOP`` in :mod:`.help_texts` and
translated here, when shown.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QCursor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .help_texts import CONTEXT, TOPICS, HelpTopic

__all__ = [
    "HELP_PROPERTY", "GuideDialog", "HelpPopup", "UnknownHelpTopic", "context_topic",
    "get_topic", "guide_action", "help_button", "help_topic_of", "install_help",
    "set_help_topic", "show_context_help", "show_guide", "show_topic", "topic_html",
    "topic_ids", "topic_title",
]

HELP_PROPERTY = "aeHelpTopic"  # the dynamic property set_help_topic stores
TOPIC_SCHEME = "topic"  # <a href="topic:ID"> in a body opens another topic


class UnknownHelpTopic(KeyError):
    def __str__(self) -> str:
        return (f"unknown help topic {self.args[0]!r}; the topics are: "
                + ", ".join(TOPICS))


# ----------------------------------------------------------------- topics
def topic_ids() -> list[str]:
    """Every topic id, in the guide's order."""
    return list(TOPICS)


def get_topic(topic_id: str) -> HelpTopic:
    """The topic (untranslated sources); :class:`UnknownHelpTopic` if there is none."""
    try:
        return TOPICS[topic_id]
    except (KeyError, TypeError):
        raise UnknownHelpTopic(topic_id) from None


def topic_title(topic_id: str) -> str:
    """The topic's title, translated."""
    return QCoreApplication.translate(CONTEXT, get_topic(topic_id).title)


def topic_html(topic_id: str) -> str:
    """The topic as shown: its translated title as a heading, then its translated body."""
    t = get_topic(topic_id)
    title = html.escape(QCoreApplication.translate(CONTEXT, t.title))
    return f"<h2>{title}</h2>{QCoreApplication.translate(CONTEXT, t.body)}"


# ---------------------------------------------------------------- tagging
def set_help_topic(widget: QWidget, topic_id: str) -> None:
    """Tag ``widget``: F1 on it or on anything inside it shows ``topic_id``."""
    get_topic(topic_id)
    widget.setProperty(HELP_PROPERTY, topic_id)


def help_topic_of(widget: QWidget | None) -> str | None:
    """The topic of ``widget`` or of its nearest tagged ancestor in the same window.

    The walk goes through popups (a combo box's list belongs to the combo box) but stops
    at a window: a dialog or tool window does not inherit its parent window's topic.
    """
    w = widget
    while w is not None:
        topic = w.property(HELP_PROPERTY)
        if topic:
            return str(topic)
        if w.isWindow() and w.windowType() != Qt.WindowType.Popup:
            return None
        w = w.parentWidget()
    return None


def context_topic() -> str | None:
    """The topic F1 shows now: from the focused widget, else from the widget under the mouse."""
    for w in (QApplication.focusWidget(), QApplication.widgetAt(QCursor.pos())):
        topic = help_topic_of(w)
        if topic:
            return topic
    return None


# ----------------------------------------------------------------- windows
class HelpPopup(QDialog):
    """One topic, non-modal; :func:`show_topic` reuses one per top-level window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.resize(480, 560)
        self.topic_id: str | None = None
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._on_anchor_clicked)
        self.guide_button = QPushButton(QCoreApplication.translate("Help", "Open the guide"))
        self.guide_button.setToolTip(QCoreApplication.translate(
            "Help", "Every topic, in one window (Help → Guide)"))
        self.close_button = QPushButton(QCoreApplication.translate("Help", "Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.guide_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addLayout(buttons)
        self.guide_button.clicked.connect(self._on_guide_clicked)
        self.close_button.clicked.connect(self.close)

    def set_topic(self, topic_id: str) -> None:
        self.text.setHtml(topic_html(topic_id))  # raises first for an unknown id
        self.topic_id = topic_id
        self.setWindowTitle(QCoreApplication.translate("Help", "Help: {title}").format(
            title=topic_title(topic_id)))

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == TOPIC_SCHEME:
            self.set_topic(url.path())
        else:
            QDesktopServices.openUrl(url)

    @Slot()
    def _on_guide_clicked(self) -> None:
        show_guide(self.parentWidget(), self.topic_id)


class GuideDialog(QDialog):
    """Help → Guide: every topic listed on the left, the selected one on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(QCoreApplication.translate("Help", "AE Desktop guide"))
        self.resize(980, 640)
        self.list = QListWidget()
        for topic_id in TOPICS:
            item = QListWidgetItem(topic_title(topic_id))
            item.setData(Qt.ItemDataRole.UserRole, topic_id)
            self.list.addItem(item)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._on_anchor_clicked)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([320, 660])
        self.close_button = QPushButton(QCoreApplication.translate("Help", "Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.close_button.clicked.connect(self.close)
        self.list.setCurrentRow(0)

    def topics(self) -> list[str]:
        """The listed topic ids, top to bottom."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def current_topic(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select(self, topic_id: str) -> None:
        """Show ``topic_id`` (selected in the list)."""
        self.list.setCurrentRow(list(TOPICS).index(get_topic(topic_id).id))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is not None:
            self.text.setHtml(topic_html(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == TOPIC_SCHEME:
            self.select(url.path())
        else:
            QDesktopServices.openUrl(url)


# Windows shown with no window to belong to (no parent, no active window), reused too.
_unowned: dict[type, QDialog] = {}


def _host(parent: QWidget | None) -> QWidget | None:
    """The top-level window help windows for ``parent`` belong to (never a help window)."""
    window = parent.window() if parent is not None else QApplication.activeWindow()
    while isinstance(window, HelpPopup | GuideDialog):
        window = window.parentWidget()
        window = window.window() if window is not None else None
    return window


def _reused(cls: type, window: QWidget | None):
    if window is None:
        found = _unowned.get(cls)
        if found is None or not shiboken6.isValid(found):
            found = _unowned[cls] = cls(None)
        return found
    for child in window.children():
        if isinstance(child, cls):
            return child
    return cls(window)


def _place_near(dialog: QDialog, anchor: QWidget) -> None:
    """Put ``dialog`` just below and right of ``anchor`` (a ? button), on its screen."""
    pos = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height()))
    screen = anchor.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    x = max(area.left(), min(pos.x(), area.right() - dialog.width()))
    y = max(area.top(), min(pos.y(), area.bottom() - dialog.height()))
    dialog.move(x, y)


def _present(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def show_topic(topic_id: str, parent: QWidget | None = None) -> HelpPopup:
    """Show ``topic_id`` in the help popup of ``parent``'s window (made once, then reused).

    With ``parent`` a widget inside a window (a ? button), a popup that was hidden opens
    next to it. Raises :class:`UnknownHelpTopic` for an unknown id.
    """
    get_topic(topic_id)
    popup = _reused(HelpPopup, _host(parent))
    was_visible = popup.isVisible()
    popup.set_topic(topic_id)
    if not was_visible and parent is not None and not parent.isWindow():
        _place_near(popup, parent)
    _present(popup)
    return popup


def show_guide(parent: QWidget | None = None, topic_id: str | None = None) -> GuideDialog:
    """Show the guide of ``parent``'s window (made once, then reused), at ``topic_id``."""
    if topic_id is not None:
        get_topic(topic_id)
    guide = _reused(GuideDialog, _host(parent))
    if topic_id is not None:
        guide.select(topic_id)
    _present(guide)
    return guide


def guide_action(window: QWidget) -> QAction:
    """Help → Guide: a menu action that opens the guide (no shortcut: F1 is context help)."""
    act = QAction(QCoreApplication.translate("Help", "&Guide…"), window)
    tip = QCoreApplication.translate(
        "Help", "What every view shows, how it is computed, what to try (F1 explains the "
        "view you are in)")
    act.setToolTip(tip)
    act.setStatusTip(tip)
    act.triggered.connect(lambda _checked=False: show_guide(window))
    return act


# --------------------------------------------------------------- ? and F1
def help_button(topic_id: str, parent: QWidget | None = None) -> QToolButton:
    """A small "?" button that shows ``topic_id`` (also tagged with it, for F1)."""
    title = topic_title(topic_id)
    button = QToolButton(parent)
    button.setText("?")
    button.setAutoRaise(True)
    button.setObjectName(f"help-{topic_id}")
    button.setToolTip(QCoreApplication.translate(
        "Help", "Explain this view: {title} (F1 on the view does the same)").format(title=title))
    button.setAccessibleName(QCoreApplication.translate("Help", "Help: {title}").format(
        title=title))
    set_help_topic(button, topic_id)
    button.clicked.connect(lambda _checked=False: show_topic(topic_id, button))
    return button


def show_context_help() -> QDialog:
    """What F1 does: the topic of the view in use (:func:`context_topic`), else the guide."""
    topic = context_topic()
    parent = QApplication.activeWindow()
    return show_topic(topic, parent) if topic else show_guide(parent)


_shortcut: QShortcut | None = None


def _help_keys() -> list[QKeySequence]:
    keys: list[QKeySequence] = []
    for seq in [*QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents),
                QKeySequence(Qt.Key.Key_F1)]:
        if not seq.isEmpty() and seq.toString() not in {k.toString() for k in keys}:
            keys.append(seq)
    return keys


def install_help(window: QWidget) -> QShortcut:
    """Make F1 show context help in every window of the application; returns the shortcut.

    One shortcut for the whole application, owned by ``window`` (the main window): calling
    this again for the same window changes nothing; for another window the shortcut moves
    there. Do not give any action the F1 key as well: the key would become ambiguous.
    """
    global _shortcut
    if _shortcut is not None and shiboken6.isValid(_shortcut):
        if _shortcut.parent() is window:
            return _shortcut
        _shortcut.setEnabled(False)
        _shortcut.deleteLater()
    _shortcut = QShortcut(window)
    _shortcut.setKeys(_help_keys())
    _shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    _shortcut.activated.connect(show_context_help)
    # Should an action take F1 too, F1 still explains the view rather than doing nothing.
    _shortcut.activatedAmbiguously.connect(show_context_help)
    return _shortcut

