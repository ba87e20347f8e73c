import DossierCore
import DossierUI
import Foundation

/// The reader's run loop: draws the state, reads an event, and sends it (with the clock and what the background
/// indexer posted) through the session, until an effect says quit.
public enum ReaderLoop {
    /// Runs `session` on `terminal` while `indexer` (if any) brings the index up to date. Every half second without
    /// input the clock ticks, so an article open for two seconds is marked read; while the indexer runs, every tenth
    /// of a second, taking in its progress and finally the updated collection. Marks committed by other processes are
    /// taken in at every turn (`ReaderSession.refreshMarksMadeElsewhere`). The user's programs (`programs`) run with
    /// the terminal suspended.
    public static func run(_ session: inout ReaderSession, terminal: some Terminal, indexer: BackgroundIndexer?,
                           programs: ExternalPrograms = ExternalPrograms(environment: ProcessInfo.processInfo.environment)) {
        let start = ContinuousClock.now
        func seconds() -> Double {
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        while true {
            terminal.draw(Screen.render(session.state))
            let running = indexer?.isRunning ?? false
            let event = terminal.readEvent(timeout: .milliseconds(running ? 100 : 500))
            var left = session.send(.tick(seconds()))
            session.refreshMarksMadeElsewhere()
            for posted in indexer?.drain() ?? [] { session.take(posted) }
            if let event, let action = Keymap.action(for: event, in: session.state) { left += session.send(action) }
            while !left.isEmpty {
                switch left.removeFirst() {
                case .quit: return
                case .suspend:
                    terminal.suspend()
                    raise(SIGTSTP)
                    terminal.resume()
                case .editNote(let article, let text):
                    terminal.suspend()
                    let edited = programs.edit(text)
                    terminal.resume()
                    switch edited {
                    case .success(let note): left += session.send(.noteEdited(article, note))
                    case .failure(let error): left += session.send(.programFailed("Note not changed: \(error)"))
                    }
                case .openSource(let source):
                    terminal.suspend()
                    let opened = programs.open(source)
                    terminal.resume()
                    if case .failure(let error) = opened { left += session.send(.programFailed("Not opened: \(error)")) }
                default: break
                }
            }
        }
    }
}
