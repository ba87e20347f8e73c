import Foundation
import Testing

/// The window resized 200 times in two seconds, between 1×1 and 300×100, while the reader scrolls: it keeps running
/// and, once the window settles, shows exactly what a reader started at that size shows.
@Suite(.serialized) struct ResizeStormTests {
    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func readerSurvivesAResizeStorm() throws {
        let stormed = try ReaderHarness(width: 100, height: 30)
        try stormed.waitForList()
        let pid = try #require(stormed.pid)
        try stormed.session.send("Enter", "Tab")
        try stormed.session.waitFor("the open article") { $0.contains("Paragraph 3 of the Alpha piece") }
        let opened = Date()

        var random = SplitMix(seed: 7)
        let sizes = (0..<200).map { index -> (Int, Int) in
            switch index {
            case 0: (1, 1)
            case 1: (300, 100)
            default: (1 + Int(random.next() % 300), 1 + Int(random.next() % 100))
            }
        }
        let start = Date()
        for (batch, chunk) in stride(from: 0, to: sizes.count, by: 10).map({ ($0 / 10, sizes[$0..<$0 + 10]) }) {
            var commands: [String] = []
            for (width, height) in chunk {
                commands += ["resize-window", "-t", stormed.session.name, "-x", "\(width)", "-y", "\(height)", ";",
                             "send-keys", "-t", stormed.session.name, "j", ";"]
            }
            try stormed.session.tmux(Array(commands.dropLast()))
            let due = start.addingTimeInterval(Double(batch + 1) * 0.1)
            if due > Date() { usleep(UInt32(due.timeIntervalSinceNow * 1_000_000)) }
        }
        let stormSeconds = Date().timeIntervalSince(start)
        print(String(format: "resize storm: %d resizes with a scroll key each in %.2f s", sizes.count, stormSeconds))
        #expect(stormSeconds < 2.5, "the storm took \(stormSeconds) s")

        // Settle at 120×40 and go to the article's top once the reader has marked it read (two seconds open).
        try stormed.session.tmux(["resize-window", "-t", stormed.session.name, "-x", "120", "-y", "40"])
        if Date().timeIntervalSince(opened) < 3 { usleep(UInt32((3 - Date().timeIntervalSince(opened)) * 1_000_000)) }
        try stormed.session.send("g")
        #expect(stormed.pid == pid, "the reader that weathered the storm is the one that started")

        // A reader started at 120×40 and brought to the same place.
        let calm = try ReaderHarness(width: 120, height: 40)
        try calm.waitForList()
        try calm.session.send("Enter", "Tab")
        try calm.session.waitFor("the open article") { $0.contains("Paragraph 3 of the Alpha piece") }
        usleep(3_000_000)
        try calm.session.send("g")
        let expected = try Self.settled(calm.session)

        let final = try stormed.session.waitFor("the stormed reader showing the calm reader's screen") { $0 == expected }
        #expect(final.split(separator: "\n", omittingEmptySubsequences: false).count >= 40)
        #expect(stormed.pid == pid)
    }

    /// The screen once two captures a quarter of a second apart agree.
    private static func settled(_ session: TmuxSession) throws -> String {
        var previous = try session.screen()
        for _ in 0..<40 {
            usleep(250_000)
            let screen = try session.screen()
            if screen == previous { return screen }
            previous = screen
        }
        return previous
    }
}
