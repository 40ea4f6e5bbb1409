/// Cuts CSV fed in chunks into rows of fields: RFC 4180 quoting (`""` for a
/// quote, line breaks inside quotes), a leading byte-order mark, CRLF or LF
/// line ends, and the backslash-escaped quotes of LinkedIn's `Comments.csv`
/// (`\"Sam\"`; a backslash before the closing quote of a field stays a backslash).
struct CSVStream {
  /// Longest row kept; a longer one is reported, not read.
  let largestRow: Int
  private var field: [UInt8] = []
  private var row: [[UInt8]] = []
  private var rowBytes = 0
  private var tooLong = false
  private var inQuotes = false
  /// A quote seen inside quotes: the end of the field, or the first of `""`.
  private var quotePending = false
  /// A backslash seen inside quotes, not yet known to escape a quote.
  private var backslashPending = false
  /// `\"` seen inside quotes: an escaped quote, unless a comma or line end follows.
  private var backslashQuotePending = false
  private var atStart = true
  private var bomBytesSeen = 0
  private var line = 1
  private(set) var rowStartLine = 1

  init(largestRow: Int) { self.largestRow = largestRow }

  enum Row {
    case fields([[UInt8]], line: Int)
    case tooLong(line: Int)
  }

  mutating func feed(_ bytes: UnsafeRawBufferPointer, _ emit: (Row) throws -> Void) rethrows {
    for byte in bytes { try consume(byte, emit) }
  }

  mutating func finish(_ emit: (Row) throws -> Void) rethrows {
    if backslashQuotePending {
      // `"C:\"` at the very end: the quote closed the field.
      appendToField(UInt8(ascii: "\\"))
      inQuotes = false
    }
    if backslashPending { appendToField(UInt8(ascii: "\\")) }
    backslashPending = false
    backslashQuotePending = false
    quotePending = false
    inQuotes = false
    if !field.isEmpty || !row.isEmpty { try endRow(emit) }
  }

  /// Whether the input ended inside a quoted field (a truncated file).
  var endedInQuotes: Bool { inQuotes && !quotePending && !backslashQuotePending }

  private mutating func consume(_ byte: UInt8, _ emit: (Row) throws -> Void) rethrows {
    if atStart {
      // The UTF-8 byte-order mark EF BB BF before the header.
      let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
      if bomBytesSeen < 3 && byte == bom[bomBytesSeen] {
        bomBytesSeen += 1
        if bomBytesSeen == 3 { atStart = false }
        return
      }
      atStart = false
      for index in 0..<bomBytesSeen { appendToField(bom[index]) }
    }
    if byte == 0x0A { line += 1 }
    if inQuotes {
      if backslashQuotePending {
        backslashQuotePending = false
        if byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D {
          // `"C:\",`: the backslash was text and the quote ended the field.
          appendToField(UInt8(ascii: "\\"))
          inQuotes = false
          return try consumeOutsideQuotes(byte, emit)
        }
        appendToField(UInt8(ascii: "\""))
      }
      if backslashPending {
        backslashPending = false
        if byte == UInt8(ascii: "\"") {
          backslashQuotePending = true
          return
        }
        appendToField(UInt8(ascii: "\\"))
      }
      if quotePending {
        quotePending = false
        if byte == UInt8(ascii: "\"") {
          appendToField(byte)
          return
        }
        inQuotes = false
        // Falls through: the byte after a closing quote is read outside quotes.
      } else if byte == UInt8(ascii: "\"") {
        quotePending = true
        return
      } else if byte == UInt8(ascii: "\\") {
        backslashPending = true
        return
      } else {
        appendToField(byte)
        return
      }
    }
    try consumeOutsideQuotes(byte, emit)
  }

  private mutating func consumeOutsideQuotes(_ byte: UInt8, _ emit: (Row) throws -> Void) rethrows {
    switch byte {
    case UInt8(ascii: ","):
      endField()
    case 0x0A:
      try endRow(emit)
    case 0x0D:
      break
    case UInt8(ascii: "\"") where field.isEmpty:
      inQuotes = true
    default:
      appendToField(byte)
    }
  }

  private mutating func appendToField(_ byte: UInt8) {
    rowBytes += 1
    if rowBytes > largestRow {
      tooLong = true
      field.removeAll()
      row.removeAll()
      return
    }
    if !tooLong { field.append(byte) }
  }

  private mutating func endField() {
    row.append(field)
    field.removeAll(keepingCapacity: true)
  }

  private mutating func endRow(_ emit: (Row) throws -> Void) rethrows {
    endField()
    let startLine = rowStartLine
    rowStartLine = line
    defer {
      row.removeAll(keepingCapacity: true)
      rowBytes = 0
      tooLong = false
    }
    if tooLong {
      try emit(.tooLong(line: startLine))
      return
    }
    // A blank line between rows is no row.
    if row.count == 1 && row[0].isEmpty { return }
    try emit(.fields(row, line: startLine))
  }
}
