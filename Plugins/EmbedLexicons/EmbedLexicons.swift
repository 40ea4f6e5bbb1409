import Foundation
import PackagePlugin

/// Compiles every `*.lex` file under the package's top-level `Lexicons/` folder
/// into the target as string constants, so a `postcheck` binary copied anywhere
/// still carries its default lexicons.
@main
struct EmbedLexicons: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "Lexicons")
    let files = lexiconFiles(under: root)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons+Generated.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) lexicons from Lexicons/",
        executable: try context.tool(named: "lexicon-embedder").url,
        arguments: [root.path, output.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output]
      )
    ]
  }

  private func lexiconFiles(under root: URL) -> [URL] {
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
    else { return [] }
    return walker.compactMap { $0 as? URL }
      .filter { $0.pathExtension == "lex" }
      .sorted { $0.path < $1.path }
  }
}
