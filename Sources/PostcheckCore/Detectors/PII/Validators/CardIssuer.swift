/// Payment card schemes by issuer identification number (IIN) range and
/// length, as the schemes publish them. A number outside every range is not
/// a card number, however well it passes Luhn.
struct CardIssuer: Sendable {
  let name: String
  /// Inclusive IIN prefix ranges, compared on the number's first `prefixLength` digits.
  let ranges: [(low: Int, high: Int, prefixLength: Int)]
  let lengths: Set<Int>

  static let all: [CardIssuer] = [
    CardIssuer(name: "Visa", ranges: [(4, 4, 1)], lengths: [13, 16, 19]),
    CardIssuer(name: "Mastercard", ranges: [(51, 55, 2), (2221, 2720, 4)], lengths: [16]),
    CardIssuer(name: "American Express", ranges: [(34, 34, 2), (37, 37, 2)], lengths: [15]),
    CardIssuer(name: "Discover", ranges: [(6011, 6011, 4), (644, 649, 3), (65, 65, 2)], lengths: [16, 17, 18, 19]),
    CardIssuer(name: "JCB", ranges: [(3528, 3589, 4)], lengths: [16, 17, 18, 19]),
    CardIssuer(name: "Diners Club", ranges: [(300, 305, 3), (36, 36, 2), (38, 39, 2)], lengths: [14, 16, 17, 18, 19]),
    CardIssuer(name: "UnionPay", ranges: [(62, 62, 2)], lengths: [16, 17, 18, 19]),
    CardIssuer(name: "Maestro", ranges: [(50, 50, 2), (56, 58, 2), (6304, 6304, 4), (67, 67, 2)], lengths: [12, 13, 14, 15, 16, 17, 18, 19]),
  ]

  /// The scheme whose range and length `digits` fit, if any.
  static func issuer(of digits: [UInt8]) -> CardIssuer? {
    all.first { issuer in
      issuer.lengths.contains(digits.count)
        && issuer.ranges.contains { range in
          guard digits.count >= range.prefixLength else { return false }
          let prefix = digits[0..<range.prefixLength].reduce(0) { $0 * 10 + Int($1) }
          return prefix >= range.low && prefix <= range.high
        }
    }
  }
}
