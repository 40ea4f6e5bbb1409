// Writes a generated tweet-like JSON Lines corpus of about N megabytes to stdout.
// Usage: make-corpus MEGABYTES [SEED]
import Corpus

#if canImport(Glibc)
  import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 2, let megabytes = Int(arguments[1]) else {
  print("usage: make-corpus MEGABYTES [SEED]")
  exit(64)
}
func generate(megabytes: Int, seed: UInt64) {
var corpus = TweetCorpus(seed: seed)
var buffer: [UInt8] = []
buffer.reserveCapacity(1 << 20)
corpus.jsonLines(bytes: megabytes * 1_000_000) { line in
  buffer.append(contentsOf: line.utf8)
  if buffer.count >= 1 << 20 {
    buffer.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
    buffer.removeAll(keepingCapacity: true)
  }
}
buffer.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
}

generate(megabytes: megabytes, seed: arguments.count > 2 ? UInt64(arguments[2]) ?? 2026 : 2026)
