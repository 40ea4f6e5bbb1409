/// The records of one JSON export file (X, Mastodon, Facebook, Instagram,
/// Threads), read element by element as its bytes arrive.
struct ExportRecords {
  let path: String
  let reader: any ExportRecordReader
  private var stream: JSONElementStream
  private var index = 0

  init(path: String, format: InputFormat) {
    self.path = path
    switch format {
    case .x:
      reader = XArchiveReader()
      stream = JSONElementStream(target: .topLevelArray, largestElement: Self.largestRecord)
    case .mastodon:
      reader = MastodonOutboxReader()
      stream = JSONElementStream(target: .members(["orderedItems"]), largestElement: Self.largestRecord)
    default:
      reader = MetaExportReader()
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
    guard let object = JSONValue.object(bytes) else {
      try emit(.failure(id: nil, message: "malformed JSON in this record", source: source))
      return
    }
    switch reader.read(object) {
    case .posts(let posts):
      for post in posts {
        var located = source
        located.createdAt = post.createdAt
        located.kind = post.kind
        located.url = post.url
        try emit(checkedRecord(id: post.id, text: Array(post.text.utf8), source: located))
      }
    case .skipped(let reason):
      try emit(.skipped(reason: reason, source: source))
    case .unreadable(let message):
      try emit(.failure(id: nil, message: message, source: source))
    }
  }
}
