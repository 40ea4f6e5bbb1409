/// Where a post came from, as reported in the output's `source`.
public struct SourceLocation: Sendable, Equatable {
  /// File path (`-` for standard input; `a.zip!data/tweets.js` inside archives).
  public var path: String
  /// 0-based index of the record in its file.
  public var index: Int
  /// 1-based line number, for line-oriented formats.
  public var line: Int?
  public var createdAt: String?
  /// What the record is in its export (`post`, `reply`, `comment`, `note`, `deleted`…).
  public var kind: String?
  /// Where the post can be seen, when the export says.
  public var url: String?

  public init(
    path: String, index: Int, line: Int? = nil, createdAt: String? = nil, kind: String? = nil, url: String? = nil
  ) {
    self.path = path
    self.index = index
    self.line = line
    self.createdAt = createdAt
    self.kind = kind
    self.url = url
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
  /// A record of an export with nothing of the account's own to screen (a
  /// boost, a photo without a caption): counted in the summary, not written.
  case skipped(reason: String, source: SourceLocation)
  /// An export record read but not parsed yet (only from a producer asked to defer parsing).
  case unparsed(UnparsedRecord)

  public var source: SourceLocation {
    switch self {
    case .post(_, _, let source), .failure(_, _, let source), .skipped(_, let source): source
    case .unparsed(let record): record.source
    }
  }

  /// The records this one stands for: itself, or an unparsed record's contents.
  public var parsed: [InputRecord] {
    if case .unparsed(let record) = self { return record.parsed() }
    return [self]
  }
}
