"""Every i18n test leaves the process in English (the default locale and translators are global)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _back_to_english(qapp):
    yield
    from colossus_desktop import i18n

    i18n.install("en")
