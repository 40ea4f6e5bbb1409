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

/// Tokenizer classes of every BMP scalar, read once from ICU's properties
/// (about a millisecond, once per process). Kept as a raw pointer that is
/// never freed, so lookups need neither the lazy-global check nor bounds checks.
// Written once during lazy initialisation, read-only afterwards.
nonisolated(unsafe) private let basicPlaneClasses: UnsafePointer<UInt8> = {
  let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
  for scalar in 0..<0x10000 { table[scalar] = icushim_scalar_class(UInt32(scalar)) }
  return UnsafePointer(table)
}()

/// Classifies scalars for the tokenizer. Holds the table pointer so the hot
/// loops read it from a register rather than through a global.
struct ScalarClassifier {
  let table: UnsafePointer<UInt8>

  init() { table = basicPlaneClasses }

  @inline(__always)
  func callAsFunction(_ scalar: UInt32) -> ScalarClass {
    if scalar < 0x10000 { return ScalarClass(rawValue: table[Int(scalar)]) ?? .other }
    switch scalar {
    // Emoji, flags, modifiers: the common case outside the BMP.
    case 0x1F000...0x1FAFF: return .other
    // Tag characters (subdivision flags) and variation selectors supplement.
    case 0xE0000...0xE0FFF: return .ignorable
    default: return ScalarClass(rawValue: icushim_scalar_class(scalar)) ?? .other
    }
  }
}

extension ScalarClass {
  init(_ scalar: UInt32) { self = ScalarClassifier()(scalar) }
}

/// Terminal display width of a scalar (0, 1 or 2 columns).
public func displayWidth(of scalar: Unicode.Scalar) -> Int {
  Int(icushim_display_width(scalar.value))
}
