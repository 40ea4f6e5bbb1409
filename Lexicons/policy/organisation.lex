@format postcheck-lexicon 1
@name policy.organisation
@version 2026.11.25
@source The organisation of the social media policy this project enforces (../shared/policy/social-media-policy.md): its abbreviation and the roles it names
@licence CC0-1.0
@description The built-in organisation profile, replaced by a policy file's. Kinds: name, handle, hashtag, domain, product, site, role, person. The policy gives no web or e-mail domain, handle or named people, so none is assumed here.
@columns kind value
name	QTSD
+ QTSD management are clueless
- Off to work at QTSD, can't believe it's Monday again
hashtag	QTSD
role	assessor
role	assessors
role	learner
role	learners
role	associated partner
role	associated partners
role	director
role	directors
role	Director of Communications
role	Business Development team
