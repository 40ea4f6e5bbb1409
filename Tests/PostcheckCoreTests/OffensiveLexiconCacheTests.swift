import Foundation
import Synchronization
import Testing

@testable import PostcheckCore

/// The built offensive lexicon kept between runs: what is read back is what
/// was built, byte for byte and finding for finding, and anything else in
/// the store is built over.
@Suite struct OffensiveLexiconCacheTests {
  final class MemoryStore: PatternDatabaseStore {
    let saved = Mutex<[String: [UInt8]]>([:])
    let saves = Mutex(0)

    func load(key: String) -> [UInt8]? { saved.withLock { $0[key] } }

    func save(_ bytes: [UInt8], key: String) {
      saves.withLock { $0 += 1 }
      saved.withLock { $0[key] = bytes }
    }
  }

  /// Every post of the offensive fixtures: slurs, disguises, allowlisted places, not-when phrases.
  static let posts: [String] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/offensive")
    return ["social-posts", "obfuscations", "innocent-uk-posts"].flatMap { name -> [String] in
      guard let data = try? Data(contentsOf: folder.appendingPathComponent(name + ".jsonl")) else { return [] }
      return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
        (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["text"] as? String
      }
    }
  }()

  static func findings(_ detector: OffensiveDetector) throws -> [[Finding]] {
    var configuration = sharedConfiguration
    configuration.detectors = [detector]
    configuration.patterns = nil
    let screener = try Screener(configuration: configuration)
    return posts.map { screener.screen($0).findings }
  }

  @Test func whatIsReadBackIsWhatWasWritten() throws {
    let built = try OffensiveLexicon(lexicons: sharedConfiguration.lexicons)
    var writer = CacheWriter()
    built.encode(into: &writer)
    var reader = try #require(CacheReader(checking: writer.sealed))
    let decoded = try OffensiveLexicon(decoding: &reader)
    #expect(reader.isAtEnd)
    var again = CacheWriter()
    decoded.encode(into: &again)
    // Compared apart from the expectation, which would print megabytes.
    let firstDifference = zip(again.bytes, writer.bytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    #expect(again.bytes.count == writer.bytes.count && firstDifference == nil, "differ at byte \(firstDifference ?? -1)")
    #expect(decoded.terms.phraseCount == built.terms.phraseCount && decoded.terms.phraseCount > 30_000)
  }

  @Test func aKeptLexiconFindsWhatAFreshOneFinds() throws {
    #expect(Self.posts.count > 500)
    let store = MemoryStore()
    let fresh = try OffensiveDetector(lexicons: sharedConfiguration.lexicons)
    _ = try OffensiveDetector(lexicons: sharedConfiguration.lexicons, store: store)
    let kept = try OffensiveDetector(lexicons: sharedConfiguration.lexicons, store: store)
    // Built and saved once, then read back.
    #expect(store.saves.withLock { $0 } == 1)
    #expect(try Self.findings(kept) == Self.findings(fresh))
    #expect(try Self.findings(fresh).contains { !$0.isEmpty })
  }

  @Test func damagedBytesAreBuiltOver() throws {
    let store = MemoryStore()
    _ = try OffensiveDetector(lexicons: sharedConfiguration.lexicons, store: store)
    store.saved.withLock { saved in
      for (key, bytes) in saved {
        var damaged = bytes
        damaged[bytes.count / 2] ^= 0x40
        saved[key] = damaged
      }
    }
    let rebuilt = try OffensiveDetector(lexicons: sharedConfiguration.lexicons, store: store)
    #expect(store.saves.withLock { $0 } == 2)
    #expect(try Self.findings(rebuilt) == Self.findings(OffensiveDetector(lexicons: sharedConfiguration.lexicons)))
    // Cut short: refused too.
    store.saved.withLock { saved in
      for key in saved.keys { saved[key] = Array(saved[key, default: []].prefix(1000)) }
    }
    _ = try OffensiveDetector(lexicons: sharedConfiguration.lexicons, store: store)
    #expect(store.saves.withLock { $0 } == 3)
  }

  @Test func theUsersAllowedPhrasesAndTheLexiconsAreInTheKey() throws {
    let lexicons = sharedConfiguration.lexicons
    let plain = try #require(OffensiveLexicon.cacheKey(lexicons: lexicons, extraAllowed: []))
    #expect(plain.hasPrefix("offensive-lexicon-"))
    #expect(OffensiveLexicon.cacheKey(lexicons: lexicons, extraAllowed: []) == plain)
    #expect(OffensiveLexicon.cacheKey(lexicons: lexicons, extraAllowed: ["The Cock Inn"]) != plain)
    var changed = lexicons
    var allowlist = try lexicons.lexicon(named: "offensive.allowlist")
    allowlist.entries.append(LexiconEntry(fields: ["Bell End"], line: 9999))
    changed.insert(allowlist)
    #expect(OffensiveLexicon.cacheKey(lexicons: changed, extraAllowed: []) != plain)
    // A lexicon the offensive detector does not read changes nothing.
    var other = lexicons
    var work = try lexicons.lexicon(named: "policy.work")
    work.entries.removeLast()
    other.insert(work)
    #expect(OffensiveLexicon.cacheKey(lexicons: other, extraAllowed: []) == plain)
  }
}
