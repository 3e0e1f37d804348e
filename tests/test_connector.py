"""Pushing to Zotero: the request a loopback stand-in for Zotero's connector receives."""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from click.testing import CliRunner

from nkcite import parse_files
from nkcite.cli import main
from nkcite.connector import push
from nkcite.errors import ZoteroError
from nkcite.formats import render

from .conftest import YOUNG


class Recorder(BaseHTTPRequestHandler):
    """Answers as Zotero's /connector/import does: 201 and one JSON item per
    CSL item (403 without the connector header), and records the request."""

    requests: list[dict] = []
    status = 201

    def do_POST(self):   # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Recorder.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
        if "X-Zotero-Connector-API-Version" not in self.headers:
            self.send_response(403)
            self.end_headers()
            return
        answer = json.dumps([{"itemType": "book"}] * len(json.loads(body))).encode() if self.status == 201 else b""
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def zotero():
    Recorder.requests, Recorder.status = [], 201
    server = HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_body_is_the_zotero_export(zotero):
    graph = parse_files([YOUNG])
    assert push(graph, zotero) == len(graph.references)
    [request] = Recorder.requests
    assert request["path"].startswith("/connector/import?session=")
    assert request["headers"]["x-zotero-connector-api-version"] == "3"
    assert request["headers"]["content-type"] == "text/plain; charset=utf-8"
    assert request["body"].decode("utf-8") == render(graph, "zotero")
    items = json.loads(request["body"])
    assert all(item["citation-key"] == item["id"] for item in items)


def test_each_push_is_a_new_session(zotero):
    graph = parse_files([YOUNG])
    push(graph, zotero)
    push(graph, zotero)
    assert len({r["path"] for r in Recorder.requests}) == 2


def test_the_cli_pushes_a_library(zotero, tmp_path):
    library = str(tmp_path / "refs.sqlite")
    assert CliRunner().invoke(main, ["add", str(YOUNG), "--library", library]).exit_code == 0
    result = CliRunner().invoke(main, ["zotero", "--library", library, "--port", str(zotero)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "sent 34 works to Zotero; it imported 34 items\n"


def test_zotero_not_running_is_a_one_line_error():
    port = free_port()
    with pytest.raises(ZoteroError, match=f"Zotero is not running \\(nothing answers at 127.0.0.1:{port}\\)"):
        push(parse_files([YOUNG]), port)


@pytest.mark.parametrize("status, message", [
    pytest.param(400, "no import translator accepted the data", id="no translator"),
    pytest.param(500, "HTTP 500", id="server error"),
])
def test_a_refusal_is_a_one_line_error(zotero, status, message):
    Recorder.status = status
    with pytest.raises(ZoteroError, match=message):
        push(parse_files([YOUNG]), zotero)
