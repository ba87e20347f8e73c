#!/usr/bin/env python3
"""Checks that the code keeps the shape docs/architecture.md gives it; exit status 1 if not.

Folders: no two folders of a Swift module (`Sources/<Module>/<Folder>/`; the files at a module's top level form a
folder of their own) depend on each other, directly or through a cycle. A folder depends on another when one of its
files names a declaration the other makes at file scope: a type, a type alias, a function or a global constant.
Comments and the text of string literals are ignored (interpolated code is not), and a name that a file also
declares inside a type is taken to mean that nested declaration. Members that an extension adds to another folder's
type are not seen in the text; `--objects` sees them, as symbols one file's object uses and another's defines.

Handles: `DossierUI` names nothing that holds a thread, a lock, a file or an index (`FORBIDDEN`): its state is values
and `reduce` asks for everything else as effects.

Names: every path and every Dossier name that the map writes in backticks (outside code blocks) exists: a path as a
file or folder of the repository (or below a folder of `Sources/`), a type or module as declared in `Sources/`, and
`Type.member`, `.case` or `function(…)` as a declaration of that name. Lower-case words alone (SQL tables, columns)
and names in capitals (placeholders) are not checked.

    scripts/architecture.py                  every check, the names on docs/architecture.md
    scripts/architecture.py --graph          also every folder's dependencies, lowest layer first
    scripts/architecture.py --doc FILE.md    the names of another document (may be repeated)
    scripts/architecture.py --objects        after a debug build: also the references between the object files of
                                             each module's files (extension members included), read with llvm-nm
"""

import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SOURCES = os.path.join(ROOT, "Sources")
TOP_LEVEL = "(top level)"

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
TYPE_DECLARATION = re.compile(
    r"\b(?P<access>(?:(?:public|internal|package|private|fileprivate|open|final|indirect|nonisolated)\s+)*)"
    r"(?:class|struct|enum|protocol|actor|typealias)\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)")
VALUE_DECLARATION = re.compile(
    r"\b(?P<access>(?:(?:public|internal|package|private|fileprivate|nonisolated(?:\(unsafe\))?)\s+)*)"
    r"(?:func|let|var)\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)")


def strip_comments_and_strings(text):
    """The text with comments and string literals' text blanked (newlines kept), interpolations kept as code."""
    out = []
    i, n = 0, len(text)
    # Each entry is an open string: (delimiter, number of #, parenthesis depth of the interpolation it is in or None).
    strings = []
    depth = [0]  # parenthesis depth of the code being read (one per open interpolation, plus the file's)

    def blank(segment):
        out.append(re.sub(r"[^\n]", " ", segment))

    while i < n:
        if strings and strings[-1][2] is None:
            quote, hashes, _ = strings[-1]
            closing = quote + "#" * hashes
            if text.startswith(closing, i):
                blank(closing)
                i += len(closing)
                strings.pop()
                continue
            escape = "\\" + "#" * hashes
            if text.startswith(escape + "(", i):
                blank(escape)
                out.append("(")
                i += len(escape) + 1
                strings[-1] = (quote, hashes, 0)
                depth.append(0)
                continue
            if text.startswith(escape, i) and i + len(escape) < n:
                blank(text[i:i + len(escape) + 1])
                i += len(escape) + 1
                continue
            blank(text[i])
            i += 1
            continue
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            blank(text[i:end])
            i = end
            continue
        if text.startswith("/*", i):
            level, j = 1, i + 2
            while j < n and level:
                if text.startswith("/*", j):
                    level, j = level + 1, j + 2
                elif text.startswith("*/", j):
                    level, j = level - 1, j + 2
                else:
                    j += 1
            blank(text[i:j])
            i = j
            continue
        match = re.compile(r'(#*)("""|")').match(text, i)
        if match and (match.group(1) or c == '"'):
            hashes = len(match.group(1))
            blank(match.group(0))
            i = match.end()
            strings.append((match.group(2), hashes, None))
            continue
        if c == "(":
            depth[-1] += 1
        elif c == ")":
            if depth[-1] == 0 and len(depth) > 1 and strings and strings[-1][2] is not None:
                depth.pop()
                quote, hashes, _ = strings[-1]
                strings[-1] = (quote, hashes, None)
                out.append(")")
                i += 1
                continue
            depth[-1] -= 1
        out.append(c)
        i += 1
    return "".join(out)


class SourceFile:
    def __init__(self, module, folder, path):
        self.module, self.folder, self.path = module, folder, path
        with open(path, encoding="utf-8") as handle:
            self.code = strip_comments_and_strings(handle.read())
        self.top_level = set()  # names declared at file scope that other files can see
        self.nested = set()  # names declared inside a type or function
        self.scan_declarations()

    def scan_declarations(self):
        depth_at = brace_depths(self.code)
        for pattern in (TYPE_DECLARATION, VALUE_DECLARATION):
            for match in pattern.finditer(self.code):
                name = match.group("name")
                if depth_at[match.start("name")] > 0:
                    self.nested.add(name)
                elif not re.search(r"\b(private|fileprivate)\b", match.group("access")):
                    self.top_level.add(name)

    def references(self):
        """(name, line) for every identifier that is not a member access, an argument label or a declaration."""
        code, line, line_end = self.code, 1, self.code.find("\n")
        for match in IDENTIFIER.finditer(code):
            start, end = match.span()
            while 0 <= line_end < start:
                line, line_end = line + 1, code.find("\n", line_end + 1)
            before = previous_character(code, start)
            if before == "." and previous_character(code, code.rfind(".", 0, start)) != ".":
                continue
            if next_character(code, end) == ":" and before in "(,":
                continue
            yield match.group(0), line


def previous_character(code, index):
    index -= 1
    while index >= 0 and code[index].isspace():
        index -= 1
    return code[index] if index >= 0 else ""


def next_character(code, index):
    while index < len(code) and code[index].isspace():
        index += 1
    return code[index] if index < len(code) else ""


def brace_depths(code):
    depths, depth = [], 0
    for c in code:
        if c == "}":
            depth -= 1
        depths.append(depth)
        if c == "{":
            depth += 1
    return depths


def load_modules():
    modules = defaultdict(list)
    for module in sorted(os.listdir(SOURCES)):
        module_dir = os.path.join(SOURCES, module)
        for directory, _, files in os.walk(module_dir):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                relative = os.path.relpath(os.path.join(directory, name), module_dir)
                folder = relative.split(os.sep)[0] if os.sep in relative else TOP_LEVEL
                modules[module].append(SourceFile(module, folder, os.path.join(directory, name)))
    return modules


def folder_edges(files):
    """{(from, to): [(file, line, name)]} for the references between folders of one module."""
    declared_in = {}
    for source in files:
        for name in source.top_level:
            declared_in.setdefault(name, set()).add(source.folder)
    edges = defaultdict(list)
    for source in files:
        for name, line in source.references():
            if name in source.nested or name in source.top_level:
                continue
            for folder in declared_in.get(name, ()):
                if folder != source.folder:
                    edges[(source.folder, folder)].append((source.path, line, name))
    return edges


def cycles(folders, edges):
    """The strongly connected components of more than one folder (Tarjan's algorithm)."""
    successors = defaultdict(set)
    for source, target in edges:
        successors[source].add(target)
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def visit(folder):
        index[folder] = low[folder] = len(index)
        stack.append(folder)
        on_stack.add(folder)
        for target in sorted(successors[folder]):
            if target not in index:
                visit(target)
                low[folder] = min(low[folder], low[target])
            elif target in on_stack:
                low[folder] = min(low[folder], index[target])
        if low[folder] == index[folder]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == folder:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for folder in sorted(folders):
        if folder not in index:
            visit(folder)
    return components


def layers(folders, edges):
    """Folders from the lowest (depending on no other) up, for a module without cycles."""
    remaining, ordered = set(folders), []
    while remaining:
        ready = sorted(f for f in remaining if not any((f, t) in edges for t in remaining if t != f))
        if not ready:
            return ordered + sorted(remaining)
        ordered += ready
        remaining -= set(ready)
    return ordered


def place(reference):
    path, line, name = reference
    return f"{os.path.relpath(path, ROOT)}:{line} ({name})"


def object_edges(module, files):
    """{(from, to): [(file, 0, symbol)]} for the symbols one file's object uses and another folder's object defines,
    from the debug build's objects; None when the module has no debug build."""
    build = os.path.join(ROOT, ".build", "debug", f"{module}.build")
    swift = shutil.which("swift")
    if not os.path.isdir(build) or not swift:
        return None
    nm = os.path.join(os.path.dirname(os.path.realpath(swift)), "llvm-nm")
    by_name = {os.path.basename(source.path)[:-len(".swift")]: source for source in files}
    defined, used = {}, {}
    for name, source in by_name.items():
        objects = os.path.join(build, f"{name}.swift.o")
        if not os.path.exists(objects):
            continue
        listing = subprocess.run([nm, objects], capture_output=True, text=True, check=True).stdout
        used[source] = set()
        for line in listing.splitlines():
            fields = line.split()
            if len(fields) == 2 and fields[0] == "U":
                used[source].add(fields[1])
            elif len(fields) == 3 and fields[1].isupper() and fields[1] != "U":
                defined.setdefault(fields[2], source)
    edges = defaultdict(list)
    for source, symbols in used.items():
        for symbol in sorted(symbols):
            owner = defined.get(symbol)
            if owner and owner.folder != source.folder:
                edges[(source.folder, owner.folder)].append((source.path, 0, symbol))
    return edges


def check_folders(modules, show_graph, objects):
    failed = False
    for module, files in modules.items():
        folders = {source.folder for source in files}
        if len(folders) < 2:
            continue
        edges = folder_edges(files)
        if objects:
            found = object_edges(module, files)
            if found is None:
                failed = True
                print(f"{module}: no debug build to read objects from (run swift build first)")
            for edge, references in (found or {}).items():
                edges[edge] += references
        for component in cycles(folders, edges):
            failed = True
            print(f"{module}: folders that depend on each other: {', '.join(component)}")
            for (source, target), references in sorted(edges.items()):
                if source in component and target in component:
                    print(f"  {source} -> {target}: {len(references)} references, e.g. {place(references[0])}")
        if show_graph:
            print(f"{module}:")
            for folder in layers(folders, edges):
                targets = sorted(t for (s, t) in edges if s == folder)
                print(f"  {folder} -> {', '.join(targets) if targets else '(none)'}")
    if not failed:
        print("folders: no two folders of a module depend on each other")
    return failed


# What a module must not name, and why.
FORBIDDEN = {
    "DossierUI": ("a thread, lock, file or index handle", {
        "Thread", "Mutex", "NSLock", "NSRecursiveLock", "NSCondition", "DispatchQueue", "DispatchSemaphore",
        "OperationQueue", "Synchronization", "Dispatch", "Glibc", "Darwin", "GRDB", "FileManager", "FileHandle",
        "fopen", "Process", "Database", "DatabaseQueue", "DatabasePool", "CollectionIndex", "IndexedCollection",
        "MarkStore", "CollectionLoader", "ArticleAnalyser", "MentionSource", "OpenCollection",
    }),
}


def check_handles(modules):
    failed = False
    for module, (what, names) in FORBIDDEN.items():
        for source in modules.get(module, []):
            for name, line in source.references():
                if name in names:
                    failed = True
                    print(f"{os.path.relpath(source.path, ROOT)}:{line}: {module} names {name}, {what}")
    if not failed:
        print(f"handles: {', '.join(FORBIDDEN)} names no thread, lock, file or index handle")
    return failed


# Names from outside Dossier that the documents may write in backticks.
EXTERNAL = {
    "Sendable", "Mutex", "NSCondition", "NSLock", "Foundation", "Glibc", "Darwin", "Synchronization", "GRDB",
    "Crypto", "XMLParser", "ParsableCommand", "DatabaseMigrator", "FetchableRecord", "PersistableRecord", "Codable",
    "unicode/ucnv.h",
}
CASE_DECLARATION = re.compile(r"\bcase\s+([a-z_][A-Za-z0-9_]*(?:\([^)]*\))?(?:\s*,\s*[a-z_][A-Za-z0-9_]*(?:\([^)]*\))?)*)")
SWIFT_NAME = re.compile(r"^(\.?)([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(\(.*)?$")
PATH = re.compile(r"^[A-Za-z0-9_.][A-Za-z0-9_.+-]*(?:/[A-Za-z0-9_.+-]*)*$")


def declared_names(modules):
    """(types, modules and folders, every other declared name) over all of Sources and Tests."""
    types, members = set(), set()
    for directory, folders, _ in os.walk(SOURCES):
        types.update(folders)
    tests = [SourceFile("", "", os.path.join(directory, name))
             for directory, _, files in os.walk(os.path.join(ROOT, "Tests")) for name in files if name.endswith(".swift")]
    for files in list(modules.values()) + [tests]:
        for source in files:
            types.update(match.group("name") for match in TYPE_DECLARATION.finditer(source.code))
            members.update(match.group("name") for match in VALUE_DECLARATION.finditer(source.code))
            members.update(re.findall(r"\binit\b", source.code))
            for match in CASE_DECLARATION.finditer(source.code):
                members.update(re.findall(r"(?:^|,)\s*([a-z_][A-Za-z0-9_]*)", re.sub(r"\([^)]*\)", "", match.group(1))))
    return types, members - {"let", "var"}


def inline_code(markdown):
    """(line, text) of every code span outside fenced code blocks."""
    fenced = False
    for number, line in enumerate(markdown.split("\n"), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            for span in re.findall(r"`([^`]+)`", line):
                yield number, span


def path_exists(path):
    if os.path.exists(os.path.join(ROOT, path)):
        return True
    return any(os.path.exists(os.path.join(directory, path)) for directory, _, _ in os.walk(SOURCES))


def unknown_name(span, types, members):
    """Why `span` names nothing in the repository, or None when it does (or is not a name to check)."""
    if span in EXTERNAL:
        return None
    if "/" in span or re.search(r"\.(swift|md|py|h|txt|json|modulemap|sqlite)$", span):
        return "no such file or folder" if PATH.match(span) and not path_exists(span.rstrip("/")) else None
    name = SWIFT_NAME.match(span)
    if name and (name.group(1) or "." in name.group(2) or name.group(3) or name.group(2)[0].isupper()):
        parts = name.group(2).split(".")
        first = parts[0]
        if name.group(1):
            return None if first in members or first in types else f"no declaration of {first}"
        if first.isupper() and len(first) > 1 and len(parts) == 1:
            return None
        if first[0].isupper() and first not in types and first not in EXTERNAL:
            return f"no type or module {first}"
        if first[0].islower() and first not in members:
            return f"no declaration of {first}"
        missing = [part for part in parts[1:] if part not in members and part not in types]
        return f"no declaration of {', '.join(missing)}" if missing else None
    return None


def check_names(modules, documents):
    types, members = declared_names(modules)
    failed = False
    for document in documents:
        with open(os.path.join(ROOT, document), encoding="utf-8") as handle:
            markdown = handle.read()
        for line, span in inline_code(markdown):
            why = unknown_name(span, types, members)
            if why:
                failed = True
                print(f"{document}:{line}: `{span}`: {why}")
    if not failed:
        print(f"names: every name in {', '.join(documents)} exists")
    return failed


def main(arguments):
    documents = [arguments[i + 1] for i, argument in enumerate(arguments) if argument == "--doc"]
    modules = load_modules()
    failures = [check_folders(modules, "--graph" in arguments, "--objects" in arguments), check_handles(modules),
                check_names(modules, documents or ["docs/architecture.md"])]
    return 1 if any(failures) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
