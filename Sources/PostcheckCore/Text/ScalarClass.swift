import ICUShim

/// How the tokenizer treats a Unicode scalar.
enum ScalarClass: UInt8 {
  /// Punctuation, symbols and emoji: ends a word.
  case other = 0
  /// White space: ends a word and a chunk.
  case space = 1
  /// Invisible characters (zero-width, bidi controls, variation selectors):
  /// skipped inside words so that `f\u{200B}uck` is one word.
  case ignorable = 2
  /// Letters, marks, digits and word-internal punctuation: needs ICU.
  case word = 3
}

/// Tokenizer classes of every BMP scalar, read once from ICU's properties.
///
/// A table turns the per-scalar ICU call into one load; building it takes
/// about a millisecond, once per process (global `let`s are initialised lazily
/// and thread-safely).
private let basicPlaneClasses: [UInt8] = (0..<0x10000).map { icushim_scalar_class(UInt32($0)) }

extension ScalarClass {
  @inline(__always)
  init(_ scalar: UInt32) {
    if scalar < 0x10000 {
      self = ScalarClass(rawValue: basicPlaneClasses.withUnsafeBufferPointer { $0[Int(scalar)] }) ?? .other
    } else {
      self = ScalarClass(rawValue: icushim_scalar_class(scalar)) ?? .other
    }
  }
}

/// Terminal display width of a scalar (0, 1 or 2 columns).
public func displayWidth(of scalar: Unicode.Scalar) -> Int {
  Int(icushim_display_width(scalar.value))
}

/// The ICU version this build uses, e.g. "72.1".
public var icuVersion: String {
  var buffer = [CChar](repeating: 0, count: 32)
  icushim_version(&buffer, Int32(buffer.count))
  return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
