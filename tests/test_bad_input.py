"""The README's bad-input table, row by row, through the CLI and the API."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import nkcite
from nkcite.cli import main

from .conftest import ROOT, YOUNG

NOTES = "Body.¹\n\n¹ *Rodong Sinmun*, March 27, 1965.\n"
NUMBERING = ("Body.¹ More.³ And.² Again.²\n\n¹ *Rodong Sinmun*, March 27, 1965.\n\n"
             "³ *Rodong Sinmun*, April 6, 1965.\n\n² *Chosun Ilbo*, June 27, 1965.\n\n"
             "² *Choson Sinbo*, April 3, 2000.\n")
WEIS = ('Toni Weis, "The Politics Machine: On the Concept of Solidarity," '
        "*Journal of Southern African Studies* 37, no. 2 (2011): 364; ")
LONG_NOTE = (WEIS * (100_000 // len(WEIS) + 1)).rstrip("; ") + "."   # 100 KB of citations


def table_rows() -> dict[str, tuple[int, str]]:
    """The README's bad-input table: input -> (exit code, stderr)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- bad-input-table -->")[1].split("<!-- /bad-input-table -->")[0]
    rows = {}
    for line in table.strip().splitlines()[2:]:
        label, code, stderr = [cell.strip() for cell in line.strip("|").split(" | ")]
        rows[label] = (int(code), "" if stderr == "-" else stderr.strip("`"))
    return rows


def _file(name: str, data: bytes | str):
    def make(tmp: Path):
        path = tmp / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return ["parse", str(path)], path
    return make


def _fifty_megabytes(tmp: Path):
    """Young's paper followed by 50 MB of prose paragraphs (no note marks)."""
    prose = (re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]", "", YOUNG.read_text(encoding="utf-8")[:4000]) + "\n\n")
    path = tmp / "big.txt"
    with path.open("w", encoding="utf-8") as out:
        out.write(YOUNG.read_text(encoding="utf-8"))
        for _ in range(50_000_000 // len(prose.encode("utf-8")) + 1):
            out.write(prose)
    return ["parse", str(path), "-o", str(tmp / "big.json")], path


def _output(target: str, *extra: str):
    def make(tmp: Path):
        (tmp / "is-a-dir").mkdir(exist_ok=True)
        out = tmp / target
        return ["export", str(YOUNG), "-o", str(out), *extra], out
    return make


MAKERS = {
    "missing file": lambda tmp: (["parse", str(tmp / "missing.txt")], tmp / "missing.txt"),
    "directory": lambda tmp: (["parse", str(tmp)], tmp),
    "empty file": _file("empty.txt", b""),
    "only whitespace": _file("blank.txt", " \n\t\n"),
    "PDF": _file("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
    "Word .docx (ZIP)": _file("paper.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml"),
    "Word .doc": _file("paper.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64),
    "RTF": _file("paper.rtf", b"{\\rtf1\\ansi Body.}"),
    "binary file": _file("blob.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00binary"),
    "no footnotes": _file("plain.txt", "A paper without notes. It has 1965 and p. 3 but no marks.\n"),
    "UTF-16 with BOM": _file("utf16.txt", NOTES.encode("utf-16")),
    "broken UTF-16": _file("broken16.txt", NOTES.encode("utf-16") + b"\x00\xd8"),
    "Latin-1 (Windows-1252)": _file("latin1.txt", "Body.¹\n\n¹ *Rodong Sinmun*, March 27, 1965. Café.\n".encode("cp1252")),
    "Windows line endings": _file("crlf.txt", NOTES.replace("\n", "\r\n")),
    "note numbers with a gap, a repeat and out of order": _file("numbering.txt", NUMBERING),
    "the same with --strict": lambda tmp: (_file("numbering.txt", NUMBERING)(tmp)[0] + ["--strict"], None),
    "ibid. in the first note": _file("ibid.txt", "Body.¹\n\n¹ *ibid.*, pp.205-207.\n"),
    "unbalanced quotes and brackets": _file("unbalanced.txt", (
        'Body.¹ More.²\n\n¹ Toni Weis, "The Politics Machine, *Journal of Southern African Studies 37, '
        "no. 2 (2011: 364.\n\n² See [Original book: 毛沢東のベトナム戦争 (Tokyo: Sososha, 2004)) «Mao» ((p. 3.\n")),
    "control characters": _file("control.txt", "Body.¹\x07\n\n¹ \x1b*Rodong Sinmun*\x1b, March 27,\x0b 1965.\x0c\n"),
    "a note of 100 KB": _file("long.txt", "Body.¹\n\n¹ " + LONG_NOTE + "\n"),
    "a 50 MB text file": _fifty_megabytes,
    "output directory missing": _output("no/such/dir/x.bib"),
    "output path is a directory": _output("is-a-dir", "-f", "biblatex"),
    "unknown export format": _output("x.bib", "-f", "ris"),
    "unknown output extension": _output("x.docx"),
}
ROWS = table_rows()


def test_every_row_has_a_case_and_every_case_a_row():
    assert set(ROWS) == set(MAKERS)


@pytest.mark.parametrize("label", list(ROWS))
def test_row(tmp_path, label):
    code, stderr = ROWS[label]
    args, path = MAKERS[label](tmp_path)
    if "-o" not in args:
        args += ["-o", str(tmp_path / "out.json")]
    result = CliRunner().invoke(main, args)
    out = Path(args[args.index("-o") + 1])
    expected = (stderr.replace("FILE", str(path)).replace("NAME", Path(str(path)).name)
                .replace("OUT", str(out)).replace("DIR", str(out.parent)))
    assert (result.exit_code, result.stderr) == (code, expected + "\n" if expected else "")
    if code in (2, 3) and args[0] == "parse":      # the API says the same
        with pytest.raises(nkcite.NkciteError) as raised:
            nkcite.parse_files([path])
        assert f"nkcite: error: {raised.value}" == expected
    if code in (0, 5) and args[0] == "parse" and out.exists():
        graph = json.loads(out.read_text(encoding="utf-8"))
        assert graph["documents"][0]["notes"] and all(n["citations"] for n in graph["documents"][0]["notes"])


def test_numbering_problems_keep_every_note(tmp_path):
    graph = nkcite.parse_paper(NUMBERING, "numbering")
    assert [n.number for n in graph.documents[0].notes] == [1, 3, 2, 2]


def test_long_note_is_kept_whole():
    note = nkcite.parse_paper("Body.¹\n\n¹ " + LONG_NOTE + "\n", "long").documents[0].notes[0]
    assert note.text == LONG_NOTE and len(LONG_NOTE) >= 100_000
    assert len(note.citations) == LONG_NOTE.count("Toni Weis")


def test_control_characters_are_removed_not_the_note(tmp_path):
    path = MAKERS["control characters"](tmp_path)[1]
    note = nkcite.parse_files([path]).documents[0].notes[0]
    assert note.text == "*Rodong Sinmun*, March 27, 1965."


def test_fifty_megabytes_in_bounded_memory(tmp_path):
    """Peak resident memory of a run on the 50 MB file, in a fresh process."""
    args, path = _fifty_megabytes(tmp_path)
    code = ("import resource, sys; from nkcite.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    peak = int(done.stdout.split()[-1]) * 1024
    assert peak < 10 * path.stat().st_size
    assert len(json.loads((tmp_path / "big.json").read_text(encoding="utf-8"))["documents"][0]["notes"]) == 36


def test_interrupted_write_leaves_the_old_file(tmp_path):
    from nkcite.output import write_text
    target = tmp_path / "refs.bib"
    target.write_text("good\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text("half a file then a lone surrogate \ud800", str(target))
    assert target.read_text(encoding="utf-8") == "good\n"
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]
