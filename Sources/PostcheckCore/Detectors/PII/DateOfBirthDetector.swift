/// `pii.date_of_birth`: birth dates (policy 5, personal information).
///
/// A calendar date (day and month at least; numeric day-first, ISO, or with
/// a month name; US order when only it is possible) is a birth date only when
/// a birth cue touches it (`BirthDateCues`). Event dates, founding dates and
/// "birthday cake orders by 3rd August" stay quiet; baby announcements and
/// birthdays without a year are birth dates. The span is the date alone.
public struct DateOfBirthDetector: Detector {
  public var readsPatternRegions: Bool { true }
  public static let rule = Rule(
    id: "pii.date_of_birth", category: .pii, policy: "5", severity: .high,
    summary: "A date the same sentence calls a birth date (DOB, born on, my birthday is)",
    message: "Date of birth in a post (policy 5: personal information)")

  public var rules: [Rule] { [Self.rule] }
  let cues: BirthDateCues

  public init(lexicons: LexiconSet) throws(LexiconError) {
    cues = try BirthDateCues(lexicon: try lexicons.lexicon(named: "pii.date_of_birth.cues"))
  }

  public func detect(in post: PostAnalysis, into findings: inout [Finding]) {
    guard post.hasRegions(.numericDate) || post.hasRegions(.wordDate) else { return }
    let numeric = post.regions(.numericDate)
    let words = post.regions(.wordDate)
    guard !numeric.isEmpty || !words.isEmpty else { return }
    let text = post.text
    let reader = CalendarDateReader(text: text)
    var lastEnd = 0
    let regions = words.isEmpty ? numeric : (numeric + words).sorted { $0.start < $1.start }
    for region in regions {
      var index = max(region.start, lastEnd)
      while index < region.end {
        guard let date = reader.date(at: index) else {
          index += 1
          continue
        }
        index = date.end
        lastEnd = max(lastEnd, date.end)
        guard let cue = cues.cue(in: text, dateStart: date.start, dateEnd: date.end),
          !post.isInsideSpecialToken(date.start, date.end)
        else { continue }
        findings.append(
          Finding(
            rule: Self.rule, start: date.start, end: date.end, confidence: cue.confidence,
            explanation: Explanation(
              validator: "calendar date (\(date.reading))", context: cue.phrase, baseConfidence: cue.confidence)))
      }
    }
  }
}
