@testable import PostcheckCore
import Testing

/// A phrase class that no template names is a typo in one place or the
/// other (a class line whose name was mangled loads silently otherwise).
@Suite struct PhraseClassUsageTests {
  @Test func everyPhraseClassIsNamedByATemplate() throws {
    let lexicons = try LexiconSet.embedded()
    let classes = try PhraseTemplate.classes(in: lexicons.lexicon(named: "offensive.phrase-classes"))
    var named: Set<String> = []
    for row in try lexicons.lexicon(named: "offensive.phrases").entries {
      // A term and its not-when phrases (`{hang-subject} should hang {hang-end}`) may name classes.
      let phrases = row.fields.prefix(1) + (row.fields.count == 5 ? row.fields[4].split(separator: "|").map(String.init) : [])
      for phrase in phrases where PhraseTemplate.isTemplate(phrase) {
        for word in phrase.split(separator: " ") where word.hasPrefix("{") && word.hasSuffix("}") {
          named.insert(String(word.dropFirst().dropLast(word.hasSuffix("?}") ? 2 : 1)))
        }
      }
    }
    #expect(Set(classes.keys).subtracting(named).sorted() == [])
  }
}
