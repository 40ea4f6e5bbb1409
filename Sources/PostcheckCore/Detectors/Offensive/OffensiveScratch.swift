/// What the offensive detector works in, kept by each screener's
/// `PostAnalysis` from post to post: fresh arrays were allocated and grown
/// in every post with a match, and a fresh print store in every post with
/// separated letters.
final class OffensiveScratch {
  /// The phrases matched in the post; empty between posts.
  @exclusivity(unchecked) var matches: [PhraseIndex.Match] = []
  /// The post's tokens with separated letters joined (`k i l l`), and their prints.
  @exclusivity(unchecked) var merged: [Token] = []
  let mergedPrints = TokenPrints()
}
