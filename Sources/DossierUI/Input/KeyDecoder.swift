/// Turns what a curses-style terminal library reports into ``InputEvent``s, without calling
/// the library: the backend supplies the library's key codes and mouse masks, so decoding is a
/// pure function that tests can exercise with any values.
public struct KeyDecoder: Sendable {
    /// One unit of raw input.
    public enum RawInput: Hashable, Sendable {
        /// A character read as a wide character (`get_wch` returning `OK`).
        case character(UInt32)
        /// A function-key code (`get_wch` returning `KEY_CODE_YES`).
        case keyCode(Int32)
        /// A mouse report (`getmouse`): position and button-state mask.
        case mouse(x: Int, y: Int, buttons: UInt)
        /// A resize report with the new size.
        case resize(Size)
    }

    /// The library's codes for named keys.
    public struct KeyCodes: Sendable {
        public var up, down, left, right: Int32
        public var pageUp, pageDown, home, end: Int32
        public var enter, backspace, delete, insert, backTab: Int32
        /// The code of F0; Fn is `f0 + n`.
        public var f0: Int32

        public init(
            up: Int32, down: Int32, left: Int32, right: Int32,
            pageUp: Int32, pageDown: Int32, home: Int32, end: Int32,
            enter: Int32, backspace: Int32, delete: Int32, insert: Int32, backTab: Int32, f0: Int32
        ) {
            (self.up, self.down, self.left, self.right) = (up, down, left, right)
            (self.pageUp, self.pageDown, self.home, self.end) = (pageUp, pageDown, home, end)
            (self.enter, self.backspace, self.delete, self.insert, self.backTab) = (enter, backspace, delete, insert, backTab)
            self.f0 = f0
        }
    }

    /// The library's mouse button masks that mean a click and each wheel direction.
    public struct MouseMasks: Sendable {
        public var click: UInt
        public var wheelUp: UInt
        public var wheelDown: UInt

        public init(click: UInt, wheelUp: UInt, wheelDown: UInt) {
            (self.click, self.wheelUp, self.wheelDown) = (click, wheelUp, wheelDown)
        }
    }

    public let keyCodes: KeyCodes
    public let mouseMasks: MouseMasks

    public init(keyCodes: KeyCodes, mouseMasks: MouseMasks) {
        self.keyCodes = keyCodes
        self.mouseMasks = mouseMasks
    }

    /// The event for `input`, or nil when it means nothing to the reader (an unknown key code,
    /// a stray control character, a mouse report that is neither click nor wheel).
    public func decode(_ input: RawInput) -> InputEvent? {
        switch input {
        case .character(let value): return decodeCharacter(value).map(InputEvent.key)
        case .keyCode(let code): return decodeKeyCode(code).map(InputEvent.key)
        case .resize(let size): return .resize(size)
        case .mouse(let x, let y, let buttons):
            let point = Point(x: x, y: y)
            if buttons & mouseMasks.wheelUp != 0 { return .mouse(.wheelUp(point)) }
            if buttons & mouseMasks.wheelDown != 0 { return .mouse(.wheelDown(point)) }
            if buttons & mouseMasks.click != 0 { return .mouse(.click(point)) }
            return nil
        }
    }

    private func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00...0x1F, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            switch scalar.properties.generalCategory {
            case .control, .format, .surrogate, .unassigned, .lineSeparator, .paragraphSeparator: return nil
            default: return .character(Character(scalar))
            }
        }
    }

    private func decodeKeyCode(_ code: Int32) -> Key? {
        let codes = keyCodes
        switch code {
        case codes.up: return .up
        case codes.down: return .down
        case codes.left: return .left
        case codes.right: return .right
        case codes.pageUp: return .pageUp
        case codes.pageDown: return .pageDown
        case codes.home: return .home
        case codes.end: return .end
        case codes.enter: return .enter
        case codes.backspace: return .backspace
        case codes.delete: return .delete
        case codes.insert: return .insert
        case codes.backTab: return .backTab
        case (codes.f0 + 1)...(codes.f0 + 63): return .function(Int(code - codes.f0))
        default: return nil
        }
    }
}
