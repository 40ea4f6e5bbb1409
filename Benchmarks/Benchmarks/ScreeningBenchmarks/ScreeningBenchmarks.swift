import Benchmark
import Corpus
import PostcheckCore

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
