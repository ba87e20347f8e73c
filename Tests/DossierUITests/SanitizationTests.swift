import DossierText
import DossierUI
import Testing

/// Hostile text must reach the grid, and the bytes sent to a terminal, only as visible placeholders.
@Suite struct SanitizationTests {
    struct Payload: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let shown: String
        var testDescription: String { name }
    }

    static let payloads: [Payload] = [
        Payload(name: "CSI clear screen", text: "a\u{1B}[2Jb", shown: "a␛b"),
        Payload(name: "SGR colour", text: "\u{1B}[1;31mred\u{1B}[0m", shown: "␛red␛"),
        Payload(name: "OSC 52 clipboard write", text: "x\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}y", shown: "x␛y"),
        Payload(name: "OSC 8 hyperlink", text: "\u{1B}]8;;http://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\", shown: "␛click␛"),
        Payload(name: "DCS request", text: "p\u{1B}P1$qm\u{1B}\\q", shown: "p␛q"),
        Payload(name: "C1 CSI", text: "a\u{9B}31mb", shown: "a␛b"),
        Payload(name: "C1 OSC ended by C1 ST", text: "a\u{9D}0;title\u{9C}b", shown: "a␛b"),
        Payload(name: "other C1 control", text: "a\u{84}b", shown: "a�b"),
        Payload(name: "charset designation", text: "\u{1B}(0lqk", shown: "␛lqk"),
        Payload(name: "lone ESC before ESC", text: "\u{1B}\u{1B}[A", shown: "␛␛"),
        Payload(name: "unterminated OSC stops at the line end", text: "a\u{1B}]0;title\nb", shown: "a␛␤b"),
        Payload(name: "right-to-left override", text: "abc\u{202E}fed", shown: "abc⇄fed"),
        Payload(name: "isolates", text: "\u{2066}x\u{2069}", shown: "⇄x⇄"),
        Payload(name: "right-to-left mark", text: "a\u{200F}b", shown: "a⇄b"),
        Payload(name: "BEL", text: "ding\u{07}!", shown: "ding␇!"),
        Payload(name: "backspace", text: "ab\u{08}c", shown: "ab␈c"),
        Payload(name: "NUL and DEL", text: "a\u{0}b\u{7F}", shown: "a␀b␡"),
        Payload(name: "carriage return", text: "safe\rEVIL", shown: "safe␤EVIL"),
        Payload(name: "tab", text: "a\tb", shown: "a b"),
    ]

    @Test(arguments: payloads)
    func controlsBecomeDimPlaceholdersInTheGrid(payload: Payload) {
        var grid = Grid(size: Size(width: 40, height: 1))
        grid.put(payload.text, at: Point(x: 0, y: 0))
        #expect(GridTests.rows(grid) == [payload.shown])
        for x in 0..<grid.width {
            let cell = grid[x, 0]
            #expect(cell.character.unicodeScalars.allSatisfy { !Self.isUnsafe($0) })
            if "␛␇␈␀␡␤�⇄".contains(cell.character) { #expect(cell.style.attributes.contains(.dim)) }
        }
    }

    @Test(arguments: payloads)
    func terminalReceivesNoRawControls(payload: Payload) {
        var grid = Grid(size: Size(width: 40, height: 2))
        grid.put(payload.text, at: Point(x: 0, y: 0))
        for line in wrap(payload.text, width: 10).prefix(1) { grid.put(line, at: Point(x: 0, y: 1)) }
        let terminal = RecordingTerminal(size: grid.size)
        terminal.draw(grid)
        #expect(Self.violations(in: terminal.output).isEmpty)
        #expect(terminal.screen.lines() == grid.lines())
    }

    /// The command line's lines are made safe as the grid's are; printable ASCII comes back as it was.
    @Test(arguments: payloads)
    func printedLinesShowThePlaceholders(payload: Payload) {
        #expect(ArticleText.safe(payload.text) == payload.shown)
        #expect(ArticleText.safe("id  path/to/file.txt  A \"title\" ~ {x} (2024)") == "id  path/to/file.txt  A \"title\" ~ {x} (2024)")
    }

    @Test func theByteCheckCatchesRawPayloads() {
        for payload in Self.payloads {
            #expect(!Self.violations(in: Array(payload.text.utf8)).isEmpty, "\(payload.name)")
        }
    }

    /// Scalars that must never be sent to a terminal outside the backend's own sequences.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Descriptions of everything in `bytes` that is not a cursor move (`ESC [ row ; column H`),
    /// a full style reset-and-set (`ESC [ 0 ; … m`, the only SGR form the recorder writes) or safe text.
    static func violations(in bytes: [UInt8]) -> [String] {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var problems: [String] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" {
                var end = index + 1
                guard end < scalars.count, scalars[end] == "[" else {
                    problems.append("bare ESC at \(index)")
                    index += 1
                    continue
                }
                end += 1
                var parameters = ""
                while end < scalars.count, "0123456789;".unicodeScalars.contains(scalars[end]) {
                    parameters.unicodeScalars.append(scalars[end])
                    end += 1
                }
                let fields = parameters.split(separator: ";", omittingEmptySubsequences: false)
                let isCursorMove = end < scalars.count && scalars[end] == "H" && fields.count == 2 && fields.allSatisfy { !$0.isEmpty }
                let isStyle = end < scalars.count && scalars[end] == "m" && fields.first == "0"
                if isCursorMove || isStyle {
                    index = end + 1
                    continue
                }
                problems.append("unexpected sequence at \(index)")
                index += 1
            } else {
                if isUnsafe(scalar) { problems.append("U+\(String(scalar.value, radix: 16)) at \(index)") }
                index += 1
            }
        }
        return problems
    }
}
