import PostcheckCore

/// Turns a stream of byte chunks into post records, in order, one record per
/// post or per unreadable record: nothing is dropped silently.
public struct RecordReader {
  /// Longest post accepted; a larger one is reported, not screened.
  public static let maximumPostBytes = 64 << 20

  public let path: String
  public let format: InputFormat
  public let fields: JSONFieldExtractor
  private var splitter = LineSplitter()
  private var whole: [UInt8] = []
  private var wholeTooLong = false
  private var lineNumber = 0
  private var recordIndex = 0
  private var exportRecords: ExportRecords?
  private var csvRecords: CSVRecords?

  /// `format` must be resolved (not `.auto`). `csvColumn` names the text
  /// column of a CSV file (the text field's name when nil).
  /// `defersParsing`: hand export records on unparsed (`InputRecord.unparsed`).
  public init(
    path: String, format: InputFormat, fields: JSONFieldExtractor, csvColumn: String? = nil, defersParsing: Bool = false
  ) {
    self.init(path: path, format: format, fields: fields, csvColumn: csvColumn, defersParsing: defersParsing, longPosts: nil)
  }

  /// `longPosts`: an X archive's long posts, read ahead of its tweets.
  init(
    path: String, format: InputFormat, fields: JSONFieldExtractor, csvColumn: String?, defersParsing: Bool,
    longPosts: XLongPosts?
  ) {
    self.path = path
    self.format = format
    self.fields = fields
    if format.isJSONExport {
      exportRecords = ExportRecords(
        path: path, format: format, fields: fields, defersParsing: defersParsing, longPosts: longPosts)
    }
    if format == .csv || format == .linkedin {
      csvRecords = CSVRecords(
        path: path, format: format, textColumn: csvColumn ?? fields.textPath.joined(separator: "."),
        idColumn: fields.idPath.joined(separator: "."), createdAtColumn: fields.createdAtPath.joined(separator: "."))
    }
  }

  public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (InputRecord) throws -> Void) rethrows {
    if exportRecords != nil {
      try exportRecords?.feed(chunk, emit)
      return
    }
    if csvRecords != nil {
      try csvRecords?.feed(chunk, emit)
      return
    }
    switch format {
    case .lines, .jsonl:
      // The splitter is taken out while it runs so `record(fromLine:)` may use `self`.
      var splitter = self.splitter
      defer { self.splitter = splitter }
      try splitter.feed(chunk) { line in
        if let record = record(fromLine: line) { try emit(record) }
      }
    default:
      guard !wholeTooLong else { return }
      if whole.count + chunk.count > Self.maximumPostBytes {
        wholeTooLong = true
        whole = []
      } else {
        whole.append(contentsOf: chunk.bindMemory(to: UInt8.self))
      }
    }
  }

  public mutating func finish(_ emit: (InputRecord) throws -> Void) rethrows {
    if exportRecords != nil {
      try exportRecords?.finish(emit)
      return
    }
    if csvRecords != nil {
      try csvRecords?.finish(emit)
      return
    }
    switch format {
    case .lines, .jsonl:
      var splitter = self.splitter
      defer { self.splitter = splitter }
      try splitter.finish { line in
        if let record = record(fromLine: line) { try emit(record) }
      }
    default:
      let source = SourceLocation(path: path, index: 0)
      if wholeTooLong {
        try emit(.failure(id: nil, message: "post longer than \(Self.maximumPostBytes >> 20) MiB", source: source))
      } else if whole.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
        try emit(.failure(id: nil, message: "empty input: nothing to screen", source: source))
      } else {
        try emit(checked(id: nil, text: whole, source: source))
      }
      whole = []
    }
  }

  /// The record a line holds; nil for a blank line (a separator, not a record).
  private mutating func record(fromLine line: UnsafeBufferPointer<UInt8>) -> InputRecord? {
    lineNumber += 1
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
    let source = SourceLocation(path: path, index: recordIndex, line: lineNumber)
    recordIndex += 1
    if format == .lines { return checked(id: nil, text: Array(line), source: source) }
    return fieldRecord(line, fields: fields, source: source)
  }

  private func checked(id: String?, text: [UInt8], source: SourceLocation) -> InputRecord {
    checkedRecord(id: id, text: text, source: source)
  }
}

/// The post a JSON object holds in its text and id fields, or why it cannot be read.
func fieldRecord(_ json: UnsafeBufferPointer<UInt8>, fields: JSONFieldExtractor, source: SourceLocation) -> InputRecord {
  do {
    let extracted = try fields.extract(json)
    var source = source
    source.createdAt = extracted.createdAt
    guard let text = extracted.text else {
      return .failure(
        id: extracted.id, message: "no text field '\(fields.textPath.joined(separator: "."))'", source: source)
    }
    return checkedRecord(id: extracted.id, text: text, source: source)
  } catch {
    return .failure(id: nil, message: "malformed JSON: \(error.message)", source: source)
  }
}

/// A post record, or a failure for text too long or not UTF-8.
func checkedRecord(id: String?, text: [UInt8], source: SourceLocation) -> InputRecord {
  if text.count > RecordReader.maximumPostBytes {
    return .failure(id: id, message: "post longer than \(RecordReader.maximumPostBytes >> 20) MiB", source: source)
  }
  let invalid = text.withUnsafeBufferPointer { validateUTF8($0) }
  if let invalid {
    return .failure(id: id, message: "invalid UTF-8 at byte \(invalid.byteOffset) of the post text", source: source)
  }
  return .post(id: id, text: text, source: source)
}
