#!/usr/bin/env python3
"""Generate a reproducible synthetic Meedoenwijzer corpus for benchmarks.

Usage:
    bench/gen_corpus.py --docs N --seed S --out DIR [--hugo-out DIR]

Writes N documents of every type in the content format of docs/inhoudsmodel.md:
aanpakken (~10%), werkzame elementen (~2%, at least 10), lessen (~8%), the five
bronnen, the 26 voorzieningsoorten, three vrije pagina's, a copy of
content/keuzehulp.md and content/site.yml, and voorzieningen for the rest,
spread over fictional municipalities "Voorbeeldstad 1" .. "Voorbeeldstad 342".
All references (werkzame_elementen, bronnen, gerelateerd, soort, body links)
point at documents that exist, keuzehulp rules use only the question and option
ids of content/keuzehulp.md, and every werkzaam element, bron and soort is used,
so `meedoenwijzer check` reports no errors and no orphan warnings.

With --hugo-out the same pages are also written as a plain Hugo site: a
config, a minimal theme in layouts/ (baseof, single, list) and one content file
per document with the same Markdown body, `[[slug]]` links turned into normal
relative links.

The output only depends on --docs and --seed (Python's random.Random is stable
across versions for the calls used here). A hidden file `.corpus.json` in DIR
records the parameters; the content loader skips hidden files.
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import random
import re
import shutil
import sys
from dataclasses import dataclass, field

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATOR_VERSION = 1
MUNICIPALITIES = 342

# --------------------------------------------------------------------------
# Fixed vocabularies of the content model (docs/inhoudsmodel.md).
# --------------------------------------------------------------------------

DOELEN = ["stabiliseren", "verbinding", "participatie", "werk"]
BENADERINGEN = ["life-first", "human-capital-first", "work-first"]
NIVEAUS = ["praktijkervaring", "kwalitatief-onderzoek", "procesevaluatie", "literatuuronderzoek", "effectonderzoek"]
ERKENNINGEN = ["niet-beoordeeld", "goed-beschreven", "goed-onderbouwd", "effectief-eerste-aanwijzingen"]
CATEGORIEEN = ["relatie-en-houding", "bereik-en-contact", "intensiteit-en-continuiteit", "volgorde-van-stappen",
               "autonomie-en-eigen-regie", "participatie-en-werk", "lotgenoten-en-netwerk", "bestaanszekerheid",
               "organisatie-en-samenwerking", "beleid-en-regels"]
LES_VOOR = ["gemeente", "professional", "landelijk-beleid", "uitvoeringsorganisatie"]
THEMAS = ["vertrouwen", "maatwerk", "samenwerking", "bereik", "regels-en-prikkels", "organisatie", "financien",
          "participatie", "werk", "gezondheid", "beeldvorming"]
LEVENSDOMEINEN = ["financien", "werk-opleiding", "tijdsbesteding", "huisvesting", "huiselijke-relaties",
                  "geestelijke-gezondheid", "lichamelijke-gezondheid", "middelengebruik", "basale-adl",
                  "instrumentele-adl", "sociaal-netwerk", "maatschappelijke-participatie", "justitie"]
AANMELDEN = ["zelf", "via-huisarts", "via-wijkteam", "via-gemeente", "via-klantmanager", "via-verwijzing"]
WEEKDAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

# Question id -> option ids, as in content/keuzehulp.md. Used when that file
# cannot be read; otherwise the ids are taken from the file itself.
KEUZEHULP_FALLBACK = {
    "basis": ["op-orde", "deels", "niet-op-orde"],
    "doel": ["stabiliseren", "verbinding", "participatie", "werk"],
    "ladder": ["trede-1", "trede-2", "trede-3", "trede-4", "trede-5", "trede-6"],
    "domeinen": LEVENSDOMEINEN,
    "bereikbaarheid": ["goed", "wisselend", "slecht"],
    "motivatie": ["gemotiveerd", "twijfelt", "niet-gemotiveerd"],
    "vertrouwen": ["vertrouwen", "wantrouwen"],
    "wensen": ["betaald-werk", "opleiding", "vrijwilligerswerk", "sociale-contacten", "eigen-onderneming",
               "zorg-voor-gezin", "rust"],
    "leeftijd": ["jonger-dan-27", "27-tot-50", "50-plus"],
    "zorgtaken": ["geen", "alleenstaande-ouder", "jonge-kinderen", "mantelzorg"],
    "taal": ["goed", "beperkt", "nauwelijks"],
    "duur": ["korter-dan-2-jaar", "2-tot-5-jaar", "langer-dan-5-jaar"],
    "ontheffing": ["geen", "tijdelijk", "volledig"],
    "gemeente": ["voorbeeldstad", "andere-gemeente"],
}

BRONNEN = [
    {"slug": "k2-granieten-bestand", "titel": "Het granieten bestand in Loon op Zand", "kort": "K2",
     "organisatie": "K2 Brabants Kenniscentrum Jeugd", "jaar": 2021, "soort": "praktijkonderzoek",
     "auteurs": ["Onderzoekers van K2"]},
    {"slug": "scp-vertrouwen-in-de-bijstand", "titel": "Vertrouwen in de bijstand", "kort": "SCP 2024",
     "organisatie": "Sociaal en Cultureel Planbureau", "jaar": 2024, "soort": "kwalitatief-onderzoek",
     "auteurs": ["Patricia van Echtelt", "Onderzoekers van het SCP"]},
    {"slug": "significant-kansrijke-aanpakken", "titel": "Kansrijke aanpakken voor mensen in de bijstand",
     "kort": "Significant 2019", "organisatie": "Significant, in opdracht van het ministerie van SZW",
     "jaar": 2019, "soort": "beleidsonderzoek", "auteurs": []},
    {"slug": "werken-aan-bestaanszekerheid", "titel": "Werken aan bestaanszekerheid", "kort": "Movisie 2022",
     "organisatie": "Movisie en Platform31", "jaar": 2022, "soort": "handreiking", "auteurs": []},
    {"slug": "tsv-zachte-hand", "titel": "Werkt de zachte hand in de bijstand?", "kort": "TSV 2018",
     "organisatie": "Tijdschrift voor Sociale Vraagstukken", "jaar": 2018, "soort": "tijdschriftdossier",
     "auteurs": ["Vasco Lub", "Redactie TSV"]},
]

SOORTEN = [
    ("bemoeizorg-en-outreach", "Bemoeizorg en outreachende hulp", ["geestelijke-gezondheid", "middelengebruik", "huisvesting", "sociaal-netwerk", "basale-adl"], "Bemoeizorgteam"),
    ("bewindvoering", "Bewindvoering", ["financien"], "Bewindvoering"),
    ("buurthuis-en-welzijnswerk", "Buurthuis en welzijnswerk", ["sociaal-netwerk", "maatschappelijke-participatie", "tijdsbesteding"], "Buurthuis"),
    ("dagbesteding", "Dagbesteding en arbeidsmatige activering", ["tijdsbesteding", "maatschappelijke-participatie", "geestelijke-gezondheid"], "Dagbesteding"),
    ("ervaringsdeskundigen-en-lotgenoten", "Ervaringsdeskundigen en lotgenotengroepen", ["sociaal-netwerk", "geestelijke-gezondheid", "financien"], "Lotgenotengroep"),
    ("formulierenhulp-en-budgetcursus", "Formulierenhulp en budgetcursus", ["financien", "instrumentele-adl"], "Formulierenhulp"),
    ("ggz", "Geestelijke gezondheidszorg (ggz)", ["geestelijke-gezondheid"], "GGZ-team"),
    ("huisarts-en-poh-ggz", "Huisarts en POH-GGZ", ["lichamelijke-gezondheid", "geestelijke-gezondheid"], "Gezondheidscentrum"),
    ("inkomensondersteuning", "Bijzondere bijstand en minimaregelingen", ["financien", "maatschappelijke-participatie"], "Loket Inkomen"),
    ("jongerenloket", "Jongerenloket", ["werk-opleiding", "financien", "huisvesting"], "Jongerenloket"),
    ("kinderopvang", "Kinderopvang", ["huiselijke-relaties", "werk-opleiding", "maatschappelijke-participatie"], "Kinderopvang"),
    ("maatschappelijk-werk", "Maatschappelijk werk", ["financien", "huiselijke-relaties", "geestelijke-gezondheid", "instrumentele-adl"], "Maatschappelijk werk"),
    ("maatschappelijke-opvang", "Maatschappelijke opvang en nachtopvang", ["huisvesting", "basale-adl"], "Nachtopvang"),
    ("re-integratiebedrijf", "Re-integratiebedrijf", ["werk-opleiding"], "Re-integratie"),
    ("schuldhulp-vrijwilligers", "Vrijwillige thuisadministratie en schuldhulpmaatjes", ["financien", "instrumentele-adl", "sociaal-netwerk"], "Geldmaatjes"),
    ("schuldhulpverlening", "Schuldhulpverlening", ["financien"], "Schuldhulp"),
    ("sociaal-werkbedrijf", "Sociaal werkbedrijf en leerwerkbedrijf", ["werk-opleiding", "maatschappelijke-participatie", "tijdsbesteding"], "Leerwerkbedrijf"),
    ("sociaal-wijkteam", "Sociaal wijkteam", ["financien", "huisvesting", "huiselijke-relaties", "sociaal-netwerk", "maatschappelijke-participatie", "instrumentele-adl"], "Sociaal wijkteam"),
    ("sport-en-beweegaanbod", "Sport- en beweegaanbod", ["lichamelijke-gezondheid", "geestelijke-gezondheid", "sociaal-netwerk", "tijdsbesteding"], "Sportpunt"),
    ("taalhuis-en-taalcursus", "Taalhuis en taalcursus", ["werk-opleiding", "maatschappelijke-participatie", "instrumentele-adl"], "Taalhuis"),
    ("uwv", "UWV", ["werk-opleiding", "financien"], "Werkplein"),
    ("verslavingszorg", "Verslavingszorg", ["middelengebruik", "geestelijke-gezondheid"], "Verslavingszorg"),
    ("voedselbank", "Voedselbank", ["financien", "basale-adl"], "Voedselbank"),
    ("vrijwilligerscentrale", "Vrijwilligerscentrale", ["maatschappelijke-participatie", "sociaal-netwerk", "tijdsbesteding"], "Vrijwilligerspunt"),
    ("wijkteam-jeugd-en-gezin", "Wijkteam jeugd en gezin", ["huiselijke-relaties", "geestelijke-gezondheid", "sociaal-netwerk"], "Jeugd- en gezinsteam"),
    ("woningcorporatie", "Woningcorporatie", ["huisvesting", "financien"], "Woonstichting"),
]

PAGINAS = [
    ("over", "Over deze testsite", 1),
    ("privacy", "Privacy", 2),
    ("toegankelijkheid", "Toegankelijkheid", 3),
]

# --------------------------------------------------------------------------
# Word pools for Dutch text.
# --------------------------------------------------------------------------

KLANT = ["de klant", "de inwoner", "de deelnemer", "de bijstandsgerechtigde", "iemand die lang in de bijstand zit",
         "de cliënt", "een alleenstaande moeder", "een oudere werkzoekende", "een jongere zonder startkwalificatie",
         "een nieuwkomer", "een man met schulden", "een vrouw met psychische klachten"]
PROF = ["de klantmanager", "de consulent", "het wijkteam", "de jobcoach", "de maatschappelijk werker",
        "de huisarts", "de ervaringsdeskundige", "de schuldhulpverlener", "de buurtwerker", "de casusregisseur",
        "de praktijkondersteuner", "de trajectbegeleider"]
GEMEENTE_ROL = ["de gemeente", "het team Werk en Inkomen", "de afdeling Participatie", "het college",
                "de beleidsmedewerker", "de teamleider", "de uitvoering", "het sociaal domein"]
# Actions as (main clause, subordinate clause) word order.
ACTIE = [
    ("neemt de tijd voor een eerste gesprek", "de tijd neemt voor een eerste gesprek"),
    ("gaat op huisbezoek", "op huisbezoek gaat"),
    ("vraagt naar wensen en dromen", "naar wensen en dromen vraagt"),
    ("maakt samen een plan", "samen een plan maakt"),
    ("zoekt een passende plek voor vrijwilligerswerk", "een passende plek voor vrijwilligerswerk zoekt"),
    ("regelt eerst rust in de financiën", "eerst rust in de financiën regelt"),
    ("bouwt aan een vertrouwensrelatie", "aan een vertrouwensrelatie bouwt"),
    ("belt na een gemiste afspraak zelf op", "na een gemiste afspraak zelf opbelt"),
    ("zoekt samen met de klant naar een opleiding", "samen met de klant naar een opleiding zoekt"),
    ("verbindt de klant met lotgenoten", "de klant met lotgenoten verbindt"),
    ("houdt contact, ook als het even niet lukt", "contact houdt, ook als het even niet lukt"),
    ("bespreekt wat iemand al kan", "met de klant bespreekt wat die al kan"),
    ("legt uit welke regels gelden en waarom", "uitlegt welke regels gelden en waarom"),
    ("neemt drempels weg bij het aanvragen van regelingen", "drempels wegneemt bij het aanvragen van regelingen"),
    ("schakelt snel met de schuldhulpverlening", "snel schakelt met de schuldhulpverlening"),
    ("begeleidt de eerste weken op de werkplek", "de eerste weken op de werkplek begeleidt"),
    ("stemt af met de huisarts en de POH-GGZ", "afstemt met de huisarts en de POH-GGZ"),
    ("biedt een vaste contactpersoon", "een vaste contactpersoon biedt"),
]
# Effects as (inverted main clause, subordinate clause) word order.
EFFECT = [
    ("neemt de stress af", "de stress afneemt"),
    ("groeit het zelfvertrouwen", "het zelfvertrouwen groeit"),
    ("ontstaat er ruimte om vooruit te kijken", "er ruimte ontstaat om vooruit te kijken"),
    ("durven mensen weer een stap te zetten", "mensen weer een stap durven te zetten"),
    ("komen verborgen problemen eerder boven tafel", "verborgen problemen eerder boven tafel komen"),
    ("wordt het netwerk van de klant groter", "het netwerk van de klant groter wordt"),
    ("vallen minder mensen uit", "minder mensen uitvallen"),
    ("ontstaat er een vast dagritme", "er een vast dagritme ontstaat"),
    ("neemt het vertrouwen in de gemeente toe", "het vertrouwen in de gemeente toeneemt"),
    ("lukt het vaker om werk te vinden en te houden", "het vaker lukt om werk te vinden en te houden"),
    ("voelen mensen zich serieus genomen", "mensen zich serieus genomen voelen"),
    ("worden kleine successen zichtbaar", "kleine successen zichtbaar worden"),
]
VOORWAARDE = ["als de caseload laag genoeg is", "zolang er geen dreiging van sancties is",
              "wanneer de klant zelf mag kiezen", "als de basis op orde is", "bij een vaste contactpersoon",
              "als de samenwerking met zorgpartners goed loopt", "wanneer er genoeg tijd is voor nazorg",
              "als de regels ruimte laten voor maatwerk", "wanneer de klant zich gehoord voelt",
              "als er een passend aanbod in de wijk is"]
PROBLEEM = ["schulden", "eenzaamheid", "psychische klachten", "een laag zelfbeeld", "taalproblemen",
            "gezondheidsklachten", "wantrouwen tegenover instanties", "zorg voor kinderen", "onzekere huisvesting",
            "weinig werkervaring", "angst om de uitkering kwijt te raken", "verslaving", "laaggeletterdheid",
            "mantelzorg voor een familielid"]
OBSERVATIE = ["Uit de interviews blijkt dat", "Klantmanagers vertellen dat", "Deelnemers geven aan dat",
              "De evaluatie laat zien dat", "Volgens de onderzoekers geldt dat", "In de praktijk zie je dat",
              "Beleidsmakers merken op dat", "Ervaringsdeskundigen benadrukken dat", "Het rapport beschrijft dat",
              "Meerdere gemeenten melden dat"]
CONNECTOR = ["Daarnaast", "Bovendien", "Toch", "Vaak", "Soms", "In veel gevallen", "Daarom", "Tegelijk",
             "Na een paar maanden", "Aan het begin"]
ZORG = ["Let op dat", "Houd er rekening mee dat", "Het is belangrijk dat", "Zorg ervoor dat", "Wees je ervan bewust dat"]
ZORG_ZIN = ["niet iedereen direct klaar is voor een volgende stap", "een terugval bij het proces hoort",
            "de financiering vaak tijdelijk is", "afspraken schriftelijk worden bevestigd",
            "de klant altijd weet bij wie hij terecht kan", "de doorverwijzing warm gebeurt",
            "privacyregels het delen van informatie beperken", "wachtlijsten de aanpak kunnen vertragen",
            "vrijwilligers goed begeleid worden", "de klant zelf de regie houdt"]

TITEL_KERN = ["begeleiding", "aanpak", "werkplaats", "maatjesproject", "wijkaanpak", "traject", "groepsaanpak",
              "huisbezoeken", "budgetcoaching", "leerwerkplek", "buddyproject", "ontmoetingsplek", "inloop",
              "gesprekken", "regieteam", "wegwijzer", "stappenplan", "coaching", "proeftuin", "netwerkaanpak"]
TITEL_BIJ = ["Persoonlijke", "Intensieve", "Outreachende", "Stapsgewijze", "Integrale", "Vrijwillige",
             "Wijkgerichte", "Laagdrempelige", "Ontschotte", "Stressverlagende", "Duurzame", "Ervaringsgerichte",
             "Gezamenlijke", "Vraaggerichte", "Kleinschalige"]
TITEL_DOEL = ["naar werk", "voor meedoen", "voor rust in de financiën", "in de wijk", "voor jongeren",
              "voor vijftigplussers", "voor nieuwkomers", "voor alleenstaande ouders", "zonder dwang",
              "met ervaringsdeskundigen", "met de huisarts", "voor een stevige basis", "naar vrijwilligerswerk",
              "voor zelfvertrouwen", "na lange tijd in de bijstand"]

WE_KERN = ["Persoonlijke aandacht", "Vertrouwensrelatie", "Vaste contactpersoon", "Werken vanuit wensen",
           "Inkomenszekerheid", "Outreachend werken", "Lage caseload", "Eerst stabiliseren", "Kleine stappen",
           "Eigen regie", "Lotgenotencontact", "Begeleiding op de werkplek", "Werkgevers betrekken",
           "Vrijwilligheid", "Ontschotte samenwerking", "Ruimte in de regels", "Nazorg", "Positieve benadering",
           "Ervaringsdeskundigheid", "Warme overdracht", "Groepsaanpak", "Stressvrije communicatie",
           "Maatwerkbudget", "Brede intake", "Vroegsignalering"]

LES_BEGIN = ["Investeer in", "Begin bij", "Houd vast aan", "Organiseer", "Maak ruimte voor", "Wees zuinig op",
             "Stuur op", "Kijk verder dan", "Neem de tijd voor", "Benut"]
LES_OBJ = ["vertrouwen", "de wensen van de klant", "samenwerking in de wijk", "een lage caseload",
           "nazorg na uitstroom", "maatwerk binnen de regels", "de kennis van ervaringsdeskundigen",
           "een warme overdracht", "rust in de financiën", "kleine stappen", "meedoen naast werk",
           "de huisarts als signaleerder", "uitstroom alleen", "een vaste contactpersoon"]

STRAAT = ["Dorpsstraat", "Kerkstraat", "Stationsweg", "Marktplein", "Schoolstraat", "Molenweg", "Lindelaan",
          "Wilhelminastraat", "Julianaweg", "Voorbeeldplein", "Proefstraat", "Oefenlaan", "Beukenlaan", "Havenkade"]
ORG_VORM = ["Stichting", "Gemeente", "Coöperatie", "Vereniging", "Buurtcentrum", "Team"]
ORG_NAAM = ["Samen Verder", "De Brug", "Naast Je", "Stap Vooruit", "Het Anker", "De Kompas", "Op Weg",
            "De Schakel", "Thuis in de Wijk", "Geldzorg", "Meedoen", "De Oefenhoek", "Het Startpunt", "Wijkkracht"]
WIJK = ["Noord", "Zuid", "Oost", "West", "Centrum", "De Akkers", "Het Veld", "Oude Haven", "Nieuwbouw"]
KOSTEN = ["Gratis", "Gratis voor inwoners met een laag inkomen", "Eigen bijdrage van 5 euro per maand",
          "Gratis; de gemeente betaalt", "Vergoed uit de basisverzekering", "Gratis, behalve het eigen risico"]
WACHTTIJD = ["Geen wachttijd", "1 tot 2 weken", "Eerste gesprek binnen 2 weken", "Ongeveer 4 weken",
             "Binnen 3 werkdagen bij spoed", "6 tot 8 weken"]


def slugify(text: str) -> str:
    """Same rules as Slug.make in Sources/MWContent/Slug.swift for the texts used here."""
    folded = text.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("è", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("á", "a"), ("ó", "o")):
        folded = folded.replace(a, b)
    return "-".join(re.findall(r"[a-z0-9]+", folded))


def q(s: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def qlist(items) -> str:
    return "[" + ", ".join(q(i) for i in items) + "]"


def plain_list(items) -> str:
    """A flow list of slugs or ids (safe without quotes)."""
    return "[" + ", ".join(items) + "]"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def load_keuzehulp_ids(path: str) -> dict[str, list[str]]:
    """Question id -> option ids, read loosely from keuzehulp.md (no YAML library needed)."""
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        return dict(KEUZEHULP_FALLBACK)
    front = text.split("\n---", 1)[0]
    questions: dict[str, list[str]] = {}
    current = None
    in_vragen = False
    for line in front.splitlines():
        if re.match(r"^vragen:\s*$", line):
            in_vragen = True
            continue
        if re.match(r"^\S", line):
            in_vragen = False
            current = None
            continue
        if not in_vragen:
            continue
        m = re.match(r"^  - id:\s*([A-Za-z0-9-]+)\s*$", line)
        if m:
            current = m.group(1)
            questions[current] = []
            continue
        m = re.match(r"^\s+- \{\s*id:\s*([A-Za-z0-9-]+)", line) or re.match(r"^\s{6,}- id:\s*([A-Za-z0-9-]+)", line)
        if m and current:
            questions[current].append(m.group(1))
    questions = {k: v for k, v in questions.items() if len(v) >= 2}
    return questions or dict(KEUZEHULP_FALLBACK)


@dataclass
class Doc:
    type: str
    slug: str
    path: str          # relative to the content folder
    title: str
    summary: str
    front: str         # YAML front matter (without the --- lines)
    body: str
    fields: dict = field(default_factory=dict)   # flat display fields for the Hugo copy

    @property
    def url(self) -> str:
        """Page path in both sites (Hugo with uglyURLs mirrors the content tree)."""
        if self.type == "pagina":
            return f"{self.slug}.html"
        if self.type == "keuzehulp":
            return "keuzehulp.html"
        return self.path[:-3] + ".html"


class Generator:
    def __init__(self, docs: int, seed: int, keuzehulp_ids: dict[str, list[str]]):
        self.r = random.Random(seed)
        self.total = docs
        self.kh = keuzehulp_ids
        self.n_aanpak = max(3, round(docs * 0.10))
        self.n_we = max(10, round(docs * 0.02))
        self.n_les = max(2, round(docs * 0.08))
        fixed = len(BRONNEN) + len(SOORTEN) + len(PAGINAS) + 1  # + keuzehulp
        self.n_vz = docs - fixed - self.n_aanpak - self.n_we - self.n_les
        if self.n_vz < len(SOORTEN):
            raise SystemExit(f"--docs {docs} is too small: need at least "
                             f"{fixed + self.n_aanpak + self.n_we + self.n_les + len(SOORTEN)} documents")
        self.n_gemeenten = min(MUNICIPALITIES, self.n_vz)
        self.docs: list[Doc] = []
        self.aanpak_slugs: list[str] = []
        self.we_slugs: list[str] = []
        self.les_slugs: list[str] = []
        self.titles: dict[str, str] = {}

    # ---------------- text helpers ----------------

    def pick(self, pool):
        return self.r.choice(pool)

    def sample(self, pool, lo, hi):
        return self.r.sample(pool, self.r.randint(lo, min(hi, len(pool))))

    def date(self) -> str:
        # Dates between 2025-12 and 2026-11: recent enough for the 12-month check.
        months = [(2025, 12)] + [(2026, m) for m in range(1, 12)]
        y, m = self.pick(months)
        return f"{y:04d}-{m:02d}-{self.r.randint(1, 28):02d}"

    def paragraph_ref(self) -> str:
        return f"§{self.r.randint(1, 9)}.{self.r.randint(1, 6)}"

    def citation(self) -> tuple[dict, str]:
        bron = self.pick(BRONNEN)
        plaats = self.paragraph_ref()
        return bron, f"([[{bron['slug']}|{bron['kort']}, {plaats}]])"

    def actie(self) -> str:
        return self.pick(ACTIE)[0]

    def actie_sub(self) -> str:
        return self.pick(ACTIE)[1]

    def effect(self) -> str:
        return self.pick(EFFECT)[0]

    def effect_sub(self) -> str:
        return self.pick(EFFECT)[1]

    def two_problems(self) -> str:
        a, b = self.r.sample(PROBLEEM, 2)
        return f"{a} en {b}"

    def sentence(self) -> str:
        kind = self.r.randint(0, 7)
        if kind == 0:
            return f"{cap(self.pick(PROF))} {self.actie()}."
        if kind == 1:
            return f"{self.pick(OBSERVATIE)} {self.pick(PROF)} {self.actie_sub()}, {self.pick(VOORWAARDE)}."
        if kind == 2:
            return f"Daardoor {self.effect()}, zeker {self.pick(VOORWAARDE)}."
        if kind == 3:
            return f"Veel mensen in de bijstand hebben te maken met {self.two_problems()}."
        if kind == 4:
            return f"{self.pick(CONNECTOR)} {self.effect()} als {self.pick(PROF)} {self.actie_sub()}."
        if kind == 5:
            return f"{self.pick(ZORG)} {self.pick(ZORG_ZIN)}."
        if kind == 6:
            return (f"In Voorbeeldstad {self.r.randint(1, MUNICIPALITIES)} deden {self.r.randint(8, 240)} "
                    f"mensen mee; {self.r.randint(10, 90)} procent was na een jaar nog in beeld.")
        return f"{cap(self.pick(GEMEENTE_ROL))} {self.actie()}, zodat {self.pick(KLANT)} minder last heeft van {self.pick(PROBLEEM)}."

    def para(self, lo=2, hi=4, cite=True, links=()) -> str:
        sents = [self.sentence() for _ in range(self.r.randint(lo, hi))]
        if links:
            slug = self.pick(links)
            sents.append(f"Zie ook [[{slug}]].")
        text = " ".join(sents)
        if cite:
            _, c = self.citation()
            text = text[:-1] + " " + c + "."
        return text

    def bullets(self, lo=3, hi=5) -> str:
        return "\n".join(f"- {self.sentence()}" for _ in range(self.r.randint(lo, hi)))

    def summary(self, what: str, who: str) -> str:
        s = f"{what} Voor {who}."
        return s if len(s) <= 300 else s[:296].rstrip() + "…"

    def bronnen_yaml(self, lo=1, hi=3, indent="") -> tuple[str, list[str]]:
        lines = [f"{indent}bronnen:"]
        used = []
        for bron in self.sample(BRONNEN, lo, hi):
            lines.append(f"{indent}  - bron: {bron['slug']}")
            lines.append(f"{indent}    plaats: {q(self.paragraph_ref() + ' en ' + self.paragraph_ref())}")
            if self.r.random() < 0.3:
                p = self.r.randint(5, 120)
                lines.append(f"{indent}    pagina: {q(f'{p}-{p + self.r.randint(1, 6)}')}")
            used.append(bron["slug"])
        return "\n".join(lines), used

    def add(self, doc: Doc):
        self.docs.append(doc)
        self.titles[doc.slug] = doc.title

    # ---------------- document types ----------------

    def make_bronnen(self):
        for b in BRONNEN:
            summary = self.summary(f"{b['organisatie']} ({b['jaar']}) over mensen die lang in de bijstand zitten.",
                                   "iedereen die wil weten waar de kennis vandaan komt")
            front = "\n".join([
                f"titel: {q(b['titel'])}",
                f"samenvatting: {q(summary)}",
                *( [f"auteurs: {qlist(b['auteurs'])}"] if b["auteurs"] else [] ),
                f"organisatie: {q(b['organisatie'])}",
                f"jaar: {b['jaar']}",
                f"soort: {b['soort']}",
            ])
            body = "\n\n".join([
                "## Wat voor onderzoek?", self.para(2, 3, cite=False),
                "## Hoe is het gedaan?", self.para(3, 4, cite=False),
                "## Beperkingen", self.para(2, 3, cite=False),
            ])
            self.add(Doc("bron", b["slug"], f"bronnen/{b['slug']}.md", b["titel"], summary, front, body,
                         {"organisatie": b["organisatie"], "jaar": str(b["jaar"]), "soort": b["soort"]}))

    def make_werkzame_elementen(self):
        for i in range(self.n_we):
            kern = WE_KERN[i % len(WE_KERN)]
            title = kern if i < len(WE_KERN) else f"{kern} ({i // len(WE_KERN) + 1})"
            slug = slugify(title)
            self.we_slugs.append(slug)
            bronnen, _ = self.bronnen_yaml(1, 3)
            summary = self.summary(f"{kern} helpt omdat {self.effect_sub()} {self.pick(VOORWAARDE)}.",
                                   "klantmanagers en wijkteams die met mensen ver van werk werken")
            cat = CATEGORIEEN[i % len(CATEGORIEEN)]
            front = "\n".join([f"titel: {q(title)}", f"samenvatting: {q(summary)}", f"categorie: {cat}",
                               bronnen, f"laatst_bijgewerkt: {self.date()}"])
            self.add(Doc("werkzaam-element", slug, f"werkzame-elementen/{slug}.md", title, summary, front, "",
                         {"categorie": cat}))

    def make_aanpakken(self):
        titles = []
        for i in range(self.n_aanpak):
            title = f"{self.pick(TITEL_BIJ)} {self.pick(TITEL_KERN)} {self.pick(TITEL_DOEL)}"
            self.aanpak_slugs.append(f"{slugify(title)}-{i + 1}")
            titles.append(f"{title} ({i + 1})")
        # Every werkzaam element is used by at least one aanpak.
        we_for = [self.sample(self.we_slugs, 2, 6) for _ in self.aanpak_slugs]
        for j, we in enumerate(self.we_slugs):
            k = j % len(self.aanpak_slugs)
            if we not in we_for[k]:
                we_for[k].append(we)
        for i, slug in enumerate(self.aanpak_slugs):
            title = titles[i]
            doel = self.sample(DOELEN, 1, 2)
            benadering = self.pick(BENADERINGEN)
            who = self.pick(KLANT)
            a1, a2 = self.r.sample(ACTIE, 2)
            summary = self.summary(f"{cap(self.pick(PROF))} {a1[0]} en {a2[0]}.",
                                   f"mensen met {self.pick(PROBLEEM)} die al jaren in de bijstand zitten")
            gemeenten = [f"Voorbeeldstad {self.r.randint(1, self.n_gemeenten)}" for _ in range(self.r.randint(0, 3))]
            bronnen, _ = self.bronnen_yaml(1, 3)
            lines = [
                f"titel: {q(title)}",
                f"samenvatting: {q(summary)}",
                f"doel: {plain_list(doel)}",
                f"benadering: {benadering}",
                f"doelgroep: {q(cap(who) + ' met ' + self.pick(PROBLEEM) + ', die ' + self.pick(['al lang', 'meer dan twee jaar', 'langer dan vijf jaar']) + ' een uitkering heeft.')}",
            ]
            if self.r.random() < 0.5:
                lines.append(f"niet_voor: {q('Mensen met ' + self.pick(PROBLEEM) + ' die eerst intensieve zorg nodig hebben.')}")
            if gemeenten:
                lines.append(f"gemeenten: {qlist(sorted(set(gemeenten)))}")
            lines.append(f"uitvoerders: {qlist(self.sample(['gemeente', 'welzijnsorganisatie', 'sociaal wijkteam', 'vrijwilligers', 'werkgevers', 'ggz-instelling'], 1, 3))}")
            lines.append(f"werkzame_elementen: {plain_list(we_for[i])}")
            lines.append(bronnen)
            niveau = self.pick(NIVEAUS)
            lines += ["onderbouwing:", f"  niveau: {niveau}",
                      f"  toelichting: {q(self.sentence() + ' ' + self.sentence())}"]
            if self.r.random() < 0.6:
                lines.append(f"  erkenning: {self.pick(ERKENNINGEN)}")
            if self.r.random() < 0.1:
                lines.append(f"  databank: {q('Databank Effectieve sociale interventies')}")
            lines.append(f"laatst_bijgewerkt: {self.date()}")
            lines += self.keuzehulp_rules(doel)
            links_other = [s for s in self.sample(self.aanpak_slugs, 1, 2) if s != slug]
            body = "\n\n".join([
                "## Wat is het?", self.para(3, 4),
                "## Voor wie?", self.para(2, 3),
                "## Hoe werkt het?", self.para(2, 3, links=we_for[i]),
                "### Start", self.bullets(3, 4),
                "### Begeleiding", self.para(2, 3, links=we_for[i]),
                "## Resultaten", self.para(2, 4),
                "## Aandachtspunten", self.bullets(2, 4)
                + ("\n\nLees ook " + " en ".join(f"[[{s}]]" for s in links_other) + "." if links_other else ""),
            ] + (["## Tegenstrijdigheden in de bronnen", self.para(2, 3)] if self.r.random() < 0.3 else []))
            self.add(Doc("aanpak", slug, f"aanpakken/{slug}.md", title, summary, "\n".join(lines), body,
                         {"doel": ", ".join(doel), "benadering": benadering, "onderbouwing": niveau,
                          "werkzame elementen": ", ".join(we_for[i])}))

    def keuzehulp_rules(self, doel: list[str]) -> list[str]:
        lines = ["keuzehulp:", "  past_bij:"]
        questions = list(self.kh)
        chosen = []
        if "doel" in self.kh:
            valid = [d for d in doel if d in self.kh["doel"]]
            if valid:
                chosen.append(("doel", valid, 3))
        for vraag in self.sample([x for x in questions if x != "doel"], 1, 4):
            chosen.append((vraag, self.sample(self.kh[vraag], 1, 2), self.r.randint(1, 3)))
        for vraag, antwoorden, gewicht in chosen:
            lines.append(f"    - vraag: {vraag}")
            lines.append(f"      antwoorden: {plain_list(antwoorden)}")
            lines.append(f"      gewicht: {gewicht}")
            if self.r.random() < 0.6:
                lines.append(f"      reden: {q(self.sentence())}")
        if self.r.random() < 0.4:
            vraag = self.pick(questions)
            lines += ["  sluit_uit:", f"    - vraag: {vraag}",
                      f"      antwoorden: {plain_list([self.kh[vraag][-1]])}",
                      f"      reden: {q(self.pick(ZORG) + ' ' + self.pick(ZORG_ZIN) + '.')}"]
        if self.r.random() < 0.5:
            lines.append(f"  let_op: {q(self.pick(ZORG) + ' ' + self.pick(ZORG_ZIN) + '.')}")
        return lines

    def fill_werkzame_elementen_bodies(self):
        # Bodies of werkzame elementen link to aanpakken, so they are written after those exist.
        for doc in self.docs:
            if doc.type != "werkzaam-element":
                continue
            aanpak = self.pick(self.aanpak_slugs)
            doc.body = "\n\n".join([
                "## Wat is het?", self.para(2, 3),
                "## Waarom werkt het?", self.para(3, 4),
                "## In het gesprek met de klant", self.bullets(3, 4)
                + f"\n\nEen voorbeeld staat bij [[{aanpak}#hoe-werkt-het|hoe de aanpak werkt]].",
            ])

    def make_lessen(self):
        for i in range(self.n_les):
            title = f"{self.pick(LES_BEGIN)} {self.pick(LES_OBJ)}"
            slug = f"{slugify(title)}-{i + 1}"
            self.les_slugs.append(slug)
            title = f"{title} ({i + 1})"
            summary = self.summary(f"{self.pick(OBSERVATIE)} {self.effect_sub()} {self.pick(VOORWAARDE)}.",
                                   self.pick(["gemeenten die hun aanpak willen verbeteren", "professionals in de uitvoering",
                                              "beleidsmakers bij het Rijk", "teamleiders in het sociaal domein"]))
            gerelateerd = self.sample(self.aanpak_slugs, 1, 3) + self.sample(self.we_slugs, 0, 2)
            if self.les_slugs[:-1] and self.r.random() < 0.3:
                gerelateerd.append(self.pick(self.les_slugs[:-1]))
            bronnen, _ = self.bronnen_yaml(1, 3)
            voor = self.sample(LES_VOOR, 1, 2)
            thema = self.pick(THEMAS)
            front = "\n".join([f"titel: {q(title)}", f"samenvatting: {q(summary)}", f"voor: {plain_list(voor)}",
                               f"thema: {thema}", f"gerelateerd: {plain_list(gerelateerd)}", bronnen,
                               f"laatst_bijgewerkt: {self.date()}"])
            body = "\n\n".join([
                "## De les", self.para(2, 3, cite=False),
                "## Waarom", self.para(3, 4, links=gerelateerd),
                "## Wat betekent dit in de praktijk?", self.bullets(3, 5),
            ])
            self.add(Doc("les", slug, f"lessen/{slug}.md", title, summary, front, body,
                         {"voor": ", ".join(voor), "thema": thema, "gerelateerd": ", ".join(gerelateerd)}))

    def make_soorten(self):
        for slug, title, domeinen, _ in SOORTEN:
            summary = self.summary(f"{title} helpt inwoners bij {self.two_problems()}.",
                                   "inwoners die daar zelf niet uitkomen")
            lines = [f"titel: {q(title)}", f"samenvatting: {q(summary)}", f"levensdomeinen: {plain_list(domeinen)}",
                     f"wanneer_verwijzen: {q('Bij ' + ' of '.join(self.r.sample(PROBLEEM, 2)) + '. Verwijs liever vroeg dan laat.')}"]
            if self.r.random() < 0.7:
                lines.append(self.bronnen_yaml(1, 2)[0])
            other = self.pick([s[0] for s in SOORTEN if s[0] != slug])
            body = "\n\n".join([
                "## Wat doet het?", self.para(2, 3),
                "## Voor wie?", self.para(2, 2, cite=False),
                "## Wanneer verwijs je?", self.bullets(2, 3),
                "## Tip voor de huisarts", self.para(2, 3, cite=False) + f" Zie ook [[{other}]].",
            ])
            self.add(Doc("voorzieningsoort", slug, f"sociale-kaart/soorten/{slug}.md", title, summary,
                         "\n".join(lines), body, {"levensdomeinen": ", ".join(domeinen)}))

    def make_voorzieningen(self):
        soort_slugs = [s[0] for s in SOORTEN]
        per_gemeente_counter: dict[int, int] = {}
        for i in range(self.n_vz):
            g = i % self.n_gemeenten + 1
            gemeente = f"Voorbeeldstad {g}"
            gslug = slugify(gemeente)
            # The first 26 cover every soort once; after that soorten are random.
            s_index = i if i < len(SOORTEN) else self.r.randrange(len(SOORTEN))
            sslug, stitle, sdomeinen, snaam = SOORTEN[s_index]
            n = per_gemeente_counter.get(g, 0) + 1
            per_gemeente_counter[g] = n
            wijk = self.pick(WIJK)
            naam = f"{snaam} {gemeente} {wijk}"
            slug = f"{gslug}-{slugify(snaam)}-{n}"
            org = f"{self.pick(ORG_VORM)} {self.pick(ORG_NAAM)}"
            summary = self.summary(f"{stitle} in {gemeente}: {self.pick(PROF)} {self.actie()}.",
                                   f"inwoners van {gemeente} met {self.pick(PROBLEEM)}")
            lines = [f"naam: {q(naam)}", f"samenvatting: {q(summary)}", f"organisatie: {q(org)}",
                     f"soort: {sslug}", f"gemeente: {q(gemeente)}",
                     f"werkgebied: {q(self.pick(['Heel ' + gemeente, 'Wijk ' + wijk + ', ' + gemeente, 'Regio rond ' + gemeente]))}"]
            if self.r.random() < 0.9:
                letters = chr(65 + self.r.randrange(26)) + chr(65 + self.r.randrange(26))
                lines.append(f"adres: {{ straat: {q(self.pick(STRAAT) + ' ' + str(self.r.randint(1, 250)))}, "
                             f"postcode: \"0000 {letters}\", plaats: {q(gemeente)} }}")
            lines.append(f"telefoon: \"0123 {self.r.randint(0, 99):02d} {self.r.randint(0, 99):02d} {self.r.randint(0, 99):02d}\"")
            if self.r.random() < 0.8:
                lines.append(f"email: \"{slugify(snaam)}@{gslug}.example\"")
            if self.r.random() < 0.8:
                lines.append(f"website: \"https://{gslug}.example/{slugify(snaam)}-{n}\"")
            if self.r.random() < 0.85:
                lines.append("openingstijden:")
                for dag in self.sample(WEEKDAGEN[:5], 2, 5) if self.r.random() < 0.9 else WEEKDAGEN:
                    if self.r.random() < 0.5:
                        ranges = ["09:00-12:00", "13:00-17:00"]
                    else:
                        start = self.r.randint(8, 13)
                        ranges = [f"{start:02d}:{self.pick(['00', '30'])}-{start + self.r.randint(2, 5):02d}:00"]
                    lines.append(f"  {dag}: {qlist(ranges)}")
                if self.r.random() < 0.5:
                    lines.append(f"openingstijden_toelichting: {q(self.pick(['Alleen op afspraak.', 'Inloopspreekuur zonder afspraak.', 'Telefonisch bereikbaar op werkdagen.', 'In schoolvakanties beperkt open.']))}")
            lines.append(f"doelgroep: {q('Inwoners van ' + gemeente + ' met ' + ' of '.join(self.r.sample(PROBLEEM, 2)) + '.')}")
            lines.append(f"kosten: {q(self.pick(KOSTEN))}")
            aanmelden = self.sample(AANMELDEN, 1, 3)
            lines.append(f"aanmelden: {plain_list(aanmelden)}")
            if self.r.random() < 0.7:
                lines.append(f"aanmelden_toelichting: {q('Bel, mail of kom langs. ' + self.pick(PROF).capitalize() + ' mag u ook aanmelden, als u daar toestemming voor geeft.')}")
            if self.r.random() < 0.6:
                lines.append(f"wachttijd: {q(self.pick(WACHTTIJD))}")
            x = self.r.random()
            status = "actief" if x < 0.93 else ("tijdelijk-gesloten" if x < 0.98 else "opgeheven")
            lines.append(f"status: {status}")
            if status != "actief":
                lines.append(f"status_toelichting: {q('Tijdelijk dicht door een verbouwing.' if status == 'tijdelijk-gesloten' else 'Opgeheven; kijk bij een andere voorziening in de buurt.')}")
            if self.r.random() < 0.3:
                lines.append(f"levensdomeinen: {plain_list(self.sample(sdomeinen, 1, len(sdomeinen)))}")
            lines.append(f"laatst_gecontroleerd: {self.date()}")
            lines.append("voorbeeld: true")
            # About ten sentences of body text.
            body = "\n\n".join([
                "## Wat gebeurt er?",
                " ".join(self.sentence() for _ in range(4)),
                "## Wat neemt u mee?",
                "\n".join(f"- {item}" for item in self.sample(
                    ["Uw identiteitsbewijs.", "Uw laatste uitkeringsspecificatie.", "Brieven en aanmaningen, ook als ze nog dicht zijn.",
                     "Afschriften van uw bankrekening.", "Uw huurcontract.", "Een verwijsbrief, als u die hebt."], 2, 3)),
                "## Goed om te weten",
                " ".join(self.sentence() for _ in range(3)) + f" Meer over dit soort hulp: [[{sslug}]].",
            ])
            self.add(Doc("voorziening", slug, f"sociale-kaart/{gslug}/{slug}.md", naam, summary, "\n".join(lines), body,
                         {"organisatie": org, "soort": sslug, "gemeente": gemeente, "status": status,
                          "aanmelden": ", ".join(aanmelden)}))

    def make_paginas(self):
        for slug, title, volgorde in PAGINAS:
            summary = self.summary(f"{title} van deze synthetische testsite voor benchmarks.", "iedereen die de site test")
            front = "\n".join([f"titel: {q(title)}", f"samenvatting: {q(summary)}",
                               f"laatst_bijgewerkt: {self.date()}", f"volgorde: {volgorde}"])
            body = "\n\n".join(["## Waarom deze pagina?", self.para(2, 3, cite=False),
                                "## Meer weten?", self.para(2, 3, cite=False) + f" Begin bij [[{self.aanpak_slugs[0]}]]."])
            self.add(Doc("pagina", slug, f"paginas/{slug}.md", title, summary, front, body, {}))

    def generate(self) -> list[Doc]:
        self.make_bronnen()
        self.make_werkzame_elementen()
        self.make_aanpakken()
        self.fill_werkzame_elementen_bodies()
        self.make_lessen()
        self.make_soorten()
        self.make_voorzieningen()
        self.make_paginas()
        return self.docs


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def prepare_dir(path: str):
    """Empty `path` if it is absent, empty or an earlier output of this script; refuse otherwise."""
    if os.path.isdir(path) and os.listdir(path):
        if not (os.path.exists(os.path.join(path, ".corpus.json")) or os.path.exists(os.path.join(path, ".hugo-corpus.json"))):
            raise SystemExit(f"{path} is not empty and was not written by gen_corpus.py; refusing to overwrite it")
        shutil.rmtree(path)
    os.makedirs(path, exist_ok=True)


def write_file(root: str, rel: str, text: str):
    full = os.path.join(root, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def read_keuzehulp_page(path: str) -> tuple[str, str, str]:
    """(titel, samenvatting, body) of keuzehulp.md, read loosely."""
    text = open(path, encoding="utf-8").read()
    parts = text.split("\n---\n", 1)
    front, body = (parts[0], parts[1]) if len(parts) == 2 else (text, "")
    def field_value(name, default):
        m = re.search(rf"^{name}:\s*(.+)$", front, re.M)
        if not m:
            return default
        v = m.group(1).strip()
        return json.loads(v) if v.startswith('"') else v
    return field_value("titel", "Keuzehulp"), field_value("samenvatting", ""), body


WIKILINK = re.compile(r"\[\[([^\[\]|#]+)(?:#([^\[\]|]+))?(?:\|([^\[\]]*))?\]\]")


def hugo_body(doc: Doc, by_slug: dict[str, Doc]) -> str:
    """The Markdown body with [[slug]] links turned into relative links to the target page."""
    base = posixpath.dirname(doc.url) or "."
    def repl(m):
        target = by_slug[m.group(1).strip()]
        href = posixpath.relpath(target.url, base)
        if m.group(2):
            href += "#" + m.group(2)
        return f"[{m.group(3) or target.title}]({href})"
    return WIKILINK.sub(repl, doc.body)


HUGO_BASEOF = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.samenvatting }}">
</head>
<body>
<header><a href="{{ "index.html" | relURL }}">{{ .Site.Title }}</a></header>
<main>
{{ block "main" . }}{{ end }}
</main>
<footer><p>Synthetische testsite voor benchmarks.</p></footer>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}
<article data-pagefind-body>
<h1>{{ .Title }}</h1>
{{ with .Params.samenvatting }}<p class="samenvatting">{{ . }}</p>{{ end }}
{{ with .Params.velden }}
<dl class="velden">
{{ range $k, $v := . }}<dt>{{ $k }}</dt><dd>{{ $v }}</dd>
{{ end }}
</dl>
{{ end }}
{{ .Content }}
</article>
{{ end }}
"""

HUGO_LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ with .Params.samenvatting }}<p>{{ . }}</p>{{ end }}
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.samenvatting }} – {{ . }}{{ end }}</li>
{{ end }}
</ul>
{{ end }}
"""

HUGO_CONFIG = """baseURL = "/"
languageCode = "nl"
defaultContentLanguage = "nl"
title = "Meedoenwijzer (Hugo-vergelijking)"
uglyURLs = true
relativeURLs = true
buildFuture = true
disableKinds = ["taxonomy", "term", "RSS"]
[markup.goldmark.renderer]
unsafe = false
"""


def write_hugo(out: str, docs: list[Doc]):
    prepare_dir(out)
    write_file(out, "hugo.toml", HUGO_CONFIG)
    write_file(out, "layouts/_default/baseof.html", HUGO_BASEOF)
    write_file(out, "layouts/_default/single.html", HUGO_SINGLE)
    write_file(out, "layouts/_default/list.html", HUGO_LIST)
    by_slug = {d.slug: d for d in docs}
    for doc in docs:
        front = ["---", f"title: {q(doc.title)}", f"samenvatting: {q(doc.summary)}", f"type_mw: {q(doc.type)}"]
        if doc.fields:
            front.append("velden:")
            for k, v in doc.fields.items():
                front.append(f"  {q(k)}: {q(v)}")
        front.append("---")
        path = doc.path if doc.type != "pagina" else f"{doc.slug}.md"
        write_file(out, "content/" + path, "\n".join(front) + "\n" + hugo_body(doc, by_slug) + "\n")
    with open(os.path.join(out, ".hugo-corpus.json"), "w") as f:
        json.dump({"pages": len(docs)}, f)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, required=True, help="number of documents (all types together)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="content folder to write (emptied first)")
    ap.add_argument("--hugo-out", help="also write the same pages as a plain Hugo site here")
    ap.add_argument("--source-content", default=os.path.join(REPO, "content"),
                    help="where keuzehulp.md and site.yml are copied from (default: the repo's content/)")
    args = ap.parse_args(argv)

    keuzehulp_src = os.path.join(args.source_content, "keuzehulp.md")
    site_src = os.path.join(args.source_content, "site.yml")
    gen = Generator(args.docs, args.seed, load_keuzehulp_ids(keuzehulp_src))
    docs = gen.generate()

    prepare_dir(args.out)
    for doc in docs:
        write_file(args.out, doc.path, f"---\n{doc.front}\n---\n{doc.body}\n")
    shutil.copyfile(keuzehulp_src, os.path.join(args.out, "keuzehulp.md"))
    shutil.copyfile(site_src, os.path.join(args.out, "site.yml"))
    titel, samenvatting, body = read_keuzehulp_page(keuzehulp_src)
    docs.append(Doc("keuzehulp", "keuzehulp", "keuzehulp.md", titel, samenvatting, "", body, {}))

    counts: dict[str, int] = {}
    for d in docs:
        counts[d.type] = counts.get(d.type, 0) + 1
    meta = {"generator": GENERATOR_VERSION, "docs": args.docs, "seed": args.seed, "counts": counts,
            "gemeenten": gen.n_gemeenten}
    assert len(docs) == args.docs, (len(docs), args.docs)
    with open(os.path.join(args.out, ".corpus.json"), "w") as f:
        json.dump(meta, f, indent=1, sort_keys=True)
    if args.hugo_out:
        write_hugo(args.hugo_out, docs)
        with open(os.path.join(args.hugo_out, ".hugo-corpus.json"), "w") as f:
            json.dump(meta, f, indent=1, sort_keys=True)
    print(f"{len(docs)} documents in {args.out} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}; "
          f"{gen.n_gemeenten} gemeenten)" + (f"; Hugo site in {args.hugo_out}" if args.hugo_out else ""))


if __name__ == "__main__":
    main()
