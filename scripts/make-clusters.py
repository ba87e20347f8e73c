#!/usr/bin/env python3
"""Builds Sources/DossierCore/Resources/word-clusters.txt, the tagger's word clusters and usual-case table.

Usage: scripts/make-clusters.py CORPORA_DIR OUT_FILE

Reads the running text of two corpora under CORPORA_DIR (the project's shared/corpora):
  conll2003/eng.train          CoNLL-2003 English training text (Reuters, research licence; never eng.testa,
                               the tagger's dev set)
  gmb/gmb-ner-subset.csv       Groningen Meaning Bank subset (Voice of America news, public domain)
Only the words are read, never the annotations.

Each word (lower-cased, digits as 0, curly quotes straight: the tagger's normalised form) seen at least
MIN_COUNT times gets a vector of its left and right neighbours (positive PMI over the commonest
CONTEXTS words, reduced to DIMS dimensions by a truncated SVD). Spherical k-means puts the words in
LEAVES clusters, and Ward's agglomerative clustering of the cluster centres joins those into a binary
tree, as Brown clustering would: a word's path from the root (0 left, 1 right, at most MAX_DEPTH bits)
names its cluster, and the tagger reads prefixes of the path for coarser groups. Each word also gets its
usual case in running text (ignoring sentence-initial words and lines written all in capitals or title
case): l lower, c capitalised, u all capitals, m mixed, - too rare to say.

Output lines: WORD<TAB>PATH<TAB>case. Deterministic: needs numpy and scipy only.
"""
import collections
import glob
import importlib
import os
import re
import sys

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds
from scipy.cluster.hierarchy import linkage, to_tree

MIN_COUNT = int(os.environ.get("MIN_COUNT", 3))
CONTEXTS = 3000
DIMS = int(os.environ.get("DIMS", 80))
LEAVES = int(os.environ.get("LEAVES", 640))
MAX_DEPTH = 20
SEED = 2003
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})


def normalise(word):
    return re.sub(r"\d", "0", word.translate(QUOTES).lower())


def conll(path):
    sentence = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if sentence:
                    yield sentence
                sentence = []
            else:
                sentence.append(parts[0])
    if sentence:
        yield sentence


def is_case_neutral(sentence):
    """Lines in capitals or title case say nothing about a word's usual case."""
    letters = [w for w in sentence if any(c.isalpha() for c in w)]
    if not letters:
        return True
    if all(not any(c.islower() for c in w) for w in letters):
        return True
    long_words = [w for w in letters if len(w) > 3]
    return len(long_words) > 2 and all(w[0].isupper() for w in long_words)


def main():
    root, out = sys.argv[1], sys.argv[2]
    sentences = list(conll(os.path.join(root, "conll2003", "eng.train")))
    # The GMB reader is make-lexicons.py's (the file name has a hyphen, so it is imported by name).
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    gmb = importlib.import_module("make-lexicons").sentences_gmb
    sentences += list(gmb(os.path.join(root, "gmb", "gmb-ner-subset.csv")))
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} tokens", file=sys.stderr)

    counts = collections.Counter()
    case = collections.defaultdict(collections.Counter)
    for s in sentences:
        norm = [normalise(w) for w in s]
        counts.update(norm)
        if is_case_neutral(s):
            continue
        for i, (w, n) in enumerate(zip(s, norm)):
            if i == 0 or not w[:1].isalpha():
                continue
            if len(w) > 1 and w.isupper():
                case[n]["u"] += 1
            elif w[0].isupper():
                case[n]["c"] += 1
            else:
                case[n]["l"] += 1

    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for s in sentences:
        norm = ["<s>"] + [normalise(w) for w in s] + ["</s>"]
        for i in range(1, len(norm) - 1):
            r = index.get(norm[i])
            if r is None:
                continue
            for offset, side in ((-1, 0), (1, 1), (-2, 2), (2, 3)):
                j = i + offset
                c = norm[j] if 0 <= j < len(norm) else "<s>"
                k = contexts.get(c, CONTEXTS + (0 if c in ("<s>", "</s>") else 1))
                rows.append(r)
                cols.append(side * (CONTEXTS + 2) + k)
    m = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 4 * (CONTEXTS + 2)))
    m.sum_duplicates()
    total = m.sum()
    word_p = np.asarray(m.sum(axis=1)).ravel() / total
    ctx = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    ctx_p = ctx / ctx.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total / (word_p[coo.row] * ctx_p[coo.col]))
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    u, sigma, _ = svds(ppmi, k=DIMS, v0=np.ones(min(ppmi.shape)) / np.sqrt(min(ppmi.shape)))
    vectors = u * np.sqrt(sigma)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12

    weights = np.log1p(np.array([counts[w] for w in vocab], dtype=float))
    leaves, centres = kmeans(vectors, weights, LEAVES)
    paths = tree_paths(centres)

    with open(out, "w", encoding="utf-8") as f:
        for i, w in enumerate(vocab):
            if any(ch.isspace() for ch in w):
                continue
            c = case.get(w, collections.Counter())
            seen = sum(c.values())
            if seen < 2:
                usual = "-"
            else:
                top, n = c.most_common(1)[0]
                usual = top if n >= 0.8 * seen else "m"
            f.write(f"{w}\t{paths[leaves[i]]}\t{usual}\n")
    print(f"{len(vocab)} words", file=sys.stderr)


def kmeans(x, weights, k, iterations=25):
    """Spherical k-means, seeded by k-means++ from a fixed random state; returns a cluster id per row."""
    rng = np.random.RandomState(SEED + k)
    centres = [x[0]]
    closest = 1 - x @ x[0]
    for _ in range(1, k):
        p = np.maximum(closest, 0) * weights
        c = x[rng.choice(len(x), p=p / p.sum())]
        centres.append(c)
        closest = np.minimum(closest, 1 - x @ c)
    centres = np.array(centres)
    for _ in range(iterations):
        labels = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = labels == j
            if members.any():
                c = (x[members] * weights[members, None]).sum(axis=0)
                centres[j] = c / (np.linalg.norm(c) + 1e-12)
    labels = np.argmax(x @ centres.T, axis=1)
    return labels, centres


def tree_paths(centres):
    """Each centre's path in the tree that Ward's method builds over the centres (at most MAX_DEPTH bits)."""
    root = to_tree(linkage(centres, method="ward"))
    paths = {}
    stack = [(root, "")]
    while stack:
        node, path = stack.pop()
        if node.is_leaf():
            paths[node.id] = path[:MAX_DEPTH] or "0"
        else:
            stack.append((node.left, path + "0"))
            stack.append((node.right, path + "1"))
    return [paths[i] for i in range(len(centres))]


if __name__ == "__main__":
    main()
