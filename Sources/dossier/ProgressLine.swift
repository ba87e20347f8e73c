import DossierCore
import Foundation

/// A one-line progress bar on standard error while the index is updated: drawn only on a terminal, at most ten
/// times a second, and only when the update takes long enough to notice; nothing when standard error is piped.
final class ProgressLine {
    private let enabled = isatty(STDERR_FILENO) != 0
    private var lastDrawn = Date.distantPast
    private var drawn = false

    /// Draws `progress` over the previous line.
    func show(_ progress: IndexProgress) {
        guard enabled, progress.analysed > 0, Date().timeIntervalSince(lastDrawn) >= 0.1 || progress.isFinished else { return }
        lastDrawn = Date()
        let width = 30
        let filled = progress.total > 0 ? width * progress.done / progress.total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[2KIndexing [\(bar)] \(progress.summary)".utf8))
        drawn = true
    }

    /// Ends the progress line, if one was drawn.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }
}
