#!/usr/bin/env python3
"""A small HTTP server for dateline's network tests (standard library only).

Binds 127.0.0.1 on a free port, prints the port on its first line of
standard output, and stops by itself after LIFETIME seconds (first argument,
default 120) so a test that dies cannot leave it behind. Every answer is made
here from invented text; nothing is proxied or fetched.

Paths:
  /article.txt       a wire story, text/plain; charset=utf-8
  /page.html         the same story as a small web page, text/html
  /hops/N            N redirects (302), then the story
  /to-file           a redirect to a file: URL
  /404, /500         errors with an HTML body
  /slow              headers, then a byte every half second for 20 s
  /endless           text/plain with no length, sent until the client stops
  /declared-huge     a Content-Length of 40 MB (no body is sent)
  /gzip              the story gzip-encoded (400 if the client does not
                     accept gzip)
  /latin1.txt        text/plain; charset=iso-8859-1, bytes in Latin-1
  /latin1.html       text/html; charset=iso-8859-1 in the header only
  /agent             a story naming the User-Agent the client sent
A request in proxy form ("GET http://host/path") is answered for its path.
"""
import gzip
import http.server
import socketserver
import sys
import threading
import time

STORY = """Ferry service returns to Lortane after week of storms

LORTANE, Spain (AP) \u2014 The first ferry in a week docked on Tuesday after
storms closed the small port.

"We waited long enough," said Tomas Werner, the harbour master. "The boats
are ready."

Werner said the timetable would be back to normal by Friday.
"""

LATIN1 = """N\u00fa\u00f1ez welcomes the ferry

CALDERA, Chile (AP) - Se\u00f1ora In\u00e9s N\u00fa\u00f1ez said the
crossing was calm. "It felt like summer," N\u00fa\u00f1ez said.
"""

PAGE = """<!DOCTYPE html>
<html><head><title>Ferry service returns</title></head>
<body><article><h1>Ferry service returns to Lortane</h1>
<p>LORTANE, Spain (AP) \u2014 The first ferry in a week docked on Tuesday
after storms closed the small port.</p>
<p>"We waited long enough," said Tomas Werner, the harbour master.</p>
</article></body></html>
"""

LATIN1_PAGE = """<!DOCTYPE html>
<html><head><title>N\u00fa\u00f1ez welcomes the ferry</title></head>
<body><article><h1>N\u00fa\u00f1ez welcomes the ferry</h1>
<p>CALDERA, Chile (AP) - Se\u00f1ora In\u00e9s N\u00fa\u00f1ez said the
crossing was calm.</p>
<p>"It felt like summer," N\u00fa\u00f1ez said.</p>
</article></body></html>
"""


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet: tests read their own output
        pass

    def send(self, code, ctype, body, extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send(302, "text/html", b"<p>moved</p>", [("Location", location)])

    def do_GET(self):
        p = self.path
        try:
            self.route(p)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self, p):
        utf8 = "text/plain; charset=utf-8"
        # A proxy's request names the whole URL: serve its path, so a test
        # can show that the client went through the proxy it was given.
        if p.startswith("http://"):
            p = "/" + p[len("http://"):].split("/", 1)[-1]
        if p == "/article.txt":
            self.send(200, utf8, STORY.encode())
        elif p == "/page.html":
            self.send(200, "text/html; charset=utf-8", PAGE.encode())
        elif p.startswith("/hops/"):
            n = int(p[len("/hops/"):] or 0)
            if n > 0:
                self.redirect("/hops/%d" % (n - 1))
            else:
                self.send(200, utf8, STORY.encode())
        elif p == "/to-file":
            self.redirect("file:///etc/hostname")
        elif p == "/404":
            self.send(404, "text/html", b"<h1>No such story</h1>")
        elif p == "/500":
            self.send(500, "text/html", b"<h1>Broken</h1>")
        elif p == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", utf8)
            self.send_header("Content-Length", "40")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.5)
        elif p == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", utf8)
            self.send_header("Connection", "close")
            self.end_headers()
            line = b"The tide rose and the tide fell again. " * 25 + b"\n\n"
            chunk = line * 64
            sent = 0
            # Bounded too: 200 MB, far past the 20 MB the client may take.
            while sent < (200 << 20):
                self.wfile.write(chunk)
                sent += len(chunk)
            self.close_connection = True
        elif p == "/declared-huge":
            self.send_response(200)
            self.send_header("Content-Type", utf8)
            self.send_header("Content-Length", str(40 << 20))
            self.end_headers()
            self.close_connection = True
        elif p == "/gzip":
            accept = self.headers.get("Accept-Encoding", "")
            if "gzip" not in accept:
                self.send(400, "text/plain", b"gzip not accepted")
            else:
                self.send(200, utf8, gzip.compress(STORY.encode()),
                          [("Content-Encoding", "gzip")])
        elif p == "/latin1.txt":
            self.send(200, "text/plain; charset=iso-8859-1",
                      LATIN1.encode("latin-1"))
        elif p == "/latin1.html":
            self.send(200, "text/html; charset=ISO-8859-1",
                      LATIN1_PAGE.encode("latin-1"))
        elif p == "/agent":
            agent = self.headers.get("User-Agent", "none")
            body = ("Agent check\n\nPORTVALE (AP) \u2014 The server was "
                    "asked by %s today.\n" % agent)
            self.send(200, utf8, body.encode())
        else:
            self.send(404, "text/html", b"<h1>No such path</h1>")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    lifetime = float(sys.argv[1]) if len(sys.argv) > 1 else 120.0
    srv = Server(("127.0.0.1", 0), Handler)
    print(srv.server_address[1], flush=True)
    timer = threading.Timer(lifetime, srv.shutdown)
    timer.daemon = True
    timer.start()
    srv.serve_forever()
    srv.server_close()


if __name__ == "__main__":
    main()
