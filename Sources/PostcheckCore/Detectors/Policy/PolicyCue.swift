/// What a policy lexicon entry says when it matches: the rules of SPEC §2
/// that no word list covers read these cues, each from its own lexicon.
enum PolicyCue: String, Sendable, CaseIterable {
  /// A classification or handling marker (`OFFICIAL-SENSITIVE`, `embargoed until`).
  case marker
  /// Secrecy or leak phrasing (`between you and me`, `leaked memo`).
  case leak
  /// Words that introduce a secret (`password:`, `my pin is`).
  case credentialCue = "credential-cue"
  /// A credential by its own shape (`-----BEGIN PRIVATE KEY-----`).
  case credential
  /// A work matter named outright: colleagues, managers, learners, assessments, workplace events.
  case workSubject = "subject"
  /// A work topic that is a comment only with an evaluative or eventful word
  /// in the same sentence (the organisation named, `work`, `the office`).
  case workTopic = "topic"
  /// An evaluative or eventful word that makes a work topic a comment.
  case workComment = "comment"
  /// Having, starting or going to a job, said neutrally (`off to work`): not a comment.
  case workNeutral = "neutral"
  /// Befriending or moving to a private channel (`add me on snap`).
  case contactInvite = "invite"
  /// Students, learners or parents in the sentence.
  case studentContext = "student"
  /// Contact with a student said outright (`accepted my learner's friend request`).
  case studentContact = "contact"
  /// A personal view (`I think`, `in my opinion`).
  case personalView = "view"
  /// A "views are my own" disclaimer.
  case disclaimer
  /// A damaging factual claim about the organisation or a person (`X is a scam`).
  case accusation
  /// Words that take back or question a claim (`not`, `never`): no accusation.
  case retraction

  /// The rule whose lexicon may use the cue, for error messages and checks.
  var lexicon: String {
    switch self {
    case .marker, .leak, .credentialCue, .credential: "policy.confidential"
    case .workSubject, .workTopic, .workComment, .workNeutral: "policy.work"
    case .contactInvite, .studentContext, .studentContact: "policy.student-contact"
    case .personalView, .disclaimer: "policy.disclaimer"
    case .accusation, .retraction: "policy.defamation"
    }
  }
}

/// One row of a policy lexicon: a pattern, what it means and how sure a match is.
struct PolicyEntry: Sendable {
  var pattern: String
  var cue: PolicyCue
  var confidence: Double
  /// `upper`: the words must be written in capitals (`CONFIDENTIAL` is a
  /// marker, a "confidential helpline" is not).
  var requiresCapitals: Bool
  /// `clause`: the words must begin a clause (`Between you and me, …`, not
  /// `the difference between you and me`).
  var startsClause: Bool
  var lexicon: String
  var line: Int
}

/// A policy pattern matched at tokens `first...last`.
struct PolicyMatch: Sendable {
  var entry: Int
  var cue: PolicyCue
  var first: Int
  var last: Int
}
