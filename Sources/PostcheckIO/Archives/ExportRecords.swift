/// The records of one JSON file read element by element as its bytes
/// arrive: a platform export (X, Mastodon, Facebook, Instagram, Threads), or
/// a plain JSON array of post objects read with `--text-field` and `--id-field`.
struct ExportRecords {
  let path: String
  private let mapping: Mapping
  private var stream: JSONElementStream
  private var index = 0

  private enum Mapping {
    case platform(any ExportRecordReader)
    case fields(JSONFieldExtractor)
  }

  /// Whether records are handed on unparsed, for the screening threads to parse.
  let defersParsing: Bool

  /// `longPosts`: an X archive's long posts, read ahead (see `XLongPosts`).
  init(path: String, format: InputFormat, fields: JSONFieldExtractor, defersParsing: Bool, longPosts: XLongPosts? = nil) {
    self.path = path
    self.defersParsing = defersParsing
    switch format {
    case .x:
      mapping = .platform(XArchiveReader(longPosts: longPosts))
      stream = JSONElementStream(target: .topLevelArray, largestElement: Self.largestRecord)
    case .mastodon:
      mapping = .platform(MastodonOutboxReader())
      stream = JSONElementStream(target: .members(["orderedItems"]), largestElement: Self.largestRecord)
    case .json:
      mapping = .fields(fields)
      stream = JSONElementStream(target: .members(nil), largestElement: Self.largestRecord)
    default:
      mapping = .platform(MetaExportReader())
      stream = JSONElementStream(target: .members(nil), largestElement: Self.largestRecord)
    }
  }

  /// A record's JSON may hold more than its text (entities, media lists).
  static let largestRecord = RecordReader.maximumPostBytes * 2

  mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (InputRecord) throws -> Void) rethrows {
    var stream = self.stream
    defer { self.stream = stream }
    try stream.feed(chunk) { element in try records(of: element, emit) }
  }

  mutating func finish(_ emit: (InputRecord) throws -> Void) rethrows {
    let source = SourceLocation(path: path, index: index)
    if !stream.sawDocument {
      try emit(.failure(id: nil, message: "no JSON found: not an export file of this kind", source: source))
    } else if stream.finish() != nil {
      try emit(.failure(id: nil, message: "the file ends in the middle of a record (truncated?)", source: source))
    } else if !stream.sawRecordArray {
      let hint = if case .fields = mapping { " (for one JSON object per line, use --format jsonl)" } else { "" }
      try emit(.failure(id: nil, message: "no array of posts in this JSON\(hint)", source: source))
    }
  }

  private mutating func records(
    of element: Result<[UInt8], JSONElementStream.StreamError>, _ emit: (InputRecord) throws -> Void
  ) rethrows {
    let source = SourceLocation(path: path, index: index)
    index += 1
    let bytes: [UInt8]
    switch element {
    case .success(let value): bytes = value
    case .failure(.elementTooLarge(let limit)):
      try emit(.failure(id: nil, message: "record larger than \(limit >> 20) MiB", source: source))
      return
    case .failure:
      try emit(.failure(id: nil, message: "expected a JSON object for each record", source: source))
      return
    }
    switch mapping {
    case .fields(let fields):
      // An element of a plain JSON array, read like a JSON line.
      try emit(bytes.withUnsafeBufferPointer { fieldRecord($0, fields: fields, source: source) })
    case .platform(let reader):
      let record = UnparsedRecord(bytes: bytes, reader: reader, source: source)
      if defersParsing {
        try emit(.unparsed(record))
      } else {
        for parsed in record.parsed() { try emit(parsed) }
      }
    }
  }
}

/// An export record whose JSON is not parsed yet: parsing is most of the
/// cost of reading an export, so the screening threads do it rather than
/// the one reader thread.
public struct UnparsedRecord: Sendable, Equatable {
  let bytes: [UInt8]
  let reader: any ExportRecordReader
  public let source: SourceLocation

  /// The records it holds: its posts, a skip, or a failure.
  public func parsed() -> [InputRecord] {
    switch reader.read(bytes) {
    case .posts(let posts):
      return posts.map { post in
        var located = source
        located.createdAt = post.createdAt
        located.kind = post.kind
        located.url = post.url
        return checkedRecord(id: post.id, text: Array(post.text.utf8), source: located)
      }
    case .skipped(let reason):
      return [.skipped(reason: reason, source: source)]
    case .unreadable(let message):
      return [.failure(id: nil, message: message, source: source)]
    }
  }

  public static func == (left: UnparsedRecord, right: UnparsedRecord) -> Bool {
    left.bytes == right.bytes && left.source == right.source
  }
}
