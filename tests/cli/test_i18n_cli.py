"""The CLI in French (issue 15): ``--lang fr`` or a French locale gives French summaries with
French numbers, ``--json`` stays language-neutral, a bad ``--lang`` is one line and exit 2, and
the summaries still never import Qt."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from colossus_desktop.cli import main as cli_main

REPO = Path(__file__).resolve().parents[2]
NNBSP, NBSP = "\u202f", "\u00a0"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_evaluate_prints_french_labels_and_numbers():
    code, out, err = run("evaluate", "--preset", "colossus-2", "--lang", "fr")
    assert code == 0, err
    for words in ("modèle prédéfini colossus-2", "Grappe de GPU", "Accélérateurs", "Investissement (capex)",
                  "Coût total de possession", "Entraînement", "Avertissements", "Déficit de puissance"):
        assert words in out, words
    assert f"1{NNBSP}000{NNBSP}000" in out  # accelerators, French thousands
    assert f"Md$" in out and "billion" not in out
    assert f"30,0{NNBSP}%" in out  # MFU
    for english in ("Cluster\n", "Accelerators", "Capital cost", "Warnings", "Power shortfall"):
        assert english not in out, english


def test_english_is_the_default_and_unchanged():
    code, out, _ = run("evaluate", "--preset", "colossus-2", "--lang", "en")
    assert code == 0
    assert "Cluster\n" in out and "Accelerators" in out and "$80.89 billion" in out and "Warnings" in out
    assert run("evaluate", "--preset", "colossus-2")[1] == out  # LANG=C in the tests: system is English


def test_json_is_language_neutral():
    fr = json.loads(run("evaluate", "--preset", "colossus-2", "--lang", "fr", "--json")[1])
    en = json.loads(run("evaluate", "--preset", "colossus-2", "--lang", "en", "--json")[1])
    assert fr == en
    assert fr["warnings"][0].startswith("Power shortfall")


@pytest.mark.parametrize("command", [
    ["evaluate", "--preset", "colossus-2"], ["compare", "preset:colossus-2", "preset:deepseek-v3"],
    ["montecarlo", "preset:colossus-2"], ["simulate", "--preset", "deepseek-v3"],
    ["sweep", "preset:colossus-2", "--param", "facility.pue", "--values", "1.1:1.3:3"],
    ["report", "--preset", "colossus-2", "--out", "unused"],
])
def test_bad_lang_is_one_line_and_exit_2(command):
    code, out, err = run(*command, "--lang", "klingon")
    assert code == 2 and out == ""
    assert err == ("colossus-desktop: error: argument --lang: unknown language 'klingon' "
                   "(use one of: system, en, fr)\n")


def test_analysis_commands_in_french():
    code, out, err = run("simulate", "--preset", "deepseek-v3", "--runs", "20", "--lang", "fr")
    assert code == 0, err
    assert "entraînements simulés, graine 1" in out and "jours perdus" in out and "goodput analytique" in out
    code, out, err = run("montecarlo", "preset:colossus-2", "--samples", "200", "--lang", "fr")
    assert code == 0, err
    assert "tirages (hypercube latin)" in out and "Durée d’entraînement" in out and "Tornade" in out
    assert "Md$" in out and "jours" in out and "$" + "80" not in out
    code, out, err = run("sweep", "preset:colossus-2", "--param", "facility.pue", "--values", "1.1:1.3:3",
                         "--lang", "fr")
    assert code == 0, err
    assert out.startswith("Balayage de xAI Colossus 2") and "(3 valeurs)" in out and "1,1" in out
    code, out, err = run("compare", "preset:colossus-2", "preset:deepseek-v3", "--samples", "100", "--lang", "fr")
    assert code == 0, err
    assert "(référence)" in out and "Incertitude : P10" in out.replace(NBSP, " ") and "×0,00143" in out


def _subprocess(args, **env):
    full = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    full.update(PYTHONPATH=str(REPO), **env)
    return subprocess.run([sys.executable, "-m", "colossus_desktop", *args], capture_output=True, text=True,
                          cwd=REPO, env=full, timeout=120)


def test_french_locale_gives_french_without_lang():
    proc = _subprocess(["evaluate", "--preset", "deepseek-v3"], LANG="fr_FR.UTF-8")
    assert proc.returncode == 0, proc.stderr
    assert "Grappe de GPU" in proc.stdout and "Accélérateurs" in proc.stdout
    proc = _subprocess(["evaluate", "--preset", "deepseek-v3", "--lang", "en"], LANG="fr_FR.UTF-8")
    assert "Cluster" in proc.stdout and "Grappe" not in proc.stdout


def test_french_summaries_never_import_qt():
    code = (
        "import sys\n"
        "from colossus_desktop.__main__ import main\n"
        "assert main(['evaluate', '--preset', 'deepseek-v3', '--lang', 'fr']) == 0\n"
        "assert main(['montecarlo', 'preset:deepseek-v3', '--samples', '50', '--lang', 'fr']) == 0\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Grappe de GPU" in proc.stdout
