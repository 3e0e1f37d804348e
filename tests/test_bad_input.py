"""The README's bad-input table, row by row, through the CLI and the API."""
from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import nkcite
import nkcite.library
from nkcite.cli import main
from nkcite.read import printable

from .conftest import FIXTURES, MIYAMOTO, ROOT, YOUNG

FORMATS = FIXTURES / "formats"

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


def _scanned_pdf(tmp: Path):
    """A one-page PDF that only draws a rectangle: what a scanner without OCR makes (no text layer)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length 24 >>\nstream\n72 72 400 600 re f\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return _file("scan.pdf", bytes(out))(tmp)


def _zip(name: str, members: dict[str, str]):
    def make(tmp: Path):
        path = tmp / name
        with zipfile.ZipFile(path, "w") as archive:
            for member, text in members.items():
                archive.writestr(member, text)
        return ["parse", str(path)], path
    return make


EMPTY_DOCX = {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                         "<w:body><w:p/></w:body></w:document>"}


def _device(device: str):
    return lambda tmp: (["parse", device], Path(device))


def _fifo(tmp: Path):
    """A named pipe a writer fills while nkcite reads it."""
    path = tmp / "pipe.txt"
    os.mkfifo(path)
    def write():
        with open(path, "wb") as pipe:
            pipe.write(NOTES.encode("utf-8"))
    threading.Thread(target=write, daemon=True).start()
    return ["parse", str(path)], path


def _loop(tmp: Path):
    (tmp / "a.txt").symlink_to(tmp / "b.txt")
    (tmp / "b.txt").symlink_to(tmp / "a.txt")
    return ["parse", str(tmp / "a.txt")], tmp / "a.txt"


WRITE_ONLY = Path("/proc/sys/vm/compact_memory")
"""A file even root cannot read (a write-only sysctl)."""


def _unreadable(tmp: Path):
    if os.geteuid() == 0:
        if not WRITE_ONLY.exists():
            pytest.skip("running as root without a write-only /proc/sys file")
        return ["parse", str(WRITE_ONLY)], WRITE_ONLY
    path = tmp / "locked.txt"
    path.write_text(NOTES, encoding="utf-8")
    path.chmod(0)
    return ["parse", str(path)], path


def _undecodable_name(tmp: Path):
    path = Path(os.fsdecode(bytes(tmp) + b"/caf\xe9-2019.txt"))
    path.write_bytes(NOTES.encode("utf-8"))
    return ["parse", str(path)], path


def _batch(tmp: Path):
    (tmp / "notes.txt").write_text(NOTES, encoding="utf-8")
    (tmp / "plain.txt").write_text("A paper without notes.\n", encoding="utf-8")
    return ["parse", str(tmp / "notes.txt"), str(tmp / "plain.txt")], tmp / "plain.txt"


def _output(target: str, *extra: str):
    def make(tmp: Path):
        (tmp / "is-a-dir").mkdir(exist_ok=True)
        out = tmp / target
        return ["export", str(YOUNG), "-o", str(out), *extra], out
    return make


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
NOBODY = 65534


def _word(n: int, length: int = 5) -> str:
    """A made-up word for each n (`Bacad`), distinct for n below 100,000."""
    out = []
    for i in range(length):
        out.append("aeiou"[n % 5] if i % 2 else "bcdfghklmnprstvz"[n % 16])
        n //= 5 if i % 2 else 16
    return "".join(out).capitalize()


def _book(n: int) -> str:
    return f"{_word(n)} {_word(n + 7, 7)}, *The {_word(n, 8)} of {_word(n * 3 + 1, 6)}* (Seoul: {_word(n, 4)} Press, 1990), 12."


def _paper(notes: list[str]) -> str:
    marks = [str(n).translate(SUPERSCRIPT) for n in range(1, len(notes) + 1)]
    return "Body." + marks[0] + "\n\n" + "\n\n".join(f"{m} {t}" for m, t in zip(marks, notes)) + "\n"


def _contents(path) -> bytes | None:
    """A row's input file as it was before the run (None where it is not a readable file)."""
    try:
        return path.read_bytes() if isinstance(path, Path) and path.is_file() else None
    except OSError:
        return None


def _in_process(args: list[str], stdin: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, args, input=stdin)
    return result.exit_code, result.stderr


def _onto_input(target):
    """`-o` naming the input paper in another way (`target(paper)`)."""
    def make(tmp: Path):
        paper = tmp / "paper.txt"
        paper.write_bytes(YOUNG.read_bytes())
        return ["export", str(paper), "-o", target(paper), "-f", "chicago"], paper
    return make


def _link(make_link):
    def target(paper: Path) -> str:
        link = paper.with_name("link.txt")
        make_link(paper, link)
        return str(link)
    return target


def _special_output(make_target):
    """Export Young's paper to a target made by `make_target(tmp)`, checked afterwards."""
    def make(tmp: Path):
        target, check = make_target(tmp)
        def run(args):
            result = _in_process(args)
            check()
            return result
        return ["export", str(YOUNG), "-o", str(target), "-f", "biblatex"], YOUNG, run
    return make


def _symlink_target(tmp: Path):
    (tmp / "real.bib").write_text("old\n", encoding="utf-8")
    (tmp / "link.bib").symlink_to("real.bib")
    return tmp / "link.bib", lambda: ((tmp / "link.bib").is_symlink()
                                      and (tmp / "real.bib").read_text(encoding="utf-8").startswith("@")) or _fail()


def _hard_link_target(tmp: Path):
    (tmp / "a.bib").write_text("old\n", encoding="utf-8")
    os.link(tmp / "a.bib", tmp / "b.bib")
    return tmp / "a.bib", lambda: ((tmp / "b.bib").stat().st_nlink == 2
                                   and (tmp / "b.bib").read_text(encoding="utf-8").startswith("@")) or _fail()


def _device_target(tmp: Path):
    node = Path(os.devnull)
    if os.geteuid() == 0:
        node = tmp / "null"
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node, lambda: stat.S_ISCHR(node.stat().st_mode) or _fail()


def _fifo_target(tmp: Path):
    fifo = tmp / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()

    def check():
        reader.join(30)
        return (stat.S_ISFIFO(fifo.stat().st_mode) and received and received[0].startswith(b"@")) or _fail()
    return fifo, check


def _fail():
    raise AssertionError("the output target was not written as it should be")


def _locked_directory(tmp: Path):
    """A writable refs.bib in a directory its user cannot write (as root: the
    run takes nobody's effective uid, in a directory nobody can reach)."""
    directory = Path(tempfile.mkdtemp(prefix="nkcite-locked-"))
    paper = directory / YOUNG.name                  # nobody may not reach the checkout (CI: a 0700 home)
    paper.write_bytes(YOUNG.read_bytes())
    paper.chmod(0o644)                              # and may read it whatever the umask (CI: 077)
    target = directory / "refs.bib"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o666)
    directory.chmod(0o555)

    def run(args):
        root = os.geteuid() == 0
        warm = Path(tempfile.mkdtemp(prefix="nkcite-warm-"))
        _in_process(["export", str(YOUNG), "-o", str(warm / "refs.bib")])   # modules and model loaded as root
        shutil.rmtree(warm)                                               # (nobody cannot read root's Python)
        try:
            if root:
                os.setegid(NOBODY)
                os.seteuid(NOBODY)
            try:
                result = _in_process(args)
            finally:
                if root:
                    os.seteuid(0)
                    os.setegid(0)
            assert target.read_text(encoding="utf-8").startswith("@")
            return result
        finally:
            directory.chmod(0o755)
            atexit.register(shutil.rmtree, directory, True)     # after the row has compared its input
    return ["export", str(paper), "-o", str(target)], paper, run


CLI = [sys.executable, "-c", "import sys; from nkcite.cli import main; sys.argv[0] = 'nkcite'; main()"]


def _stdout_case(run):
    return ["export", str(YOUNG), "-o", "-"], YOUNG, run


def _full_stdout(args):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = subprocess.run(CLI + args, stdout=full, stderr=subprocess.PIPE, text=True)
    return done.returncode, done.stderr


def _closed_stdout(args):
    done = subprocess.run(CLI + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          preexec_fn=lambda: os.close(1))
    return done.returncode, done.stderr


def _reader_closes_pipe(args):
    proc = subprocess.Popen(CLI + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    assert proc.stdout.read(9) == b"@article{"
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    return proc.wait(), stderr


def _same_names(tmp: Path):
    for folder, source in (("a", YOUNG), ("b", MIYAMOTO)):
        (tmp / folder).mkdir()
        (tmp / folder / "paper.txt").write_bytes(source.read_bytes())
    return ["parse", str(tmp / "a" / "paper.txt"), str(tmp / "b" / "paper.txt")], tmp / "a" / "paper.txt"


MAKERS = {
    "missing file": lambda tmp: (["parse", str(tmp / "missing.txt")], tmp / "missing.txt"),
    "directory": lambda tmp: (["parse", str(tmp)], tmp),
    "empty file": _file("empty.txt", b""),
    "only whitespace": _file("blank.txt", " \n\t\n"),
    "damaged PDF": _file("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
    "corrupt .docx": _file("paper.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml"),
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
    "unbalanced quotes and brackets (both citations still read)": _file("unbalanced.txt", (
        'Body.¹ More.²\n\n¹ Toni Weis, "The Politics Machine, *Journal of Southern African Studies 37, '
        "no. 2 (2011: 364.\n\n² See [Original book: 毛沢東のベトナム戦争 (Tokyo: Sososha, 2004)) «Mao» ((p. 3.\n")),
    "control characters": _file("control.txt", "Body.¹\x07\n\n¹ \x1b*Rodong Sinmun*\x1b, March 27,\x0b 1965.\x0c\n"),
    "a note of 100 KB": _file("long.txt", "Body.¹\n\n¹ " + LONG_NOTE + "\n"),
    "a 50 MB text file": _fifty_megabytes,
    "scanned PDF without text layer": _scanned_pdf,
    "encrypted PDF": lambda tmp: (["parse", str(FORMATS / "encrypted.pdf")], FORMATS / "encrypted.pdf"),
    "a ZIP that is not Word": _zip("photos.zip", {"holiday/notes.txt": "Not a paper."}),
    "an empty Word file": _zip("empty.docx", EMPTY_DOCX),
    "one stray byte that is not UTF-8": _file("stray.txt", NOTES.encode("utf-8")[:-2] + b" Caf\xe9.\n"),
    "a stray byte in a text without notes": _file("stray.txt", "Résumé.\n\n".encode("utf-8") + b"Caf\xe9 au lait.\n"),
    "UTF-32": _file("utf32.txt", NOTES.encode("utf-32")),
    "UTF-16 LE without BOM": _file("utf16le.txt", NOTES.encode("utf-16-le")),
    "UTF-16 BE without BOM": _file("utf16be.txt", NOTES.encode("utf-16-be")),
    "`-`: standard input": lambda tmp: (["parse", "-"], Path("-")),
    "/dev/zero": _device("/dev/zero"),
    "/dev/urandom": _device("/dev/urandom"),
    "a FIFO": _fifo,
    "larger than the input limit (NKCITE_MAX_INPUT_MB=1)": _file("big.txt", NOTES + "x" * 2_000_000),
    "a loop of symbolic links": _loop,
    "unreadable file (permission)": _unreadable,
    "a file name that is not UTF-8": _undecodable_name,
    "ANSI escapes in a missing file's name": lambda tmp: (["parse", str(tmp / "\x1b[31mred.txt")], tmp / "\x1b[31mred.txt"),
    "a note number of 5,000 digits": _file("digits.txt", NOTES + "\n" + "1" * 5000 + ". Ibid.\n"),
    "a batch with one file without notes": _batch,
    "output directory missing": _output("no/such/dir/x.bib"),
    "output path is a directory": _output("is-a-dir", "-f", "biblatex"),
    "unknown export format": _output("x.bib", "-f", "endnote"),
    "unknown output extension": _output("x.docx"),
    "output is the input file": _onto_input(lambda paper: str(paper)),
    "output is the input file through ./": _onto_input(lambda paper: os.path.join(paper.parent, ".", paper.name)),
    "output is a symlink to the input paper": _onto_input(_link(os.symlink)),
    "output is a hard link to the input paper": _onto_input(_link(os.link)),
    "output is a symlink (its target is updated)": _special_output(_symlink_target),
    "output is a hard link (the link is kept)": _special_output(_hard_link_target),
    "output is a device node (as root a made one, else /dev/null)": _special_output(_device_target),
    "output is a FIFO": _special_output(_fifo_target),
    "output file writable in a directory that is not (as root: run as nobody)": _locked_directory,
    'output file name empty (-o "")': lambda tmp: (["export", str(YOUNG), "-o", ""], YOUNG),
    "output ends with / (-o nodir/)": lambda tmp: (["export", str(YOUNG), "-o", f"{tmp}/nodir/"], YOUNG),
    "output is .": lambda tmp: (["export", str(YOUNG), "-o", "."], YOUNG),
    "stdout on a full disk (/dev/full; skipped where absent)": lambda tmp: _stdout_case(_full_stdout),
    "stdout closed": lambda tmp: _stdout_case(_closed_stdout),
    "stdout closed by its reader": lambda tmp: _stdout_case(_reader_closes_pipe),
    "the same paper given twice": lambda tmp: (["parse", str(YOUNG), str(YOUNG)], YOUNG),
    "two papers of one name in different folders": _same_names,
    "16,000 distinct books, one per note": _file("books.txt", _paper([_book(n) for n in range(16_000)])),
    "8,000 distinct notes of made-up words": _file("unparsed.txt", _paper([f"{_word(n, 6)} {_word(n + 1)} {_word(n * 7, 7)}."
                                                                  for n in range(8_000)])),
    "an ibid. chain of 10,050 notes, then 50 works": _file("chain.txt", _paper(
        [_book(0)] + ["Ibid., 3."] * 10_050 + [_book(n) for n in range(1, 51)])),
    "a note of 2,000 citations separated by ;": _file("semicolons.txt", _paper(["; ".join(
        f"{_word(n)} {_word(n + 3)}, *A {_word(n, 6)}* (Seoul, 1990), 12" for n in range(2_000)) + "."])),
}
def _library(tmp: Path, version: int | None = None, content: bytes | None = None) -> Path:
    path = tmp / "refs.sqlite"
    if content is not None:
        path.write_bytes(content)
        return path
    with nkcite.library.open_store(path) as store:
        nkcite.library.add_paper(store, YOUNG)
    if version is not None:
        sqlite3.connect(path).execute(f"PRAGMA user_version = {version}").connection.close()
    return path


def _library_export(**library):
    def make(tmp: Path):
        path = _library(tmp, **library)
        return ["export", "--library", str(path), "-o", str(tmp / "out.bib")], path
    return make


def _free_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


MAKERS.update({
    "a library file that is not SQLite": _library_export(content=b"Body.\n\n1 Not a library.\n" * 100),
    "a library from a newer version": _library_export(version=nkcite.library.SCHEMA_VERSION + 1),
    "an unknown id": lambda tmp: (["show", "nosuch2000", "--library", str(_library(tmp))], None),
    "Zotero not running": lambda tmp: (["zotero", str(YOUNG), "--port", _free_port()], None),
})
ROWS = table_rows()


def test_every_row_has_a_case_and_every_case_a_row():
    assert set(ROWS) == set(MAKERS)


STDIN = {"`-`: standard input": NOTES.encode("utf-8")}
ENV = {"larger than the input limit (NKCITE_MAX_INPUT_MB=1)": {"NKCITE_MAX_INPUT_MB": "1"}}


@pytest.mark.parametrize("label", list(ROWS))
def test_row(tmp_path, label, monkeypatch):
    code, stderr = ROWS[label]
    args, path, *runner = MAKERS[label](tmp_path)
    if "-o" not in args and args[0] in ("parse", "export"):
        args += ["-o", str(tmp_path / "out.json")]
    for name, value in ENV.get(label, {}).items():
        monkeypatch.setenv(name, value)
    before = _contents(path)
    exit_code, err = (runner[0] if runner else lambda a: _in_process(a, STDIN.get(label)))(args)
    out = args[args.index("-o") + 1] if "-o" in args else str(tmp_path)
    expected = (stderr.replace("FILE", printable(str(path))).replace("NAME", printable(Path(str(path)).name))
                .replace("OUT", out).replace("DIR", str(Path(out).parent)).replace("<br>", "\n"))
    if "--port" in args:
        expected = expected.replace("PORT", args[args.index("--port") + 1])
    assert (exit_code, err) == (code, expected + "\n" if expected else "")
    if before is not None:                          # no row changes its input
        assert path.read_bytes() == before
    if label in STDIN or label.startswith(("a FIFO", "a batch")):
        return
    if code in (2, 3) and args[0] == "parse":      # the API says the same
        with pytest.raises(nkcite.NkciteError) as raised:
            nkcite.parse_files([path])
        assert f"nkcite: error: {raised.value}" == expected
    if code in (0, 5) and args[0] == "parse" and Path(out).is_file():     # valid UTF-8 JSON, every note cited
        graph = json.loads(Path(out).read_text(encoding="utf-8"))
        refs = {r["id"] for r in graph["references"]}
        assert graph["documents"][0]["notes"] and all(n["citations"] for n in graph["documents"][0]["notes"])
        assert all(c["ref"] in refs for doc in graph["documents"] for n in doc["notes"] for c in n["citations"])


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
    """Peak resident memory of a run on the 50 MB file, in a fresh process (its own
    high-water mark: `ru_maxrss` would carry over the forking test process's)."""
    if not Path("/proc/self/status").exists():
        pytest.skip("no /proc/self/status")
    args, path = _fifty_megabytes(tmp_path)
    code = ("import re, sys; from nkcite.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
            "print(re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()).group(1))")
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
