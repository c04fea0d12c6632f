"""Editor workflow on the command line: `new` interactively and with options, `check` output
formats and exit codes."""
import json
import shutil
import subprocess

import pexpect
import pytest

from conftest import BIN, FIXTURE_CONTENT


@pytest.fixture()
def content(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


def run(*args):
    return subprocess.run([str(BIN), *args], capture_output=True, text=True)


def test_new_asks_for_fields_in_a_terminal(content):
    child = pexpect.spawn(str(BIN), ["new", "les", "--content", str(content)], encoding="utf-8", timeout=20)
    child.expect("titel")
    child.sendline("Vraag door bij stilte")
    child.expect("samenvatting")
    child.sendline("Wie niet reageert, heeft vaak een reden.")
    child.expect(r"voor .*\[gemeente, professional")
    child.sendline("professional, gemeente")
    child.expect(r"thema .*\[vertrouwen")
    child.sendline("bereik")
    child.expect("Aangemaakt: .*lessen/vraag-door-bij-stilte.md")
    child.expect(pexpect.EOF)
    text = (content / "lessen" / "vraag-door-bij-stilte.md").read_text(encoding="utf-8")
    assert "voor: [professional, gemeente]" in text and "thema: bereik" in text
    result = run("check", "--content", str(content))
    assert result.returncode == 0, result.stdout


def test_new_takes_options_without_a_terminal(content):
    result = run("new", "voorziening", "Hulp bij Post", "--gemeente", "Teststad", "--veld", "soort=schuldhulpverlening",
                 "--veld", "kosten=Gratis", "--content", str(content))
    assert result.returncode == 0, result.stderr
    text = (content / "sociale-kaart" / "teststad" / "hulp-bij-post.md").read_text(encoding="utf-8")
    assert 'naam: "Hulp bij Post"' in text and 'kosten: "Gratis"' in text and "# telefoon:" in text
    assert run("check", "--content", str(content)).returncode == 0


def test_check_prints_positions_and_json_and_exit_codes(content):
    (content / "lessen" / "neem-de-tijd.md").write_text(
        (content / "lessen" / "neem-de-tijd.md").read_text(encoding="utf-8").replace("thema: vertrouwen", "thema: vertrouwn"), encoding="utf-8")
    text = run("check", "--content", str(content))
    assert text.returncode == 1
    assert "lessen/neem-de-tijd.md:5:8: error: 'thema' heeft de onbekende waarde 'vertrouwn'. Bedoel je 'vertrouwen'?" in text.stdout
    data = json.loads(run("check", "--content", str(content), "--format", "json").stdout)
    error = next(d for d in data if d["severity"] == "error")
    assert (error["path"], error["line"], error["column"]) == ("lessen/neem-de-tijd.md", 5, 8)


def test_strict_fails_on_warnings_only(content):
    plain = run("check", "--content", str(content))
    assert plain.returncode == 0 and "warning:" in plain.stdout   # the fixture has one stale voorziening
    assert run("check", "--content", str(content), "--strict").returncode == 1


def test_failed_build_keeps_previous_site(content, tmp_path):
    out = tmp_path / "site"
    assert run("build", "--content", str(content), "--output", str(out)).returncode == 0
    before = (out / "index.html").read_bytes()
    (content / "lessen" / "kapot.md").write_text("---\ntitel: [\n---\n", encoding="utf-8")
    result = run("build", "--content", str(content), "--output", str(out))
    assert result.returncode == 1 and "De vorige site" in result.stderr
    assert (out / "index.html").read_bytes() == before
