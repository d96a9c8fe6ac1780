"""The HTTP server the tests serve files and answers from, on 127.0.0.1."""

from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer


class QuietHTTPServer(ThreadingHTTPServer):
    """A threading server that says nothing when a client hangs up early.

    A test whose client stops reading (a size cap, a deadline) leaves the handler writing into a closed socket;
    socketserver then printed "Exception occurred during processing of request from ('127.0.0.1', …)" and a
    traceback into the test's output, as if something had failed. Any other error in a handler is still printed.
    """

    daemon_threads = True

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


def serve(handler_class) -> tuple[QuietHTTPServer, str]:
    """Start a server for `handler_class` on a free port; return it and its base URL."""
    server = QuietHTTPServer(("127.0.0.1", 0), handler_class)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
