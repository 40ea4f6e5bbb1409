import PostcheckCore

/// The records of a CSV file with a header row: a generic one (the text in
/// `--column`), or LinkedIn's `Shares.csv` and `Comments.csv`.
struct CSVRecords {
  let path: String
  let format: InputFormat
  /// The header names of the text, id and date columns (LinkedIn's are fixed).
  private(set) var textColumn: String
  private(set) var idColumn: String
  private(set) var createdAtColumn: String
  private var stream = CSVStream(largestRow: RecordReader.maximumPostBytes)
  private var columns: (text: Int, id: Int?, createdAt: Int?)?
  private var headerRead = false
  private var index = 0
  /// Where the last row began: a quote left open at the end of the file opened there.
  private var lastRowLine: Int?

  init(path: String, format: InputFormat, textColumn: String, idColumn: String, createdAtColumn: String) {
    self.path = path
    self.format = format
    self.textColumn = textColumn
    self.idColumn = idColumn
    self.createdAtColumn = createdAtColumn
  }

  mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (InputRecord) throws -> Void) rethrows {
    var stream = self.stream
    defer { self.stream = stream }
    try stream.feed(chunk) { row in try record(row, emit) }
  }

  mutating func finish(_ emit: (InputRecord) throws -> Void) rethrows {
    let truncated = stream.endedInQuotes
    var stream = self.stream
    try stream.finish { row in try record(row, emit) }
    self.stream = stream
    let source = SourceLocation(path: path, index: index)
    if truncated {
      let opened = lastRowLine.map { " opened in the row on line \($0), which was read to the end of the file" } ?? ""
      try emit(
        .failure(
          id: nil, message: "the file ends inside a quoted field\(opened) (truncated?)",
          source: SourceLocation(path: path, index: index, line: lastRowLine)))
    } else if !headerRead {
      try emit(.failure(id: nil, message: "empty CSV: no header row", source: source))
    }
  }

  private mutating func record(_ row: CSVStream.Row, _ emit: (InputRecord) throws -> Void) rethrows {
    guard case .fields(let fields, let line) = row else {
      if case .tooLong(let line) = row {
        lastRowLine = line
        try emit(
          .failure(
            id: nil, message: "row longer than \(RecordReader.maximumPostBytes >> 20) MiB",
            source: SourceLocation(path: path, index: nextIndex(), line: line)))
      }
      return
    }
    lastRowLine = line
    guard headerRead else {
      headerRead = true
      try readHeader(fields, line: line, emit)
      return
    }
    // Without the text column there is nothing to read: the header's error said so once.
    guard let columns else { return }
    let source = SourceLocation(
      path: path, index: nextIndex(), line: line,
      createdAt: columns.createdAt.flatMap { fields.indices.contains($0) ? string(fields[$0]) : nil }.map {
        format == .linkedin ? ExportDates.fromLinkedIn($0) : $0
      }, kind: format == .linkedin ? (textColumn == "Message" ? "comment" : "post") : nil)
    let id = columns.id.flatMap { fields.indices.contains($0) ? string(fields[$0]) : nil }
    guard fields.indices.contains(columns.text) else {
      try emit(
        .failure(id: id, message: "row has \(fields.count) fields; the text is field \(columns.text + 1)", source: source))
      return
    }
    let text = fields[columns.text]
    if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      if format == .linkedin {
        try emit(.skipped(reason: "a share with no commentary of its own", source: source))
      } else {
        try emit(.failure(id: id, message: "empty text in column '\(textColumn)'", source: source))
      }
      return
    }
    if format == .linkedin, text.withUnsafeBufferPointer({ validateUTF8($0) }) != nil {
      // Older LinkedIn exports are Windows-1252, not UTF-8.
      try emit(checkedRecord(id: id, text: Windows1252.utf8(from: text), source: source))
      return
    }
    try emit(checkedRecord(id: id, text: text, source: source))
  }

  private mutating func readHeader(_ fields: [[UInt8]], line: Int, _ emit: (InputRecord) throws -> Void) rethrows {
    let names = fields.map { String(decoding: $0, as: UTF8.self).trimmingSpaces() }
    func column(_ name: String) -> Int? {
      names.firstIndex(of: name) ?? names.firstIndex { $0.lowercased() == name.lowercased() }
    }
    if format == .linkedin {
      // Shares: ShareCommentary by ShareLink; Comments: Message by Link.
      let isComments = column("Message") != nil && column("ShareCommentary") == nil
      textColumn = isComments ? "Message" : "ShareCommentary"
      idColumn = isComments ? "Link" : "ShareLink"
      createdAtColumn = "Date"
    }
    // A column by name, or by number from 1.
    let textIndex = column(textColumn) ?? Int(textColumn).flatMap { $0 >= 1 && $0 <= names.count ? $0 - 1 : nil }
    guard let textIndex else {
      let message = "no column '\(textColumn)' in the header (columns: \(names.joined(separator: ", ")))"
      try emit(.failure(id: nil, message: message, source: SourceLocation(path: path, index: nextIndex(), line: line)))
      return
    }
    columns = (textIndex, column(idColumn), column(createdAtColumn))
  }

  private mutating func nextIndex() -> Int {
    defer { index += 1 }
    return index
  }

  private func string(_ bytes: [UInt8]) -> String? {
    let value = String(decoding: bytes, as: UTF8.self)
    return value.isEmpty ? nil : value
  }
}

extension String {
  func trimmingSpaces() -> String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
