import socket
import struct
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler

import pytest

from tests.local_server import QuietHTTPServer


class _Endless(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/bug":
            raise ValueError("a real bug in the test's handler")
        self.send_response(200)
        self.send_header("Content-Length", str(1 << 30))
        self.end_headers()
        for _ in range(1 << 14):  # 1 GiB in 64 KiB writes: the client has hung up long before
            self.wfile.write(b"x" * 65536)


def _served(request) -> None:
    server = QuietHTTPServer(("127.0.0.1", 0), _Endless)
    server.daemon_threads = False  # server_close then waits for every handler, and its error, to finish
    threading.Thread(target=server.serve_forever, daemon=True).start()
    request(server.server_address[1])
    server.shutdown()
    server.server_close()


def test_a_client_hanging_up_early_prints_nothing(capfd):
    def hang_up(port):
        with socket.create_connection(("127.0.0.1", port)) as s:
            s.sendall(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
            s.recv(1024)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # a reset, as a cap does

    _served(hang_up)
    assert capfd.readouterr().err == ""


def test_an_error_in_a_handler_is_still_printed(capfd):
    def ask(port):
        with pytest.raises((urllib.error.URLError, ConnectionError)):  # the server hangs up, answering nothing
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bug", timeout=10)

    _served(ask)
    err = capfd.readouterr().err
    assert "Exception occurred during processing of request" in err
    assert "ValueError: a real bug in the test's handler" in err
