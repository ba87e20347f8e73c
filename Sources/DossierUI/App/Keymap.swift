/// Turns input events into actions through the state's binding table: the prompt's keys while a prompt is open
/// (characters are typed, never run), the help's while it shows, else the focused pane's, then those of anywhere.
public enum Keymap {
    /// The action for `event` in `state`, or nil when the event means nothing there.
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .resize(let size): return .resize(size)
        case .mouse(.click(let point)): return .click(point)
        case .mouse(.wheelUp(let point)): return .scroll(point, by: -3)
        case .mouse(.wheelDown(let point)): return .scroll(point, by: 3)
        case .key(let key):
            let bindings = state.bindings
            if state.prompt != nil {
                if let command = bindings.command(for: key, in: .prompt) { return command.action }
                if case .character(let character) = key { return .promptInput(character) }
                return nil
            }
            if state.showHelp { return bindings.command(for: key, in: .help)?.action }
            return (bindings.command(for: key, in: BindingContext(state.focus)) ?? bindings.command(for: key, in: .anywhere))?.action
        }
    }
}
