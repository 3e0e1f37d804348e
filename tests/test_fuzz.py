"""Fuzz target (Hypothesis): adversarial paper files -> graph -> every export file.

Papers are built from made-up citation fragments in the real forms of the
field, with what breaks parsers mixed in: long runs of one nesting
character, unpaired quotes and brackets, ibid. chains, numbering out of
order, page breaks inside notes, control characters, other scripts, and the
bytes written in another encoding or with a stray byte. For each file:

- reading and parsing either succeed or raise an `NkciteError` (one line);
- every citation points at a reference and the ids are unique;
- every export format renders, is written through `write_text` to a file
  and read back byte for byte, and is read by an independent reader
  (json, pybtex); chicago-notes has one line per note;
- the same file gives the same bytes again.

The suite runs a bounded number of examples (seconds); the dedicated run:

    NKCITE_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py
"""
from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from nkcite import NkciteError, parse_files
from nkcite.formats import available, render
from nkcite.output import write_text

EXAMPLES = int(os.environ.get("NKCITE_FUZZ_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# Made-up fragments in the forms footnotes take (no paper's own footnote).
FRAGMENTS = [
    "Ann Smith, ", "KIM Chŏl-su, ", "Nguyễn Thị Lan, ", "Jan Kowalski and Piotr Nowak, eds., ", "Ibid., 14. ",
    "*Rice and Rails: Colonial Railways in Java*", '"Grain Markets of Galicia,"', " (Leiden: Brill, 1999)", ", 12",
    ", pp. 211-215", " *Java Courant*, March 27, 1921", " (Korean)", " <https://example.org/archive/item?id=7>",
    ", translated by Ōta Hiroshi", ", Box 3, RG 59, National Archives", ", accessed on May 2, 2020",
    "; ", ". ", ", ", " See ", "[Original book: 米と鉄道 (Tokyo: Iwanami, 1988)]", " 조선로동당 ", " 毛沢東 ",
    "Telegram, From AmEmbassy Jakarta to SecState, Subject: Rice, 4 March, 1967", " Vol. 2, No. 3 ", "op. cit., 9",
]
NESTING = ['"', "“", "”", "(", ")", "[", "]", "<", ">", "*", "'", ".", ";", ","]
DAMAGE = ["\x07", "\x1b[31m", "\t", "\u200b", "\ufeff", "\n", "\n\n", "\f", "¹", "²³", "\\", "{", "}", "%", "#", "~"]


@st.composite
def note_text(draw) -> str:
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(parts)))
        if draw(st.booleans()):
            parts.insert(at, draw(st.sampled_from(NESTING)) * draw(st.integers(1, 300)))
        else:
            parts.insert(at, draw(st.sampled_from(DAMAGE)))
    return "".join(parts)


@st.composite
def paper_bytes(draw) -> bytes:
    notes = draw(st.lists(note_text(), min_size=1, max_size=6))
    if draw(st.booleans()):                                   # an ibid. chain
        notes[1:1] = ["Ibid."] * draw(st.integers(1, 40))
    numbers = list(range(1, len(notes) + 1))
    if draw(st.booleans()):
        numbers = draw(st.permutations(numbers))
    marks = [str(n).translate(SUPERSCRIPT) for n in numbers]
    text = "Body text." + "".join(marks) + "\n\n" + "\n\n".join(f"{m} {t}" for m, t in zip(marks, notes)) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + bytes([draw(st.integers(0x80, 0xFF))]) + data[at:]
    return data


def read_back(fmt: str, text: str, graph) -> None:
    """An independent reader accepts the export and finds every reference or note."""
    ids = [r["id"] for r in graph.references]
    if fmt in ("csl-json", "zotero"):
        assert [item["id"] for item in json.loads(text)] == ids
    elif fmt in ("biblatex", "bibtex"):
        from pybtex.database import parse_string
        assert list(parse_string(text, "bibtex").entries) == ids
    elif fmt == "chicago":
        assert len(text.splitlines()) == len(ids)
    elif fmt == "chicago-notes":
        numbered = [line for line in text.splitlines() if line[:1].isdigit()]
        assert len(numbered) == sum(len(d.notes) for d in graph.documents)


@SETTINGS
@given(paper_bytes())
def test_any_paper_file_reaches_every_format_or_fails_in_one_line(tmp_path, data):
    paper = tmp_path / "paper.txt"
    paper.write_bytes(data)
    try:
        graph = parse_files([paper])
    except NkciteError as exc:
        event(f"refused: {type(exc).__name__}")
        assert "\n" not in str(exc) and str(exc)
        return
    event(f"parsed: {min(len(graph.references), 5)}+ references")
    refs = [r["id"] for r in graph.references]
    assert len(set(refs)) == len(refs)
    assert all(c.ref in set(refs) for d in graph.documents for _, _, c in d.citations())
    again = parse_files([paper])
    for fmt in available():
        text = render(graph, fmt)
        out = tmp_path / f"out.{fmt}"
        write_text(text, str(out), inputs=[paper])
        assert out.read_bytes() == text.encode("utf-8")
        read_back(fmt, text, graph)
        if not fmt.startswith("chicago"):          # the slow ones are rendered once
            assert render(again, fmt) == text
    assert paper.read_bytes() == data
