"""Search in a real browser: results as you type, highlighted snippets, filters with counts,
shareable URLs, keyboard use, file:// mode, no console errors; and the CLI `zoek` gives the same
top results as the browser."""
import re
import subprocess
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BIN, console_errors


def results(driver, timeout=10):
    WebDriverWait(driver, timeout).until(lambda d: "resultat" in d.find_element(By.ID, "search-status").text)
    time.sleep(0.15)
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li a")]


def type_query(driver, text):
    box = driver.find_element(By.ID, "search-input")
    box.clear()
    box.send_keys(text)
    WebDriverWait(driver, 10).until(lambda d: text in d.find_element(By.ID, "search-status").text)
    return results(driver)


def cli_top(site, query, n=5):
    out = subprocess.run([str(BIN), "zoek", query, "--site", str(site), "--limit", str(n)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\d+\. \[[^\]]+\] .* \(([^,]+), score", out, re.M)


@pytest.mark.parametrize("mode", ["http", "file"])
def test_typing_gives_results_with_highlights(driver, real_site, real_server, mode):
    base = real_server.url if mode == "http" else real_site.as_uri() + "/"
    driver.get(base + "zoeken.html")
    hits = type_query(driver, "schulden")
    assert len(hits) >= 3
    marks = driver.find_elements(By.CSS_SELECTOR, "#search-results mark")
    assert marks and any(m.text.lower().startswith("schuld") for m in marks)
    status = driver.find_element(By.ID, "search-status")
    assert status.get_attribute("role") == "status" and "resultaten voor" in status.text
    # Stemming: "schulden" and "schuld" both find the debt counselling kind of service.
    assert any("schuldhulpverlening" in h for h in hits)
    assert console_errors(driver) == []


def test_prefix_compound_and_typo(driver, real_server):
    driver.get(real_server.url + "zoeken.html")
    assert any("schuldhulpverlening" in h for h in type_query(driver, "schuld"))   # compound by prefix
    assert type_query(driver, "vrijwiligerswerk")                                   # one typo
    assert type_query(driver, "financiele")                                         # accent folding
    assert console_errors(driver) == []


def test_filters_have_counts_and_narrow_results(driver, real_server):
    driver.get(real_server.url + "zoeken.html?q=hulp")
    before = results(driver)
    boxes = driver.find_elements(By.CSS_SELECTOR, "#search-filters input[type=checkbox]")
    assert boxes
    labels = driver.find_element(By.ID, "search-filters").text
    assert re.search(r"\(\d+\)|\d+", labels)
    target = next(b for b in boxes if b.get_attribute("value") == "Voorziening")
    target.send_keys(Keys.SPACE)  # keyboard
    WebDriverWait(driver, 5).until(lambda d: "type=Voorziening" in d.current_url)
    after = results(driver)
    assert after and all("/sociale-kaart/" in h for h in after)
    # The URL is shareable: opening it restores query and filter.
    url = driver.current_url
    driver.get("about:blank")
    driver.get(url)
    assert results(driver) == after
    assert driver.find_element(By.ID, "search-input").get_attribute("value") == "hulp"
    assert console_errors(driver) == []


def test_header_search_box_leads_to_results(driver, real_server):
    driver.get(real_server.url + "aanpakken/index.html")
    box = driver.find_element(By.ID, "site-search-input")
    box.send_keys("eenzaamheid")
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: "zoeken.html" in d.current_url)
    assert results(driver)


@pytest.mark.parametrize("query", ["schulden", "vertrouwen klantmanager", "vrijwilligerswerk", "50-plus", "huisarts"])
def test_cli_gives_same_top_results_as_browser(driver, real_site, real_server, query):
    driver.get(real_server.url + "zoeken.html")
    browser = [h.replace(real_server.url, "") for h in type_query(driver, query)[:5]]
    assert browser == cli_top(real_site, query)


def test_search_shows_no_third_party_requests(driver, real_server):
    driver.get(real_server.url + "zoeken.html?q=werk")
    results(driver)
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(function (r) { return r.name; })")
    assert resources and all(r.startswith(real_server.url) for r in resources)
