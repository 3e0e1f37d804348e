"""Pushing a bibliography into a running Zotero desktop (its local connector).

graph -> the `zotero` CSL-JSON export -> `POST http://127.0.0.1:23119/connector/import`
-> the number of items Zotero made. Zotero picks its import translator for
the text and saves the items into the collection selected in its window;
no API key is involved and nothing leaves the machine. Standard library
`urllib` only.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid

from .errors import ZoteroError
from .formats.csljson import zotero_json
from .model import Graph

DEFAULT_PORT = 23119
CONNECTOR_API_VERSION = "3"
"""Zotero answers 403 to a connector request without this header."""
TIMEOUT = 600.0
"""Seconds to wait for Zotero to import (a large library takes a while)."""


def import_url(port: int = DEFAULT_PORT, session: str | None = None) -> str:
    """The connector's import address, with a fresh session id (Zotero refuses a reused one)."""
    return f"http://127.0.0.1:{port}/connector/import?session={session or uuid.uuid4().hex}"


def push(graph: Graph, port: int = DEFAULT_PORT) -> int:
    """Send the graph's references to Zotero; return how many items it imported.

    Raises ZoteroError (one line) when Zotero is not running or refuses.
    """
    body = zotero_json(graph).encode("utf-8")
    request = urllib.request.Request(import_url(port), data=body, method="POST", headers={
        "Content-Type": "text/plain; charset=utf-8",   # Zotero would parse application/json itself
        "X-Zotero-Connector-API-Version": CONNECTOR_API_VERSION,
    })
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            answer = response.read()
    except urllib.error.HTTPError as exc:
        raise ZoteroError(f"Zotero refused the import ({_refusal(exc.code, exc.read())})") from None
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        raise ZoteroError(f"Zotero is not running (nothing answers at 127.0.0.1:{port}); "
                          "start Zotero and try again") from None
    try:
        return len(json.loads(answer or b"[]"))
    except ValueError:
        raise ZoteroError("Zotero answered the import with something other than JSON") from None


def _refusal(status: int, body: bytes) -> str:
    """Why Zotero said no, from its status code."""
    reasons = {400: "no import translator accepted the data", 403: "connector request not allowed",
               409: "import session already in use"}
    if status == 500 and b"libraryEditable" in body:
        return "the selected library is read-only"
    return f"HTTP {status}: {reasons.get(status, 'unexpected answer')}"
