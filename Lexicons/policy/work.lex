@format postcheck-lexicon 1
@name policy.work
@version 2026.12.04
@source Written for postcheck from the policy's section 7.2 ("comment on any work-related matters") and the people and events it names
@licence CC0-1.0
@description Policy 7.2 (work-related matters). Cue subject: a work matter named outright, a comment by itself unless a neutral phrase overlaps it; topic: a work matter that is a comment only with a comment word in the same sentence ("our assessors", "our CEO" and Ofsted are topics: the organisation speaks of itself so in its own posts); comment: an evaluative or eventful word; neutral: having, starting or going to a job, which makes a topic in its sentence no comment, or a phrase that makes a subject it overlaps no work matter (colleagues from uni). Confidence and flags apply to subjects and topics.
@columns pattern cue confidence flags
my {manager}	subject	0.8	-
+ My boss is making us work every Saturday now
+ my line manager shouted at me in front of everyone
- Like a boss 😎
our {manager}	topic	0.8	-
- Our CEO Jane will be speaking at the Northern Skills Summit on 14 March
+ Our directors have no idea what happens on the ground
+ our senior management need a reality check
my new {manager}	subject	0.8	-
+ my new manager has no idea what she's doing
our new {manager}	topic	0.8	-
the directors	subject	0.75	-
+ The directors just announced another pay freeze
the management	subject	0.75	-
+ The management at this place, honestly
senior management	subject	0.75	-
+ Senior management have cancelled the Christmas do again
my {colleague}	subject	0.75	-
+ One of my colleagues keeps taking credit for my work
+ my co-workers are the only reason I stay
our {colleague}	topic	0.7	-
+ our workmates in Leeds got a bonus and we didn't
my teammates	topic	0.7	-
+ my teammates keep dumping their work on me, so unprofessional
- my teammates played brilliantly on Saturday, 3-0 win
my teammate	topic	0.7	-
my {assessor}	subject	0.75	-
+ My assessor hasn't replied to my emails in three weeks
our {assessor}	topic	0.8	-
- Our assessors travelled over 10,000 miles this year to support learners across Yorkshire
- Thank you to our tutors
+ Our assessors are completely overworked
my {learner}	subject	0.75	-
+ My learners failed their functional skills again
+ so proud of my apprentices today
- My son is a student at Leeds now 🎓
our {learner}	topic	0.7	-
+ our learners deserve better than this
- Follow our learners' projects at @qtsd_learning
- Congratulations to our apprentices on their results!
my {client}	subject	0.7	-
+ my clients keep cancelling at the last minute
our {client}	topic	0.7	-
+ our clients are furious about the delays
- Thank you to our clients for a great year
our new {client}	topic	0.7	-
+ Our new client is a nightmare to deal with
at work today	subject	0.8	-
+ What a day at work today, three people walked out
at work yesterday	subject	0.75	-
+ Someone cried at work yesterday after the meeting
in work today	subject	0.75	-
+ in work today and the heating is broken again
in the office today	subject	0.7	-
+ in the office today and nobody knows what's going on
work today was	subject	0.75	-
+ Work today was chaos from start to finish
work was	subject	0.65	-
+ work was a nightmare, I'm done
office politics	subject	0.75	-
+ The office politics here are exhausting
my team at work	subject	0.75	-
+ my team at work are all off sick
ofsted	topic	0.65	-
- Our Ofsted report is out and we are rated Good in all areas
+ Ofsted are in tomorrow, everyone's panicking
staff meeting	topic	0.75	-
+ Another pointless staff meeting that could have been an email
- Staff meeting moved to 3pm in room 4
staffroom	topic	0.7	-
+ the gossip in the staffroom today 🙄
- Cake in the staffroom for Jo's leaving do
staff room	topic	0.7	-
+ overheard in the staff room: nobody is getting a pay rise
- Mince pies for everyone in the staff room
{org}	topic	0.8	-
+ QTSD management are clueless
+ Can't believe QTSD cut the bonus again
+ #QTSD is a shambles right now
- Started my new job at QTSD today!
- Proud to work for QTSD 💙
{role}	topic	0.7	-
+ The assessors here are so underpaid it's a joke
{manager}	topic	0.7	-
+ Management are useless, nothing ever changes
+ HR have made a mess of my contract
my job	topic	0.7	-
+ I hate my job so much right now
- Love my job ❤️
my employer	topic	0.8	-
+ my employer cut our overtime without warning
- views are my own, not my employer's
my workplace	topic	0.8	-
+ My workplace is so toxic
where i work	topic	0.75	-
+ the place where I work is a joke
my apprenticeship	topic	0.7	-
+ my apprenticeship is a total joke, no training at all
the restructure	topic	0.75	-
+ the restructure is a disaster
{assessment} results	topic	0.7	-
+ The EPA results this year were awful
{assessment} visit	topic	0.7	-
+ Just had the worst assessment visit with a client, they were awful
- Assessment visit booked for Tuesday
{assessment} visits	topic	0.7	-
+ observation visits this week have been a shambles
with a {client}	topic	0.6	-
+ three hours with a customer who was an absolute nightmare
- Lunch with a client in Leeds, lovely spot
this job	topic	0.7	-
+ Can't wait to leave this job
- This job advert closes on Friday
my contract	topic	0.7	-
+ Three months in and my contract is still a mess
overtime	topic	0.7	-
+ Another 12 hour shift and still no overtime pay, this place is a joke
- Overtime in the cup final, what a game
my shift	topic	0.65	-
+ my shift was a nightmare, two people off sick
{assessment} criteria	topic	0.7	-
+ The new assessment criteria are a total mess
worst employer	subject	0.8	-
+ Worst employer I've ever had
making redundancies	subject	0.75	-
+ They're making redundancies before Christmas, nice
at work	topic	0.7	-
+ So fed up at work, nobody listens
- Off to work 👋
- Sounds like a lot of hard work, well done
useless	comment	1	-
+ Management are useless, nothing ever changes
incompetent	comment	1	-
+ QTSD management are so incompetent
clueless	comment	1	-
+ QTSD management are clueless
awful	comment	1	-
+ The EPA results this year were awful
terrible	comment	1	-
+ QTSD's new rota is terrible
shambles	comment	1	-
+ #QTSD is a shambles right now
joke	comment	1	-
+ the place where I work is a joke
disaster	comment	1	-
+ the restructure is a disaster
nightmare	comment	1	-
+ QTSD was a nightmare this week
mess	comment	1	-
+ HR have made a mess of my contract
toxic	comment	1	-
+ My workplace is so toxic
underpaid	comment	1	-
+ The assessors here are so underpaid it's a joke
overworked	comment	1	-
+ QTSD staff are overworked and exhausted
unfair	comment	1	-
+ what QTSD did to our team is so unfair
pathetic	comment	1	-
+ QTSD's response was pathetic
rubbish	comment	1	-
+ my employer's new rota is rubbish
hate	comment	1	-
+ I hate my job so much right now
fed up	comment	1	-
+ So fed up at work, nobody listens
sick of	comment	1	-
+ sick of my job and everything about it
can't believe	comment	1	-
+ Can't believe QTSD did this to us again
cut	comment	1	-
+ my employer cut our overtime without warning
cuts	comment	1	-
+ More cuts at QTSD, who's next
sacked	comment	1	-
+ QTSD sacked half the team by email
fired	comment	1	-
+ Just got fired from QTSD, unbelievable
redundancies	comment	1	-
+ Redundancies at QTSD again
redundant	comment	1	-
+ half the team at work being made redundant
redundancy	comment	1	-
reality check	comment	1	-
+ management at work need a reality check
cancelled	comment	1	-
+ our directors have cancelled the Christmas party
don't care	comment	1	-
+ Our directors clearly don't care about frontline staff
doesn't care	comment	1	-
don't listen	comment	1	-
doesn't listen	comment	1	-
being asked to	comment	1	-
+ Our assessors are being asked to sign off portfolios they haven't seen
forced to	comment	1	-
haven't seen	comment	1	-
closing	comment	1	-
+ QTSD is closing the Leeds centre
failed	comment	1	-
+ QTSD failed its Ofsted
pay	comment	1	-
+ QTSD pay went down again
bonus	comment	1	-
+ Still no bonus from QTSD
lazy	comment	1	-
+ QTSD managers are lazy
pointless	comment	1	-
+ the QTSD training days are pointless
deserve better	comment	1	-
+ our learners deserve better from QTSD
furious	comment	1	-
+ our clients are furious with QTSD
no idea	comment	1	-
+ HR have no idea what they're doing
let down	comment	1	-
+ our learners are being let down by QTSD
cancelling	comment	1	-
+ QTSD keep cancelling the training days
cutting	comment	1	-
+ QTSD should stop cutting training days
shouted	comment	1	-
+ HR shouted at me in front of everyone
out of touch	comment	1	-
+ QTSD management are out of touch
waste of time	comment	1	-
+ the QTSD conference was a waste of time
mistake	comment	1	-
+ QTSD are making a big mistake with this
exhausting	comment	1	-
+ QTSD management are exhausting right now
stressful	comment	1	-
+ QTSD management are stressful right now
stressed	comment	1	-
+ QTSD management are stressed right now
fuming	comment	1	-
+ QTSD management are fuming right now
gutted	comment	1	-
+ QTSD management are gutted right now
bullying	comment	1	-
+ QTSD management are bullying right now
bullied	comment	1	-
+ QTSD management are bullied right now
unprofessional	comment	1	-
+ QTSD management are unprofessional right now
disgraceful	comment	1	-
+ QTSD management are disgraceful right now
embarrassing	comment	1	-
+ QTSD management are embarrassing right now
ridiculous	comment	1	-
+ QTSD management are ridiculous right now
shocking	comment	1	-
+ QTSD management are shocking right now
appalling	comment	1	-
+ QTSD management are appalling right now
lied	comment	1	-
+ QTSD lied to us about the pay rise
lies	comment	1	-
+ QTSD tells lies about pay
unpaid	comment	1	-
+ QTSD management are unpaid right now
burnout	comment	1	-
+ QTSD management are burnout right now
quit	comment	1	-
+ Two more people quit QTSD this week
quitting	comment	1	-
+ I'm quitting QTSD at Christmas
resigned	comment	1	-
+ Three assessors resigned from QTSD today
worst	comment	1	-
+ QTSD management are worst right now
horrible	comment	1	-
+ QTSD management are horrible right now
dreadful	comment	1	-
+ QTSD management are dreadful right now
hopeless	comment	1	-
+ QTSD management are hopeless right now
chaos	comment	1	-
+ QTSD management are chaos right now
panicking	comment	1	-
+ QTSD are panicking about the audit
doing my head in	comment	1	-
+ Work at QTSD is doing my head in
can't stand	comment	1	-
+ can't stand QTSD management
lost	comment	1	-
+ HR lost my paperwork again
no training	comment	1	-
+ my apprenticeship has no training at all
no clue	comment	1	-
+ honestly the senior leadership team have no clue what they're doing
haven't a clue	comment	1	-
+ Management haven't a clue what goes on here
strikes again	comment	1	-
+ Pay rise? What pay rise. Management strikes again
farce	comment	1	-
+ QTSD's new marking policy is a farce
shambolic	comment	1	-
+ HR are shambolic, three payslips wrong this month
out of their depth	comment	1	-
+ management are out of their depth with this inspection
gossip	comment	1	-
+ the gossip at QTSD this week is unreal
overheard	comment	1	-
+ overheard at QTSD today: nobody is getting a pay rise
killing me	comment	1	-
+ honestly my job is killing me
takes credit	comment	1	-
+ Our team leader takes credit for everything we do
taking credit	comment	1	-
took credit	comment	1	-
still haven't	comment	1	-
+ HR still haven't sorted the rota
haven't sorted	comment	1	-
hasn't sorted	comment	1	-
no notice	comment	1	-
+ HR changed my hours with no notice
can't wait to leave	comment	1	-
nothing is ready	comment	1	-
+ Ofsted inspection next week and nothing is ready
nothing's ready	comment	1	-
an insult	comment	1	-
+ The pay at QTSD is an insult
arguments	comment	1	-
+ Tit for tat arguments in the staff room must stop, says the new head
{colleague} from uni	neutral	1	-
- Sunday roast with my colleagues from uni, such a laugh
{colleague} from university	neutral	1	-
{colleague} from school	neutral	1	-
- met up with my coworkers from school, what a laugh
off to work	neutral	1	-
- Off to work at QTSD, can't believe it's Monday again
back to work	neutral	1	-
- Back to work at QTSD tomorrow after the holidays, can't believe it's over
new job	neutral	1	-
- New job at QTSD starts Monday, can't believe it!
started at {org}	neutral	1	-
- Started at QTSD this week, can't believe how fast it went
proud to work	neutral	1	-
- Proud to work for QTSD, can't believe it's been ten years
