import Synchronization
import Testing

@testable import PostcheckCore

/// Compiled pattern databases kept between runs: what is loaded finds what
/// a fresh compile finds, and damaged bytes are compiled over.
@Suite struct PatternStoreTests {
  final class MemoryStore: PatternDatabaseStore {
    let saved = Mutex<[String: [UInt8]]>([:])
    let loads = Mutex(0)

    func load(key: String) -> [UInt8]? {
      loads.withLock { $0 += 1 }
      return saved.withLock { $0[key] }
    }

    func save(_ bytes: [UInt8], key: String) { saved.withLock { $0[key] = bytes } }
  }

  static let posts = [
    "ring me on 07911 123456", "IBAN GB82 WEST 1234 5698 7654 32", "sort code 20-00-00 acc 55779911",
    "DOB 03/04/1990", "12 Mill Lane, Leeds LS6 2AB", "nothing here",
  ]

  @Test func aStoredDatabaseFindsWhatAFreshOneFinds() throws {
    let lexicon = try LexiconSet.embedded().lexicon(named: "pii.patterns")
    let custom = [CustomPattern(name: "work.rota", expression: "\\brota\\b", ignoresCase: true, use: .allow)]
    let store = MemoryStore()
    let fresh = try PatternDatabase(lexicon: lexicon, custom: custom)
    let first = try PatternDatabase(lexicon: lexicon, custom: custom, store: store)
    #expect(store.saved.withLock { $0.count } == 2)  // the PII patterns and the custom ones
    let second = try PatternDatabase(lexicon: lexicon, custom: custom, store: store)
    #expect(store.loads.withLock { $0 } == 4)
    for post in Self.posts {
      #expect(second.candidateRegions(in: post) == fresh.candidateRegions(in: post), "\(post)")
      #expect(first.candidateRegions(in: post) == fresh.candidateRegions(in: post), "\(post)")
    }
  }

  @Test func damagedBytesAreCompiledOver() throws {
    let lexicon = try LexiconSet.embedded().lexicon(named: "pii.patterns")
    let store = MemoryStore()
    _ = try PatternDatabase(lexicon: lexicon, store: store)
    store.saved.withLock { saved in
      for key in saved.keys { saved[key] = Array(repeating: 0x5A, count: 64) }
    }
    let recompiled = try PatternDatabase(lexicon: lexicon, store: store)
    let fresh = try PatternDatabase(lexicon: lexicon)
    for post in Self.posts { #expect(recompiled.candidateRegions(in: post) == fresh.candidateRegions(in: post)) }
    // The damaged entry was replaced by a good one.
    #expect(store.saved.withLock { $0.values.allSatisfy { $0.count > 64 } })
  }

  @Test func otherPatternsHaveOtherKeys() throws {
    let lexicon = try LexiconSet.embedded().lexicon(named: "pii.patterns")
    let store = MemoryStore()
    _ = try PatternDatabase(lexicon: lexicon, custom: [CustomPattern(name: "a.b", expression: "x", use: .allow)], store: store)
    _ = try PatternDatabase(lexicon: lexicon, custom: [CustomPattern(name: "a.b", expression: "y", use: .allow)], store: store)
    #expect(store.saved.withLock { $0.count } == 3)
  }
}
