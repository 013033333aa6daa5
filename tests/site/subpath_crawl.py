#!/usr/bin/env python3
"""Serves a built site under a subpath and crawls it, as GitHub Pages serves
a project site (https://user.github.io/repo/).

usage: subpath_crawl.py SITE_DIR

Copies SITE_DIR to a temporary www/repo/, serves www/ with Python's
http.server on 127.0.0.1 (a free port), follows every internal href and src
from /repo/index.html and fails on: a response other than 200, a link that
leaves /repo/, a link to a folder, a #fragment with no such id on its page.
Standard library only. Last line: "subpath: N problems in P pages".
"""

import functools
import html.parser
import http.server
import shutil
import sys
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

PREFIX = "/repo/"


class Page(html.parser.HTMLParser):
    """The links and ids of one HTML page."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value:
                self.links.append(value)


def crawl(base):
    problems = []
    pages = {}  # path -> Page, for HTML pages
    fragments = []  # (from page, path, fragment)
    queue = [urllib.parse.urlsplit(base + "index.html").path]
    seen = set(queue)
    while queue:
        path = queue.pop()
        url = urllib.parse.urljoin(base, path)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                kind = response.headers.get_content_type()
                body = response.read()
        except urllib.error.HTTPError as error:
            problems.append(f"{path}: HTTP {error.code}")
            continue
        if kind != "text/html":
            continue
        page = Page()
        page.feed(body.decode("utf-8"))
        pages[path] = page
        for link in page.links:
            target = urllib.parse.urlsplit(urllib.parse.urljoin(url, link))
            if target.scheme not in ("http", "https") or target.netloc != urllib.parse.urlsplit(base).netloc:
                continue  # mailto:, or a page elsewhere on the web
            if not target.path.startswith(PREFIX):
                problems.append(f"{path}: {link} leaves {PREFIX}")
                continue
            if target.path.endswith("/") and not link.startswith("#"):
                problems.append(f"{path}: {link} names a folder, which file:// cannot open")
            if target.fragment:
                fragments.append((path, target.path, target.fragment))
            if target.path not in seen:
                seen.add(target.path)
                queue.append(target.path)
    for source, path, fragment in fragments:
        page = pages.get(path)
        if page is not None and urllib.parse.unquote(fragment) not in page.ids:
            problems.append(f"{source}: no id {fragment} on {path}")
    return problems, len(pages)


def main():
    if len(sys.argv) != 2 or not Path(sys.argv[1], "index.html").is_file():
        print("usage: subpath_crawl.py SITE_DIR (a built site with index.html)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        www = Path(tmp, "www")
        shutil.copytree(sys.argv[1], www / PREFIX.strip("/"))
        handler = functools.partial(QuietHandler, directory=str(www))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
            problems, pages = crawl(base)
        finally:
            server.shutdown()
            server.server_close()
    for problem in problems:
        print(problem)
    print(f"subpath: {len(problems)} problems in {pages} pages")
    return 1 if problems or pages < 2 else 0


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


if __name__ == "__main__":
    sys.exit(main())
