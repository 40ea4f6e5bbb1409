// Prints single-thread MB/s of the tokenizer+normaliser and of full screening
// over a generated tweet-like corpus. Usage: throughput [MEGABYTES] [ROUNDS]
import Corpus
import PostcheckCore

#if canImport(Glibc)
  import Glibc
#endif

func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Measures in a function rather than top-level code: top-level code is
/// main-actor isolated, and its executor checks would be timed too.
func main() {
let arguments = CommandLine.arguments
let megabytes = arguments.count > 1 ? Int(arguments[1]) ?? 20 : 20
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
var corpus = TweetCorpus()
let posts: [[UInt8]] = corpus.text(bytes: megabytes * 1_000_000).split(separator: "\n").map { Array($0.utf8) }
let totalBytes = posts.reduce(0) { $0 + $1.count }

do {
  let configuration = try ScreeningConfiguration.standard()
  let tokenizer = try Tokenizer(leetspeak: configuration.leetspeak)
  let screener = try Screener(configuration: configuration)
  let buffer = TokenBuffer()

  func measure(_ name: String, _ body: ([UInt8]) -> Int) {
    var best = 0.0
    var checksum = 0
    for _ in 0..<rounds {
      let start = now()
      for post in posts { checksum &+= body(post) }
      best = max(best, Double(totalBytes) / 1e6 / (now() - start))
    }
    print("\(name): \(Int(best.rounded())) MB/s (best of \(rounds), \(posts.count) posts, \(totalBytes / 1_000_000) MB, checksum \(checksum))")
  }

  let asciiOnly = arguments.count > 3 && arguments[3] == "ascii"
  if !asciiOnly { measure("tokenizer+normaliser") { post in
    post.withUnsafeBufferPointer { tokenizer.tokenize($0, into: buffer) }
    return buffer.tokens.count
  } }
  measure("baseline: count spaces (harness ceiling)") { post in
    var spaces = 0
    for byte in post where byte == 0x20 { spaces += 1 }
    return spaces
  }
  // The same text as one long post per megabyte: separates per-post costs from per-token costs.
  let long: [[UInt8]] = stride(from: 0, to: posts.count, by: 7000).map { start in
    Array(posts[start..<min(start + 7000, posts.count)].joined(separator: [0x0A]))
  }
  var bestLong = 0.0
  for _ in 0..<rounds {
    let start = now()
    for text in long { text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: buffer) } }
    bestLong = max(bestLong, Double(totalBytes) / 1e6 / (now() - start))
  }
  print("tokenizer+normaliser, same text in 1 MB posts: \(Int(bestLong.rounded())) MB/s")
  let asciiPosts = posts.filter { $0.allSatisfy { $0 < 0x80 } }
  let asciiBytes = asciiPosts.reduce(0) { $0 + $1.count }
  var best = 0.0
  for _ in 0..<rounds {
    let start = now()
    for post in asciiPosts { post.withUnsafeBufferPointer { tokenizer.tokenize($0, into: buffer) } }
    best = max(best, Double(asciiBytes) / 1e6 / (now() - start))
  }
  print("tokenizer+normaliser, ASCII-only posts: \(Int(best.rounded())) MB/s (\(asciiPosts.count) posts)")
  if !asciiOnly {
    measure("screening (all detectors + scoring)") { post in
      post.withUnsafeBufferPointer { screener.screen($0).findings.count }
    }
  }
} catch {
  print("throughput: \(error)")
  exit(2)
}
}

main()
