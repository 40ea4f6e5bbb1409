@format postcheck-lexicon 1
@name policy.confidential
@version 2026.12.07
@source Written for postcheck from UK government security classifications (OFFICIAL-SENSITIVE), common document handling markings and secrecy phrasing
@licence CC0-1.0
@description Policy 7.2 (confidential information). Flag clause: the words must begin a clause. Cue marker: a classification or handling marker; leak: secrecy or leak phrasing; credential-cue: words that introduce a password, PIN or key, read by the credential reader; credential: a credential by its own shape. Flag upper: the words must be written in capitals. Patterns: see Lexicons/README.md.
@columns pattern cue confidence flags
CONFIDENTIAL	marker	0.9	upper
+ CONFIDENTIAL: Q3 board figures attached, look at these margins
+ Draft budget (CONFIDENTIAL) for next year, thoughts?
- Our confidential helpline is open to every learner
- All enquiries are treated as confidential.
RESTRICTED	marker	0.75	upper
+ RESTRICTED - Q3 learner outcomes draft
- Restricted parking on Elm Street from Monday
- The venue has restricted access for wheelchairs, sadly
strictly confidential	marker	0.95	-
+ This is strictly confidential but the Leeds centre is closing in March
highly confidential	marker	0.9	-
+ highly confidential, but here are the new pay bands
private and confidential	marker	0.9	-
+ Private and Confidential - restructure proposal v3
private & confidential	marker	0.9	-
+ PRIVATE & CONFIDENTIAL: minutes of the directors' meeting
privileged and confidential	marker	0.95	-
+ Privileged and confidential: legal advice on the tribunal claim
commercial in confidence	marker	0.95	-
+ Commercial in confidence: our bid for the council contract
commercially sensitive	marker	0.85	-
+ commercially sensitive figures from the tender, don't share
official sensitive	marker	0.95	-
+ OFFICIAL-SENSITIVE: safeguarding case notes for this week
+ Official Sensitive briefing from the funding agency
- Official results day is Thursday, sensitive to how learners feel
internal only	marker	0.9	-
+ Internal only: new commission structure for assessors
for internal use only	marker	0.95	-
+ For internal use only - Ofsted action plan draft
internal use only	marker	0.9	-
+ Internal use only: new assessor rota for January
not for distribution	marker	0.9	-
+ Not for distribution: learner success rates by centre
not for external distribution	marker	0.95	-
+ not for external distribution, but the figures look grim
not for publication	marker	0.9	-
+ Not for publication yet: we're merging with another provider
not for circulation	marker	0.9	-
+ Draft, not for circulation: staff survey results
not to be shared	marker	0.85	-
+ These minutes are not to be shared outside the team
not to be disclosed	marker	0.9	-
+ Salary details not to be disclosed, but mine went up 2%
do not disclose	marker	0.85	-
+ DO NOT DISCLOSE: redundancy list for January
draft ** do not share	marker	0.9	-
+ DRAFT - do not share: new funding rules
do not share this	marker	0.75	-
+ Do not share this yet but we've won the contract
- Do not share your password with anyone
case notes ** do not share	marker	0.85	-
+ Learner safeguarding case notes - do not share
- Training: how to write safeguarding case notes
don't share this	marker	0.75	-
+ don't share this but the Manchester office is closing
embargoed until	marker	0.95	-
+ Embargoed until 00:01 Thursday: Ofsted grade for the academy
embargo until	marker	0.9	-
+ Press release, embargo until Monday 9am
under embargo	marker	0.9	-
+ Results are under embargo until results day but my learners did brilliantly
embargoed	marker	0.85	-
+ Here's the embargoed press release for tomorrow
under nda	marker	0.9	-
+ Can't say much, under NDA, but big news coming at work
under an nda	marker	0.9	-
+ We're under an NDA with the new client but it's a huge bank
signed an nda	marker	0.8	-
+ signed an NDA so I can't name them, but the client is a household name
- The NDA template is on the shared drive
this is confidential	marker	0.85	-
+ This is confidential but we're merging with Leeds City College
- Is this confidential? Can I share it with my learners?
it's confidential	marker	0.8	-
+ it's confidential so keep it to yourselves, but pay is frozen
do not forward	marker	0.75	-
+ Do not forward: notes from the directors' away day
not for public consumption	marker	0.85	-
+ Not for public consumption, but here are the exit interview results
keep this internal	marker	0.8	-
+ Keep this internal please: the contract went to a competitor
between you and me	leak	0.8	clause
+ Between you and me, the directors are about to sell the company
+ Honestly, between you and me the directors are about to sell up
+ @sam_t @jo between you and me, the audit failed
- The difference between you and me? I love Mondays
between you and i	leak	0.8	clause
+ between you and I, half the assessors are leaving
strictly between us	leak	0.85	clause
+ strictly between us, the audit did not go well
just between us	leak	0.8	clause
+ Just between us, the new manager is on a final warning
between ourselves	leak	0.75	clause
+ Between ourselves, the contract is not being renewed
off the record	leak	0.75	clause
+ Off the record, the inspection found serious problems
- The interview was recorded, nothing was off the record
don't tell anyone	leak	0.8	-
+ Don't tell anyone but we're losing the NHS contract
do not tell anyone	leak	0.8	-
+ do not tell anyone I told you, but pay is frozen again
you didn't hear it from me	leak	0.85	-
+ You didn't hear it from me, but redundancies are coming
you didn't hear this from me	leak	0.85	-
+ you didn't hear this from me but the centre manager quit
keep this quiet	leak	0.75	-
+ Keep this quiet, but three assessors are being let go
keep this to yourself	leak	0.8	-
+ keep this to yourself but the merger is happening
keep it to yourself	leak	0.75	-
+ The restructure is next week. Keep it to yourself
- Keep it for yourself, it's a present
keep it to yourselves	leak	0.75	-
+ Big announcement coming about the centre, keep it to yourselves for now
keep this to yourselves	leak	0.8	-
i'm not supposed to say	leak	0.8	-
+ I'm not supposed to say but the new contract starts in May
not supposed to say	leak	0.75	clause
+ Not supposed to say but the Leeds centre is closing
- You're not supposed to say that to a customer
i'm not supposed to tell	leak	0.8	-
+ I'm not supposed to tell you this, the bid failed
i shouldn't be telling you	leak	0.85	-
+ I shouldn't be telling you this but there's a pay freeze
i shouldn't really say	leak	0.8	-
+ I shouldn't really say, but our biggest client has walked
i shouldn't be saying this	leak	0.85	-
+ I shouldn't be saying this but we lost the contract
i probably shouldn't say this	leak	0.8	-
+ I probably shouldn't say this, but the audit went badly
leaked {document}	leak	0.8	-
+ Look at this leaked email from head office
+ Leaked minutes from the board meeting 👀
- The roof leaked all over the training room again
- My pen leaked in my bag, ruined my notes
leaked the {document}	leak	0.8	-
+ Someone leaked the minutes to the local paper 😬
not supposed to know	leak	0.7	-
+ the Halifax centre is shutting, we're not supposed to know yet
hush hush	leak	0.6	-
+ All very hush hush but we're moving offices
on good authority	leak	0.65	-
+ I have it on good authority that the CEO is leaving
mum's the word	leak	0.6	-
+ Mum's the word, but the merger is on
don't say i told you	leak	0.8	-
+ Don't say I told you but there are cuts coming
keep it between us	leak	0.8	-
+ Keep it between us, but the audit failed
we're not meant to know	leak	0.7	-
+ We're not meant to know yet but Leeds is closing
leaked	leak	0.6	clause
+ Leaked: the new pay scales for next year
- The roof leaked all over the classroom
has been leaked	leak	0.75	-
+ The new pay structure has been leaked to the press
have been leaked	leak	0.75	-
+ The exam papers have been leaked online
got leaked	leak	0.7	-
+ the restructure plan got leaked, here it is
inside information	leak	0.7	-
+ Some inside information: the CEO is leaving
insider info	leak	0.7	-
+ insider info, the funding is being cut by half
under wraps	leak	0.7	-
+ Please keep this under wraps until the announcement on Monday
before it goes public	leak	0.7	-
before they go public	leak	0.7	-
+ Sneak peek at the unreleased results before they go public
screenshot of the internal	leak	0.75	-
+ Here's a screenshot of the internal email from HR about the investigation
internal email from	leak	0.7	-
password	credential-cue	0.9	-
+ the wifi password is Sunfl0wer!88, enjoy
+ Password: Autumn2025! for the shared inbox
+ my work password is hunter22 lol
- Forgot my password again, what a day
- The wifi password is on the whiteboard
+ the password for the staff portal: Winter2025!
+ my password for the staff portal is Winter2025!
- the password for the wifi is written on the board
- password for the portal: ask reception
- Password reset links expire after an hour
pwd	credential-cue	0.85	-
+ pwd: Kestrel44 for the shared laptop
passphrase	credential-cue	0.9	-
+ the passphrase is correct-horse-battery-9
alarm code	credential-cue	0.85	-
+ alarm code is 1987 if you're first in
safe code	credential-cue	0.85	-
+ safe code 4471
passcode	credential-cue	0.9	-
+ The door passcode is 4471#
pin	credential-cue	0.9	-
+ my pin is 4821 if you need to use my card
- Pin the notice to the board please
- pin number changes take a day
pin number	credential-cue	0.9	-
+ pin number: 0935
login	credential-cue	0.85	-
+ login: jbloggs, Pw: Spring2025! for the portal
+ login for the portal: admin / Welcome123
+ the login is jsmith/Summer2024! if you need it
- login: staff/visitors, see the poster
- login at https://portal.example.com/staff
pw	credential-cue	0.85	-
+ the shared account pw is qtsd2024
api key	credential-cue	0.9	-
+ api key = 7d9f3c1a0b5e44c2a8e1f6b3d2c7e9a0 if anyone needs it
secret key	credential-cue	0.9	-
+ secret key: q8Z3m1R7x2V9k4P6 for the test account
+ Here is the secret key for the staging server: 9fK2mQ7xL4pR8sT1
access code	credential-cue	0.85	-
+ access code is 739104 for the staff car park
door code	credential-cue	0.85	-
+ door code 2580 for tonight's event
begin private key	credential	0.95	-
+ -----BEGIN PRIVATE KEY----- MIIEvQIBADANBgkqhkiG9w0BAQEFAASC
begin rsa private key	credential	0.95	-
+ -----BEGIN RSA PRIVATE KEY----- MIIEpAIBAAKCAQEA7
begin openssh private key	credential	0.95	-
+ -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjE
begin ec private key	credential	0.95	-
+ -----BEGIN EC PRIVATE KEY----- MHcCAQEEIBkg
begin dsa private key	credential	0.95	-
+ -----BEGIN DSA PRIVATE KEY----- MIIBuwIBAAKBgQ
begin encrypted private key	credential	0.95	-
+ -----BEGIN ENCRYPTED PRIVATE KEY----- MIIFHDBOBgkqhkiG9w0BBQ0w
begin pgp private key block	credential	0.95	-
+ -----BEGIN PGP PRIVATE KEY BLOCK----- lQOYBF
