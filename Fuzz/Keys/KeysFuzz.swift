import DossierApp
import DossierCore
import DossierUI

/// A small collection with tagged entities, made once per fuzzing process.
private let collection: OpenCollection = {
    let texts = [
        "Harbour contract awarded to Acme Corp\n\nBy Jane Roe\n\nAcme Corp won the contract to rebuild the Springfield harbour, Mayor Sam Brook said on Friday.\n\nFollow The Springfield Star on Facebook\n",
        "Residents protest in Springfield\n\nDozens of residents marched through Springfield on Saturday. Sam Brook promised a meeting.\n",
    ]
    let articles = texts.enumerated().map { ArticleParser().parse(TextDecoding.decode(Array($0.element.utf8)), path: "article-\($0.offset).txt") }
    let resolution = MentionExtractor(tagger: try! EntityTagger.shipped()).entities(articles)
    return OpenCollection(name: "fuzz", articles: articles, resolution: resolution)
}()

/// ncurses 6 key codes and mouse masks, as the terminal backend passes them.
private let decoder = KeyDecoder(
    keyCodes: .init(up: 259, down: 258, left: 260, right: 261, pageUp: 339, pageDown: 338, home: 262, end: 360,
                    enter: 343, backspace: 263, delete: 330, insert: 331, backTab: 353, f0: 264),
    mouseMasks: .init(click: 0x2 | 0x4, wheelUp: 0x10000, wheelDown: 0x200000))

/// The libFuzzer test for the key decoder and everything keys drive: the bytes are read as a stream of raw
/// terminal inputs (characters of any value, key codes, mouse reports, resizes up to 300×100), decoded, mapped to
/// actions and reduced; every few events the screen is rendered and must hold no raw control character and no
/// split wide character.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bytes = UnsafeBufferPointer(start: data, count: size)[...]
    func take(_ count: Int) -> UInt32? {
        guard bytes.count >= count else { return nil }
        defer { bytes = bytes.dropFirst(count) }
        return bytes.prefix(count).reduce(0) { $0 << 8 | UInt32($1) }
    }
    // Keys go through a session, as in the reader: the effects they ask for (pages read, searches) are performed.
    var session = ReaderSession(collection: collection, size: Size(width: 100, height: 30))
    var events = 0
    while let kind = take(1), events < 400 {
        let raw: KeyDecoder.RawInput
        switch kind % 8 {
        case 0, 1, 2: guard let value = take(1) else { return 0 }; raw = .character(value)  // mostly ASCII
        case 3: guard let value = take(3) else { return 0 }; raw = .character(value)  // any value, valid or not
        case 4: guard let value = take(2) else { return 0 }; raw = .keyCode(Int32(value))
        case 5, 6:
            guard let x = take(1), let y = take(1), let button = take(1) else { return 0 }
            raw = .mouse(x: Int(x), y: Int(y), buttons: [0x2, 0x4, 0x10000, 0x200000, 0][Int(button) % 5])
        default:
            guard let width = take(1), let height = take(1) else { return 0 }
            raw = .resize(Size(width: Int(width) * 300 / 255, height: Int(height) * 100 / 255))
        }
        events += 1
        guard let event = decoder.decode(raw) else { continue }
        if case .key(.character(let character)) = event {
            precondition(!character.unicodeScalars.contains { $0.properties.generalCategory == .control }, "a control character decoded as a key")
        }
        if let action = Keymap.action(for: event, in: session.state) { session.send(action) }
        if events % 8 == 0 { check(Screen.render(session.state)) }
    }
    check(Screen.render(session.state))
    return 0
}

/// Traps when the grid holds something a terminal must never receive raw.
private func check(_ grid: Grid) {
    for cell in grid.cells {
        for scalar in cell.character.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                preconditionFailure("raw U+\(String(scalar.value, radix: 16)) in a cell")
            default: break
            }
        }
    }
    for y in 0..<grid.height {
        for x in 0..<grid.width where grid[x, y].isContinuation {
            precondition(x > 0 && !grid[x - 1, y].isContinuation, "a continuation cell without its wide character at \(x),\(y)")
        }
    }
}
