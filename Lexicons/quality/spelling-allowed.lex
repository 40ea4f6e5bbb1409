@format postcheck-lexicon 1
@name quality.spelling-allowed
@version 2026.12.04
@source Written for postcheck: common social-media abbreviations and words newer than the en-GB dictionary
@licence CC0-1.0
@description Words quality.spelling never reports. The organisation's own names and roles are added from its profile.
@columns word
lol
+ lol that was brilliant
omg
+ omg what a day
tbh
+ tbh it went really well
imo
+ imo the best session yet
imho
+ imho the best session yet
btw
+ btw the room has changed
fyi
+ fyi the room has changed
asap
+ reply asap please
thx
+ thx everyone
pls
+ pls share
plz
+ plz share
gonna
+ gonna be a great day
wanna
+ who wanna join us
gotta
+ gotta love a Friday
dm
+ send us a dm
dms
+ our dms are open
rt
+ rt if you agree
selfie
+ selfie time with the team
hashtag
+ use the hashtag below
retweet
+ please retweet
retweets
+ thanks for the retweets
livestream
+ watch the livestream
vlog
+ new vlog up now
podcast
+ new podcast episode out
ofsted
+ ready for ofsted
epa
+ good luck with your epa
epas
+ three epas today
apprenticeships
+ apprenticeships open now
upskill
+ upskill with us
upskilling
+ upskilling the team
onboarding
+ onboarding new learners
acc
+ sort code 20-00-00 acc 55779911
acct
+ acct no. ending 4411
tel
+ tel 0113 496 0123
mob
+ mob 07700 900123
approx
+ approx two hours
dept
+ the maths dept
govt
+ govt funding
uni
+ off to uni
admin
+ admin day today
info
+ more info below
wifi
+ the wifi password is on the board
ebook
+ the ebook is free for learners
ebooks
+ ebooks for every course
snapchat
+ add me on snapchat
tiktok
+ our new tiktok video
whatsapp
+ the whatsapp group
insta
+ see you on insta
instagram
+ follow us on instagram
facebook
+ our facebook page
youtube
+ the youtube channel
linkedin
+ my linkedin profile
mastodon
+ find us on mastodon
bluesky
+ we are on bluesky
selfies
+ selfies at the awards
hashtags
+ the hashtags we use
smh
+ smh at the traffic
ngl
+ ngl it was great
idk
+ idk what time it starts
tbf
+ tbf it rained
irl
+ meet irl
wellbeing
+ staff wellbeing day on Friday
bootcamp
+ digital skills bootcamp starts Monday
bootcamps
+ free bootcamps for adults
neurodivergent
+ support for neurodivergent learners
neurodiversity
+ neurodiversity celebration week
edtech
+ the edtech show was great
vlogger
+ a vlogger came to film the course
bestie
+ coffee with my bestie
besties
+ road trip with the besties
woohoo
+ woohoo we passed
nonbinary
+ nonbinary and trans learners are welcome
microaggressions
+ a talk on microaggressions at work
cvv
+ never share the cvv on your card
gcse
+ retaking gcse maths this year
gcses
+ resits for gcses in November
btec
+ a btec in sport
nvq
+ my nvq level 2
nvqs
+ nvqs in care
ucas
+ ucas deadline is Friday
adhd
+ living with adhd
lgbtq
+ lgbtq history month
senco
+ ask the senco
ehcp
+ an ehcp review
esfa
+ the esfa funding rules
freephone
+ freephone number for bookings
onboarded
+ we onboarded six new assessors
elearning
+ the elearning modules are live
furloughed
+ furloughed staff are back
timesheet
+ fill in your timesheet
timesheets
+ timesheets are due Friday
eyfs
+ our eyfs apprentices
sen
+ sen support in college
pdfs
+ the pdfs are attached
gif
+ a gif of a cat
gifs
+ sending gifs all day
vape
+ no vape in the building
vaping
+ vaping is not allowed on site
brexit
+ brexit changed the funding
covid
+ since covid we teach online
wfh
+ wfh today
onsite
+ onsite parking is free
offsite
+ the offsite training day
ofqual
+ ofqual rules on resits
dfe
+ the dfe guidance
ncfe
+ ncfe level 2 certificate
edexcel
+ edexcel maths paper
aqa
+ aqa english
wjec
+ wjec exams
hnc
+ an hnc in engineering
hnd
+ my hnd
phd
+ finishing my phd
mba
+ an mba at night
bsc
+ a bsc in nursing
pgce
+ my pgce year
qts
+ gained qts
qtls
+ qtls status
nqt
+ as an nqt
dsl
+ speak to the dsl
lado
+ refer to the lado
braindead
+ a braindead take
meds
sellout
sellouts
antifa
maga
commies
libs
lefties
remoaners
brexiteers
snowflakes
noob
noobs
hypocrites
commis
wtf
ffs
stfu
gtfo
idgaf
lmaooo
lmaoo
fr
incl
tmrw
tmr
ppl
msg
msgs
coz
yall
aint
thru
tho
bday
fave
fav
convo
pic
pics
vid
vids
leekie
soyboy
