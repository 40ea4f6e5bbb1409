@format postcheck-lexicon 1
@name policy.student-contact
@version 2026.12.07
@source Written for postcheck from the policy's sections 7.2 (communicating with students through personal sites) and 7.3 (acceptance of friends)
@licence CC0-1.0
@description Policy 7.2 and 7.3. Cue invite: an invitation to befriend, follow or move to a private channel (a review alone, a block when the post speaks of students or parents); contact: contact with a student or parent said outright; student: students, learners or parents mentioned.
@columns pattern cue confidence flags
add me on {platform}	invite	0.6	-
+ add me on snap 👻
+ Great session with my learners today. Add me on Instagram for revision tips!
- Add me on LinkedIn if you want to connect professionally
- my daughter added me on Facebook, help
follow me on {platform}	invite	0.55	-
+ follow me on insta for more
- Follow QTSD on Instagram for course news
add me on here	invite	0.5	-
+ add me on here if you need anything
send me a friend request	invite	0.65	-
+ Send me a friend request and I'll accept
add me as a friend	invite	0.65	-
+ add me as a friend on facebook
friend request me	invite	0.6	-
+ friend request me, same name as here
message me on {platform}	invite	0.6	-
+ message me on WhatsApp if you're stuck with your portfolio
text me on	invite	0.55	-
+ text me on my personal number
whatsapp me	invite	0.6	-
+ whatsapp me if you need help tonight
snap me	invite	0.6	-
+ snap me later 👻
my snap is	invite	0.7	-
+ my snap is jo_b_99
my snapchat is	invite	0.7	-
+ my snapchat is jobloggs
my insta is	invite	0.65	-
+ my insta is @jo.trains
dm me your number	invite	0.75	-
+ DM me your number and I'll text you the answers
dm me your	invite	0.6	-
+ dm me your snap
- DM us for course dates
send me your number	invite	0.65	-
+ send me your number so we can chat
give me your number	invite	0.65	-
+ give me your number after class
drop me your number	invite	0.65	-
+ drop me your number and I'll add you
my personal number	invite	0.6	-
+ ring my personal number if you need me
my personal account	invite	0.55	-
+ follow my personal account, I post more there
dm me on {platform}	invite	0.6	-
+ dm me on insta if you need help
hit me up on {platform}	invite	0.6	-
+ hit me up on snap 👻
friend me on {platform}	invite	0.6	-
+ friend me on facebook!
message me privately	invite	0.6	-
+ message me privately if you want to talk
private message me	invite	0.6	-
+ private message me for the answers
inbox me	invite	0.55	-
+ inbox me for details
drop me a dm	invite	0.55	-
+ drop me a dm anytime
my insta's	invite	0.65	-
+ my insta's @jo.trains
reach me on	invite	0.6	-
+ you can reach me on my personal WhatsApp any time
my personal {platform}	invite	0.6	-
+ message my personal insta if you need me
{learner} ** sent me a friend request	contact	0.8	-
+ one of my learners sent me a friend request
{learner} ** sent me a follow request	contact	0.75	-
+ My learner sent me a follow request on instagram and I accepted
added ** {learner} on	contact	0.85	-
+ Added one of my students on Facebook last night
friends with ** {learner} on	contact	0.85	-
+ I'm friends with some of my learners on Facebook
{learner} ** follow me on	contact	0.9	-
+ my students follow me on tiktok 😂
follow request from ** {learner}	contact	0.8	-
+ accepted a follow request from one of my learners
{learner} ** follows me on	contact	0.75	-
+ one of my students follows me on insta now
{learner} ** messaged me on	contact	0.8	-
+ my apprentice messaged me on WhatsApp at midnight
{parent} ** messaged me on	contact	0.75	-
+ one of the parents messaged me on Facebook
accepted ** {learner} friend request	contact	0.9	-
+ Accepted my learner's friend request, she's lovely
accepted ** {learner} friend requests	contact	0.9	-
+ accepted one of my apprentice's friend requests
accepted ** friend request from ** {learner}	contact	0.9	-
+ accepted a friend request from one of my students
friend request from ** {learner}	contact	0.75	-
+ got a friend request from one of my learners, awkward
{learner} ** added me on	contact	0.85	-
+ One of my apprentices added me on Facebook
{learner} ** followed me on	contact	0.75	-
+ my learner followed me on TikTok lol
followed ** {learner} on	contact	0.8	-
+ Just followed one of my apprentices on Instagram
- The learners followed the fire drill on Tuesday
follow my private account	invite	0.6	-
+ follow my private account for the real stuff
+ Any of my students want to follow my private account?
{learner} ** add me on	contact	0.9	-
+ Learners: feel free to add me on insta
+ Students can add me on snap for help with assignments
add your {assessor} on	contact	0.85	-
+ add your tutor on snap for reminders
{parent} ** added me on	contact	0.8	-
+ Two parents added me on Facebook after parents' evening
added ** {parent} on	contact	0.8	-
+ Just added my tutees' parents on Facebook so they can see the photos
- Added the parents evening dates on the website
added ** my {learner} ** {parent} on	contact	0.8	-
+ Added a few of my learners' parents on Facebook tonight
accepted ** friend request from ** {parent}	contact	0.85	-
+ accepted a friend request from one of the parents today, awkward
{learner}	student	0	-
+ Great session with my learners today. Add me on Instagram for revision tips!
{parent}	student	0	-
+ Parents, add me on facebook for updates
sent a friend request to ** {learner}	contact	0.85	-
+ Sent a friend request to one of my apprentices, hope she accepts
friend request to ** {learner}	contact	0.8	-
meeting ** {learner} for drinks	contact	0.8	-
+ Meeting one of my learners for drinks on Friday
drinks with ** {learner}	contact	0.75	-
+ drinks with one of my students after class, shh
night out with ** {learner}	contact	0.75	-
+ Had a great night out with my apprentices from the Leeds cohort, drinks on me!
- Great night out with my old uni friends, we were all students together once
{learner} ** keeps messaging me	contact	0.8	-
+ My ex-student (16) keeps messaging me on Snapchat, not sure what to do
- My sister keeps messaging me about the students' union gig
{learner} ** messaging me on	contact	0.8	-
+ one of my learners has been messaging me on Instagram all week
{learner} ** texting me	contact	0.75	-
+ my apprentice is texting me at midnight about his portfolio
added ** {learner} {relative} on	contact	0.85	-
+ Added my apprentice's mum on Facebook
- Added my mum on Facebook, finally
friend request from ** {learner} {relative}	contact	0.8	-
+ got a friend request from my apprentice's mum
slide into my dms	invite	0.6	-
+ slide into my DMs learners 😂

