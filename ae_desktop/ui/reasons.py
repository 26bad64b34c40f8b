"""Core's messages in the interface's language: :func:`tr_reason`.

Core says why something failed as a :class:`~ae_desktop.core.reasons.Reason`: English text
(what the CLI prints) that remembers its template and values. The window shows it with
``tr_reason(text)``: the template translated under the Qt context ``Reasons``, then
formatted with the values, each value that is itself a Reason translated the same way;
numbers, model ids and paths go in as they are. Plain text (a message the window already
translated, a system error) comes back unchanged, so calling it twice is harmless.

The templates are listed for lupdate in :mod:`.reasons_tr` (``QT_TRANSLATE_NOOP``), kept
equal to ``core.reasons.templates()`` by ``tests/ui/test_reasons_korean.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.reasons import Reason

CONTEXT = "Reasons"


def tr_reason(text) -> str:
    """``text`` for the user: a Reason translated (recursively), anything else as text."""
    if isinstance(text, BaseException):
        text = str(text)  # the Reason it was raised with, if any
    if not isinstance(text, Reason):
        return "" if text is None else str(text)
    values = {k: tr_reason(v) if isinstance(v, Reason) else v for k, v in text.values.items()}
    translated = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
        return text.template.format(**values)
