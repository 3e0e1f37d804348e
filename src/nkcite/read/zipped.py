"""Reading, ZIP containers: the bytes of a .docx, .odt or .epub -> its parts, bounded in size.

    open_zip(data, "paper.docx") -> ZipFile;  zip_kind(...) -> "docx";  member(...) -> b"<w:document ..."

The kind comes from the members (`word/document.xml`, an OpenDocument
`mimetype`, an EPUB `mimetype` or container), never from the name. A part
larger than the input limit (a ZIP bomb) is refused, as is a ZIP that holds
none of these formats. XML parts are parsed without network access, entity
expansion or DTDs (`parse_xml`).
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree

from ..errors import InputError
from .source import max_input_bytes, too_large

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                          remove_comments=True)


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """Open a ZIP container, or say in one line that it is damaged."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InputError(f"{name}: is a damaged ZIP file (a .docx, .odt or .epub that cannot be opened)") from None


def zip_kind(archive: zipfile.ZipFile, name: str) -> str:
    """`docx`, `odt` or `epub` from the container's members."""
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return "docx"
    mimetype = member(archive, "mimetype", name).strip() if "mimetype" in names else b""
    if mimetype == b"application/vnd.oasis.opendocument.text" or (not mimetype and "content.xml" in names):
        return "odt"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        kind = mimetype.decode("ascii", "replace").rsplit(".", 1)[-1]
        raise InputError(f"{name}: is an OpenDocument {kind} file, not a text document (.odt)")
    if mimetype == b"application/epub+zip" or "META-INF/container.xml" in names:
        return "epub"
    if not names:
        raise InputError(f"{name}: is an empty ZIP file")
    raise InputError(f"{name}: is a ZIP archive, not a Word (.docx), OpenDocument (.odt) or EPUB file")


def member(archive: zipfile.ZipFile, path: str, name: str) -> bytes:
    """The bytes of one member, refused past the input size limit."""
    try:
        info = archive.getinfo(path)
        if info.file_size > max_input_bytes():
            raise too_large(name, f"its part {path} is")
        with archive.open(info) as stream:
            data = stream.read(max_input_bytes() + 1)
    except KeyError:
        raise InputError(f"{name}: is damaged (its part {path} is missing)") from None
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise InputError(f"{name}: is damaged (its part {path} cannot be read: {exc})") from None
    if len(data) > max_input_bytes():
        raise too_large(name, f"its part {path} is")
    return data


def parse_xml(data: bytes, name: str, path: str) -> etree._Element:
    """Parse an XML part safely, or say in one line that it is damaged."""
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: is damaged (its part {path} is not well-formed XML: {exc.msg})") from None
