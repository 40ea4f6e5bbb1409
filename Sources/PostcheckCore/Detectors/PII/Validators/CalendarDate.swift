/// A calendar date read from post text: `03/03/1988`, `3.3.88`, `1988-03-03`,
/// `3rd March 1988`, `the 3rd of March`, `March 3rd, 1988`, `Sept. 14`.
/// Numbers are read day first (en-GB); when that is impossible but month
/// first works (`03/25/1990`), the US order is taken and said so.
struct CalendarDate: Equatable, Sendable {
  var start: Int
  var end: Int
  var day: Int
  var month: Int
  var year: Int?
  /// How it was read, for the finding's explanation (`day/month/year`, `month name`).
  var reading: String

  /// Two-digit years above this are 19xx, the rest 20xx.
  static let twoDigitYearPivot = 30

  static func isValid(day: Int, month: Int, year: Int?) -> Bool {
    guard month >= 1, month <= 12, day >= 1 else { return false }
    if let year, year < 1900 || year > 2099 { return false }
    let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if month == 2, let year, !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { return day <= 28 }
    return day <= lengths[month - 1]
  }

  /// Month names and abbreviations, lower case.
  static let monthNames: [(name: String, month: Int)] = [
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("sept", 9), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
  ]
}

/// Reads `CalendarDate`s out of original post bytes.
struct CalendarDateReader {
  let text: UnsafeBufferPointer<UInt8>

  /// The date starting exactly at `start`, if one does.
  func date(at start: Int) -> CalendarDate? {
    guard start < text.count, PIIText.startsCleanly(text, start) else { return nil }
    if PIIText.isDigit(text[start]) {
      return numeric(at: start) ?? dayFirstWords(at: start)
    }
    return monthFirstWords(at: start)
  }

  // MARK: Numbers: 03/03/1988, 3.3.88, 1988-03-03, 03/03

  private func numeric(at start: Int) -> CalendarDate? {
    guard let (first, afterFirst) = number(at: start, maxDigits: 4), afterFirst < text.count else { return nil }
    let separator = text[afterFirst]
    guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-"),
      let (second, afterSecond) = number(at: afterFirst + 1, maxDigits: 2)
    else { return nil }
    let firstDigits = afterFirst - start
    var third: (value: Int, end: Int, digits: Int)?
    if afterSecond + 1 < text.count && text[afterSecond] == separator,
      let (value, end) = number(at: afterSecond + 1, maxDigits: 4)
    {
      third = (value, end, end - afterSecond - 1)
    }
    if let third {
      guard PIIText.endsCleanly(text, third.end) else { return nil }
      if firstDigits == 4 {
        guard third.digits <= 2, CalendarDate.isValid(day: third.value, month: second, year: first) else { return nil }
        return CalendarDate(start: start, end: third.end, day: third.value, month: second, year: first, reading: "year-month-day")
      }
      guard firstDigits <= 2, third.digits == 2 || third.digits == 4 else { return nil }
      let year = third.digits == 2 ? expandTwoDigitYear(third.value) : third.value
      if CalendarDate.isValid(day: first, month: second, year: year) {
        return CalendarDate(start: start, end: third.end, day: first, month: second, year: year, reading: "day/month/year")
      }
      if CalendarDate.isValid(day: second, month: first, year: year) {
        return CalendarDate(start: start, end: third.end, day: second, month: first, year: year, reading: "month/day/year (US order)")
      }
      return nil
    }
    // Day and month alone only with a slash: `3.5` and `3-1` are a number and a score.
    guard separator == UInt8(ascii: "/"), firstDigits <= 2, PIIText.endsCleanly(text, afterSecond),
      CalendarDate.isValid(day: first, month: second, year: nil)
    else { return nil }
    return CalendarDate(start: start, end: afterSecond, day: first, month: second, year: nil, reading: "day/month")
  }

  private func expandTwoDigitYear(_ value: Int) -> Int {
    value > CalendarDate.twoDigitYearPivot ? 1900 + value : 2000 + value
  }

  // MARK: Words: 3rd March 1988, the 3rd of March, March 3rd, 1988

  private func dayFirstWords(at start: Int) -> CalendarDate? {
    guard let (day, afterDay) = number(at: start, maxDigits: 2) else { return nil }
    var index = skipOrdinal(afterDay)
    index = skipSpaces(index)
    if let afterOf = word("of", at: index) { index = skipSpaces(afterOf) }
    guard let (month, afterMonth) = monthName(at: index) else { return nil }
    return finish(start: start, day: day, month: month, afterMonth: afterMonth, reading: "day month")
  }

  private func monthFirstWords(at start: Int) -> CalendarDate? {
    guard let (month, afterMonth) = monthName(at: start) else { return nil }
    let index = skipSpaces(afterMonth)
    // Two digits at most: `March 2025` is a month of a year, not a day.
    guard index > afterMonth, let (day, afterDay) = number(at: index, maxDigits: 2) else { return nil }
    let afterOrdinal = skipOrdinal(afterDay)
    guard afterOrdinal == text.count || !PIIText.isAlphanumeric(text[afterOrdinal]) else { return nil }
    return finish(start: start, day: day, month: month, afterMonth: afterOrdinal, reading: "month day")
  }

  /// Adds a following year (`, 1988`, ` 1988`, ` '88`) when there is one.
  private func finish(start: Int, day: Int, month: Int, afterMonth: Int, reading: String) -> CalendarDate? {
    var end = afterMonth
    var year: Int?
    var index = afterMonth
    if index < text.count && text[index] == UInt8(ascii: ",") { index += 1 }
    let yearStart = skipSpaces(index)
    if yearStart > afterMonth || yearStart == index, let (value, afterYear) = number(at: yearStart, maxDigits: 4),
      afterYear - yearStart == 4, PIIText.endsCleanly(text, afterYear)
    {
      year = value
      end = afterYear
    } else if let (value, afterYear) = apostropheYear(at: yearStart), yearStart > afterMonth {
      // `3rd March '88`, `3 Mar ’88`.
      year = expandTwoDigitYear(value)
      end = afterYear
    }
    guard CalendarDate.isValid(day: day, month: month, year: year) else { return nil }
    return CalendarDate(start: start, end: end, day: day, month: month, year: year, reading: reading)
  }

  // MARK: Pieces

  /// `'88` or `’88` (U+2019 is E2 80 99 in UTF-8).
  private func apostropheYear(at start: Int) -> (Int, Int)? {
    var index = start
    if index < text.count && text[index] == UInt8(ascii: "'") {
      index += 1
    } else if index + 3 <= text.count && text[index] == 0xE2 && text[index + 1] == 0x80 && text[index + 2] == 0x99 {
      index += 3
    } else {
      return nil
    }
    guard let (value, end) = number(at: index, maxDigits: 2), end - index == 2, PIIText.endsCleanly(text, end) else {
      return nil
    }
    return (value, end)
  }

  /// A run of 1…`maxDigits` digits at `start` not followed by another digit.
  private func number(at start: Int, maxDigits: Int) -> (Int, Int)? {
    var index = start
    var value = 0
    while index < text.count && PIIText.isDigit(text[index]) {
      guard index - start < maxDigits else { return nil }
      value = value * 10 + Int(text[index] - 0x30)
      index += 1
    }
    return index > start ? (value, index) : nil
  }

  private func skipOrdinal(_ index: Int) -> Int {
    guard index + 2 <= text.count else { return index }
    let suffix = (text[index] | 0x20, text[index + 1] | 0x20)
    switch suffix {
    case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
      (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
      return index + 2 < text.count && PIIText.isLetter(text[index + 2]) ? index : index + 2
    default: return index
    }
  }

  private func skipSpaces(_ index: Int) -> Int {
    var index = index
    while index < text.count && text[index] == UInt8(ascii: " ") { index += 1 }
    return index
  }

  /// The end of `word` (lower case) at `index`, matched without case, followed by a non-letter.
  private func word(_ word: String, at index: Int) -> Int? {
    var position = index
    for byte in word.utf8 {
      guard position < text.count, text[position] | 0x20 == byte else { return nil }
      position += 1
    }
    guard position == text.count || !PIIText.isLetter(text[position]) else { return nil }
    return position
  }

  /// A month's name or abbreviation (with an optional full stop) at `index`.
  private func monthName(at index: Int) -> (Int, Int)? {
    for (name, month) in CalendarDate.monthNames {
      if let end = word(name, at: index) {
        return (month, end < text.count && text[end] == UInt8(ascii: ".") ? end + 1 : end)
      }
    }
    return nil
  }
}
