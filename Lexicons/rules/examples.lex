@format postcheck-lexicon 1
@name rules.examples
@version 2026.12.01
@source Written for postcheck from the spec's detector semantics and the social media policy
@licence CC0-1.0
@description What `postcheck explain RULE` shows: for each rule, posts it reports (+) and posts it leaves alone (-). Every example is screened by the tests.
@columns rule
pii.date_of_birth
+ My DOB is 14/02/1990 if you need it for the form
+ Welcome baby Amelia, born 13/04/2025 at 14:15, 7lb 2oz
- Course starts 12/03/2025, book now
- Founded on 3 March 1988 and still going strong
pii.address
+ I live at 42 Acacia Avenue, Leeds LS6 2AB, come round
+ We've moved to 7 Elm Road, Sheffield S10 1AA
- Venue: The Old Mill, 3 Mill Lane, York YO1 7HH
pii.phone
+ Ring me on 07911 123456 after six
+ Call +1 212 555 0198 from the US
- Order number 5646-5653-69 has shipped
- Scored 21-14 in the final, kick-off at 19:45
pii.bank.sort_code
+ My sort code is 20-00-00 and account 12345678
- The score was 20-00-00 at half time
pii.bank.account_number
+ My sort code is 20-00-00 and account 12345678
- Membership number 12345678 for the gym
pii.bank.iban
+ Send it to GB82 WEST 1234 5698 7654 32 please
- Reference GB82 WEST 1234 5698 7654 33 is not valid
pii.bank.card
+ Card number 4111 1111 1111 1111, expiry 12/27
- Sixteen digits 1234 5678 9012 3456 that fail Luhn
pii.email
+ email me at jo.bloggs@example.com
- Tag me @jo_bloggs on here
pii.national_insurance
+ My national insurance number is JG 10 37 77 A
- Room QQ 12 34 56 C is booked
confidential.marker
+ CONFIDENTIAL - the Q3 redundancy list
+ This is embargoed until Monday 9am
- Our confidentiality policy is on the website
confidential.leak
+ Off the record, the Leeds centre is closing
+ Between you and me, the audit failed
- The difference between you and me? I love Mondays
confidential.credential
+ The password for the staff portal: Winter2025!
+ Here's the key sk_live_4eC39HqLyjWDarjtT1zdp7dc
- Password reset links expire after an hour
offensive.profanity
+ What a f*cking day
+ this is sh1t
- Lovely walk in Scunthorpe, then cocktails in Penistone
offensive.sexual
+ what a wank
- The blue tit and the cock robin in the garden
offensive.slur
+ go home you f4ggot
- Gay and lesbian colleagues welcome at the network
offensive.insult
+ You're a disgrace
+ what an idiot
- An idiom a day keeps boredom away
offensive.harassment
+ nobody likes you
+ go back to where you came from
- Nobody likes Mondays
offensive.threat
+ I will kill you
+ kys
- This heat will kill me
work.comment
+ My boss is useless and our assessors are overworked
+ My learners failed their EPA again
- I work as an assessor and love it
conduct.student_contact
+ Add me on snap, my learners all do
+ Accepted a friend request from one of my students
- Follow our college page for course news
conduct.disclaimer
+ In my view the directors are making a big mistake with the restructure
- In my view the directors are making a big mistake. Views are my own.
conduct.defamation
+ QTSD is a scam, don't give them your money
+ The directors are fiddling the achievement rates
- QTSD is not a scam, they're great
quality.spelling
+ I definately recieved it
- I definitely received it, lol
