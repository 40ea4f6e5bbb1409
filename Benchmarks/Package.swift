// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so the main package's build and tests
// do not pull in package-benchmark.
let package = Package(
  name: "postcheck-benchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "postcheck", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // Deterministic tweet-like text: ASCII, emoji, accents, homoglyphs, addresses.
    .target(name: "Corpus"),
    .executableTarget(name: "make-corpus", dependencies: ["Corpus"]),
    .executableTarget(
      name: "throughput",
      dependencies: ["Corpus", .product(name: "PostcheckCore", package: "postcheck")]
    ),
    .executableTarget(
      name: "ScreeningBenchmarks",
      dependencies: [
        "Corpus",
        .product(name: "PostcheckCore", package: "postcheck"),
        .product(name: "PostcheckIO", package: "postcheck"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/ScreeningBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
