/// The dates exports write, as ISO 8601 in UTC for `source.created_at`.
/// Plain arithmetic: no formatter, no locale, safe on every thread.
enum ExportDates {
  /// `2025-03-04T09:15:02Z` from Unix seconds.
  static func iso(unixSeconds: Int64) -> String {
    let days = unixSeconds >= 0 ? unixSeconds / 86_400 : (unixSeconds - 86_399) / 86_400
    let seconds = unixSeconds - days * 86_400
    let (year, month, day) = civil(daysSinceEpoch: days)
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))Z"
  }

  /// X's `Tue Mar 04 09:15:02 +0000 2025` as ISO 8601 in UTC; nil if it is not in that shape.
  static func fromTwitter(_ text: String) -> String? {
    let parts = text.split(separator: " ")
    guard parts.count == 6, let month = months.firstIndex(of: String(parts[1])), let day = Int(parts[2]),
      let year = Int64(parts[5])
    else { return nil }
    let clock = parts[3].split(separator: ":").compactMap { Int64($0) }
    let offset = parts[4]
    guard clock.count == 3, offset.count == 5, let sign = offset.first, sign == "+" || sign == "-",
      let hours = Int64(offset.dropFirst().prefix(2)), let minutes = Int64(offset.suffix(2))
    else { return nil }
    let offsetSeconds = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
    let days = daysSinceEpoch(year: year, month: Int64(month + 1), day: Int64(day))
    return iso(unixSeconds: days * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2] - offsetSeconds)
  }

  /// Unix seconds of an ISO 8601 time (`2025-03-07T10:00:00.000Z`,
  /// `2025-03-07T11:00:00+01:00`; no zone is UTC); nil if it is not one.
  static func unixSeconds(iso text: String) -> Int64? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":")
    else { return nil }
    func number(_ range: Range<Int>) -> Int64? {
      var value: Int64 = 0
      for index in range {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int64(digit)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month),
      (1...31).contains(day), let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
    else { return nil }
    var index = 19
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < bytes.count && bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    }
    var offset: Int64 = 0
    if index < bytes.count {
      let sign = bytes[index]
      if sign == UInt8(ascii: "Z") {
        index += 1
      } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), index + 6 == bytes.count,
        bytes[index + 3] == UInt8(ascii: ":"), let hours = number(index + 1..<index + 3),
        let minutes = number(index + 4..<index + 6)
      {
        offset = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        index += 6
      }
    }
    guard index == bytes.count else { return nil }
    return daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
  }

  /// LinkedIn's `2025-03-04 09:15:02` (UTC) as ISO 8601; other text unchanged.
  static func fromLinkedIn(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.count == 19, bytes[10] == UInt8(ascii: " ") else { return text }
    return String(text.prefix(10)) + "T" + String(text.suffix(8)) + "Z"
  }

  private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  private static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  // Howard Hinnant's days-from-civil and civil-from-days (proleptic Gregorian).
  private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civil(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
