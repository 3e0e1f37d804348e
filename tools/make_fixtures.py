#!/usr/bin/env python3
"""Make the format fixtures of `tests/fixtures/formats/` from the bundled papers.

    python tools/make_fixtures.py            # rewrites tests/fixtures/formats/

Each bundled paper (`references/papers/*.txt`) is split into its body and
its notes by nkcite's own notes stage, written as pandoc Markdown with real
footnotes (`[^1]`), and typeset from there by real tools:

- `.docx`, `.html`, `.md` (pandoc's own Markdown) and `.tex` by pandoc;
- `.odt` by LibreOffice from the `.docx`;
- `.pdf` by XeLaTeX from the `.tex` (real footnotes), `-endnotes.pdf` by
  XeLaTeX with the `enotez` package (a `Notes` section at the end), and
  `-libreoffice.pdf` by LibreOffice from the `.docx`;
- `.pdftotext.txt` and `.pdftotext-layout.txt` by `pdftotext` (plain and
  `-layout`) from the XeLaTeX `.pdf`;
- `encrypted.pdf`, one page of the Young PDF with a password (qpdf), for
  the bad-input table;
- `young-2019-zotero.docx`, written here as WordprocessingML: every note
  that cites something holds one Zotero citation field (`ADDIN ZOTERO_ITEM
  CSL_CITATION {json}`) whose items are the CSL-JSON of the Young gold's
  references (`tests/fixtures/young-2019.gold.json`), with the gold's
  locators; the field's visible result is the note's text.

The typeset text keeps the source's characters: straight quotes are set as
`\\textquotesingle`/`\\textquotedbl` (not curly), and the fonts cover Latin,
Vietnamese, Cyrillic and CJK (DejaVu Serif, Noto Serif CJK).

Tools (Debian/Ubuntu, as root):

    apt-get install pandoc libreoffice-writer-nogui poppler-utils qpdf \\
        texlive-xetex texlive-latex-recommended texlive-latex-extra \\
        texlive-lang-cjk fonts-noto-cjk fonts-dejavu-core

The outputs are deterministic up to the producers' own time stamps
(`SOURCE_DATE_EPOCH` is set for the ones that honour it); tests read the
committed files and need none of these tools.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nkcite.notes import extract_notes  # noqa: E402
from nkcite.scan import SUPERSCRIPT_DIGITS, superscript_number  # noqa: E402

PAPERS = {"young-2019": ROOT / "references/papers/young-2019-nkidp-wp7.txt",
          "miyamoto-2024": ROOT / "references/papers/miyamoto-2024-nk-vietnam-war.txt"}
OUT = ROOT / "tests/fixtures/formats"
GOLD = ROOT / "tests/fixtures/young-2019.gold.json"
EPOCH = "1700000000"
FONTS = ["-V", "mainfont=DejaVu Serif", "-V", "CJKmainfont=Noto Serif CJK JP", "-V", "geometry=margin=2.5cm",
         "-V", "fontsize=11pt"]
# xeCJK takes curly quotes and dashes for CJK punctuation and drops the spaces around them, and
# puts a visible space between CJK and Latin characters that the source does not have.
LATEX_HEADER = ("\\xeCJKDeclareCharClass{Default}{\"2013,\"2014,\"2018,\"2019,\"201C,\"201D,\"2026,\"00B7}\n"
                "\\xeCJKsetup{CJKecglue={\\hskip 0pt plus 0.08em}}\n"
                "\\Urlmuskip=0mu\n")                  # xurl stretches URLs into visible gaps
REFERENCE = re.compile(rf"[{SUPERSCRIPT_DIGITS}]+")
NOTE_LINE = re.compile(rf"^\s*[{SUPERSCRIPT_DIGITS}]+\s")


@dataclass
class Paper:
    """A bundled paper as body paragraphs (references kept as superscripts) and numbered notes."""

    body: list[str]
    notes: dict[int, str]


def split_paper(text: str) -> Paper:
    """The body paragraphs (no note paragraphs, running heads or page-break continuations) and the notes."""
    notes = {n.number: n.text for n in extract_notes(text)[0]}
    paragraphs = [" ".join(line.strip() for line in block.splitlines())
                  for block in re.split(r"\n\s*\n", text) if block.strip()]
    counts: dict[str, int] = {}
    for p in paragraphs:
        counts[p] = counts.get(p, 0) + 1
    body = []
    for p in paragraphs:
        if NOTE_LINE.match(p) or (counts[p] > 1 and len(p) < 150) or _continues_a_note(p, notes):
            continue
        if body and not re.search(r"[.!?:\"”)*]$", body[-1]) and p[:1].islower():
            body[-1] = f"{body[-1]} {p}"           # a paragraph cut by a page of notes
        else:
            body.append(p)
    return Paper(body, notes)


def _continues_a_note(paragraph: str, notes: dict[int, str]) -> bool:
    return not REFERENCE.search(paragraph) and any(t.endswith(" " + paragraph) for t in notes.values())


def markdown_escape(text: str) -> str:
    """Escape what pandoc Markdown would read as markup, keeping `*` emphasis and `<URL>` brackets.

    A bracketed URL becomes `\\<<URL>\\>`: literal brackets around a link, so
    that typesetting may break the URL at the end of a line.
    """
    parts = re.split(r"<(https?://[^<>\s]+)>", text)
    for i, part in enumerate(parts):
        parts[i] = f"\\<<{part}>\\>" if i % 2 else re.sub(r"([\\`_\[\]#$@|~^<>])", r"\\\1", part)
    return "".join(parts)


def to_markdown(paper: Paper) -> str:
    """Pandoc Markdown: body paragraphs with `[^N]` references, then the note definitions."""
    out = []
    for p in paper.body:
        p = markdown_escape(p)
        p = re.sub(r"^(\d+)\. ", r"\1\\. ", p)                      # a numbered heading, not a list
        p = REFERENCE.sub(lambda m: f"[^{superscript_number(m.group())}]"
                          if superscript_number(m.group()) in paper.notes else m.group(), p)
        out.append(p)
    for number, text in paper.notes.items():
        out.append(f"[^{number}]: {markdown_escape(text)}")
    return "\n\n".join(out) + "\n"


def run(*command: str, cwd: Path) -> None:
    """Run one converter; its own output is kept out of the way unless it fails."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")


def typeset(stem: str, paper: Paper, work: Path) -> None:
    """Write every fixture of one paper from its Markdown into `work`."""
    (work / f"{stem}.source.md").write_text(to_markdown(paper), encoding="utf-8")
    source = f"{stem}.source.md"
    pandoc = ["pandoc", "-f", "markdown-smart", source]
    run(*pandoc, "-t", "markdown-smart", "-o", f"{stem}.md", cwd=work)
    run(*pandoc, "-o", f"{stem}.docx", cwd=work)
    run(*pandoc, "-s", "--metadata", f"title={stem}", "-t", "html", "-o", f"{stem}.html", cwd=work)
    run(*pandoc, "-s", "-t", "tei", "-o", f"{stem}.tei.xml", cwd=work)
    run(*pandoc, "--metadata", f"title={stem}", "-t", "epub", "-o", f"{stem}.epub", cwd=work)
    (work / "header.tex").write_text(LATEX_HEADER, encoding="utf-8")
    run(*pandoc, "-s", "-t", "latex-smart", *FONTS, "-H", "header.tex", "-o", f"{stem}.tex", cwd=work)
    tex = (work / f"{stem}.tex").read_text(encoding="utf-8").replace("Ligatures=TeX,", "")   # straight quotes stay straight
    (work / f"{stem}.tex").write_text(tex, encoding="utf-8")
    (work / f"{stem}-endnotes.tex").write_text(with_endnotes(tex), encoding="utf-8")
    for name in (stem, f"{stem}-endnotes", f"{stem}-endnotes"):     # enotez needs two runs
        run("xelatex", "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex", cwd=work)
    run("soffice", "--headless", "--convert-to", "odt", f"{stem}.docx", cwd=work)
    (work / "lo").mkdir(exist_ok=True)
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", "lo", f"{stem}.docx", cwd=work)
    shutil.move(work / "lo" / f"{stem}.pdf", work / f"{stem}-libreoffice.pdf")
    run("pdftotext", f"{stem}.pdf", f"{stem}.pdftotext.txt", cwd=work)
    run("pdftotext", "-layout", f"{stem}.pdf", f"{stem}.pdftotext-layout.txt", cwd=work)


def with_endnotes(tex: str) -> str:
    """The same LaTeX with every footnote an endnote, printed under `Notes` at the end."""
    tex = tex.replace("\\begin{document}", "\\usepackage{enotez}\n\\let\\footnote=\\endnote\n\\begin{document}", 1)
    return tex.replace("\\end{document}", "\\printendnotes\n\\end{document}", 1)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PACKAGE = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.footnotes+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'),
    "word/_rels/document.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/></Relationships>'),
}


def write_zotero_docx(target: Path) -> None:
    """Young's paper as a .docx whose notes hold Zotero citation fields made from the gold graph."""
    paper = split_paper(PAPERS["young-2019"].read_text(encoding="utf-8"))
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    references = {r["id"]: r for r in gold["references"]}
    item_ids = {ref_id: n for n, ref_id in enumerate(references, start=1)}
    footnotes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']
    for note in gold["documents"][0]["notes"]:
        items = [zotero_item(c, references[c["ref"]], item_ids[c["ref"]]) for c in note["citations"]]
        footnotes.append(f'<w:footnote w:id="{note["number"]}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                         f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
                         f'{field_runs(note, items)}</w:p></w:footnote>')
    body = "".join(f"<w:p>{body_runs(p)}</w:p>" for p in paper.body)
    parts = dict(PACKAGE)
    parts["word/document.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    parts["word/footnotes.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">{"".join(footnotes)}</w:footnotes>'
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts.items():
            package.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED)


def zotero_item(citation: dict, reference: dict, item_id: int) -> dict:
    """One `citationItems` entry as Zotero writes it: the item's CSL-JSON, locator, label, prefix."""
    data = {k: v for k, v in reference.items() if not k.startswith("_") and k != "id"}
    item = {"id": item_id, "uris": [f"http://zotero.org/users/local/nkcite/items/ITEM{item_id:04d}"],
            "itemData": {"id": item_id, **data}}
    for key in ("locator", "label", "prefix"):
        if citation.get(key):
            item[key] = citation[key]
    return item


def field_runs(note: dict, items: list[dict]) -> str:
    """The note's text as runs; with items, inside one Zotero field whose instruction holds them."""
    runs = text_runs(note["text"])
    if not items:
        return runs
    plain = note["text"].replace("*", "")
    citation = {"citationID": f"nkcite{note['number']:03d}",
                "properties": {"formattedCitation": plain, "plainCitation": plain, "noteIndex": note["number"]},
                "citationItems": items,
                "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
    instruction = " ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(citation, ensure_ascii=False) + " "
    pieces = [instruction[i:i + 255] for i in range(0, len(instruction), 255)]   # Word splits long codes
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + "".join(f'<w:r><w:instrText xml:space="preserve">{xml_text(p)}</w:instrText></w:r>' for p in pieces)
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + runs
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def text_runs(text: str) -> str:
    """`*...*` spans as italic runs, the rest as plain runs."""
    out = []
    for i, part in enumerate(re.split(r"\*([^*]+)\*", text)):
        if part:
            props = "<w:rPr><w:i/></w:rPr>" if i % 2 else ""
            out.append(f'<w:r>{props}<w:t xml:space="preserve">{xml_text(part)}</w:t></w:r>')
    return "".join(out)


def body_runs(paragraph: str) -> str:
    """A body paragraph with each superscript reference a footnote reference."""
    out, last = [], 0
    for m in REFERENCE.finditer(paragraph):
        out.append(text_runs(paragraph[last:m.start()]))
        out.append(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                   f'<w:footnoteReference w:id="{superscript_number(m.group())}"/></w:r>')
        last = m.end()
    out.append(text_runs(paragraph[last:]))
    return "".join(out)


def xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


FIXTURES = [".md", ".docx", ".odt", ".html", ".tei.xml", ".epub", ".tex", ".pdf", "-endnotes.pdf",
            "-libreoffice.pdf", ".pdftotext.txt", ".pdftotext-layout.txt"]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for stem, path in PAPERS.items():
            typeset(stem, split_paper(path.read_text(encoding="utf-8")), work)
            for suffix in FIXTURES:
                shutil.copyfile(work / f"{stem}{suffix}", OUT / f"{stem}{suffix}")
    write_zotero_docx(OUT / "young-2019-zotero.docx")
    run("qpdf", "--empty", "--pages", str(OUT / "young-2019.pdf"), "2", "--", "page.pdf", cwd=OUT)
    run("qpdf", "--encrypt", "secret", "secret", "256", "--", "page.pdf", "encrypted.pdf", cwd=OUT)
    (OUT / "page.pdf").unlink()
    print(f"wrote {len(FIXTURES) * len(PAPERS) + 2} fixtures to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
