/// Why a corpus could not be written, naming the path and the reason.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    /// The output folder already has entries; a corpus is written only into an empty or new folder.
    case folderNotEmpty(String)
    /// A folder could not be made.
    case cannotCreateFolder(String, reason: String)
    /// A file could not be written.
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .folderNotEmpty(let path): "\(path): folder is not empty (a corpus is written into an empty or new folder)"
        case .cannotCreateFolder(let path, let reason): "\(path): cannot create folder: \(reason)"
        case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
        }
    }
}
