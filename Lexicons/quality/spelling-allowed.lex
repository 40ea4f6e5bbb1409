@format postcheck-lexicon 1
@name quality.spelling-allowed
@version 2026.12.01
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
