/// The rules of SPEC §2 that enforce the rest of the policy: confidentiality,
/// work comments and the conduct rules, each citing its policy section.
public enum PolicyRules {
  public static let confidentialMarker = Rule(
    id: "confidential.marker", category: .confidential, policy: "7.2", severity: .high,
    summary: "Classification and handling markers: confidential, official-sensitive, internal only, embargoed, under NDA",
    message: "Confidential material marked as such (policy 7.2: confidential information)")
  public static let confidentialLeak = Rule(
    id: "confidential.leak", category: .confidential, policy: "7.2", severity: .medium,
    summary: "Leak and secrecy phrasing: between you and me, off the record, leaked memo",
    message: "Sharing something said to be secret (policy 7.2: confidential information)")
  public static let confidentialCredential = Rule(
    id: "confidential.credential", category: .confidential, policy: "7.2", severity: .high,
    summary: "Passwords, PINs, API keys, tokens with known prefixes and private keys",
    message: "A password, key or token in a post (policy 7.2: confidential information)")
  public static let workComment = Rule(
    id: "work.comment", category: .work, policy: "7.2", severity: .medium,
    summary: "Comments on work matters: the organisation, colleagues, managers, learners, assessments, clients",
    message: "Comment on a work-related matter (policy 7.2: do not comment on work matters)")
  public static let studentContact = Rule(
    id: "conduct.student_contact", category: .conduct, policy: "7.3", severity: .high,
    summary: "Befriending students, ex-students under 18 or parents, or moving them to private channels",
    message: "Personal contact with students or parents (policy 7.2, 7.3: acceptance of friends)")
  public static let disclaimer = Rule(
    id: "conduct.disclaimer", category: .conduct, policy: "7", severity: .medium,
    summary: "A personal view on work matters without a \"views are my own\" disclaimer",
    message: "Personal view on a work matter without saying it is your own (policy 7: appropriate conduct)")
  public static let defamation = Rule(
    id: "conduct.defamation", category: .conduct, policy: "7.2", severity: .medium,
    summary: "Damaging factual claims about the organisation or a named person (X is a scam, they fiddle the results)",
    message: "Possibly defamatory claim (policy 7.2: defamatory or false material)")

  static let all = [
    confidentialMarker, confidentialLeak, confidentialCredential, workComment, studentContact, disclaimer, defamation,
  ]
}
