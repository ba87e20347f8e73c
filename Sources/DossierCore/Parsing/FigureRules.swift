/// Recognises photo credits and gathers the caption and alt-text lines that stand before them into figures.
enum FigureRules {
    private static let labelled = Pattern(#"^\(?\s*(?:photo|photos|image|images|picture|pictures|photograph|foto|illustration|graphic|video|photo credit|image credit|credit)(?:\s+by)?\s*[:：]\s*(\S.{0,80}?)\s*\)?$"#,
                                          required: ["photo", "image", "picture", "foto", "illustration", "graphic", "video", "credit"])
    private static let parenthesised = Pattern(#"^\(\s*((?:[^()]{0,40}\b(?:photo|photos|images|getty|shutterstock|pool)\b[^()]{0,40}))\s*\)$"#,
                                               required: ["photo", "images", "getty", "shutterstock", "pool"])

    /// The name a photo-credit line gives (`(Photo: AFP)` → `AFP`, `Image: Getty Images` → `Getty Images`).
    static func credit(_ text: String) -> String? {
        guard LineShape.wordCount(text, upTo: 12) <= 12 else { return nil }
        if let name = labelled.captures(text)?.first ?? nil { return name }
        if let name = parenthesised.captures(text)?.first ?? nil { return name }
        return nil
    }

    /// Figures for the credit lines that have caption lines right before them. `isText[i]` says whether line `i`
    /// is unclaimed text, `credits[i]` holds the credit a line gives.
    static func group(text: [String], isText: [Bool], credits: [String?], from start: Int) -> [Block] {
        var figures: [Block] = []
        for (index, credit) in credits.enumerated() where index >= start {
            guard let credit else { continue }
            var distinct: [String] = []
            var first = index
            var cursor = index - 1
            while cursor >= start, isText[cursor], distinct.count < 4 {
                let line = text[cursor]
                if !distinct.contains(line) {
                    // The line nearest the credit is the caption; lines further up join only when they read like alt
                    // text or captions, not like the prose that precedes a picture.
                    let words = LineShape.wordCount(line, upTo: 40)
                    guard distinct.isEmpty ? words <= 40 : (words <= 20 && !LineShape.endsSentence(line)) else { break }
                    distinct.append(line)
                }
                first = cursor
                cursor -= 1
            }
            guard let caption = distinct.first else { continue }
            let alt = Array(distinct.dropFirst().reversed())
            figures.append(Block(kind: .figure, text: caption, lines: LineRange(first + 1, index + 1), credit: credit, alt: alt.isEmpty ? nil : alt))
        }
        return figures
    }
}
