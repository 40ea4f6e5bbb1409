@testable import PostcheckCore
import PostcheckTestSupport
import Testing

/// The prints the tokenizer records as it goes (its fast path computes a
/// plain word's from a register) must be the ones a separate pass computes.
@Suite struct TokenPrintsTests {
  static let alphabet =
    Array("aAbsSwWz019 .,!?;:)'’\"@#$*_-(\n".unicodeScalars) + ["é", "е", "👍", "\u{200B}", "ß", "ｆ"]

  @Test func recordedPrintsAreTheComputedOnes() throws {
    let tokenizer = try Tokenizer(leetspeak: sharedConfiguration.leetspeak, recordsPrints: true)
    let buffer = TokenBuffer()
    var generator = SplitMix64(seed: 2026)
    var plainWords = 0
    var markedPlainWords = 0
    for round in 0..<4000 {
      // Now and then a post of more tokens than the buffer starts with room for.
      let longest: UInt64 = round % 100 == 0 ? 3000 : round % 2 == 0 ? 24 : 90
      let length = Int(generator.next() % longest)
      var text = ""
      for _ in 0..<length {
        text.unicodeScalars.append(Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))])
      }
      var copy = text
      copy.withUTF8 { tokenizer.tokenize($0, into: buffer) }
      #expect(buffer.printsRecorded)
      let computed = TokenPrints()
      computed.compute(buffer.tokens, buffer.arena)
      #expect(buffer.prints.count == buffer.tokens.count, "\(text.debugDescription)")
      for index in buffer.tokens.indices {
        #expect(buffer.prints[index] == computed[index], "token \(index) of \(text.debugDescription)")
        #expect(buffer.prints.isPlain(index) == computed.isPlain(index), "token \(index) of \(text.debugDescription)")
        // Recorded: a plain word may be left unmarked (it is then looked at), nothing else marked.
        #expect(
          !buffer.prints.isPlainWord(index) || buffer.tokens[index].isPlainWord, "token \(index) of \(text.debugDescription)")
        if buffer.prints.isPlainWord(index) { markedPlainWords += 1 }
        #expect(computed.isPlainWord(index) == buffer.tokens[index].isPlainWord, "token \(index) of \(text.debugDescription)")
        if buffer.tokens[index].kind == .word && computed.isPlain(index) { plainWords += 1 }
      }
    }
    // Enough plain ASCII words that the fast path is covered, not only the general scanners.
    #expect(plainWords > 1000)
    #expect(markedPlainWords > 1000)
  }

  @Test func aTokenizerNotRecordingLeavesThePrintsToTheAnalysis() throws {
    let tokenizer = try Tokenizer(leetspeak: sharedConfiguration.leetspeak)
    let buffer = TokenBuffer()
    var text = "Plain words here"
    text.withUTF8 { tokenizer.tokenize($0, into: buffer) }
    #expect(!buffer.printsRecorded)
    #expect(buffer.prints.count == 0)
  }
}
