"""The command line: default papers, files, and one-line errors with exit codes."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nkcite.cli import main

from .conftest import YOUNG


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_parse_default_papers_to_stdout():
    result = run("parse")
    assert result.exit_code == 0
    graph = json.loads(result.stdout)
    assert [d["source"] for d in graph["documents"]] == ["young-2019-nkidp-wp7.txt", "miyamoto-2024-nk-vietnam-war.txt"]


def test_parse_to_file(tmp_path):
    out = tmp_path / "young.json"
    assert run("parse", str(YOUNG), "--format", "json", "-o", str(out)).exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["documents"][0]["notes"]) == 36


@pytest.mark.parametrize("make, code, message", [
    pytest.param(lambda p: p / "missing.txt", 2, "no such file", id="missing file"),
    pytest.param(lambda p: p, 2, "is a directory", id="directory"),
    pytest.param(lambda p: _write(p / "empty.txt", b""), 2, "is empty", id="empty file"),
    pytest.param(lambda p: _write(p / "paper.pdf", b"%PDF-1.7\n..."), 2, "is a damaged PDF", id="damaged PDF"),
    pytest.param(lambda p: _write(p / "blob.bin", b"\x00\x01\x02binary"), 2, "is a binary file", id="binary"),
    pytest.param(lambda p: _write(p / "plain.txt", b"A paper without notes."), 3, "no footnotes found", id="no footnotes"),
])
def test_bad_input_is_one_line_and_an_exit_code(tmp_path, make, code, message):
    path = make(tmp_path)
    result = run("parse", str(path))
    assert result.exit_code == code
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_unwritable_output_path(tmp_path):
    result = run("parse", str(YOUNG), "-o", str(tmp_path / "no" / "such" / "dir" / "x.json"))
    assert result.exit_code == 4 and "does not exist" in result.stderr


def test_utf16_and_windows_line_endings_read_the_same(tmp_path):
    text = YOUNG.read_text(encoding="utf-8")
    path = tmp_path / "young-2019-utf16.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    result = run("parse", str(path))
    assert result.exit_code == 0
    notes = json.loads(result.stdout)["documents"][0]["notes"]
    assert [n["text"] for n in notes] == [n["text"] for n in json.loads(run("parse", str(YOUNG)).stdout)["documents"][0]["notes"]]


def test_strict_fails_on_diagnostics(tmp_path):
    path = _write(tmp_path / "gap.txt", "Body.¹\n\n¹ *Rodong Sinmun*, March 27, 1965.\n\n³ *ibid.*\n".encode())
    assert run("parse", str(path)).exit_code == 0
    result = run("parse", str(path), "--strict")
    assert result.exit_code == 5 and "note-gap" in result.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_export_default_is_biblatex_with_one_entry_per_work(tmp_path, corpus_graph):
    out = tmp_path / "x.bib"
    assert run("export", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("\n@") + text.startswith("@") == len(corpus_graph.references) == 150
    assert "entrysubtype" in text and "journaltitle" in text


@pytest.mark.parametrize("name, fmt, starts", [
    ("x.json", None, "[\n  {\n    \"id\""),
    ("x.txt", None, "AmEmbassy, Abdijan."),
    ("x.bib", "bibtex", "@article{weis2011politics"),
    ("x.json", "zotero", "[\n  {\n    \"id\""),
])
def test_export_format_from_extension_or_flag(tmp_path, name, fmt, starts):
    out = tmp_path / name
    args = ["export", str(YOUNG), "-o", str(out)] + (["-f", fmt] if fmt else [])
    assert run(*args).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith(starts)


def test_export_to_stdout_and_help_lists_formats():
    assert run("export", str(YOUNG), "-o", "-", "-f", "csl-json").stdout.startswith("[")
    help_text = run("export", "--help").stdout
    assert all(name in help_text for name in ("biblatex", "bibtex", "csl-json", "zotero", "chicago-notes"))


def test_export_unknown_extension_is_one_line(tmp_path):
    result = run("export", str(YOUNG), "-o", str(tmp_path / "x.docx"))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"nkcite: error: {tmp_path / 'x.docx'}: cannot tell the format from the extension .docx; use -f"]


@pytest.mark.parametrize("fmt", ["json", "biblatex", "bibtex", "csl-json", "zotero", "chicago", "chicago-notes"])
def test_every_format_is_byte_identical_across_runs(tmp_path, fmt):
    outputs = []
    for run_number in (1, 2):
        out = tmp_path / f"{run_number}.out"
        args = ["parse", "-o", str(out)] if fmt == "json" else ["export", "-f", fmt, "-o", str(out)]
        assert run(*args).exit_code == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and len(outputs[0]) > 1000


def test_every_format_is_identical_across_processes_and_hash_seeds():
    """Two fresh interpreters with different hash seeds write the same bytes."""
    import hashlib
    import os
    import subprocess
    import sys
    code = ("import hashlib, json, nkcite\n"
            "from nkcite.formats import REGISTRY, render\n"
            "from nkcite.output import graph_json\n"
            "g = nkcite.parse_files()\n"
            "out = {name: render(g, name) for name in REGISTRY}\n"
            "out['json'] = graph_json(g)\n"
            "print(json.dumps({k: hashlib.sha256(v.encode()).hexdigest() for k, v in out.items()}))")
    digests = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert digests[0] == digests[1] and len(json.loads(digests[0])) == 8
    assert hashlib.sha256(b"").hexdigest() not in digests[0]


LIBRARY_COMMANDS = ["add", "export", "merge", "split", "edit", "show", "zotero"]


@pytest.mark.parametrize("command", [pytest.param(c, id=c) for c in LIBRARY_COMMANDS])
def test_every_library_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "--library" in result.stdout


def test_a_library_from_add_to_export(tmp_path):
    library, out = str(tmp_path / "refs.sqlite"), tmp_path / "refs.bib"
    added = run("add", str(YOUNG), "--library", library)
    assert (added.exit_code, added.stdout) == (
        0, "young-2019: added, 36 notes, 39 citations, 34 new works, 0 joined to works already there\n")
    assert run("add", str(YOUNG), "--library", library).stdout == "young-2019: unchanged\n"
    assert run("export", "--library", library, "-o", str(out)).exit_code == 0
    assert "@article{weis2011politics," in out.read_text(encoding="utf-8")
    edited = run("edit", "weis2011politics", "title=The Politics Machine", "--library", library)
    assert edited.exit_code == 0 and "  title: The Politics Machine\n" in edited.stdout
    merged = run("merge", "weis2011politics", "pribbenownorth", "--library", library)
    assert merged.stdout == "merged pribbenownorth into weis2011politics\n"
    assert run("split", "weis2011politics", "--library", library).stdout == \
        "split weis2011politics into weis2011politics, pribbenownorth\n"
    assert run("show", "pribbenownorth", "--library", library).stdout.startswith("pribbenownorth\n")


def test_the_default_library_location(tmp_path, monkeypatch):
    monkeypatch.setenv("NKCITE_LIBRARY", str(tmp_path / "default.sqlite"))
    assert run("add", str(YOUNG)).exit_code == 0
    result = run("export", "--library", "-f", "csl-json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 34
    monkeypatch.delenv("NKCITE_LIBRARY")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert run("add", str(YOUNG)).exit_code == 0
    assert (tmp_path / "data" / "nkcite" / "library.sqlite").exists()


def test_papers_and_a_library_together_are_refused(tmp_path):
    result = run("export", str(YOUNG), "--library", str(tmp_path / "refs.sqlite"))
    assert result.exit_code == 2 and "give papers or --library, not both" in result.stderr
