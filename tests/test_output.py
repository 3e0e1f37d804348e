"""output.py: writes that never destroy a file (issue 11)."""
from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from nkcite.errors import OutputError
from nkcite.output import check_target, is_stream, write_text
from nkcite.safe_files import TEMP_MARK, create_temp

from .conftest import MIYAMOTO, YOUNG, default_signals

ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0, reason="needs root (chown, mknod)")
NOBODY = 65534
TEXT = "@book{kim2001rice,\n  title = {Rice and Rails},\n}\n"


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if TEMP_MARK in p.name)


@contextmanager
def unprivileged(directory: Path):
    """Run the block as a user who cannot write `directory` (but can enter it):
    as root, with the effective uid of nobody; otherwise the directory is made read-only."""
    if os.geteuid() == 0:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
        try:
            yield
        finally:
            os.seteuid(0)
            os.setegid(0)
    else:
        directory.chmod(0o555)
        try:
            yield
        finally:
            directory.chmod(0o755)


@pytest.fixture
def shared_dir():
    """A directory that nobody can reach (tmp_path's parents are private to root)."""
    path = Path(tempfile.mkdtemp(prefix="nkcite-output-"))
    path.chmod(0o755)
    yield path
    for child in path.iterdir():
        child.chmod(0o644)
        child.unlink()
    path.rmdir()


@pytest.mark.parametrize("name", [
    pytest.param(lambda d: str(d / "paper.txt"), id="the input itself"),
    pytest.param(lambda d: str(d / "sub" / ".." / "paper.txt"), id="through .."),
    pytest.param(lambda d: os.path.join(".", os.path.relpath(d / "paper.txt")), id="through ./"),
    pytest.param(lambda d: str(d / "link.txt"), id="a symlink to it"),
    pytest.param(lambda d: str(d / "hard.txt"), id="a hard link to it"),
])
def test_an_input_paper_is_never_the_output(tmp_path, name):
    paper = tmp_path / "paper.txt"
    paper.write_text("the paper\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.txt").symlink_to("paper.txt")
    os.link(paper, tmp_path / "hard.txt")
    with pytest.raises(OutputError, match=r"is the input file .*paper\.txt; refusing to overwrite it"):
        write_text(TEXT, name(tmp_path), inputs=[paper])
    assert paper.read_text(encoding="utf-8") == "the paper\n"


@pytest.mark.parametrize("target, message", [
    pytest.param("", "the output file name is empty; give a file name, or - for stdout", id="empty"),
    pytest.param("nodir/", "nodir/: names a directory; -o needs a file name", id="trailing slash"),
    pytest.param(".", ".: names a directory; -o needs a file name", id="dot"),
    pytest.param("no/such/x.bib", "no/such/x.bib: directory no/such does not exist", id="missing directory"),
])
def test_bad_output_names_are_one_line(target, message):
    with pytest.raises(OutputError) as raised:
        check_target(target)
    assert str(raised.value) == message


def test_a_file_as_the_directory_is_named_so(tmp_path):
    (tmp_path / "paper.txt").write_text("x\n", encoding="utf-8")
    with pytest.raises(OutputError, match=r"x\.bib: directory .*paper\.txt is not a directory$"):
        check_target(str(tmp_path / "paper.txt" / "x.bib"))


def test_a_dangling_symlink_names_the_directory_it_leads_to(tmp_path):
    (tmp_path / "refs.bib").symlink_to(tmp_path / "gone" / "refs.bib")
    with pytest.raises(OutputError, match=f"directory {tmp_path / 'gone'} does not exist"):
        check_target(str(tmp_path / "refs.bib"))


def test_a_symlink_is_written_through(tmp_path):
    (tmp_path / "real.bib").write_text("old\n", encoding="utf-8")
    (tmp_path / "link.bib").symlink_to("real.bib")
    write_text(TEXT, str(tmp_path / "link.bib"))
    assert (tmp_path / "link.bib").is_symlink()
    assert (tmp_path / "real.bib").read_text(encoding="utf-8") == TEXT
    assert leftovers(tmp_path) == []


def test_a_dangling_symlink_creates_its_target(tmp_path):
    (tmp_path / "link.bib").symlink_to("new.bib")
    write_text(TEXT, str(tmp_path / "link.bib"))
    assert (tmp_path / "link.bib").is_symlink() and (tmp_path / "new.bib").read_text(encoding="utf-8") == TEXT


def test_a_hard_link_is_kept(tmp_path):
    (tmp_path / "a.bib").write_text("old contents, longer than the new ones\n" * 10, encoding="utf-8")
    os.link(tmp_path / "a.bib", tmp_path / "b.bib")
    inode = (tmp_path / "a.bib").stat().st_ino
    write_text(TEXT, str(tmp_path / "a.bib"))
    assert (tmp_path / "a.bib").stat().st_ino == inode and (tmp_path / "a.bib").stat().st_nlink == 2
    assert (tmp_path / "b.bib").read_text(encoding="utf-8") == TEXT


def test_mode_of_an_existing_file_is_kept(tmp_path):
    target = tmp_path / "refs.bib"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    write_text(TEXT, str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_text(encoding="utf-8") == TEXT


def test_a_new_file_gets_the_umask_mode_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_text(TEXT, str(tmp_path / "new.bib"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.bib").stat().st_mode) == 0o644


@ROOT_ONLY
def test_owner_of_an_existing_file_is_kept(tmp_path):
    target = tmp_path / "refs.bib"
    target.write_text("old\n", encoding="utf-8")
    os.chown(target, NOBODY, NOBODY)
    write_text(TEXT, str(target))
    assert (target.stat().st_uid, target.stat().st_gid) == (NOBODY, NOBODY)
    assert target.read_text(encoding="utf-8") == TEXT


@ROOT_ONLY
def test_a_file_whose_owner_cannot_be_given_is_rewritten_in_place(shared_dir):
    """nobody may write root's file and the directory, but cannot make a file root's: in place."""
    shared_dir.chmod(0o777)
    target = shared_dir / "refs.bib"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o666)
    inode = target.stat().st_ino
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        write_text(TEXT, str(target))
    finally:
        os.seteuid(0)
        os.setegid(0)
    assert (target.stat().st_uid, target.stat().st_ino) == (0, inode)
    assert target.read_text(encoding="utf-8") == TEXT and leftovers(shared_dir) == []


def test_a_writable_file_in_a_locked_directory_is_updated(shared_dir):
    target = shared_dir / "refs.bib"
    target.write_text("old contents\n" * 100, encoding="utf-8")
    target.chmod(0o666)
    with unprivileged(shared_dir):
        write_text(TEXT, str(target))
        with pytest.raises(OutputError, match="new.bib: cannot be written \\(Permission denied\\)"):
            write_text(TEXT, str(shared_dir / "new.bib"))
    assert target.read_text(encoding="utf-8") == TEXT and leftovers(shared_dir) == []


@ROOT_ONLY
def test_a_device_node_is_written_to_not_replaced(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    assert is_stream(str(null))
    write_text(TEXT, str(null))
    assert stat.S_ISCHR(null.stat().st_mode) and leftovers(tmp_path) == []


def test_dev_null_and_dev_full(tmp_path):
    write_text(TEXT, os.devnull)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    if os.path.exists("/dev/full"):
        with pytest.raises(OutputError, match=r"^/dev/full: cannot be written \(No space left on device\)$"):
            write_text(TEXT, "/dev/full")


def test_a_fifo_is_written_to_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_text(TEXT, str(fifo))
    reader.join(10)
    assert received == [TEXT.encode("utf-8")] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_an_abandoned_temporary_file_is_removed_and_a_live_one_kept(tmp_path):
    """A SIGKILLed run leaves its locked temporary file; the lock dies with it."""
    code = ("import os, signal, sys; from pathlib import Path; from nkcite.safe_files import create_temp\n"
            "fd, tmp = create_temp(Path(sys.argv[1]), 'refs.bib'); os.write(fd, b'half')\n"
            "os.kill(os.getpid(), signal.SIGKILL)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)])
    assert done.returncode == -signal.SIGKILL and len(leftovers(tmp_path)) == 1
    live_fd, live = create_temp(tmp_path, "refs.bib")      # a concurrent run, still writing
    try:
        write_text(TEXT, str(tmp_path / "refs.bib"))
        assert leftovers(tmp_path) == [live.name]
    finally:
        os.close(live_fd)
        live.unlink()
    assert (tmp_path / "refs.bib").read_text(encoding="utf-8") == TEXT


@pytest.mark.parametrize("signum", [pytest.param(signal.SIGTERM, id="SIGTERM"), pytest.param(signal.SIGHUP, id="SIGHUP"),
                                    pytest.param(signal.SIGINT, id="Ctrl-C")])
def test_a_signal_during_the_write_removes_the_temporary_file(tmp_path, signum):
    """The signal arrives while the temporary file exists (from inside the write)."""
    code = ("import os, sys; import nkcite.safe_files as o; from nkcite.output import write_text\n"
            "real = o.write_all\n"
            "def write_then_signal(fd, data):\n"
            "    real(fd, [b'half']); os.kill(os.getpid(), int(sys.argv[2]))\n"
            "o.write_all = write_then_signal\n"
            "write_text('x' * 1000, sys.argv[1])")
    target = tmp_path / "refs.bib"
    target.write_text("old\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", code, str(target), str(int(signum))], capture_output=True,
                          preexec_fn=default_signals)
    assert done.returncode != 0
    assert leftovers(tmp_path) == [] and target.read_text(encoding="utf-8") == "old\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_stdout_on_a_full_disk_is_one_line():
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-c", "import sys; from nkcite.cli import main; main()",
                               "export", str(YOUNG)], stdout=full, stderr=subprocess.PIPE, text=True)
    assert (done.returncode, done.stderr) == (4, "nkcite: error: stdout: cannot be written (No space left on device)\n")


def test_closed_stdout_is_one_line():
    done = subprocess.run([sys.executable, "-c", "import sys; from nkcite.cli import main; main()",
                           "export", str(YOUNG)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          preexec_fn=lambda: os.close(1))
    assert (done.returncode, done.stderr) == (4, "nkcite: error: stdout: is closed; give an output file with -o\n")


@pytest.mark.parametrize("first_read", [pytest.param(10, id="after reading 10 bytes"),
                                        pytest.param(0, id="before any output")])
def test_a_reader_closing_the_pipe_ends_output_quietly(first_read):
    """Both papers' graph (160 KB, more than a pipe holds): exit 0 and no error; closed
    before any output, the write meets the closed pipe and no summary line claims it
    was written."""
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from nkcite.cli import main; main()",
                             "parse", str(YOUNG), str(MIYAMOTO)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    assert proc.stdout.read(first_read) == b'{\n  "nkcite"'[:first_read]
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait() == 0
    if first_read:      # a kernel may take the rest into the pipe before the close: then it was written
        assert stderr == "" or (stderr.startswith("nkcite: wrote stdout (json): 2 papers, ") and stderr.count("\n") == 1)
    else:
        assert stderr == ""


def test_a_failed_stdout_write_is_not_reported_twice_at_exit(tmp_path):
    """After the error, stdout points at /dev/null: no "Exception ignored" at shutdown."""
    code = ("import sys\nfrom nkcite.output import write_text\nfrom nkcite.errors import OutputError\n"
            "try:\n    write_text('x' * 100000, '-')\nexcept OutputError as e:\n    print(e, file=sys.stderr)")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-c", code], stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.stderr == "stdout: cannot be written (No space left on device)\n" and done.returncode == 0


def test_the_cli_refuses_the_bundled_paper_as_output(papers):
    from click.testing import CliRunner
    from nkcite.cli import main
    before = papers[0].read_bytes()
    result = CliRunner().invoke(main, ["export", "-o", str(papers[0])])
    assert result.exit_code == 4 and "refusing to overwrite it" in result.stderr
    assert papers[0].read_bytes() == before


def test_a_full_disk_during_an_in_place_write_keeps_the_old_file(tmp_path, monkeypatch):
    """posix_fallocate reserves the space first: ENOSPC leaves the contents as they were."""
    target = tmp_path / "a.bib"
    target.write_text("old\n", encoding="utf-8")
    os.link(target, tmp_path / "b.bib")

    def no_space(fd, offset, length):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "posix_fallocate", no_space)
    with pytest.raises(OutputError, match=r"a\.bib: cannot be written \(No space left on device\)"):
        write_text(TEXT * 1000, str(target))
    assert target.read_text(encoding="utf-8") == "old\n"


def test_the_graph_in_pieces_is_the_graph_in_one(tmp_path, corpus_graph):
    import json as _json
    from nkcite.output import graph_json, graph_json_chunks
    whole = _json.dumps(corpus_graph.to_json(), ensure_ascii=False, indent=2) + "\n"
    assert graph_json(corpus_graph) == whole
    write_text(graph_json_chunks(corpus_graph), str(tmp_path / "graph.json"))
    assert (tmp_path / "graph.json").read_bytes() == whole.encode("utf-8")


def test_pieces_that_cannot_be_encoded_leave_the_old_file(tmp_path):
    target = tmp_path / "refs.bib"
    target.write_text("good\n", encoding="utf-8")
    pieces = iter(["x" * 10] * 70_000 + ["a lone surrogate \ud800"])
    with pytest.raises(UnicodeEncodeError):
        write_text(pieces, str(target))
    assert target.read_text(encoding="utf-8") == "good\n" and leftovers(tmp_path) == []


@pytest.mark.parametrize("items", [
    pytest.param([], id="empty"),
    pytest.param([{"id": "a"}], id="one item"),
    pytest.param([{"id": "kim2009white", "title": "흰옥", "author": [{"family": "Kim"}], "note": "line\nbreak"},
                  {"id": "b", "issued": {"date-parts": [[1965, 3]]}, "tags": []}], id="nested, unicode, a newline"),
    pytest.param([[], [1, [2, {}]], "text", None], id="lists and scalars"),
])
@pytest.mark.parametrize("level", [0, 1, 2])
def test_json_list_pieces_are_the_json_of_the_whole_list(items, level):
    import json
    from nkcite.output import json_list_pieces
    whole = json.dumps(items, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)
    assert "".join(json_list_pieces(iter(items), level)) == whole


def test_graph_json_in_pieces_is_the_json_of_the_graph(corpus_graph):
    import json
    from nkcite.output import graph_json_chunks
    whole = json.dumps(corpus_graph.to_json(), ensure_ascii=False, indent=2) + "\n"
    assert "".join(graph_json_chunks(corpus_graph)) == whole
