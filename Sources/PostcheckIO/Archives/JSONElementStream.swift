/// Cuts a JSON document fed in chunks into the elements of the array that
/// holds its records, one element at a time, so a 1 GB `tweets.js` needs no
/// more memory than its largest post.
///
/// The records are either the elements of the top-level array (X archives,
/// after their `window.YTD.tweets.part0 =` prefix; most Meta exports) or
/// those of the arrays under some keys of the top-level object (Mastodon's
/// `orderedItems`, Facebook's `comments_v2`, Threads' `text_post_app_text_posts`).
/// Everything outside those arrays is only scanned, never kept.
struct JSONElementStream {
  enum Target {
    /// The elements of the document itself, when it is an array.
    case topLevelArray
    /// The elements of arrays that are values of these keys of the top-level
    /// object (any array-valued key when nil), and of a top-level array.
    case members(Set<String>?)
  }

  enum StreamError: Error, Equatable {
    /// The document ended inside a string, object or array.
    case truncated
    /// A record was larger than allowed.
    case elementTooLarge(limit: Int)
    /// A value that is not an object or array stood where a record should be.
    case notAnObject
  }

  let target: Target
  let largestElement: Int
  /// Open containers (`{` or `[`), innermost last.
  private var containers: [UInt8] = []
  private var started = false
  private var inString = false
  private var escaped = false
  /// Depth of the array whose elements are records, while inside it.
  private var recordArrayDepth: Int?
  private var element: [UInt8] = []
  private var elementTooLarge = false
  /// The top-level object's current key, and whether the next string is a key.
  private var key: [UInt8] = []
  private var readingKey = false
  private var expectingKey = false
  private var lastKey: [UInt8] = []
  private var inScalar = false

  init(target: Target, largestElement: Int) {
    self.target = target
    self.largestElement = largestElement
  }

  /// Feeds bytes; `emit` gets each complete record's bytes (or an error for one that cannot be a record).
  mutating func feed(
    _ bytes: UnsafeRawBufferPointer, _ emit: (Result<[UInt8], StreamError>) throws -> Void
  ) rethrows {
    for byte in bytes {
      try consume(byte, emit)
    }
  }

  /// Ends the document: an error if it stopped in the middle of a value.
  func finish() -> StreamError? {
    started && (containers.isEmpty && !inString) ? nil : .truncated
  }

  /// Whether anything that looked like JSON was seen.
  var sawDocument: Bool { started }

  /// Whether an array of records was found (an empty one counts).
  private(set) var sawRecordArray = false

  private var capturing: Bool { recordArrayDepth.map { containers.count > $0 } ?? false }

  @inline(__always)
  private mutating func consume(_ byte: UInt8, _ emit: (Result<[UInt8], StreamError>) throws -> Void) rethrows {
    if !started {
      // Anything before the first bracket (a JavaScript assignment, a BOM) is not the document.
      guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") else { return }
      started = true
    }
    if capturing { append(byte) }
    if inString {
      if escaped {
        escaped = false
        if readingKey { key.append(byte) }
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
        if readingKey { key.append(byte) }
      } else if byte == UInt8(ascii: "\"") {
        inString = false
        if readingKey {
          readingKey = false
          lastKey = key
        }
      } else if readingKey {
        key.append(byte)
      }
      return
    }
    switch byte {
    case UInt8(ascii: "\""):
      inString = true
      if let depth = recordArrayDepth, containers.count == depth { try emit(.failure(.notAnObject)) }
      if containers.count == 1 && containers.last == UInt8(ascii: "{") && expectingKey {
        readingKey = true
        key.removeAll(keepingCapacity: true)
      }
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      if let depth = recordArrayDepth, containers.count == depth {
        // A record begins: the byte was not yet captured.
        element.removeAll(keepingCapacity: true)
        elementTooLarge = false
        append(byte)
      } else if byte == UInt8(ascii: "["), recordArrayDepth == nil, isRecordArray() {
        containers.append(byte)
        recordArrayDepth = containers.count
        sawRecordArray = true
        return
      }
      containers.append(byte)
      if containers.count == 1 && byte == UInt8(ascii: "{") { expectingKey = true }
    case UInt8(ascii: "}"), UInt8(ascii: "]"):
      guard !containers.isEmpty else { return }
      containers.removeLast()
      if let depth = recordArrayDepth {
        if containers.count == depth {
          if elementTooLarge {
            try emit(.failure(.elementTooLarge(limit: largestElement)))
          } else {
            try emit(.success(element))
          }
          element.removeAll(keepingCapacity: true)
        } else if containers.count == depth - 1 {
          recordArrayDepth = nil
        }
      }
    case UInt8(ascii: ":"):
      if containers.count == 1 { expectingKey = false }
    case UInt8(ascii: ","):
      if containers.count == 1 && containers.last == UInt8(ascii: "{") { expectingKey = true }
    case 0x20, 0x09, 0x0A, 0x0D:
      break
    default:
      // A number, true, false or null directly in the record array is no record: reported once, at its start.
      if let depth = recordArrayDepth, containers.count == depth, !inScalar {
        inScalar = true
        try emit(.failure(.notAnObject))
      }
      return
    }
    inScalar = false
  }

  /// Whether the array opening here holds the records.
  private func isRecordArray() -> Bool {
    if containers.isEmpty { return true }
    guard case .members(let keys) = target, containers.count == 1, containers.last == UInt8(ascii: "{") else {
      return false
    }
    guard let keys else { return true }
    return keys.contains(String(decoding: lastKey, as: UTF8.self))
  }

  @inline(__always)
  private mutating func append(_ byte: UInt8) {
    guard !elementTooLarge else { return }
    if element.count >= largestElement {
      elementTooLarge = true
      element.removeAll()
      return
    }
    element.append(byte)
  }
}
