import Foundation

/// How far an index update has come: files examined and to examine, articles parsed and tagged, and the rate.
public struct IndexProgress: Sendable, Hashable {
    /// Files whose analysis is done (parsed and tagged, found unchanged, or refused with a problem).
    public var done: Int
    /// Files to look at in this update.
    public var total: Int
    /// Files parsed and tagged so far (new or changed).
    public var analysed: Int
    /// Seconds since the update began.
    public var elapsed: Double
    /// Whether every file is done and the entities of what changed are being resolved.
    public var isLinking = false

    public init(done: Int, total: Int, analysed: Int, elapsed: Double) {
        self.done = done
        self.total = total
        self.analysed = analysed
        self.elapsed = elapsed
    }

    /// Articles parsed and tagged per second so far.
    public var rate: Double { elapsed > 0 ? Double(analysed) / elapsed : 0 }

    /// Whether every file has been looked at.
    public var isFinished: Bool { done >= total }

    /// `1234 / 10000 articles · 850/s` (and `· linking entities` at the end), for a status bar or a progress line.
    public var summary: String {
        "\(done) / \(total) articles · \(Int(rate.rounded()))/s" + (isLinking ? " · linking entities" : "")
    }
}
