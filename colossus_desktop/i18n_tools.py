"""Keep the translations in step with the code: ``python3 -m colossus_desktop.i18n_tools update``.

``update`` runs Qt's ``pyside6-lupdate`` over every module of ``colossus_desktop/`` into
``resources/translations/colossus_desktop_<lang>.ts`` (new strings arrive as
``type="unfinished"``, vanished ones become ``type="vanished"``; translations already made are
kept), then ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads. Translate
the unfinished entries (Qt Linguist: ``pyside6-linguist FILE.ts``, or any editor: fill the
``<translation>`` and drop ``type="unfinished"``), then run ``update`` again to recompile.
``check`` exits 1 and lists what is untranslated or missing, as the test does.

Why not lupdate alone: most modules translate through a module-level helper,
``def tr(text): return QCoreApplication.translate("Builder", text)``. lupdate's Python parser
files a bare ``tr("…")`` under the empty context, while the helper looks it up under
``"Builder"``, so the translation would never be found. ``update`` therefore hands lupdate a
copy of each module in which every bare ``tr(`` reads ``QCoreApplication.translate("<context>", ``
(same lines, same relative paths). The ``.ts`` carries no source locations (``-locations none``):
a change of line numbers elsewhere never touches it, so branches that add strings merge
cleanly; the context (``Builder``, ``Charts``…) says where a string lives. The context
of a module is the one its own ``tr`` helper uses, or that of the module it imports ``tr`` from.
``self.tr(…)``, ``QCoreApplication.translate("Ctx", …)`` and ``QT_TRANSLATE_NOOP("Ctx", …)``
(:mod:`colossus_desktop.messages`, for modules without Qt) are read as they are.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("fr",)

_BARE_TR = re.compile(r"(?<![\w.])(?<!def )tr\(")
#: a translation call with a literal inside an f-string, which lupdate's tokenizer skips
_IN_FSTRING = re.compile(r"""(?<![\w])(tr|QCoreApplication\.translate|QT_TRANSLATE_NOOP)\((?:(['"])([^'"]+)\2,\s*)?(['"])((?:(?!\4).)*)\4\)""")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"colossus_desktop_{lang}.ts"


def _module_file(module: str) -> Path | None:
    rel = Path(*module.split("."))
    for candidate in (ROOT / rel.with_suffix(".py"), ROOT / rel / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _own_context(text: str) -> str | None:
    """The context of a module-level ``def tr(…): return QCoreApplication.translate(CONTEXT, …)``:
    a string literal, or a module constant holding one; None when the module defines no such
    ``tr``. Read with :mod:`ast` (a regular expression backtracked without end on a ``tr`` that
    returns something else)."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    consts = {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
              and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
              for t in node.targets if isinstance(t, ast.Name)}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name == "tr"):
            continue
        for ret in ast.walk(node):
            call = ret.value if isinstance(ret, ast.Return) else None
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate" and call.args):
                continue
            first = call.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                return first.value
            if isinstance(first, ast.Name):
                return consts.get(first.id)
    return None


def context_of(path: Path, _seen: frozenset[Path] = frozenset()) -> str | None:
    """The context a module's bare ``tr("…")`` translates in, or None when it has no ``tr``."""
    text = path.read_text(encoding="utf-8")
    own = _own_context(text)
    if own:
        return own
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("colossus_desktop"):
            if any(alias.name == "tr" and alias.asname in (None, "tr") for alias in node.names):
                source = _module_file(node.module)
                if source is not None and source not in _seen:
                    return context_of(source, _seen | {path})
    return None


def sources() -> list[Path]:
    """Every module of the package but this one (whose templates are not strings to translate)."""
    here = Path(__file__).resolve()
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts and p.resolve() != here)


def _fstring_calls(text: str, context: str | None) -> list[str]:
    """``QCoreApplication.translate(…)`` lines for the literal translation calls inside f-strings."""
    out = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return out
    for tok in tokens:
        if tok.type != tokenize.STRING or not re.match(r"(?i)[rb]?f", tok.string):
            continue
        for m in _IN_FSTRING.finditer(tok.string):
            ctx = m.group(3) if m.group(1) != "tr" else context
            if ctx:
                source = m.group(5).replace("\\", "\\\\").replace('"', '\\"')
                out.append(f'QCoreApplication.translate("{ctx}", "{source}")  # f-string, line {tok.start[0]}')
    return out


#: where the document's field descriptions (the form's tooltips) are defined, and their context
MODEL_FILE = PACKAGE / "scenario" / "model.py"
MODEL_CONTEXT = "Model"


def model_descriptions() -> list[str]:
    """Every field description of the scenario's pydantic models (``Field(description=…)``),
    which the form shows as tooltips: extracted under the context ``"Model"`` without marking
    each in scenario/model.py (the window translates them in ui/builder/fields.description)."""
    import inspect

    from pydantic import BaseModel

    from colossus_desktop.scenario import model

    seen: dict[str, None] = {}
    for _name, cls in inspect.getmembers(model, inspect.isclass):
        if issubclass(cls, BaseModel) and cls.__module__ == model.__name__:
            for info in cls.model_fields.values():
                if info.description:
                    seen.setdefault(info.description, None)
    return list(seen)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _staged_copy(dest: Path) -> list[Path]:
    """Copy the package to ``dest`` with bare ``tr(`` spelt out, and the translation calls that
    sit inside f-strings repeated at the end of the file; return the copies."""
    out = []
    for path in sources():
        rel = path.relative_to(ROOT)
        text = path.read_text(encoding="utf-8")
        context = context_of(path)
        extra = _fstring_calls(text, context)
        if context and _BARE_TR.search(text):
            text = _BARE_TR.sub(f'QCoreApplication.translate("{context}", ', text)
        if path == MODEL_FILE:
            extra += [f'QCoreApplication.translate("{MODEL_CONTEXT}", {_quoted(d)})' for d in model_descriptions()]
        if extra:
            text = text.rstrip("\n") + "\n\n" + "\n".join(extra) + "\n"
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        out.append(target)
    return out


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    local = Path(sys.executable).with_name(name)
    if local.is_file():
        return str(local)
    raise SystemExit(f"i18n_tools: {name} not found (it comes with PySide6: pip install PySide6)")


def lupdate(ts_out: Path, lang: str, *, no_obsolete: bool = False) -> None:
    """Extract the strings into ``ts_out`` (updated in place when it exists, keeping its
    translations; created otherwise). Raises SystemExit with lupdate's message when it fails."""
    with tempfile.TemporaryDirectory(prefix="colossus-lupdate-") as tmp:
        stage = Path(tmp)
        files = _staged_copy(stage)
        staged_ts = stage / "resources" / "translations" / ts_out.name
        staged_ts.parent.mkdir(parents=True, exist_ok=True)
        if ts_out.is_file():
            shutil.copyfile(ts_out, staged_ts)
        cmd = [_tool("pyside6-lupdate"), *map(str, files), "-ts", str(staged_ts),
               "-target-language", f"{lang}_FR" if lang == "fr" else lang, "-locations", "none"]
        if no_obsolete:
            cmd.append("-no-obsolete")
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            raise SystemExit(f"i18n_tools: lupdate failed: {run.stderr.strip() or run.stdout.strip()}")
        ts_out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(staged_ts, ts_out)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    run = subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"i18n_tools: lrelease failed: {run.stderr.strip() or run.stdout.strip()}")
    return qm


def entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the ``<message>`` element of a .ts file."""
    root = ET.parse(ts).getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def problems(ts: Path, lang: str) -> list[str]:
    """What stops ``ts`` from being complete: unfinished, empty, vanished or missing entries.

    A fresh extraction of the code goes to a temporary file; every (context, source) in the code
    must be in ``ts`` with a finished, non-empty translation, and ``ts`` must hold no entry the
    code no longer has (vanished/obsolete: run ``update``, then delete them or let
    ``update --drop-vanished`` do it).
    """
    with tempfile.TemporaryDirectory(prefix="colossus-check-") as tmp:
        fresh = Path(tmp) / ts.name
        lupdate(fresh, lang)
        wanted = set(entries(fresh))
    have = entries(ts) if ts.is_file() else {}
    out = []
    for key in sorted(wanted - set(have)):
        out.append(f"missing from {ts.name}: [{key[0]}] {key[1]!r}")
    for key, msg in sorted(have.items()):
        tr_el = msg.find("translation")
        kind = tr_el.get("type") if tr_el is not None else "missing"
        if key not in wanted or kind in ("vanished", "obsolete"):
            out.append(f"no longer in the code: [{key[0]}] {key[1]!r}")
            continue
        forms = [f.text for f in tr_el.iter("numerusform")] or [tr_el.text]
        if kind == "unfinished" or not all((t or "").strip() for t in forms):
            out.append(f"untranslated: [{key[0]}] {key[1]!r}")
    return out


def update(drop_vanished: bool = False) -> list[Path]:
    """Extract into every ``.ts`` and compile every ``.qm``; return the ``.qm`` paths."""
    out = []
    for lang in LANGS:
        ts = ts_path(lang)
        lupdate(ts, lang, no_obsolete=drop_vanished)
        out.append(lrelease(ts))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python3 -m colossus_desktop.i18n_tools",
                                description="Extract the translatable strings and compile the translations.")
    sub = p.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="extract strings into resources/translations/*.ts and compile the .qm")
    up.add_argument("--drop-vanished", action="store_true", help="remove entries the code no longer has")
    sub.add_parser("check", help="list untranslated, missing or vanished entries; exit 1 if any")
    args = p.parse_args(argv)
    if args.command == "update":
        for qm in update(args.drop_vanished):
            ts = qm.with_suffix(".ts")
            todo = sum(1 for m in entries(ts).values()
                       if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished"))
            print(f"{ts.relative_to(ROOT)}: {len(entries(ts))} entries, {todo} to translate; {qm.relative_to(ROOT)} compiled")
        return 0
    found = [line for lang in LANGS for line in problems(ts_path(lang), lang)]
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
