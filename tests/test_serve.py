"""`meedoenwijzer serve`: live preview on loopback, rebuild on save, reload signal, error overlay."""
import json
import shutil
import socket
import subprocess
import time
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BIN, FIXTURE_CONTENT, REPO


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def get(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.status, r.read().decode("utf-8")


@pytest.fixture()
def served(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    port = free_port()
    proc = subprocess.Popen([str(BIN), "serve", "--content", str(content), "--templates", str(templates), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/"
    for _ in range(200):
        try:
            get(base + "__mw/status", timeout=1)
            break
        except OSError:
            time.sleep(0.05)
    yield base, content, templates, proc
    proc.terminate()
    try:
        proc.wait(timeout=3)
    except subprocess.TimeoutExpired:  # a browser may still hold a long-poll request open
        proc.kill()
        proc.wait(timeout=5)


def status(base, since=None):
    return json.loads(get(base + "__mw/status" + ("" if since is None else f"?since={since}"))[1])


def test_serve_rebuilds_on_save_and_signals_reload(served):
    base, content, _, proc = served
    code, page = get(base + "aanpakken/rustpunt.html")
    assert code == 200 and "Rustpunt" in page and "/__mw/live.js" in page
    version = status(base)["version"]
    path = content / "aanpakken" / "rustpunt.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Rustpunt brengt rust", "Rustpunt brengt veel rust"), encoding="utf-8")
    new = status(base, since=version)          # long poll returns when the rebuild is published
    assert new["version"] > version and new["errors"] == []
    assert "Rustpunt brengt veel rust" in get(base + "aanpakken/rustpunt.html")[1]
    # The offline service worker is switched off while previewing.
    assert "unregister" in get(base + "sw.js")[1]


def test_serve_shows_errors_and_keeps_last_good_site(served):
    base, content, _, _ = served
    version = status(base)["version"]
    path = content / "lessen" / "neem-de-tijd.md"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("thema: vertrouwen", "thema: vertrouwn"), encoding="utf-8")
    broken = status(base, since=version)
    assert broken["errors"] and "lessen/neem-de-tijd.md:5:8: error:" in broken["errors"][0]
    assert "Bedoel je 'vertrouwen'?" in broken["errors"][0]
    assert "Neem de tijd" in get(base + "lessen/neem-de-tijd.html")[1]   # last good version still served
    path.write_text(good, encoding="utf-8")
    fixed = status(base, since=broken["version"])
    assert fixed["errors"] == []


def test_overlay_and_reload_in_the_browser(served, driver):
    base, content, _, _ = served
    driver.get(base + "werkzame-elementen/persoonlijke-aandacht.html")
    driver.execute_script("window.__marker = 1")
    path = content / "werkzame-elementen" / "persoonlijke-aandacht.md"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("categorie: relatie-en-houding", "categorie: onbekend"), encoding="utf-8")
    overlay = WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.ID, "mw-error-overlay"))[0]
    assert "persoonlijke-aandacht.md" in overlay.text and "fout" in overlay.text
    path.write_text(good.replace("Aandacht voor de mens.", "Aandacht voor de hele mens."), encoding="utf-8")
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return window.__marker === undefined"))   # reloaded
    assert "Aandacht voor de hele mens." in driver.find_element(By.TAG_NAME, "main").text
    assert not driver.find_elements(By.ID, "mw-error-overlay")


def test_serve_binds_to_loopback_only(served):
    base, _, _, _ = served
    port = int(base.rsplit(":", 1)[1].strip("/"))
    addresses = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)} - {"127.0.0.1", "127.0.1.1"}
    for address in addresses:
        with pytest.raises(OSError):
            socket.create_connection((address, port), timeout=1).close()


def test_serve_patches_edits_and_rebuilds_the_rest(served):
    """Edits of existing documents take the fast path (a patch); a new title or a new file a full rebuild."""
    base, content, _, proc = served
    version = status(base)["version"]
    # An editor that saves through a hidden temporary file and a rename.
    path = content / "aanpakken" / "rustpunt.md"
    temporary = path.with_name(".rustpunt.md.tmp")
    temporary.write_text(path.read_text(encoding="utf-8").replace("In drie fasen.", "In drie korte fasen."), encoding="utf-8")
    temporary.replace(path)
    version = status(base, since=version)["version"]
    assert "In drie korte fasen." in get(base + "aanpakken/rustpunt.html")[1]

    # A new title shows on the page and on every list (full rebuild).
    path = content / "aanpakken" / "werkstap.md"
    path.write_text(path.read_text(encoding="utf-8").replace('titel: "Werkstap"', 'titel: "Werkstap Plus"'), encoding="utf-8")
    version = status(base, since=version)["version"]
    assert "Werkstap Plus" in get(base + "aanpakken/werkstap.html")[1]
    assert "Werkstap Plus" in get(base + "aanpakken/index.html")[1]

    # A new document appears (full rebuild) and can then be patched like any other.
    new = content / "paginas" / "colofon.md"
    new.write_text('---\ntitel: "Colofon"\nsamenvatting: "Wie maakt dit."\n---\nEerste versie.\n', encoding="utf-8")
    version = status(base, since=version)["version"]
    assert "Eerste versie." in get(base + "colofon.html")[1]
    new.write_text('---\ntitel: "Colofon"\nsamenvatting: "Wie maakt dit."\n---\nTweede versie.\n', encoding="utf-8")
    status(base, since=version)
    assert "Tweede versie." in get(base + "colofon.html")[1]

    # Three quick edits of a summary: the indexes follow, built one at a time, and end with the
    # last edit (an older build that finishes later must not win).
    path = content / "aanpakken" / "rustpunt.md"
    text = path.read_text(encoding="utf-8")
    for word in ("eerste", "tweede", "laatste"):
        path.write_text(text.replace("eerst rust brengt", f"rust brengt ({word})"), encoding="utf-8")
        time.sleep(0.3)
    deadline = time.time() + 30
    while time.time() < deadline and "rust brengt (laatste)" not in get(base + "index.json")[1]:
        time.sleep(0.2)
    time.sleep(1)
    index = get(base + "index.json")[1]
    assert "rust brengt (laatste)" in index and "rust brengt (tweede)" not in index

    proc.terminate()
    log = proc.communicate(timeout=10)[0]
    assert log.count("Bijgewerkt: zichtbaar na") >= 3, log   # the two patches, then the summaries
    assert log.count("Gebouwd: zichtbaar na") == 3, log      # first build, new title, new file
