/// The kinds of offensive language SPEC §2 and policy 7.2 name, one rule each.
public enum OffensiveCategory: String, Sendable, CaseIterable {
  case profanity, sexual, slur, insult, harassment, threat

  public var rule: Rule {
    switch self {
    case .profanity:
      Rule(
        id: "offensive.profanity", category: .offensive, policy: "7.2", severity: .medium,
        summary: "Swearing and profanity, disguised or not",
        message: "Profanity in a post (policy 7.2: offensive language)")
    case .sexual:
      Rule(
        id: "offensive.sexual", category: .offensive, policy: "7.2", severity: .medium,
        summary: "Sexual terms used offensively",
        message: "Sexual language in a post (policy 7.2: offensive language)")
    case .slur:
      Rule(
        id: "offensive.slur", category: .offensive, policy: "7.2", severity: .high,
        summary: "A slur against a protected characteristic (Equality Act 2010)",
        message: "Discriminatory slur in a post (policy 7.2: discriminatory language)")
    case .insult:
      Rule(
        id: "offensive.insult", category: .offensive, policy: "7.2", severity: .medium,
        summary: "Insults and derogatory words or phrases about a person",
        message: "Insult in a post (policy 7.2: derogatory language)")
    case .harassment:
      Rule(
        id: "offensive.harassment", category: .offensive, policy: "7.2", severity: .high,
        summary: "Harassing or bullying phrases (go back to where you came from, nobody likes you)",
        message: "Harassing language in a post (policy 7.2: harassment and bullying)")
    case .threat:
      Rule(
        id: "offensive.threat", category: .offensive, policy: "7.2", severity: .high,
        summary: "Threats of violence and incitement to self-harm",
        message: "Threat or incitement to self-harm in a post (policy 7.2: intimidating language)")
    }
  }
}
