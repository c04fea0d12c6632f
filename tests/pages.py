"""One page of each type of the real site, with what to do to bring it in its interesting state."""


def page_types(index):
    docs = index["documenten"]

    def first(t, pred=lambda d: True):
        return next(d["url"] for d in docs if d["type"] == t and pred(d))

    return {
        "home": "index.html",
        "aanpakken-overzicht": "aanpakken/index.html",
        "aanpakken-per-element": "aanpakken/per-werkzaam-element.html",
        "elementen-overzicht": "werkzame-elementen/index.html",
        "lessen-overzicht": "lessen/index.html",
        "bronnen-overzicht": "bronnen/index.html",
        "sociale-kaart": "sociale-kaart/index.html",
        "aanpak": first("aanpak"),
        "werkzaam-element": first("werkzaam-element"),
        "les": first("les"),
        "bron": first("bron"),
        "voorzieningsoort": first("voorzieningsoort"),
        "voorziening": first("voorziening", lambda d: d["velden"].get("openingstijden")),
        "voorziening-gesloten": first("voorziening", lambda d: d["velden"]["status"] != "actief"),
        "gemeente": "sociale-kaart/voorbeeldstad/index.html",
        "printlijst": "sociale-kaart/voorbeeldstad/print.html",
        "pagina": "over.html",
        "zoeken": "zoeken.html?q=schulden",
        "keuzehulp": "keuzehulp.html#basis=niet-op-orde&domeinen=financien,sociaal-netwerk&gemeente=voorbeeldstad",
        "404": "404.html",
    }
