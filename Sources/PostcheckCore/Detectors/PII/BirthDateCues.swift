/// The words that make a date a birth date: `DOB`, `D.O.B.`, `date of birth`,
/// `born (on)`, `b.`, `my birthday is`, or after it, `is my birthday`.
///
/// A cue counts only when it touches the date, with nothing between them but
/// filler words (`on`, `the`, `is`, `at 14:15`) and punctuation. So "Born to
/// Run night on 6 May" and "born and raised here, moved offices on
/// 08.04.1975" are not birth dates, while "was born at 14:15 on 13/04/2025"
/// is. Matched on the original bytes, case-insensitively, so punctuation in
/// a cue (`d.o.b.`, `b.`) is exact.
struct BirthDateCues: Sendable {
  struct Cue: Sendable {
    let phrase: String
    let bytes: [UInt8]
    let confidence: Double
  }

  let before: [Cue]
  let after: [Cue]
  /// Cues unambiguous enough to count anywhere earlier in the same clause
  /// (`DOB for the form is 03/03/1988`): no sentence end, comma or semicolon between.
  let inClause: [Cue]
  let fillers: [[UInt8]]
  /// Words for things that are founded rather than born (`company`, `idea`,
  /// `podcast`): a touching cue right after one of them, with only filler
  /// between, is no birth date ("The company was born on 1 April 2010").
  let nonPersons: [[UInt8]]
  /// Filler words a cue may be separated from the date by, at most.
  static let maximumFillers = 5

  init(lexicon: Lexicon) throws(LexiconError) {
    var before: [Cue] = []
    var after: [Cue] = []
    var inClause: [Cue] = []
    var fillers: [[UInt8]] = []
    var nonPersons: [[UInt8]] = []
    for entry in lexicon.entries {
      let phrase = entry.fields[0].lowercased()
      guard entry.fields.count == 3, !phrase.isEmpty else {
        throw LexiconError(file: lexicon.path, line: entry.line, message: "expected phrase, side and confidence")
      }
      let side = entry.fields[1]
      switch side {
      case "filler":
        fillers.append(Array(phrase.utf8))
        continue
      case "non-person":
        nonPersons.append(Array(phrase.utf8))
        continue
      default: break
      }
      guard let confidence = Double(entry.fields[2]), ["before", "after", "clause"].contains(side) else {
        throw LexiconError(
          file: lexicon.path, line: entry.line, message: "side must be before, clause, after, filler or non-person, confidence a number")
      }
      let cue = Cue(phrase: entry.fields[0], bytes: Array(phrase.utf8), confidence: confidence)
      switch side {
      case "after": after.append(cue)
      case "clause":
        // A clause cue also counts where a touching one would.
        before.append(cue)
        inClause.append(cue)
      default: before.append(cue)
      }
    }
    // Longest first, so `date of birth` wins over `birth`.
    self.before = before.sorted { $0.bytes.count > $1.bytes.count }
    self.after = after.sorted { $0.bytes.count > $1.bytes.count }
    self.inClause = inClause.sorted { $0.bytes.count > $1.bytes.count }
    self.fillers = fillers.sorted { $0.count > $1.count }
    self.nonPersons = nonPersons.sorted { $0.count > $1.count }
  }

  /// The cue that makes the date at `start..<end` a birth date, if any.
  func cue(in text: UnsafeBufferPointer<UInt8>, dateStart start: Int, dateEnd end: Int) -> Cue? {
    cueBefore(text, start) ?? cueAfter(text, end) ?? cueInClause(text, start)
  }

  /// Words looked back over for a clause cue, at most.
  static let clauseReach = 8

  private func cueInClause(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Cue? {
    var position = start
    for _ in 0..<Self.clauseReach {
      position = skipSpacesBackward(text, position)
      guard position > 0 else { return nil }
      if let cue = inClause.first(where: { endsWith(text, position, $0.bytes) }) { return cue }
      switch text[position - 1] {
      case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\n"): return nil
      case UInt8(ascii: "."):
        // `D.O.B.` ends in a full stop and is looked for above; any other ends the sentence.
        return nil
      default: break
      }
      // Back over one word (or one run of other characters).
      let isWord = PIIText.isAlphanumeric(text[position - 1])
      while position > 0 && text[position - 1] != UInt8(ascii: " ")
        && PIIText.isAlphanumeric(text[position - 1]) == isWord
        && !(text[position - 1] == UInt8(ascii: ",") || text[position - 1] == UInt8(ascii: "."))
      {
        position -= 1
      }
    }
    return nil
  }

  private func cueBefore(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Cue? {
    var position = start
    for _ in 0...Self.maximumFillers {
      position = skipSpacesBackward(text, position)
      if let cue = before.first(where: { endsWith(text, position, $0.bytes) }) {
        return followsNonPerson(text, position - cue.bytes.count) ? nil : cue
      }
      if let filler = fillers.first(where: { endsWith(text, position, $0) }) {
        position -= filler.count
      } else if let timeStart = timeEnding(text, position) {
        position = timeStart
      } else if let placeStart = placeEnding(text, position) {
        position = placeStart
      } else {
        return nil
      }
    }
    return nil
  }

  /// Whether a non-person word ends at `end`, with at most two filler words between.
  private func followsNonPerson(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    var position = end
    for _ in 0...2 {
      position = skipSpacesBackward(text, position)
      if nonPersons.contains(where: { endsWith(text, position, $0) }) { return true }
      // Only filler words: after a comma the cue may be about someone else
      // ("Jo, who joined the company, was born on …").
      guard let filler = fillers.first(where: { endsWith(text, position, $0) }),
        filler.first.map(PIIText.isAlphanumeric) ?? false
      else { return false }
      position -= filler.count
    }
    return false
  }

  private func cueAfter(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Cue? {
    var position = end
    for _ in 0...Self.maximumFillers {
      position = skipSpacesForward(text, position)
      if let cue = after.first(where: { startsWith(text, position, $0.bytes) }) { return cue }
      guard let filler = fillers.first(where: { startsWith(text, position, $0) }) else { return nil }
      position += filler.count
    }
    return nil
  }

  private func skipSpacesBackward(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var index = index
    while index > 0 && text[index - 1] == UInt8(ascii: " ") { index -= 1 }
    return index
  }

  private func skipSpacesForward(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var index = index
    while index < text.count && text[index] == UInt8(ascii: " ") { index += 1 }
    return index
  }

  /// Whether `text[..<end]` ends with `phrase` (case-insensitively) at a word start.
  private func endsWith(_ text: UnsafeBufferPointer<UInt8>, _ end: Int, _ phrase: [UInt8]) -> Bool {
    let start = end - phrase.count
    guard start >= 0 else { return false }
    for (offset, byte) in phrase.enumerated() where lowered(text[start + offset]) != byte { return false }
    let wordLike = phrase.first.map(PIIText.isAlphanumeric) ?? false
    return !wordLike || start == 0 || !PIIText.isAlphanumeric(text[start - 1])
  }

  /// Whether `text[start...]` begins with `phrase` (case-insensitively) ending at a word end.
  private func startsWith(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ phrase: [UInt8]) -> Bool {
    let end = start + phrase.count
    guard end <= text.count else { return false }
    for (offset, byte) in phrase.enumerated() where lowered(text[start + offset]) != byte { return false }
    let wordLike = phrase.last.map(PIIText.isAlphanumeric) ?? false
    return !wordLike || end == text.count || !PIIText.isAlphanumeric(text[end])
  }

  private func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

  /// The start of `in Leeds`, `at St James's Hospital` ending at `end`: where
  /// someone was born may stand between `born` and the date. Only capitalised
  /// words after `in` or `at`, so "Born to Run night on 6 May" stays apart.
  private func placeEnding(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
    var position = end
    var words = 0
    while words < 4 {
      position = skipSpacesBackward(text, position)
      var start = position
      while start > 0 && (PIIText.isAlphanumeric(text[start - 1]) || text[start - 1] == UInt8(ascii: "'")) { start -= 1 }
      guard start < position else { return nil }
      if words > 0 && (endsWith(text, position, Array("in".utf8)) || endsWith(text, position, Array("at".utf8))) {
        return start
      }
      guard text[start] &- UInt8(ascii: "A") < 26 else { return nil }
      words += 1
      position = start
    }
    return nil
  }

  /// The start of a time of day (`14:15`, `2.30pm`, `9am`) ending at `end`.
  private func timeEnding(_ text: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
    var index = end
    if index >= 2 && (lowered(text[index - 2]) == UInt8(ascii: "a") || lowered(text[index - 2]) == UInt8(ascii: "p"))
      && lowered(text[index - 1]) == UInt8(ascii: "m")
    {
      index -= 2
    }
    let digitsEnd = index
    while index > 0 && (PIIText.isDigit(text[index - 1]) || text[index - 1] == UInt8(ascii: ":") || text[index - 1] == UInt8(ascii: ".")) {
      index -= 1
    }
    guard index < digitsEnd, PIIText.isDigit(text[digitsEnd - 1]), index == 0 || !PIIText.isAlphanumeric(text[index - 1]),
      digitsEnd - index <= 5, index < end
    else { return nil }
    return index
  }
}
