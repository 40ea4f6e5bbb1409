// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "postcheck",
  // Synchronization's Mutex (the shared spelling dictionary) needs macOS 15.
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "postcheck", targets: ["postcheck"]),
    .library(name: "PostcheckCore", targets: ["PostcheckCore"]),
    .library(name: "PostcheckIO", targets: ["PostcheckIO"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // Zip archives (X, Mastodon, Meta and LinkedIn exports), read entry by entry; Zip64 included.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    // The policy file is YAML: its nodes carry line and column, for errors that say where.
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // ICU's C API, found through pkg-config. Only ICUShim may include it: Foundation on
    // Linux carries its own ICU module and a Swift module seeing both fails to compile.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
    ),
    // Opaque C wrapper over ICU: its public header uses <stdint.h> types only.
    .target(name: "ICUShim", dependencies: ["CICU"]),
    // Vectorscan (Hyperscan's portable fork): linear-time multi-pattern matching.
    .systemLibrary(
      name: "CVectorscan",
      pkgConfig: "libhs",
      providers: [.apt(["libvectorscan-dev"]), .brew(["vectorscan"])]
    ),
    // Hunspell's C API, for the advisory spelling rule with the en-GB dictionary.
    .systemLibrary(
      name: "CHunspell",
      pkgConfig: "hunspell",
      providers: [.apt(["libhunspell-dev", "hunspell-en-gb"]), .brew(["hunspell"])]
    ),
    // libphonenumber is C++ with protobuf types; this target gives Swift a C header over it.
    .target(
      name: "PhoneShim",
      linkerSettings: [.linkedLibrary("phonenumber"), .linkedLibrary("stdc++")]
    ),
    // Pure screening logic: no Foundation, no I/O.
    .target(
      name: "PostcheckCore",
      dependencies: ["ICUShim", "CVectorscan", "PhoneShim", "CHunspell"],
      plugins: [.plugin(name: "EmbedLexicons")]
    ),
    // Readers and writers: Foundation lives here, at the edge.
    .target(
      name: "PostcheckIO",
      dependencies: [
        "PostcheckCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .executableTarget(
      name: "postcheck",
      dependencies: [
        "PostcheckCore", "PostcheckIO",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "lexicon-embedder", path: "Plugins/LexiconEmbedderTool"),
    .plugin(
      name: "EmbedLexicons",
      capability: .buildTool(),
      dependencies: ["lexicon-embedder"],
      path: "Plugins/EmbedLexicons"
    ),
    // Helpers shared by the test targets (not a product).
    .target(name: "PostcheckTestSupport"),
    .testTarget(name: "PostcheckCoreTests", dependencies: ["PostcheckCore", "PostcheckTestSupport"]),
    .testTarget(
      name: "PostcheckIOTests",
      dependencies: [
        "PostcheckCore", "PostcheckIO", "PostcheckTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .testTarget(
      name: "PostcheckCLITests",
      dependencies: ["postcheck", "PostcheckTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6],
  cxxLanguageStandard: .cxx17
)
