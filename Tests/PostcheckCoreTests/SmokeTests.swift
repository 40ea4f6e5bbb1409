import PostcheckCore
import Testing

@Test func smoke() {
  for sample in [
    "email me at jo.bloggs@example.com 👍🏽", "Don't say sh!t or f**k, a$$ #Blessed @jo @jo@mastodon.social",
    "Café naïve ｆｕｃｋ сунт fu\u{200B}ck f u c k f.u.c.k fuuuuck 3.14 1,000 https://x.com/a?b=1).",
    "👨‍👩‍👧‍👦 🇬🇧 e\u{301}cole שלום עולם 你好世界 สวัสดีครับ ѕh1t $hit",
  ] {
    print(tokens(sample).map { "\($0.kind):\($0.text)|\($0.folded)|a=\($0.ascii)|s=\($0.skeleton)|l=\($0.leet)|q=\($0.squeezed)|c=\($0.compact) [\($0.scalarStart),\($0.scalarEnd)) \($0.normalisations.names)" }.joined(separator: "\n"))
    print(tokens(sample, joined: true))
  }
}
