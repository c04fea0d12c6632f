"""Offline and on paper: service worker precache, offline reloads, file:// use, printing to PDF,
the print list, and the "not checked recently" warning."""
import base64
import re
import io
import time

import pytest
from pypdf import PdfReader
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import console_errors, load_json, make_driver


def test_pages_work_offline_after_one_visit(real_server, real_site):
    driver = make_driver()
    try:
        driver.get(real_server.url + "index.html")
        WebDriverWait(driver, 30).until(lambda d: d.execute_script(
            "return !!(navigator.serviceWorker && navigator.serviceWorker.controller) ||"
            " (window.__swReady = window.__swReady || navigator.serviceWorker.ready.then(function(){ window.__swOk = true; }), !!window.__swOk)"))
        # Wait until the precache is complete (install finished: the worker is active).
        WebDriverWait(driver, 60).until(lambda d: d.execute_script(
            "return navigator.serviceWorker.controller !== null || (navigator.serviceWorker.ready && true)"))
        driver.refresh()
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return navigator.serviceWorker.controller !== null"))
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        for path, expect in [("sociale-kaart/voorbeeldstad/index.html", "Voorbeeldstad"),
                             ("sociale-kaart/voorbeeldstad/print.html", "Print deze lijst"),
                             ("keuzehulp.html", "Keuzehulp"),
                             ("zoeken.html", "Zoeken"),
                             ("aanpakken/index.html", "Aanpakken")]:
            driver.get(real_server.url + path)
            text = driver.find_element(By.TAG_NAME, "body").text
            assert expect.lower() in (text + driver.title).lower(), path
            assert "Inhoud bijgewerkt tot" in text, path
        # Keuzehulp works offline too.
        driver.get(real_server.url + "keuzehulp.html")
        driver.find_element(By.ID, "basis--niet-op-orde").click()
        assert "bij dit profiel" in driver.find_element(By.ID, "advies-status").text
    finally:
        driver.quit()


def test_web_app_manifest_over_http_only(driver, real_site, real_server):
    """Over HTTP the page links its manifest, which the browser reads (installable); from disk it
    has none, as browsers refuse a manifest from file:// with an error on every page."""
    driver.get(real_server.url + "sociale-kaart/index.html")
    href = driver.execute_script("var l = document.querySelector('link[rel=manifest]'); return l && l.href")
    assert href == real_server.url + "manifest.webmanifest"
    manifest = driver.execute_async_script(
        "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { return r.json(); }).then(done, function () { done(null); });", href)
    assert manifest and manifest["start_url"] and manifest["icons"]
    console_errors(driver)
    driver.get((real_site / "sociale-kaart" / "index.html").as_uri())
    assert driver.execute_script("return document.querySelector('link[rel=manifest]')") is None
    assert console_errors(driver) == []


def test_sociale_kaart_from_disk_with_filter(driver, real_site):
    driver.get((real_site / "sociale-kaart" / "voorbeeldstad" / "index.html").as_uri())
    items = driver.find_elements(By.CSS_SELECTOR, ".kaart-item")
    assert len(items) >= 30
    Select(driver.find_element(By.ID, "kaart-soort")).select_by_value("schuldhulpverlening")
    visible = [i for i in items if i.is_displayed()]
    assert 0 < len(visible) < len(items)
    assert "van" in driver.find_element(By.ID, "kaart-filter-status").text
    Select(driver.find_element(By.ID, "kaart-soort")).select_by_value("")
    driver.find_element(By.ID, "kaart-tekst").send_keys("voedsel")
    visible = [i for i in items if i.is_displayed()]
    assert len(visible) >= 1 and all("oedsel" in i.text or "oedsel" in (i.get_attribute("data-tekst") or "") for i in visible)
    # Links on the page open files, also from disk.
    link = driver.find_element(By.CSS_SELECTOR, ".kaart-item a").get_attribute("href")
    driver.get(link)
    assert "Gegevens laatst gecontroleerd" in driver.find_element(By.TAG_NAME, "body").text
    assert console_errors(driver) == []


def pdf_text(driver, url):
    driver.get(url)
    time.sleep(0.3)
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False})
    reader = PdfReader(io.BytesIO(base64.b64decode(pdf["data"])))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_print_gemeente_list_to_pdf_contains_entries(driver, real_site, real_server):
    reader, text = pdf_text(driver, real_server.url + "sociale-kaart/voorbeeldstad/print.html")
    index = load_json(real_site / "index.json")
    entries = [d for d in index["documenten"] if d["type"] == "voorziening" and d.get("gemeente") == "voorbeeldstad"]
    flat = " ".join(text.split())
    squeezed = re.sub(r"[\s\-‐]", "", text)   # names may wrap at a hyphen in the table
    missing = [d["titel"] for d in entries if re.sub(r"[\s\-]", "", d["titel"]) not in squeezed]
    assert missing == []
    assert "0123 45 67" in flat and "Gegevens bijgewerkt tot" in flat and "Geprint op" in flat
    assert "Voorbeeldgegevens" in flat
    assert "Zoeken" not in flat.split("Sociale kaart")[0]  # the site header is not printed
    assert len(reader.pages) <= 4
    # A list per soort: the same sheet with one soort chosen.
    reader, text = pdf_text(driver, real_server.url + "sociale-kaart/voorbeeldstad/print.html?soort=voedselbank")
    squeezed = re.sub(r"[\s\-‐]", "", text)
    assert "Voedselbank" in text and "Alleen: Voedselbank" in text
    assert all(re.sub(r"[\s\-]", "", d["titel"]) not in squeezed for d in entries if d["velden"]["soort"] != "voedselbank")
    assert len(reader.pages) == 1


def test_patient_handout_fits_one_page(driver, real_site, real_server):
    index = load_json(real_site / "index.json")
    doc = next(d for d in index["documenten"] if d["type"] == "voorziening" and d["velden"].get("telefoon"))
    driver.get(real_server.url + doc["url"])
    driver.execute_script("document.body.classList.add('print-folder')")   # what the print button does
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69})
    reader = PdfReader(io.BytesIO(base64.b64decode(pdf["data"])))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) == 1
    assert doc["velden"]["telefoon"] in text and "Voor wie?" in text and "Wat kost het?" in text
    assert "Zoeken" not in text and "Werkzame elementen" not in text   # only the handout
    assert driver.find_element(By.CSS_SELECTOR, "[data-print-folder]").is_displayed()


def test_stale_and_closed_notices(driver, real_site, fixture_site):
    index = load_json(fixture_site / "index.json")
    docs = [d for d in index["documenten"] if d["type"] == "voorziening"]
    stale = next(d for d in docs if d["velden"]["laatst_gecontroleerd"] < "2025-01-01")
    driver.get((fixture_site / stale["url"]).as_uri())
    assert driver.find_element(By.CSS_SELECTOR, ".notice-stale").is_displayed()
    assert "Opgeheven" in driver.find_element(By.CSS_SELECTOR, ".notice-warning").text
    index = load_json(real_site / "index.json")
    docs = [d for d in index["documenten"] if d["type"] == "voorziening"]
    fresh = next(d for d in docs if d["velden"]["laatst_gecontroleerd"] > "2026-06-01")
    closed = next(d for d in docs if d["velden"]["status"] == "tijdelijk-gesloten")
    driver.get((real_site / fresh["url"]).as_uri())
    assert not driver.find_element(By.CSS_SELECTOR, ".notice-stale").is_displayed()
    driver.get((real_site / closed["url"]).as_uri())
    assert "Tijdelijk gesloten" in driver.find_element(By.CSS_SELECTOR, ".notice-warning").text
    assert "Voorbeeldgegevens" in driver.find_element(By.CSS_SELECTOR, ".notice-demo").text


def test_new_build_replaces_the_offline_cache(tmp_path):
    import shutil
    from conftest import FIXTURE_CONTENT, Server, build_site
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    site = build_site(content, tmp_path / "site")
    server = Server(tmp_path / "site")
    driver = make_driver()
    try:
        driver.get(server.url + "aanpakken/rustpunt.html")
        WebDriverWait(driver, 30).until(lambda d: d.execute_script("return navigator.serviceWorker.controller !== null") or d.refresh())
        first = driver.execute_script("return caches.keys()")
        assert len(first) == 1
        page = content / "aanpakken" / "rustpunt.md"
        page.write_text(page.read_text(encoding="utf-8").replace("Rustpunt brengt rust", "Rustpunt brengt nu meer rust"), encoding="utf-8")
        build_site(content, site)
        def updated(d):
            d.refresh()
            return "nu meer rust" in d.find_element(By.TAG_NAME, "main").text
        WebDriverWait(driver, 60, poll_frequency=3).until(updated)   # the new worker precaches, then takes over
        keys = driver.execute_script("return caches.keys()")
        assert len(keys) == 1 and keys != first
    finally:
        driver.quit()
        server.stop()


def test_zip_for_use_without_a_connection(tmp_path):
    import subprocess
    import zipfile
    from conftest import BIN, FIXTURE_CONTENT, REPO
    out = tmp_path / "site"
    archive = tmp_path / "meedoenwijzer.zip"
    subprocess.run([str(BIN), "build", "--content", str(FIXTURE_CONTENT), "--templates", str(REPO / "templates"),
                    "--output", str(out), "--zip", str(archive)], check=True, capture_output=True)
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
        assert "site/index.html" in names and "site/sociale-kaart/teststad/index.html" in names
        z.extractall(tmp_path / "unpacked")
    driver = make_driver()
    try:
        driver.get((tmp_path / "unpacked" / "site" / "sociale-kaart" / "teststad" / "index.html").as_uri())
        assert "Schuldhulp Teststad" in driver.find_element(By.TAG_NAME, "main").text
        assert console_errors(driver) == []
    finally:
        driver.quit()
