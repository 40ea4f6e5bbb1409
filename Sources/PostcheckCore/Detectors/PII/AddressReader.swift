/// Reads the parts of a postal address around an anchor in the original
/// text: the words before a postcode back to the house number or name, a
/// street after a house number, the locality after a street.
struct AddressReader {
  let text: UnsafeBufferPointer<UInt8>
  let words: AddressWords

  struct Word {
    var start: Int
    var end: Int
    /// A comma follows the word.
    var commaAfter: Bool
  }

  struct Start {
    var start: Int
    /// What was found, for the explanation (`house number, street`).
    var evidence: String
  }

  /// Where the address that ends just before `anchor` starts: its house
  /// name, flat or house number, else its street; nil when the words before
  /// the anchor hold none of these.
  func addressStart(before anchor: Int) -> Start? {
    let found = wordsBefore(anchor)
    guard !found.isEmpty else { return nil }
    var componentStart = found[0].start
    var houseStart: Int?
    var streetStart: Int?
    var evidence: [String] = []
    for (position, word) in found.enumerated() {
      if position > 0 && found[position - 1].commaAfter { componentStart = word.start }
      let lowered = lowercased(word)
      if houseStart == nil && words.houseNames.contains(lowered) && isCapitalised(word) {
        houseStart = capitalisedRunStart(found, endingAt: position, componentStart: componentStart)
        evidence.append("house name")
      } else if houseStart == nil && words.units.contains(lowered) {
        houseStart = word.start
        evidence.append("flat or unit")
      } else if houseStart == nil && isHouseNumber(word) {
        houseStart = word.start
        evidence.append("house number")
      } else if words.streetSuffixes.contains(lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered) {
        if streetStart == nil { streetStart = streetNameStart(found, endingAt: position, componentStart: componentStart) }
        evidence.append("street")
      }
    }
    guard let start = houseStart ?? streetStart, streetStart != nil || houseStart != nil else { return nil }
    // A house number needs a street after it; `12, LS6 2AB` is not an address.
    if houseStart != nil && streetStart == nil && !evidence.contains("house name") { return nil }
    return Start(start: start, evidence: evidence.joined(separator: ", "))
  }

  /// Where a house name ending at `found[last]` starts: its capitalised
  /// words back to the start of its part of the address (`Rose Cottage`).
  private func capitalisedRunStart(_ found: [Word], endingAt last: Int, componentStart: Int) -> Int {
    var first = last
    // At most three words (`Meadow View Farm`), and not an interjection before them (`Sooo Rose Cottage`).
    while first > 0 && last - first < 2 && found[first - 1].start >= componentStart && isCapitalised(found[first - 1])
      && !words.stopWords.contains(lowercased(found[first - 1]))
    {
      first -= 1
    }
    return found[first].start
  }

  /// Where a street name ending in its suffix at `found[last]` starts: up to
  /// three words before the suffix in the same part, not a house number.
  private func streetNameStart(_ found: [Word], endingAt last: Int, componentStart: Int) -> Int {
    var first = last
    while first > 0 && last - first < 3 && found[first - 1].start >= componentStart && !isHouseNumber(found[first - 1]) {
      first -= 1
    }
    return found[first].start
  }

  /// A street at `start`: a house number, one to three capitalised words
  /// and a street suffix (`12 Mill Lane`, `4B Church Street`), single spaces
  /// between them, as the street pattern finds them.
  func street(at start: Int, regionEnd: Int) -> (start: Int, end: Int)? {
    guard PIIText.startsCleanly(text, start) else { return nil }
    var index = start
    guard let number = word(startingAt: &index), isHouseNumber(number) else { return nil }
    for position in 0..<4 {
      guard index < text.count, text[index] == UInt8(ascii: " ") || number.commaAfter,
        let next = word(startingAt: &index), isCapitalised(next)
      else { return nil }
      let lowered = lowercased(next)
      if position > 0 && words.streetSuffixes.contains(lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered) {
        return PIIText.endsCleanly(text, next.end) ? (start, next.end) : nil
      }
      if next.commaAfter { return nil }
    }
    return nil
  }

  /// The end of up to two `, Capitalised Words` parts after `end` (`, Leeds`).
  func localityEnd(after end: Int) -> Int {
    var result = end
    var index = end
    for _ in 0..<2 {
      guard index + 2 < text.count, text[index] == UInt8(ascii: ","), text[index + 1] == UInt8(ascii: " "),
        text[index + 2] &- UInt8(ascii: "A") < 26
      else { break }
      index += 2
      while let word = word(startingAt: &index), isPlaceName(word) {
        result = word.end
        if word.commaAfter { break }
      }
      index = result
    }
    return result
  }

  // MARK: Words

  /// The address-like words (capitalised words, house numbers) before
  /// `anchor`, in text order, stopping at anything else or a sentence end.
  private func wordsBefore(_ anchor: Int) -> [Word] {
    var found: [Word] = []
    var index = anchor
    while found.count < AddressDetector.maximumWords {
      var commaAfter = false
      while index > 0 && text[index - 1] == UInt8(ascii: " ") { index -= 1 }
      // Address lines end with a comma or a line break (`12 Mill Lane\nLeeds\nLS6 2AB`).
      if index > 0 && (text[index - 1] == UInt8(ascii: ",") || text[index - 1] == UInt8(ascii: "\n")) {
        commaAfter = true
        index -= 1
        if index > 0 && text[index - 1] == UInt8(ascii: "\r") { index -= 1 }
        if index > 0 && text[index - 1] == UInt8(ascii: ",") { index -= 1 }
        while index > 0 && text[index - 1] == UInt8(ascii: " ") { index -= 1 }
      }
      let end = index
      while index > 0 && isWordByte(text[index - 1]) { index -= 1 }
      guard index < end else { break }
      let word = Word(start: index, end: end, commaAfter: commaAfter)
      // A full stop ends the sentence unless it closes an abbreviation (`St.`, `Co.`).
      if text[end - 1] == UInt8(ascii: ".") && !words.abbreviations.contains(lowercased(word)) {
        index = end
        break
      }
      // Lower-case words count too (`12 mill lane, leeds ls6 2ab`), up to a
      // word that is no part of an address (`at`, `to`, `live`).
      guard isCapitalised(word) || isHouseNumber(word) || !words.stopWords.contains(lowercased(word)) else { break }
      found.append(word)
    }
    return found.reversed()
  }

  private func word(startingAt index: inout Int) -> Word? {
    while index < text.count && text[index] == UInt8(ascii: " ") { index += 1 }
    let start = index
    while index < text.count && isWordByte(text[index]) { index += 1 }
    guard index > start else { return nil }
    var end = index
    // A sentence's full stop is not part of the word.
    if text[end - 1] == UInt8(ascii: "."),
      !words.abbreviations.contains(lowercased(Word(start: start, end: end, commaAfter: false)))
    {
      end -= 1
    }
    let commaAfter = index < text.count && text[index] == UInt8(ascii: ",")
    if commaAfter { index += 1 }
    return Word(start: start, end: end, commaAfter: commaAfter)
  }

  private func isWordByte(_ byte: UInt8) -> Bool {
    PIIText.isAlphanumeric(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
  }

  private func isCapitalised(_ word: Word) -> Bool { text[word.start] &- UInt8(ascii: "A") < 26 }

  /// A word of a town or county name: capitalised, with lower-case letters
  /// and no digits (`Leeds`, `Co.`; not `T12`, `ASAP`).
  private func isPlaceName(_ word: Word) -> Bool {
    guard isCapitalised(word) else { return false }
    var hasLower = false
    for index in word.start..<word.end {
      let byte = text[index]
      if PIIText.isDigit(byte) { return false }
      if byte &- UInt8(ascii: "a") < 26 { hasLower = true }
    }
    return hasLower
  }

  /// `12`, `4B`, `221b`, `12-14`: digits, maybe a letter or a range.
  private func isHouseNumber(_ word: Word) -> Bool {
    let length = word.end - word.start
    guard length <= 6, PIIText.isDigit(text[word.start]) else { return false }
    var letters = 0
    for index in word.start..<word.end {
      let byte = text[index]
      if PIIText.isLetter(byte) { letters += 1 } else if !PIIText.isDigit(byte) && byte != UInt8(ascii: "-") { return false }
    }
    return letters <= 1 && PIIText.isDigit(text[word.start])
  }

  private func lowercased(_ word: Word) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: text[word.start..<word.end]), as: UTF8.self).lowercased()
  }
}
