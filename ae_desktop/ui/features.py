"""Views that plug into the main window through one ``install(window)`` call each.

Each feature module owns its menu actions, docks or windows, and engine jobs; the
window only calls :func:`install_features` once, at the end of its ``__init__``.
"""

from __future__ import annotations


def install_features(window) -> None:
    """Add the feature views (layer activations, bottleneck, training timeline) to ``window``."""
    for install in _installers():
        install(window)


def _installers():
    from . import activations_view, bottleneck_view, timeline_view

    return [activations_view.install, bottleneck_view.install, timeline_view.install]


def add_view_action(window, action, after: str) -> None:
    """Put ``action`` in the window's View menu right after its action ``window.<after>``
    (at the end when there is no such action), and make its shortcut work window-wide."""
    window.addAction(action)
    menu = window.view_menu
    actions = menu.actions()
    anchor = getattr(window, after, None)
    i = actions.index(anchor) + 1 if anchor in actions else len(actions)
    menu.insertAction(actions[i] if i < len(actions) else None, action)
