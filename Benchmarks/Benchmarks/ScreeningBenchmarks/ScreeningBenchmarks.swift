import Benchmark
import Corpus
import Foundation
import PostcheckCore
import PostcheckIO

/// package-benchmark targets for the hot path. Each iteration processes the
/// same ~1 MB of generated tweet-like posts, so throughput (MB/s) is
/// 1 / (wall-clock seconds per iteration); malloc counts show allocations
/// per megabyte (the goal is none per token).
let benchmarks: @Sendable () -> Void = {
  var corpus = TweetCorpus()
  let posts: [[UInt8]] = corpus.text(bytes: 1_000_000).split(separator: "\n").map { Array($0.utf8) }
  let configuration: ScreeningConfiguration
  do {
    configuration = try ScreeningConfiguration.standard()
  } catch {
    fatalError("lexicons: \(error)")
  }
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    scalingFactor: .one, maxDuration: .seconds(5), maxIterations: 100)

  Benchmark("Tokenizer+normaliser, 1 MB of posts") { benchmark in
    guard let tokenizer = try? Tokenizer(leetspeak: configuration.leetspeak) else { return }
    let buffer = TokenBuffer()
    benchmark.startMeasurement()
    for post in posts {
      post.withUnsafeBufferPointer { tokenizer.tokenize($0, into: buffer) }
      blackHole(buffer.tokens.count)
    }
  }

  Benchmark("PII pattern pass (Vectorscan, all patterns), 1 MB of posts") { benchmark in
    guard let patterns = configuration.patterns else { return }
  let scanner = PatternScanner(patterns: patterns)
    var regions = PatternScanner.emptyRegions()
    benchmark.startMeasurement()
    for post in posts {
      post.withUnsafeBufferPointer { scanner.scan($0, into: &regions) }
      blackHole(regions.count)
    }
  }

  Benchmark("Tokenizer+normaliser+offensive detector, 1 MB of posts") { benchmark in
    var offensiveOnly = configuration
    offensiveOnly.patterns = nil
    guard let detector = try? OffensiveDetector(lexicons: configuration.lexicons) else { return }
    offensiveOnly.detectors = [detector]
    guard let screener = try? Screener(configuration: offensiveOnly) else { return }
    benchmark.startMeasurement()
    for post in posts {
      blackHole(post.withUnsafeBufferPointer { screener.screen($0) })
    }
  }

  /// A screener with only `detectors` and no PII pattern pass: a stage's cost over the tokenizer's.
  func screener(only detectors: [any Detector]) -> Screener? {
    var only = configuration
    only.detectors = detectors
    only.patterns = nil
    return try? Screener(configuration: only)
  }

  Benchmark("Tokenizer+normaliser+policy detector (lexicon patterns), 1 MB of posts") { benchmark in
    guard let detector = try? PolicyDetector(lexicons: configuration.lexicons),
      let screener = screener(only: [detector])
    else { return }
    benchmark.startMeasurement()
    for post in posts { blackHole(post.withUnsafeBufferPointer { screener.screen($0) }) }
  }

  Benchmark("Tokenizer+normaliser+spelling (Hunspell, cached), 1 MB of posts") { benchmark in
    let spelling = configuration.detectors.filter { $0.rules.contains { $0.id == "quality.spelling" } }
    guard !spelling.isEmpty, let screener = screener(only: spelling) else { return }
    benchmark.startMeasurement()
    for post in posts { blackHole(post.withUnsafeBufferPointer { screener.screen($0) }) }
  }

  // PII-dense posts (the labelled corpus): the validators at work, libphonenumber, Luhn, mod-97, calendars.
  let piiPosts: [[UInt8]] = {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/pii-corpus/posts.jsonl")
    guard let data = try? Data(contentsOf: corpus) else { return [] }
    return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["text"] as? String
    }.map { Array($0.utf8) }
  }()

  Benchmark("PII rules on the labelled PII corpus (pattern pass + validators)") { benchmark in
    var piiOnly = configuration
    piiOnly.detectors = configuration.detectors.filter { $0.rules.allSatisfy { $0.category == .pii } }
    guard !piiPosts.isEmpty, let screener = try? Screener(configuration: piiOnly) else { return }
    benchmark.startMeasurement()
    for post in piiPosts { blackHole(post.withUnsafeBufferPointer { screener.screen($0) }) }
  }

  Benchmark("JSON Lines writing, 1 MB of screened posts") { benchmark in
    guard let screener = try? Screener(configuration: configuration) else { return }
    let records = posts.enumerated().map { index, post in
      OutputRecord(
        id: String(index), source: SourceLocation(path: "bench.jsonl", index: index, line: index + 1),
        outcome: .screened(text: post, result: post.withUnsafeBufferPointer { screener.screen($0) }))
    }
    var writer = JSONLinesWriter()
    benchmark.startMeasurement()
    let out = OutputBuffer(descriptor: nil)
    for record in records { try? writer.write(record, to: out) }
    blackHole(out.bytes.count)
  }

  Benchmark("Screening (all detectors + scoring), 1 MB of posts") { benchmark in
    guard let screener = try? Screener(configuration: configuration) else { return }
    benchmark.startMeasurement()
    for post in posts {
      blackHole(post.withUnsafeBufferPointer { screener.screen($0) })
    }
  }

  Benchmark("Scoring, 10k posts of 3 findings") { benchmark in
    let rule = Rule(id: "b", category: .pii, policy: "5", severity: .medium, summary: "", message: "")
    let findings = (0..<3).map {
      Finding(rule: rule, start: $0, end: $0 + 1, confidence: 0.9, explanation: Explanation())
    }
    let policy = configuration.scoring
    benchmark.startMeasurement()
    for _ in 0..<10_000 {
      blackHole(policy.verdict(for: policy.score(findings)))
    }
  }
}
