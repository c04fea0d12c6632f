"""Keuzehulp in the browser: the JavaScript recommender agrees with the Swift one (shared
vectors), the form gives advice with reasons, works from file:// and sends nothing."""
import json
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import VECTORS, console_errors, load_json


def test_javascript_recommender_matches_shared_vectors(driver, fixture_site):
    driver.get((fixture_site / "keuzehulp.html").as_uri())
    cases = load_json(VECTORS / "keuzehulp-profiles.json")["gevallen"]
    for case in cases:
        advice = driver.execute_script(
            "var a = MWRecommender.advise(window.MW_KEUZEHULP, arguments[0]);"
            "return {aanbevolen: a.aanbevolen.map(function (r) { return {slug: r.slug, score: r.score, redenen: r.redenen, tegen: r.tegen}; }),"
            " uitgesloten: a.uitgesloten.map(function (u) { return u.slug; }), meldingen: a.meldingen.length, nietsPast: a.nietsPast};",
            case["profiel"])
        want = case["verwacht"]
        assert [r["slug"] for r in advice["aanbevolen"]] == [r["slug"] for r in want["aanbevolen"]], case["naam"]
        for got, exp in zip(advice["aanbevolen"], want["aanbevolen"]):
            assert got["score"] == exp["score"], case["naam"]
            assert got["redenen"] == exp["redenen"], case["naam"]
            assert got["tegen"] == exp["tegen"], case["naam"]
        assert advice["uitgesloten"] == want["uitgesloten"], case["naam"]
        assert advice["meldingen"] == want["meldingen"], case["naam"]
        assert advice["nietsPast"] == want["nietsPast"], case["naam"]
    assert console_errors(driver) == []


def fill_and_read(driver, url):
    driver.get(url)
    driver.find_element(By.ID, "basis--niet-op-orde").click()
    driver.find_element(By.ID, "domeinen--financien").click()
    driver.find_element(By.ID, "domeinen--sociaal-netwerk").click()
    driver.find_element(By.ID, "gemeente--voorbeeldstad").click()
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#advies-lijst > li h3 a"))
    return driver


@pytest.mark.parametrize("mode", ["http", "file"])
def test_filling_in_questions_gives_advice_with_reasons(driver, real_site, real_server, mode):
    url = real_server.url + "keuzehulp.html" if mode == "http" else (real_site / "keuzehulp.html").as_uri()
    fill_and_read(driver, url)
    status = driver.find_element(By.ID, "advies-status").text
    assert re.match(r"\d+ aanpak(ken)? pas(t|sen) bij dit profiel", status), status
    items = driver.find_elements(By.CSS_SELECTOR, "#advies-lijst > li")
    assert 1 <= len(items) <= 10
    first = items[0].text
    assert "Waarom dit past" in first and "Onderbouwing:" in first and "Bron:" in first
    # Global rule "stabilise first" is shown for this profile.
    assert "eerst stabiliseren" in driver.find_element(By.ID, "advies-meldingen").text
    # The summary lists relevant voorzieningen of the chosen gemeente for the problem domains.
    services = driver.find_element(By.ID, "advies-voorzieningen").text
    assert "Voorzieningen in de sociale kaart" in services and "voorbeeldgegevens" in services
    # The advice link carries the answers in the fragment (never sent to a server).
    href = driver.find_element(By.ID, "advies-link").get_attribute("href")
    assert "#" in href and "basis=niet-op-orde" in href.split("#", 1)[1]
    assert console_errors(driver) == []


def test_shared_link_restores_same_advice(driver, real_server):
    fill_and_read(driver, real_server.url + "keuzehulp.html")
    first = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#advies-lijst > li h3 a")]
    href = driver.find_element(By.ID, "advies-link").get_attribute("href")
    driver.get("about:blank")
    driver.get(href)
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#advies-lijst > li h3 a"))
    assert [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#advies-lijst > li h3 a")] == first
    assert driver.find_element(By.ID, "basis--niet-op-orde").is_selected()


def test_keuzehulp_stores_and_sends_nothing(driver, real_server):
    fill_and_read(driver, real_server.url + "keuzehulp.html")
    assert driver.get_cookies() == []
    assert driver.execute_script("return window.localStorage.length + window.sessionStorage.length") == 0
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(function (r) { return r.name; })")
    assert all(r.startswith(real_server.url) for r in resources), resources
    page = driver.find_element(By.TAG_NAME, "main").text
    assert "geen diagnose" in page
    assert "staan de antwoorden in die link" in page
