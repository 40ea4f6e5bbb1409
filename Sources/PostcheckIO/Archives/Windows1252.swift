/// Windows-1252, the encoding older LinkedIn exports fall back to: a CSV
/// cell that is not valid UTF-8 is read as it (WHATWG's mapping, under which
/// every byte stands for one character), rather than refused.
enum Windows1252 {
  /// The characters of bytes 0x80…0x9F; the rest stand for the code point of their own value.
  private static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D,
    0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
    0x017E, 0x0178,
  ]

  /// `bytes` read as Windows-1252, as UTF-8.
  static func utf8(from bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 2)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      // Every character here is below U+FFFF: two or three UTF-8 bytes.
      let value = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
      if value < 0x800 {
        output.append(UInt8(0xC0 | value >> 6))
      } else {
        output.append(UInt8(0xE0 | value >> 12))
        output.append(UInt8(0x80 | (value >> 6) & 0x3F))
      }
      output.append(UInt8(0x80 | value & 0x3F))
    }
    return output
  }
}
