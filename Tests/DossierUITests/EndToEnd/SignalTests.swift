import DossierCore
import Foundation
import Testing

/// However the reader is ended — SIGTERM, SIGHUP, Ctrl-C's SIGINT, or a fatal error of its own — it hands the
/// terminal back in cooked mode with echo, and every mark it committed before is in the database.
@Suite(.serialized) struct SignalTests {
    enum Ending: String, CaseIterable, CustomTestStringConvertible {
        case terminate, hangUp, interrupt, fatalError
        var testDescription: String { rawValue }
    }

    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"), arguments: Ending.allCases)
    func terminalIsRestoredAndMarksKept(ending: Ending) throws {
        // The fatal error is forced right after the second mark is committed (see ReadCommand).
        let harness = try ReaderHarness(width: 120, height: 40,
                                        environment: ending == .fatalError ? ["DOSSIER_FATAL_AFTER_MARKS": "2"] : [:])
        try harness.waitForList()
        let pid = try #require(harness.pid)
        try harness.session.send("s")
        try harness.waitForStar(on: 0)
        try harness.session.send("j", "s")
        switch ending {
        case .terminate, .hangUp:
            try harness.waitForStar(on: 1)
            #expect(kill(pid, ending == .terminate ? SIGTERM : SIGHUP) == 0)
        case .interrupt:
            try harness.waitForStar(on: 1)
            try harness.session.send("C-c")
        case .fatalError:
            break
        }
        let after = try harness.aftermath()
        let expectedStatus: Set<Int> = switch ending {
        case .terminate: [128 + Int(SIGTERM)]
        case .hangUp: [128 + Int(SIGHUP)]
        case .interrupt: [128 + Int(SIGINT)]
        case .fatalError: [128 + Int(SIGILL), 128 + Int(SIGTRAP)]
        }
        #expect(after.exitStatus.map(expectedStatus.contains) == true, "exit status \(String(describing: after.exitStatus))")
        #expect(after.modes.isSuperset(of: ["icanon", "echo", "isig", "icrnl", "opost"]), "stty -a: \(after.modes.sorted())")
        #expect(after.modes.isDisjoint(with: ["-icanon", "-echo"]))
        let starred = try harness.marks().values.filter(\.isStarred)
        #expect(starred.count == 2, "both committed stars survive; found \(starred.count)")
        print("signal test: \(ending.rawValue): exit status \(after.exitStatus.map(String.init) ?? "none"), "
              + "\(after.modes.contains("icanon") ? "icanon" : "-icanon") \(after.modes.contains("echo") ? "echo" : "-echo"), "
              + "\(starred.count) of 2 committed stars in the database")
    }
}
