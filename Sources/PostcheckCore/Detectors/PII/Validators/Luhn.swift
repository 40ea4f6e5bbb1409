/// The Luhn (mod 10) check digit of payment card numbers (ISO/IEC 7812-1).
enum Luhn {
  /// Whether `digits` (values 0…9) end in a valid Luhn check digit.
  static func isValid(_ digits: [UInt8]) -> Bool {
    guard digits.count > 1 else { return false }
    var sum = 0
    for (position, digit) in digits.reversed().enumerated() {
      var value = Int(digit)
      if position % 2 == 1 {
        value *= 2
        if value > 9 { value -= 9 }
      }
      sum += value
    }
    return sum % 10 == 0
  }
}
