import DossierText
/// The parts of a generated article in page order, and how each scraper layout writes them out as text.
struct CorpusPage {
    /// One part of the page.
    enum Part {
        /// The page title line.
        case title(String)
        /// A standfirst, credit, byline or date line under the title.
        case header(String)
        /// A paragraph of prose.
        case paragraph(String)
        /// A list of bullet points.
        case bullets([String])
        /// The lines of a photo: gallery counter, caption, credit.
        case figure([String])
        /// Lines of page furniture that stand together.
        case furniture([String])
    }

    var parts: [Part] = []
    /// The bullet marker this page uses.
    var bullet = "•"

    /// The page as file text in `layout`, ending with a newline.
    func text(_ layout: CorpusOutlet.Layout) -> String {
        var out = ""
        out.reserveCapacity(8_192)
        for part in parts {
            switch (part, layout) {
            case (.title(let line), _), (.header(let line), _):
                out += line
                out += "\n\n"
            case (.paragraph(let text), .indented):
                out += "    \(text)\n"
            case (.paragraph(let text), .wrapped):
                Self.wrap(text, width: 72, first: "", rest: "", into: &out)
                out += "\n"
            case (.paragraph(let text), _):
                out += text
                out += "\n\n"
            case (.bullets(let items), .indented):
                for item in items { out += "  \(bullet) \(item)\n" }
            case (.bullets(let items), .wrapped):
                for item in items { Self.wrap(item, width: 72, first: "  \(bullet) ", rest: "    ", into: &out) }
                out += "\n"
            case (.bullets(let items), _):
                for item in items { out += "\(bullet) \(item)\n" }
                out += "\n"
            case (.figure(let lines), .indented), (.furniture(let lines), .indented):
                for line in lines { out += "    \(line)\n" }
            case (.figure(let lines), _), (.furniture(let lines), _):
                for line in lines { out += line + "\n" }
                out += "\n"
            }
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    /// Appends `text` broken into lines of at most `width` characters (longer words stand alone), the first line
    /// starting with `first` and the others with `rest`.
    static func wrap(_ text: String, width: Int, first: String, rest: String, into out: inout String) {
        var line = first
        var lineLength = first.count
        var empty = true
        for word in text.split(separator: " ") {
            if !empty, lineLength + 1 + word.count > width {
                out += line + "\n"
                line = rest
                lineLength = rest.count
                empty = true
            }
            if !empty {
                line += " "
                lineLength += 1
            }
            line += word
            lineLength += word.count
            empty = false
        }
        out += line + "\n"
    }
}
