"""A refused value's message in the window's language.

The document refuses a value in the loader's words, in English and without Qt
(``scenario/validation.py``: "Must be >= 1", "Must be a finite number", "Must be one of: …"); the
form, the status bar and the pools page show it through :func:`localized`, which translates the
loader's fixed phrasings (context ``Refusals``) and, translated, writes their numbers in the
window's locale (English shows the loader's message unchanged).
A message it does not recognise (a model's cross-field rule, such as "num_attention_heads (64)
must be a multiple of num_key_value_heads (6)", which names Hugging Face's config fields) is shown
as written. A "field: " prefix ("bf16_tflops: Must be >= 0.1", "Dense BF16: Must be >= 0.1") is
kept.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "Refusals"

#: the loader's fixed reasons (scenario/validation.py), capitalised as the form shows them
FIXED = (
    QT_TRANSLATE_NOOP("Refusals", "Must be a number"),
    QT_TRANSLATE_NOOP("Refusals", "Must be a finite number"),
    QT_TRANSLATE_NOOP("Refusals", 'Must be a finite number or "auto"'),
    QT_TRANSLATE_NOOP("Refusals", "Must be a whole number"),
    QT_TRANSLATE_NOOP("Refusals", "Must be true or false"),
    QT_TRANSLATE_NOOP("Refusals", "Must be text"),
    QT_TRANSLATE_NOOP("Refusals", "Must not be empty"),
    QT_TRANSLATE_NOOP("Refusals", "Is not valid"),
)
#: the loader's bounds ("Must be >= 0.001"), by comparison; templates with {0} for the number
BOUND = re.compile(r"Must be (>=|<=|>|<) (-?[\d,.e+-]+)")
BOUND_TEMPLATES = {
    ">=": QT_TRANSLATE_NOOP("Refusals", "Must be >= {0}"),
    "<=": QT_TRANSLATE_NOOP("Refusals", "Must be <= {0}"),
    ">": QT_TRANSLATE_NOOP("Refusals", "Must be > {0}"),
    "<": QT_TRANSLATE_NOOP("Refusals", "Must be < {0}"),
}
ONE_OF = re.compile(r"Must be one of: (.+)")
ONE_OF_TEMPLATE = QT_TRANSLATE_NOOP("Refusals", "Must be one of: {0}")
_FIELD = re.compile(r"(.+?): ((?:Must|Is) .+)", re.DOTALL)  # "bf16_tflops: …", "Dense BF16: …"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _number(text: str) -> str:
    """``"100,000,000"`` or ``"0.001"`` in the window's locale (as written if not a number)."""
    from colossus_desktop.drawing import format as fmt

    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return text
    return fmt.g(value, 12)


def _reason(reason: str) -> str:
    if reason in FIXED:
        return tr(reason)
    m = BOUND.fullmatch(reason)
    if m:
        template = BOUND_TEMPLATES[m.group(1)]
        text = tr(template)  # untranslated (English): the loader's own number, as written
        return text.format(_number(m.group(2)) if text != template else m.group(2))
    m = ONE_OF.fullmatch(reason)
    if m:
        return tr(ONE_OF_TEMPLATE).format(m.group(1))
    return reason


def localized(message: str | None) -> str | None:
    """``message`` (a refusal in the loader's words, maybe after "field: ") in the window's
    language; None stays None; an unknown message is returned as it is."""
    if not message:
        return message
    m = _FIELD.fullmatch(message)
    if m:
        return f"{m.group(1)}: {_reason(m.group(2))}"
    return _reason(message)
