#!/usr/bin/env python3
"""Writes a generated benchmark corpus as one JSON Lines export, the shape of a data set's dump, for timing how
long Dossier takes to index 100,000 records of one file (docs/benchmarks.md).

Each readable text file becomes one record: `title` (its first non-blank line), `text` (the rest), `domain` and
`url` (made from the file's path). Files that are not UTF-8 text (the corpus's bad files) are left out and counted.

    dossier-bench generate --articles 100000 --seed 1 /tmp/dossier-bench/corpus-100000-seed1
    scripts/export-jsonl.py /tmp/dossier-bench/corpus-100000-seed1 /tmp/jsonl/export.jsonl
    /usr/bin/time -v swift run -c release dossier index /tmp/jsonl --index /tmp/jsonl-index
"""
import json, os, sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, out = sys.argv[1:]
    written = skipped = 0
    with open(out, "w", encoding="utf-8") as sink:
        for folder, subfolders, files in os.walk(corpus):
            subfolders.sort()
            for name in sorted(files):
                if not name.endswith(".txt"):
                    continue
                path = os.path.join(folder, name)
                try:
                    text = open(path, encoding="utf-8").read()
                except (UnicodeDecodeError, OSError):
                    skipped += 1
                    continue
                lines = text.strip().split("\n", 1)
                if len(lines) < 2 or not lines[0].strip():
                    skipped += 1
                    continue
                relative = os.path.relpath(path, corpus)
                record = {"title": lines[0].strip(), "text": lines[1].strip(), "domain": "bench.example",
                          "url": "https://bench.example/" + relative.replace(os.sep, "/")}
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    print(f"{written} records written to {out}, {skipped} files left out")


if __name__ == "__main__":
    main()
