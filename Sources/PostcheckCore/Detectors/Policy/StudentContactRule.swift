/// `conduct.student_contact`: contact with a student said outright
/// (`accepted my learner's friend request`) is reported with the entry's
/// confidence; an invitation to a private channel (`add me on snap`) is a
/// review on its own and a block when the post speaks of students or parents.
enum StudentContactRule {
  /// The confidence an invitation reaches when students are mentioned.
  static let withStudents = 0.9

  static func evaluate(_ matches: PolicyMatches, into findings: inout [Finding]) {
    let students = matches.with(.studentContext)
    for match in matches.matches where match.cue == .studentContact || match.cue == .contactInvite {
      let entry = matches.entry(match)
      var confidence = entry.confidence
      var context: String?
      if match.cue == .contactInvite, let student = students.first(where: { !matches.covers(match, $0) }) {
        confidence = max(confidence, withStudents)
        context = matches.entry(student).pattern
      }
      findings.appendOrMerge(
        matches.finding(
          PolicyRules.studentContact, matches.start(match), matches.end(match), confidence: confidence,
          entry: entry.pattern, context: context, validator: "\(entry.lexicon): \(match.cue.rawValue)"))
    }
  }
}
