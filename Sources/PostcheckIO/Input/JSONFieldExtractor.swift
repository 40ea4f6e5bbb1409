import PostcheckCore

/// Why a JSON line could not be used.
public struct JSONLineError: Error, Equatable, Sendable {
  public var message: String

  public init(message: String) { self.message = message }
}

/// Pulls the text and id fields out of one JSON object per line, validating
/// the whole line as it goes. Hand-written because it runs once per post on
/// the batch path, where a general JSON decoder costs more than screening.
public struct JSONFieldExtractor: Sendable {
  public let textPath: [String]
  public let idPath: [String]
  public let createdAtPath: [String]
  private let textKeys: [[UInt8]]
  private let idKeys: [[UInt8]]
  private let createdAtKeys: [[UInt8]]

  /// Paths are dotted (`post.text`, `meta.id`).
  public init(textField: String, idField: String, createdAtField: String = "created_at") {
    textPath = textField.split(separator: ".").map(String.init)
    idPath = idField.split(separator: ".").map(String.init)
    createdAtPath = createdAtField.split(separator: ".").map(String.init)
    textKeys = textPath.map { Array($0.utf8) }
    idKeys = idPath.map { Array($0.utf8) }
    createdAtKeys = createdAtPath.map { Array($0.utf8) }
  }

  public struct Fields {
    public var id: String?
    public var text: [UInt8]?
    public var createdAt: String?
  }

  public func extract(_ line: ArraySlice<UInt8>) throws(JSONLineError) -> Fields {
    var result: Result<Fields, JSONLineError> = .success(Fields())
    line.withUnsafeBufferPointer { bytes in
      do throws(JSONLineError) {
        result = .success(try extract(bytes))
      } catch {
        result = .failure(error)
      }
    }
    return try result.get()
  }

  public func extract(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONLineError) -> Fields {
    var fields = Fields()
    var parser = Parser(bytes: bytes, textKeys: textKeys, idKeys: idKeys, createdAtKeys: createdAtKeys)
    parser.skipWhitespace()
    guard parser.peek() == UInt8(ascii: "{") else {
      throw JSONLineError(message: "expected a JSON object at column \(parser.index + 1)")
    }
    try parser.value(text: 0, id: 0, createdAt: 0, depth: 0, fields: &fields)
    parser.skipWhitespace()
    guard parser.index == bytes.count else {
      throw JSONLineError(message: "unexpected data after the JSON object at column \(parser.index + 1)")
    }
    return fields
  }

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    let textKeys: [[UInt8]]
    let idKeys: [[UInt8]]
    let createdAtKeys: [[UInt8]]
    var index = 0
    static let maximumDepth = 64

    init(bytes: UnsafeBufferPointer<UInt8>, textKeys: [[UInt8]], idKeys: [[UInt8]], createdAtKeys: [[UInt8]]) {
      self.bytes = bytes
      self.textKeys = textKeys
      self.idKeys = idKeys
      self.createdAtKeys = createdAtKeys
    }

    /// An object key: where it is in the line when it has no escapes (the
    /// common case, compared in place), else decoded.
    enum Key {
      case span(Range<Int>)
      case decoded([UInt8])
    }

    /// How far a path still matches after one more key: nil once it no longer does.
    func follow(_ matched: Int?, _ keys: [[UInt8]], key: Key) -> Int? {
      guard let matched, matched < keys.count else { return nil }
      let wanted = keys[matched]
      switch key {
      case .decoded(let decoded):
        return wanted == decoded ? matched + 1 : nil
      case .span(let span):
        guard wanted.count == span.count else { return nil }
        for (offset, byte) in wanted.enumerated() where bytes[span.lowerBound + offset] != byte { return nil }
        return matched + 1
      }
    }

    /// Reads a key at its opening quote, copying it only when it has escapes.
    mutating func key() throws(JSONLineError) -> Key {
      let end = ByteLanes.firstNeedingJSONEscape(in: bytes, from: index + 1)
      if index < bytes.count, bytes[index] == UInt8(ascii: "\""), end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
        let span = index + 1..<end
        index = end + 1
        return .span(span)
      }
      return .decoded(try string())
    }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipWhitespace() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: index += 1
        default: return
        }
      }
    }

    func error(_ message: String) -> JSONLineError {
      JSONLineError(message: "\(message) at column \(index + 1)")
    }

    mutating func expect(_ byte: UInt8) throws(JSONLineError) {
      guard peek() == byte else { throw error("expected '\(Character(Unicode.Scalar(byte)))'") }
      index += 1
    }

    /// Parses one value. `text` and `id` say how many keys of each wanted
    /// path the current position matches (nil: off the path).
    mutating func value(text: Int?, id: Int?, createdAt: Int?, depth: Int, fields: inout Fields)
      throws(JSONLineError)
    {
      guard depth < Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth)") }
      skipWhitespace()
      guard let byte = peek() else { throw error("unexpected end of line") }
      let wantsText = text == textKeys.count
      let wantsID = id == idKeys.count
      let wantsCreatedAt = createdAt == createdAtKeys.count
      switch byte {
      case UInt8(ascii: "{"):
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
          index += 1
          return
        }
        while true {
          skipWhitespace()
          let onPath =
            (text != nil && text != textKeys.count) || (id != nil && id != idKeys.count)
            || (createdAt != nil && createdAt != createdAtKeys.count)
          let key: Key
          if onPath {
            key = try self.key()
          } else {
            _ = try skipString()
            key = .span(0..<0)
          }
          skipWhitespace()
          try expect(UInt8(ascii: ":"))
          try value(
            text: onPath ? follow(text, textKeys, key: key) : nil, id: onPath ? follow(id, idKeys, key: key) : nil,
            createdAt: onPath ? follow(createdAt, createdAtKeys, key: key) : nil, depth: depth + 1, fields: &fields)
          skipWhitespace()
          if peek() == UInt8(ascii: ",") {
            index += 1
            continue
          }
          try expect(UInt8(ascii: "}"))
          return
        }
      case UInt8(ascii: "["):
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
          index += 1
          return
        }
        while true {
          try value(text: nil, id: nil, createdAt: nil, depth: depth + 1, fields: &fields)
          skipWhitespace()
          if peek() == UInt8(ascii: ",") {
            index += 1
            continue
          }
          try expect(UInt8(ascii: "]"))
          return
        }
      case UInt8(ascii: "\""):
        guard wantsText || wantsID || wantsCreatedAt else {
          _ = try skipString()
          return
        }
        let decoded = try string()
        if wantsText { fields.text = decoded }
        if wantsID { fields.id = String(decoding: decoded, as: UTF8.self) }
        if wantsCreatedAt { fields.createdAt = String(decoding: decoded, as: UTF8.self) }
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        let start = index
        try number()
        if wantsID { fields.id = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) }
        if wantsText { throw error("the text field is a number, not text") }
      default:
        try literal()
      }
    }

    /// Steps over a string without decoding it (escapes are still checked
    /// for shape by the decoder only when the value is wanted).
    mutating func skipString() throws(JSONLineError) -> [UInt8] {
      try expect(UInt8(ascii: "\""))
      while true {
        index = ByteLanes.firstNeedingJSONEscape(in: bytes, from: index)
        guard index < bytes.count else { break }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return []
        }
        if byte < 0x20 { throw error("control character in a string") }
        index += 2
      }
      throw error("unterminated string")
    }

    mutating func literal() throws(JSONLineError) {
      for word in ["true", "false", "null"] {
        let utf8 = Array(word.utf8)
        if index + utf8.count <= bytes.count && Array(bytes[index..<(index + utf8.count)]) == utf8 {
          index += utf8.count
          return
        }
      }
      throw error("invalid JSON value")
    }

    mutating func number() throws(JSONLineError) {
      let start = index
      if peek() == UInt8(ascii: "-") { index += 1 }
      var digits = 0
      scan: while let byte = peek() {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
          digits += 1
        case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
          break
        default:
          break scan
        }
        index += 1
      }
      // Accept what JSON numbers look like; the precise grammar does not matter for screening.
      if digits == 0 {
        index = start
        throw error("invalid number")
      }
    }

    /// Decodes a JSON string at `index` (which must be at its opening quote) to UTF-8.
    mutating func string() throws(JSONLineError) -> [UInt8] {
      try expect(UInt8(ascii: "\""))
      // Most strings have no escapes: find the closing quote and copy once.
      let end = ByteLanes.firstNeedingJSONEscape(in: bytes, from: index)
      if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
        let output = Array(UnsafeBufferPointer(rebasing: bytes[index..<end]))
        index = end + 1
        return output
      }
      var output: [UInt8] = []
      output.reserveCapacity(end - index + 16)
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
      index = end
      var runStart = index
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
          index += 1
          return output
        }
        if byte < 0x20 { throw error("control character in a string") }
        if byte != UInt8(ascii: "\\") {
          index += 1
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        index += 1
        guard let escape = peek() else { break }
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"): try unicodeEscape(into: &output)
        default: throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))'")
        }
        runStart = index
      }
      throw error("unterminated string")
    }

    mutating func hex4() throws(JSONLineError) -> UInt32 {
      guard index + 4 <= bytes.count else { throw error("truncated \\u escape") }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[index]
        let digit: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
        default: throw error("invalid \\u escape")
        }
        value = value << 4 | digit
        index += 1
      }
      return value
    }

    mutating func unicodeEscape(into output: inout [UInt8]) throws(JSONLineError) {
      var scalar = try hex4()
      if scalar >= 0xD800 && scalar < 0xDC00 {
        guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        else { throw error("unpaired surrogate in \\u escape") }
        index += 2
        let low = try hex4()
        guard low >= 0xDC00 && low < 0xE000 else { throw error("unpaired surrogate in \\u escape") }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if scalar >= 0xDC00 && scalar < 0xE000 {
        throw error("unpaired surrogate in \\u escape")
      }
      guard let value = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
      output.append(contentsOf: UTF8.encode(value).map { Array($0) } ?? [])
    }
  }
}
