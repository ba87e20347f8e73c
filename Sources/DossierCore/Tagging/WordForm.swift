/// The hashed forms of one token that the tagger's features are built from, computed once per token.
struct WordForm {
    /// Normalised lower-case form (digits as 0, curly quotes straight).
    var lower: UInt64
    /// The word as written, with the same normalisation but its case kept.
    var raw: UInt64
    /// Character classes with runs cut at two (`Xxx`, `dd.dd`).
    var shape: UInt64
    /// Character classes with runs cut at one (`Xx`, `X.X.`).
    var shortShape: UInt64
    /// Hashes of the first 1…4 and last 1…4 characters.
    var prefixes: (UInt64, UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    /// Capitalisation and other cheap facts.
    var flags: Flags

    struct Flags: OptionSet {
        let rawValue: UInt8
        static let capitalised = Flags(rawValue: 1)
        static let allCaps = Flags(rawValue: 2)
        static let hasDigit = Flags(rawValue: 4)
        static let hasLetter = Flags(rawValue: 8)
        static let lowercaseInitial = Flags(rawValue: 16)
        /// Four characters or more.
        static let long = Flags(rawValue: 32)
    }

    init(_ text: String) {
        var lower = FeatureHash.seed, raw = FeatureHash.seed
        var shape = FeatureHash.seed, shortShape = FeatureHash.seed
        var lastClass: UInt8 = 0, run = 0
        var flags: Flags = []
        var pre: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var upperCount = 0, letterCount = 0, index = 0
        var prefixHash = FeatureHash.seed
        for scalar in text.unicodeScalars {
            var c = scalar
            switch c {
            case "’", "‘", "`": c = "'"
            case "“", "”": c = "\""
            default: break
            }
            let props = c.properties
            let cls: UInt8
            var lowerScalar = c
            if c.isASCII {
                let v = UInt8(c.value)
                if v >= 65, v <= 90 { cls = 88; lowerScalar = Unicode.Scalar(v + 32) }
                else if v >= 97, v <= 122 { cls = 120 }
                else if v >= 48, v <= 57 { cls = 100; lowerScalar = "0" }
                else { cls = v }
            } else if props.isUppercase {
                cls = 88; lowerScalar = props.lowercaseMapping.unicodeScalars.first ?? c
            } else if props.isAlphabetic {
                cls = 120
            } else if props.numericType != nil {
                cls = 100; lowerScalar = "0"
            } else {
                cls = 63
            }
            if cls == 88 { upperCount += 1; letterCount += 1 }
            if cls == 120 { letterCount += 1 }
            if cls == 100 { flags.insert(.hasDigit) }
            if index == 0 {
                if cls == 88 { flags.insert(.capitalised) }
                if cls == 120 { flags.insert(.lowercaseInitial) }
            }
            let rawScalar = cls == 100 ? "0" : c
            UTF8.encode(rawScalar) { raw = FeatureHash.add(raw, $0) }
            UTF8.encode(lowerScalar) { lower = FeatureHash.add(lower, $0) }
            if cls == lastClass { run += 1 } else { run = 1; lastClass = cls }
            if run <= 2 { shape = FeatureHash.add(shape, cls) }
            if run <= 1 { shortShape = FeatureHash.add(shortShape, cls) }
            if index < 4 {
                prefixHash = FeatureHash.add(FeatureHash.mix(prefixHash, 1), UInt8(truncatingIfNeeded: rawScalar.value))
                switch index {
                case 0: pre.0 = prefixHash
                case 1: pre.1 = prefixHash
                case 2: pre.2 = prefixHash
                default: pre.3 = prefixHash
                }
            }
            last = (rawScalar.value, last.0, last.1, last.2)
            index += 1
        }
        if letterCount > 0 { flags.insert(.hasLetter) }
        if letterCount > 1, upperCount == letterCount { flags.insert(.allCaps) }
        if index >= 4 { flags.insert(.long) }
        var suf: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        let step = { (h: UInt64, v: UInt32) in FeatureHash.add(FeatureHash.mix(h, 2), UInt8(truncatingIfNeeded: v)) }
        if index > 0 { suf.0 = step(FeatureHash.seed, last.0) }
        if index > 1 { suf.1 = step(suf.0, last.1) }
        if index > 2 { suf.2 = step(suf.1, last.2) }
        if index > 3 { suf.3 = step(suf.2, last.3) }
        self.lower = lower
        self.raw = raw
        self.shape = shape
        self.shortShape = shortShape
        self.prefixes = pre
        self.suffixes = suf
        self.flags = flags
    }

    /// The form used before the first and after the last token of a sentence.
    static let boundary = WordForm("<s>")
}
