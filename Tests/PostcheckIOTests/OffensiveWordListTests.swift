import Foundation
import PostcheckCore
import Testing

/// The offensive lexicons over a large English word list (apt `wbritish`,
/// installed by `scripts/setup`): no ordinary word may be flagged through a
/// normalisation (leetspeak, squeezing, skeletons, masking), and every word
/// that is itself a term must be one decided by hand (`core.lex`), never
/// imported by accident.
@Suite struct OffensiveWordListTests {
  static let wordList = "/usr/share/dict/british-english"

  @Test func noInnocentWordIsFlagged() throws {
    guard let text = try? String(contentsOfFile: Self.wordList, encoding: .utf8) else {
      Issue.record("\(Self.wordList) is missing: install wbritish (scripts/setup does)")
      return
    }
    let words = text.split(separator: "\n").map(String.init)
    #expect(words.count > 50_000)
    let screener = try Screener(configuration: try ScreeningConfiguration.standard())
    var throughNormalisation: [String] = []
    var notByHand: [String] = []
    for word in words {
      for finding in screener.screen(word).findings where finding.rule.category == .offensive {
        let entry = finding.explanation.entry?.lowercased() ?? ""
        if entry != word.lowercased() {
          throughNormalisation.append("\(word) → \(entry)")
        } else if finding.explanation.validator?.hasPrefix("offensive.core") != true {
          notByHand.append(word)
        }
      }
    }
    #expect(throughNormalisation.isEmpty, "innocent words flagged: \(throughNormalisation.prefix(20))")
    #expect(notByHand.isEmpty, "dictionary words that are terms outside core.lex: \(notByHand.prefix(20))")
  }
}
