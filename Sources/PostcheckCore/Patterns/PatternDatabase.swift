import CVectorscan

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The PII candidate patterns of a lexicon compiled into one Vectorscan
/// database: a single linear-time pass over a post finds every candidate,
/// whatever the input (no backtracking, so hostile text cannot blow up).
///
/// Immutable once compiled and shared by all threads; each thread scans
/// with its own `PatternScanner`.
///
/// Vectorscan reports where a match ends. Asking it for starts as well
/// (`HS_FLAG_SOM_LEFTMOST`) slows the pass by a quarter, so instead every
/// pattern must have a bounded length, and a hit's region reaches back by
/// that length: a little wider than the match, which the detectors, reading
/// exact spans themselves, do not mind.
public final class PatternDatabase: @unchecked Sendable {
  // @unchecked: the database is read-only after compilation, which
  // Vectorscan documents as safe to share between threads.
  let database: OpaquePointer
  /// The kind of each pattern, by the id given to Vectorscan.
  let kinds: [PatternKind]
  /// The lexicon row of each pattern, for tests and error messages.
  public let patternNames: [String]
  /// The longest match of each pattern, in bytes.
  let maximumWidths: [Int32]
  /// The policy file's own patterns, and their database: compiled apart,
  /// because they are scanned over the whole post, whereas the PII
  /// candidates need only the stretch around its digits (and most posts
  /// have none). Nil when there are none.
  public let customPatterns: [CustomPattern]
  let customDatabase: OpaquePointer?

  /// Compiles the rows `name kind flags pattern` of a pattern lexicon, and
  /// the organisation's `custom` patterns.
  /// `store`: where compiled databases are kept between runs (none: compile every time).
  public init(lexicon: Lexicon, custom: [CustomPattern] = [], store: (any PatternDatabaseStore)? = nil)
    throws(LexiconError)
  {
    var expressions: [String] = []
    var flags: [UInt32] = []
    var kinds: [PatternKind] = []
    var names: [String] = []
    for entry in lexicon.entries {
      guard entry.fields.count == 4, let kind = PatternKind(rawValue: entry.fields[1]) else {
        throw LexiconError(
          file: lexicon.path, line: entry.line,
          message: "expected name, kind (\(PatternKind.allCases.map(\.rawValue).joined(separator: "|"))), flags and pattern")
      }
      var patternFlags = UInt32(0)
      for flag in entry.fields[2] where flag != "-" {
        guard flag == "i" else {
          throw LexiconError(file: lexicon.path, line: entry.line, message: "unknown flag '\(flag)' (known: i, or - for none)")
        }
        patternFlags |= UInt32(HS_FLAG_CASELESS)
      }
      expressions.append(entry.fields[3])
      flags.append(patternFlags)
      kinds.append(kind)
      names.append(entry.fields[0])
    }
    guard !expressions.isEmpty else {
      throw LexiconError(file: lexicon.path, line: 0, message: "no patterns")
    }
    var widths: [Int32] = []
    for (index, expression) in expressions.enumerated() {
      let width = try Self.maximumWidth(expression, flags: flags[index])
      guard let width else {
        throw LexiconError(
          file: lexicon.path, line: lexicon.entries[index].line,
          message: "pattern '\(names[index])' has no longest match: bound its repeats (`{0,6}`, not `*`)")
      }
      widths.append(width)
    }
    database = try Self.compile(expressions, flags: flags, names: names, store: store) { index in
      (lexicon.path, lexicon.entries[index].line)
    }
    customPatterns = custom
    customDatabase =
      custom.isEmpty
      ? nil
      : try Self.compile(
        custom.map(\.expression), flags: custom.map { CustomPattern.flags(ignoresCase: $0.ignoresCase) },
        names: custom.map(\.name), store: store
      ) { _ in ("the policy file", 0) }
    self.kinds = kinds
    patternNames = names
    maximumWidths = widths
  }

  /// The longest match of `expression` in bytes; nil when unbounded or not analysable.
  private static func maximumWidth(_ expression: String, flags: UInt32) throws(LexiconError) -> Int32? {
    var info: UnsafeMutablePointer<hs_expr_info_t>?
    var compileError: UnsafeMutablePointer<hs_compile_error_t>?
    let status = hs_expression_info(expression, flags, &info, &compileError)
    defer {
      if let info { free(info) }
      if let compileError { hs_free_compile_error(compileError) }
    }
    guard status == HS_SUCCESS, let info, info.pointee.max_width != UInt32.max,
      info.pointee.max_width <= UInt32(Int32.max)
    else { return nil }
    return Int32(info.pointee.max_width)
  }

  /// One database of `expressions`, from `store` when it has it compiled;
  /// a compile error names the pattern and where it is written.
  private static func compile(
    _ expressions: [String], flags: [UInt32], names: [String], store: (any PatternDatabaseStore)?,
    location: (Int) -> (file: String, line: Int)
  ) throws(LexiconError) -> OpaquePointer {
    let key = store.map { _ in storeKey(expressions, flags: flags) }
    if let store, let key, let saved = store.load(key: key), let loaded = deserialize(saved) { return loaded }
    let compiled = try compileAfresh(expressions, flags: flags, names: names, location: location)
    if let store, let key, let bytes = serialize(compiled) { store.save(bytes, key: key) }
    return compiled
  }

  /// What a compiled database depends on: the patterns and flags in order,
  /// the mode, Vectorscan's version and the processor it is tuned for.
  private static func storeKey(_ expressions: [String], flags: [UInt32]) -> String {
    var key = PatternDatabaseKey()
    key.add(String(cString: hs_version()).utf8)
    var platform = hs_platform_info_t()
    if hs_populate_platform(&platform) == HS_SUCCESS {
      key.add(UInt64(platform.tune))
      key.add(UInt64(platform.cpu_features))
    }
    key.add(UInt64(HS_MODE_BLOCK))
    for (expression, flag) in zip(expressions, flags) {
      key.add(expression.utf8)
      key.add(UInt64(flag))
    }
    return "patterns-" + key.text + ".hsdb"
  }

  private static func serialize(_ database: OpaquePointer) -> [UInt8]? {
    var bytes: UnsafeMutablePointer<CChar>?
    var length = 0
    guard hs_serialize_database(database, &bytes, &length) == HS_SUCCESS, let bytes else { return nil }
    defer { free(bytes) }
    return bytes.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
  }

  /// Nil when the bytes are not a database this Vectorscan can run here.
  private static func deserialize(_ bytes: [UInt8]) -> OpaquePointer? {
    var database: OpaquePointer?
    let status = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { hs_deserialize_database($0.baseAddress, $0.count, &database) }
    }
    guard status == HS_SUCCESS, let database else { return nil }
    return database
  }

  private static func compileAfresh(
    _ expressions: [String], flags: [UInt32], names: [String], location: (Int) -> (file: String, line: Int)
  ) throws(LexiconError) -> OpaquePointer {
    let ids = (0..<UInt32(expressions.count)).map { $0 }
    var compiled: OpaquePointer?
    var compileError: UnsafeMutablePointer<hs_compile_error_t>?
    let status = Self.withCStrings(expressions) { pointers in
      hs_compile_multi(
        pointers, flags, ids, UInt32(expressions.count), UInt32(HS_MODE_BLOCK), nil, &compiled, &compileError)
    }
    if status == HS_SUCCESS, let compiled { return compiled }
    var message = "Vectorscan could not compile the patterns (status \(status))"
    var place = location(0)
    place.line = 0
    if let compileError {
      let index = Int(compileError.pointee.expression)
      if index >= 0 && index < names.count {
        place = location(index)
        message = "pattern '\(names[index])': " + String(cString: compileError.pointee.message)
      } else {
        message = String(cString: compileError.pointee.message)
      }
      hs_free_compile_error(compileError)
    }
    throw LexiconError(file: place.file, line: place.line, message: message)
  }

  deinit {
    hs_free_database(database)
    if let customDatabase { hs_free_database(customDatabase) }
  }

  static let caselessFlag = UInt32(HS_FLAG_CASELESS)
  static let exactSpanFlags = UInt32(HS_FLAG_SOM_LEFTMOST) | UInt32(HS_FLAG_UTF8)

  /// Vectorscan's message when `expression` does not compile on its own; nil when it does.
  static func compileProblem(_ expression: String, flags: UInt32) -> String? {
    var compiled: OpaquePointer?
    var compileError: UnsafeMutablePointer<hs_compile_error_t>?
    let status = hs_compile(expression, flags, UInt32(HS_MODE_BLOCK), nil, &compiled, &compileError)
    defer {
      if let compiled { hs_free_database(compiled) }
      if let compileError { hs_free_compile_error(compileError) }
    }
    guard status != HS_SUCCESS else { return nil }
    return compileError.map { String(cString: $0.pointee.message) } ?? "Vectorscan could not compile it (status \(status))"
  }

  /// The candidate regions in `text`, all kinds together (for tests and
  /// tools; screening reuses a scanner per thread instead).
  public func candidateRegions(in text: String) -> [PatternRegion] {
    let scanner = PatternScanner(patterns: self)
    var regions = [[PatternRegion]](repeating: [], count: PatternKind.allCases.count)
    var copy = text
    copy.withUTF8 { scanner.scan($0, into: &regions) }
    return regions.flatMap { $0 }
  }

  /// Calls `body` with a C array of NUL-terminated copies of `strings`.
  private static func withCStrings<R>(
    _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R
  ) -> R {
    let array = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(capacity: max(strings.count, 1))
    var copies: [UnsafeMutablePointer<CChar>] = []
    for (index, string) in strings.enumerated() {
      let utf8 = Array(string.utf8)
      let copy = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count + 1)
      for (offset, byte) in utf8.enumerated() { copy[offset] = CChar(bitPattern: byte) }
      copy[utf8.count] = 0
      copies.append(copy)
      array[index] = UnsafePointer(copy)
    }
    defer {
      copies.forEach { $0.deallocate() }
      array.deallocate()
    }
    return body(UnsafePointer(array))
  }
}
