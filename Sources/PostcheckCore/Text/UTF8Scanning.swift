/// Small UTF-8 helpers for scanning raw post bytes.
enum UTF8Scanning {
  /// Decodes the scalar starting at `index`; returns it and its length in bytes.
  /// Input is validated before screening, so malformed sequences only occur
  /// in tests; they decode as U+FFFD of length 1.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    let remaining = bytes.count - index
    if lead & 0xE0 == 0xC0, remaining >= 2 {
      return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead & 0xF0 == 0xE0, remaining >= 3 {
      return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    if lead & 0xF8 == 0xF0, remaining >= 4 {
      let value =
        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
      return (value, 4)
    }
    return (0xFFFD, 1)
  }

  /// Number of scalars in `bytes[start..<end]` (counts bytes that are not continuation bytes).
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var count = 0
    var index = start
    while index < end {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }
}

/// Where input stops being valid UTF-8.
public struct UTF8ValidationError: Error, Equatable, Sendable {
  /// Byte offset of the first byte of the malformed sequence.
  public let byteOffset: Int
}

/// Validates UTF-8 per RFC 3629 (no overlongs, no surrogates, nothing above U+10FFFF).
public func validateUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8ValidationError? {
  guard let base = bytes.baseAddress else { return nil }
  var index = 0
  let count = bytes.count
  while index < count {
    // Skip ASCII eight bytes at a time.
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    if index >= count { break }
    let lead = bytes[index]
    if lead < 0x80 {
      index += 1
      continue
    }
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; upper = 0x9F
    case 0xF0: length = 4; lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; upper = 0x8F
    default: return UTF8ValidationError(byteOffset: index)
    }
    guard index + length <= count else { return UTF8ValidationError(byteOffset: index) }
    let second = bytes[index + 1]
    guard second >= lower && second <= upper else { return UTF8ValidationError(byteOffset: index) }
    for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
      return UTF8ValidationError(byteOffset: index)
    }
    index += length
  }
  return nil
}
