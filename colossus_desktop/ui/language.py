"""View → Language: System, English, Français; the choice persists and applies at once.

The choice is the setting ``view/language`` (``system``, ``en`` or ``fr``; see
:data:`colossus_desktop.i18n.LANGUAGES`). :func:`install_saved` applies it when the app starts.

Switching live: every widget writes its text once, when it is built, so the window is rebuilt
in the new language. The new window takes the same document (scenario, file path, modified
mark, undo history and field errors: :meth:`Document.transplant`), the same size, splitter and
tab; a view's own state (a sweep's chosen input, a comparison) starts afresh, and is evaluated
again. The old window closes without asking about unsaved work, which moved to the new one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from colossus_desktop import i18n
from colossus_desktop.ui import settings

KEY = "view/language"

#: the windows built by a switch, kept alive here (the first one lives in app.main)
_windows: list = []


def tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def saved_language() -> str:
    """The saved choice: a key of :data:`i18n.LANGUAGES` (``"system"`` when unset or unknown)."""
    value = str(settings.settings().value(KEY, "system") or "system")
    return value if value in i18n.LANGUAGES else "system"


def save_language(language: str) -> None:
    """Remember ``language`` (a key of :data:`i18n.LANGUAGES`; ValueError naming it otherwise)."""
    i18n.resolve(language)
    s = settings.settings()
    s.setValue(KEY, language)
    s.sync()


def install_saved() -> str:
    """Install the saved language (at start-up); return the effective code."""
    return i18n.install(saved_language())


def add_language_menu(window, view_menu) -> dict[str, QAction]:
    """View → Language with one checkable action per language; returns them by key."""
    menu = view_menu.addMenu(tr("&Language"))
    menu.setObjectName("menu-language")
    group = QActionGroup(window)
    current = saved_language()
    names = {"system": tr("System ({0})").format(i18n.LANGUAGES[i18n.resolve("system")])}
    actions = {}
    for key, name in i18n.LANGUAGES.items():
        action = menu.addAction(names.get(key, name))
        action.setCheckable(True)
        action.setChecked(key == current)
        action.setObjectName("action-language-" + key)
        action.triggered.connect(lambda *_, k=key: switch_language(window, k))
        group.addAction(action)
        actions[key] = action
    window.language_actions = actions
    return actions


def switch_language(window, language: str):
    """Save ``language``, install it and rebuild ``window`` in it; return the window now shown
    (``window`` itself when the effective language does not change)."""
    before = i18n.language()
    save_language(language)
    if i18n.install(language) == before:
        for key, action in getattr(window, "language_actions", {}).items():
            action.setChecked(key == language)
        return window
    return rebuild(window)


def rebuild(window):
    """A new main window on ``window``'s document, in the installed language; ``window`` closes."""
    from colossus_desktop.ui.main_window import MainWindow
    from colossus_desktop.ui.prompts import Prompter
    from colossus_desktop.ui.views.worker import Task

    document = window.document.transplant()
    tab = window.tabs.currentWidget().objectName() if window.tabs.currentWidget() is not None else ""
    geometry, splitter = window.geometry(), window.splitter.saveState()
    prompter = None if type(window.prompter) is Prompter else window.prompter
    persist = window._persist_geometry
    # The old window goes first: its autosave session ends (the new window starts its own and
    # writes the unsaved work at once), its worker threads stop, and it closes without asking.
    if window.autosaver is not None:
        window.autosaver.close()
    Task.shutdown_all()
    window._persist_geometry = False
    window.file_controller.close_requested = lambda: True
    new = MainWindow(document, prompter=prompter, autosave=window.autosaver is not None, restore_geometry=False)
    new._persist_geometry = persist
    new.setGeometry(geometry)
    new.splitter.restoreState(splitter)
    for i in range(new.tabs.count()):
        if new.tabs.widget(i).objectName().split(":")[-1] == tab.split(":")[-1] and tab:
            new.tabs.setCurrentIndex(i)
    if new.autosaver is not None and document.is_modified:
        new.autosaver.save_now()
    if window.isVisible():
        new.show()
    window.close()
    window.deleteLater()
    _windows[:] = [w for w in _windows if w is not window] + [new]
    return new
