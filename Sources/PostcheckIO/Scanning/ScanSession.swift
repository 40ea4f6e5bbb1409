import PostcheckCore

/// One run of postcheck: reads inputs, screens each post, writes records in
/// input order and keeps the tallies that decide the exit code.
public struct ScanSession {
  public let screener: Screener
  public var writer: any RecordWriter
  public var output: OutputBuffer
  public let inputFormat: InputFormat
  public let fields: JSONFieldExtractor
  /// Also print unreadable records to standard error (when the output is for machines).
  public let reportErrorsOnStandardError: Bool
  public private(set) var worstVerdict: Verdict = .pass
  public private(set) var failures = 0
  public private(set) var posts = 0

  public init(
    screener: Screener, writer: any RecordWriter, output: OutputBuffer, inputFormat: InputFormat,
    fields: JSONFieldExtractor, reportErrorsOnStandardError: Bool
  ) {
    self.screener = screener
    self.writer = writer
    self.output = output
    self.inputFormat = inputFormat
    self.fields = fields
    self.reportErrorsOnStandardError = reportErrorsOnStandardError
  }

  /// Reads one input (`-` is standard input; a directory is read file by file).
  public mutating func scan(path: String) throws {
    if path != "-" && isDirectory(path) {
      for file in filesBelow(path) { try scan(path: file) }
      return
    }
    let descriptor: Int32
    do {
      descriptor = path == "-" ? 0 : try openForReading(path)
    } catch let error as InputError {
      try handle(.failure(id: nil, message: "cannot open: \(error.message)", source: SourceLocation(path: path, index: 0)))
      return
    }
    defer { if descriptor != 0 { _ = closeDescriptor(descriptor) } }
    var reader: RecordReader?
    do {
      try readChunks(descriptor: descriptor) { chunk in
        if reader == nil {
          let format = inputFormat.resolved(path: path, firstBytes: Array(chunk.prefix(64))[...])
          reader = RecordReader(path: path, format: format, fields: fields)
        }
        try reader?.feed(chunk) { try handle($0) }
      }
    } catch let error as InputError {
      try handle(.failure(id: nil, message: "read error: \(error.message)", source: SourceLocation(path: path, index: 0)))
      return
    }
    var final = reader ?? RecordReader(path: path, format: inputFormat.resolved(path: path, firstBytes: []), fields: fields)
    try final.finish { try handle($0) }
  }

  /// Feeds bytes that are already in memory, in the given chunks (tests and
  /// the chunk-invariance check).
  public mutating func scan(chunks: [[UInt8]], path: String) throws {
    let format = inputFormat.resolved(path: path, firstBytes: (chunks.first ?? []).prefix(64))
    var reader = RecordReader(path: path, format: format, fields: fields)
    for chunk in chunks {
      try chunk.withUnsafeBytes { raw in try reader.feed(raw) { try handle($0) } }
    }
    try reader.finish { try handle($0) }
  }

  public mutating func handle(_ record: InputRecord) throws {
    switch record {
    case .post(let id, let text, let source):
      posts += 1
      let result = text.withUnsafeBufferPointer { screener.screen($0) }
      worstVerdict = max(worstVerdict, result.verdict)
      try writer.write(OutputRecord(id: id, source: source, outcome: .screened(text: text, result: result)), to: &output)
    case .failure(let id, let message, let source):
      failures += 1
      if reportErrorsOnStandardError { printError("postcheck: \(source.description): \(message)") }
      try writer.write(OutputRecord(id: id, source: source, outcome: .failed(message: message)), to: &output)
    }
  }

  public mutating func finish() throws {
    try writer.finish(to: &output)
    try output.flush()
  }
}
