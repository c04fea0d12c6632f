"""Shared fixtures for the browser and site tests.

The generator is built once (release) by `make test` before pytest runs; these fixtures build
sites with it, serve them on a free loopback port and drive headless Chromium through Selenium.
"""
import functools
import http.server
import json
import os
import pathlib
import shutil
import socket
import subprocess
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

REPO = pathlib.Path(__file__).resolve().parent.parent
BIN = REPO / ".build" / "release" / "meedoenwijzer"
FIXTURE_CONTENT = REPO / "Tests" / "Fixtures" / "content"
VECTORS = REPO / "Tests" / "vectors"
ARTIFACTS = REPO / "test-artifacts"


def build_site(content, output):
    result = subprocess.run([str(BIN), "build", "--content", str(content), "--templates", str(REPO / "templates"),
                             "--output", str(output)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return pathlib.Path(output)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory):
    """The site built from content/."""
    return build_site(REPO / "content", tmp_path_factory.mktemp("real") / "site")


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory):
    """The site built from the small fixture content tree."""
    return build_site(FIXTURE_CONTENT, tmp_path_factory.mktemp("fixture") / "site")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".webmanifest": "application/manifest+json", ".json": "application/json"}

    def log_message(self, *args):
        pass


class Server:
    def __init__(self, directory):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        handler = functools.partial(QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.port}/"

    def stop(self):
        self.httpd.shutdown()


@pytest.fixture(scope="session")
def real_server(real_site):
    server = Server(real_site)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def fixture_server(fixture_site):
    server = Server(fixture_site)
    yield server
    server.stop()


def make_driver(width=1280, height=900, dark=False):
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    if dark:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    if width < 500:
        # Chrome windows are at least 500 px wide; emulate a phone screen for narrower widths.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True})
    return driver


@pytest.fixture(scope="session")
def driver():
    d = make_driver()
    yield d
    d.quit()


def console_errors(driver):
    """Severe console messages since the last call (ignores favicon misses on file://)."""
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]


def load_json(path):
    return json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
