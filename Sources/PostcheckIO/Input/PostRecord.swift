/// Where a post came from, as reported in the output's `source`.
public struct SourceLocation: Sendable, Equatable {
  /// File path (`-` for standard input; `a.zip!data/tweets.js` inside archives).
  public var path: String
  /// 0-based index of the record in its file.
  public var index: Int
  /// 1-based line number, for line-oriented formats.
  public var line: Int?
  public var createdAt: String?

  public init(path: String, index: Int, line: Int? = nil, createdAt: String? = nil) {
    self.path = path
    self.index = index
    self.line = line
    self.createdAt = createdAt
  }

  /// `path:line` or `path record N`, for error messages.
  public var description: String {
    if let line { return "\(path):\(line)" }
    return "\(path) record \(index)"
  }
}

/// One post read from an input, or the reason a record could not be read.
public enum InputRecord: Sendable, Equatable {
  case post(id: String?, text: [UInt8], source: SourceLocation)
  case failure(id: String?, message: String, source: SourceLocation)

  public var source: SourceLocation {
    switch self {
    case .post(_, _, let source), .failure(_, _, let source): source
    }
  }
}
