/// Why a tagger model or training file could not be used; each case names the file.
public enum NERModelError: Error, CustomStringConvertible, Equatable {
    case unreadable(String, String)
    case truncated(String)
    case badMagic(String)
    case unsupportedVersion(String, UInt32)
    case badLine(String, line: Int, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .truncated(let path): "\(path): model file ends early"
        case .badMagic(let path): "\(path): not a Dossier tagger model"
        case .unsupportedVersion(let path, let v): "\(path): model format version \(v) is not supported"
        case .badLine(let path, let line, let reason): "\(path):\(line): \(reason)"
        }
    }
}
