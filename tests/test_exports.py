"""index.json against its schema; sociale-kaart exports: HSDS 3 (schema written from the spec),
CSV round trip, and counts against index.json."""
import csv
import io
import json

import jsonschema
import pytest

from conftest import REPO, load_json

SCHEMAS = REPO / "schemas"


@pytest.mark.parametrize("site", ["fixture_site", "real_site"])
def test_index_json_matches_schema(site, request):
    path = request.getfixturevalue(site)
    index = load_json(path / "index.json")
    jsonschema.validate(index, load_json(SCHEMAS / "index.schema.json"))
    for doc in index["documenten"]:
        assert (path / doc["url"]).is_file(), doc["url"]
        slugs = {d["slug"] for d in index["documenten"]}
        assert set(doc["uitgaand"]) <= slugs and set(doc["inkomend"]) <= slugs


def test_index_json_schema_rejects_bad_documents(fixture_site):
    index = load_json(fixture_site / "index.json")
    index["documenten"][0]["url"] = "../geheim"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(index, load_json(SCHEMAS / "index.schema.json"))


@pytest.mark.parametrize("site", ["fixture_site", "real_site"])
def test_hsds_export_validates_against_hsds3_schema(site, request):
    path = request.getfixturevalue(site)
    services = load_json(path / "downloads" / "hsds" / "services.json")
    schema = load_json(SCHEMAS / "hsds-3-service.schema.json")
    jsonschema.validate(services, schema, format_checker=jsonschema.FormatChecker())
    voorzieningen = [d for d in load_json(path / "index.json")["documenten"] if d["type"] == "voorziening"]
    assert len(services) == len(voorzieningen) > 0
    ids = [s["id"] for s in services]
    assert len(set(ids)) == len(ids)
    # Flat tables refer to existing services and locations.
    phones = load_json(path / "downloads" / "hsds" / "phones.json")
    assert {p["service_id"] for p in phones} <= set(ids)
    links = load_json(path / "downloads" / "hsds" / "service_at_locations.json")
    locations = {l["id"] for l in load_json(path / "downloads" / "hsds" / "locations.json")}
    assert all(l["location_id"] in locations and l["service_id"] in ids for l in links)


def test_hsds_schema_rejects_invalid_status_and_time(fixture_site):
    services = load_json(fixture_site / "downloads" / "hsds" / "services.json")
    schema = load_json(SCHEMAS / "hsds-3-service.schema.json")
    bad = json.loads(json.dumps(services))
    bad[0]["status"] = "open"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    bad = json.loads(json.dumps(services))
    with_schedule = next(s for s in bad if s["schedules"])
    with_schedule["schedules"][0]["opens_at"] = "25:00"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_hsds_maps_fields_one_to_one(fixture_site):
    services = {s["name"]: s for s in load_json(fixture_site / "downloads" / "hsds" / "services.json")}
    s = services["Schuldhulp Teststad"]
    assert s["status"] == "active" and s["assured_date"] == "2026-10-01"
    assert s["fees_description"] == "Gratis" and s["wait_time"] == "2 weken"
    assert s["phones"][0]["number"] == "0123 45 67 01"
    days = sorted((x["byday"], x["opens_at"], x["closes_at"]) for x in s["schedules"])
    assert days == [("MO", "09:00", "12:00"), ("MO", "13:00", "17:00"), ("TH", "09:00", "12:00")]
    address = s["service_at_locations"][0]["location"]["addresses"][0]
    assert (address["address_1"], address["postal_code"], address["city"], address["country"]) == ("Teststraat 1", "0000 AA", "Teststad", "NL")
    closed = services["Geldcafé Teststad"]
    assert closed["status"] == "temporarily closed" and closed["alert"].startswith("Verbouwing")


@pytest.mark.parametrize("site", ["fixture_site", "real_site"])
def test_csv_round_trip_matches_content(site, request):
    path = request.getfixturevalue(site)
    raw = (path / "downloads" / "voorzieningen.csv").read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    docs = {d["slug"]: d for d in load_json(path / "index.json")["documenten"] if d["type"] == "voorziening"}
    assert {r["slug"] for r in rows} == set(docs)
    for row in rows:
        fields = docs[row["slug"]]["velden"]
        assert row["naam"] == fields["naam"]
        assert row["doelgroep"] == fields["doelgroep"]
        assert row["telefoon"] == fields.get("telefoon", "")
        assert row["status"] == fields["status"]
        assert row["aanmelden"].split("; ") == fields["aanmelden"]
        hours = fields.get("openingstijden", {})
        for day in ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]:
            assert row[day] == "; ".join(hours.get(day, []))
    # Writing the rows back gives the same bytes (quoting is RFC 4180).
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    assert out.getvalue() == raw


def test_knowledge_base_counts_and_citations(real_site):
    docs = load_json(real_site / "index.json")["documenten"]
    count = lambda t: sum(1 for d in docs if d["type"] == t)
    assert count("bron") >= 5 and count("aanpak") >= 35 and count("werkzaam-element") >= 40
    assert count("les") >= 30 and count("voorzieningsoort") >= 25 and count("voorziening") >= 30
    for d in docs:
        if d["type"] in ("aanpak", "werkzaam-element", "les"):
            assert d["velden"]["bronnen"] and all(b["plaats"].strip() for b in d["velden"]["bronnen"]), d["slug"]
        if d["type"] == "aanpak":
            assert d["velden"].get("werkzame_elementen"), d["slug"]
            assert d["velden"].get("keuzehulp", {}).get("past_bij"), d["slug"]
        if d["type"] == "voorziening":
            assert d["velden"].get("voorbeeld") is True, d["slug"]          # demo data only, marked as such
            assert d["velden"].get("telefoon", "0123").replace(" ", "").startswith("0123"), d["slug"]
    # Every kind of service has at least one entry in the demo sociale kaart.
    soorten = {d["slug"] for d in docs if d["type"] == "voorzieningsoort"}
    assert soorten == {d["velden"]["soort"] for d in docs if d["type"] == "voorziening"}
