import GRDB

/// How the files a walk found differ from those the index holds: which to analyse, which are gone.
struct FileChanges {
    /// The walked files whose size or modification time differs from the indexed ones, or that are not indexed,
    /// each with the digest indexed for it (if any), in walk order.
    var candidates: [(path: String, digest: String?)]
    /// The indexed files the walk did not find.
    var vanished: [String] = []

    /// Compares `walked` with the `file` table of `db`, both in byte order of their paths: the table as its primary
    /// key orders it, the walk as it comes (one root) or sorted (several). A path walked twice is compared twice.
    init(walked: [FileWalker.Entry], _ db: Database) throws {
        var order = Array(walked.indices)
        if zip(walked, walked.dropFirst()).contains(where: { $0.path.compareBytes($1.path) > 0 }) {
            order.sort { walked[$0].path.compareBytes(walked[$1].path) < 0 }
        }
        var unchanged = [Bool](repeating: false, count: walked.count)
        var digests = [String?](repeating: nil, count: walked.count)
        var next = order.startIndex
        let rows = try Row.fetchCursor(db, sql: "SELECT path, size, modified, digest FROM file ORDER BY path")
        while let row = try rows.next() {
            let path: String = row[0]
            while next < order.endIndex, walked[order[next]].path.compareBytes(path) < 0 { next += 1 }  // not indexed
            let signature = FileSignature(size: row[1], modified: row[2])
            var found = false
            while next < order.endIndex, walked[order[next]].path.compareBytes(path) == 0 {
                let position = order[next]
                if walked[position].signature == signature { unchanged[position] = true } else { digests[position] = row[3] }
                found = true
                next += 1
            }
            if !found { vanished.append(path) }
        }
        candidates = walked.indices.compactMap { unchanged[$0] ? nil : (walked[$0].path, digests[$0]) }
    }
}
