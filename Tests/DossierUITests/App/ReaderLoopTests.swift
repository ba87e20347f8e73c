import DossierApp
import DossierUI
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The run loop `dossier read` runs, on a recording terminal: events go through the keymap and the session, every
/// turn draws a frame, and the loop performs the effects left to it (quitting, suspending).
struct ReaderLoopTests {
    @Test func keysReachTheStateAndQuitEndsTheLoop() {
        let terminal = RecordingTerminal(size: Size(width: 120, height: 40), events: [.key(.character("j")), .key(.character("Q"))])
        let state = FixtureLibrary.state()
        var session = ReaderSession(state: state, collection: FixtureLibrary.collection(for: state.library))
        ReaderLoop.run(&session, terminal: terminal, indexer: nil)
        #expect(session.state.list.selectedIndex == 1)
        #expect(terminal.frameCount == 2, "one frame before each event read, none after quitting")
        #expect(terminal.screen == Screen.render(session.state))
    }

    @Test func suspendingHandsTheScreenBackAndRepaintsIt() {
        // The loop stops the process with SIGTSTP between suspending and resuming the terminal; ignored here.
        let previous = signal(SIGTSTP, SIG_IGN)
        defer { signal(SIGTSTP, previous) }
        let terminal = RecordingTerminal(size: Size(width: 120, height: 40), events: [.key(.control("z")), .key(.character("Q"))])
        let state = FixtureLibrary.state()
        var session = ReaderSession(state: state, collection: FixtureLibrary.collection(for: state.library))
        ReaderLoop.run(&session, terminal: terminal, indexer: nil)
        let output = String(decoding: terminal.output, as: UTF8.self)
        let left = output.range(of: "\u{1B}[?1049l")
        let back = output.range(of: "\u{1B}[?1049h")
        #expect(left != nil && back != nil && left!.upperBound <= back!.lowerBound)
        #expect(!terminal.isSuspended)
        #expect(terminal.screen == Screen.render(session.state), "the frame is whole again after resuming")
    }
}
