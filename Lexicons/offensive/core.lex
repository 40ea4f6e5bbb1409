# Offensive words that are also, or look like, ordinary English: decided by hand, with their innocent senses.
@format postcheck-lexicon 1
@name offensive.core
@version 2026.12.07
@source Written for postcheck (curated; categories and severities checked against Surge AI's list and Ofcom's 2021 guide to offensive language)
@licence CC0-1.0
@description A word or phrase (folded), its category (profanity, sexual, slur, insult, harassment, threat), severity (low, medium, high), the protected characteristic (Equality Act 2010) a slur or harassment targets (or -), and phrases it does not count inside, separated by | (or -). Examples: posts in which the entry must (or must not) be found.
@columns term category severity characteristic not-when
fuck	profanity	medium	-	-
+ fuck this
+ f**k this
+ fuuuuck this
+ f.u.c.k this
+ f u c k this
+ ｆｕｃｋ this
+ fυck this
+ f​u​c​k this
fucking	profanity	medium	-	-
+ so fucking tired
+ so f*cking tired
fucker	insult	high	-	-
motherfucker	insult	high	-	-
fuckwit	insult	high	-	-
shit	profanity	medium	-	-
+ oh shit
+ oh sh1t
+ oh sh!t
+ oh $hit
+ oh sh*t
+ oh shiiiit
- shiitake mushrooms
- the shift starts at 9
shite	profanity	medium	-	-
shitty	profanity	medium	-	-
bullshit	profanity	medium	-	-
crap	profanity	low	-	-
- scrap metal
damn	profanity	low	-	-
bloody	profanity	low	-	-
piss	profanity	low	-	-
pissed	profanity	low	-	-
arse	profanity	low	-	-
arsehole	insult	medium	-	-
ass	profanity	low	-	-
+ kick your @ss
- assessment week
- first class pass
- bass guitar
asshole	insult	medium	-	-
+ what an a$$hole
bastard	insult	medium	-	-
bollocks	profanity	medium	-	-
bugger	profanity	low	-	-
wanker	insult	medium	-	-
+ what a w4nker
wank	sexual	medium	-	-
twat	insult	high	-	-
- Twatt is a village in Orkney
prick	insult	medium	-	prick your finger|prick of|pin prick
dick	sexual	medium	-	dick van dyke|moby dick|moby-dick|spotted dick|dick whittington|philip k dick|dick turpin|dick francis|dick king-smith
+ don't be a dick
- Dick Van Dyke was brilliant
- Moby-Dick on the reading list
- spotted dick for pudding
dickhead	insult	medium	-	-
cock	sexual	medium	-	cock lane|cock and bull|cock-a-doodle-doo|cock robin|the cock crowed|cock crowed|cock crows|cock pheasant|cock and hen
- meet on Cock Lane
- a cocktail evening
cunt	insult	high	-	-
+ you c*nt
- Scunthorpe United
tits	sexual	medium	-	blue tits|great tits|coal tits|long-tailed tits
tit	sexual	low	-	blue tit|great tit|coal tit|long-tailed tit|tit for tat|tit-for-tat
- a blue tit on the feeder
bitch	insult	medium	-	labrador bitch|the bitch had puppies|bitch had a litter|bitch had pups|bitch and pups|bitch's puppies|bitch's litter|bitch in season|bitch is in season|maiden bitch|bitch whelped|bitch had two|bitch had three|bitch had four|bitch had five|bitch had six|bitch had seven|bitch had eight|bitch had nine|bitch had ten|bitch had 2|bitch had 3|bitch had 4|bitch had 5|bitch had 6|bitch had 7|bitch had 8|bitch had 9|bitch had 10|bitch and her puppies|bitch had her puppies|brood bitch|in whelp bitch|bitch in whelp
+ she's a b1tch
- our labrador bitch had puppies
slut	insult	high	sex	-
slag	insult	high	sex	-
whore	insult	high	sex	-
hoe	insult	medium	sex	plymouth hoe|garden hoe|the hoe|to hoe|hoe the|a hoe and|dutch hoe|hoe down
- a walk on Plymouth Hoe
skank	insult	medium	sex	-
wench	insult	low	sex	-
feck	profanity	low	-	-
frigging	profanity	low	-	-
shag	sexual	low	-	shag carpet|shag pile
knob	insult	low	-	door knob|knob of butter|volume knob|knob on the door|knob twiddling|knob on the
knobhead	insult	medium	-	-
tosser	insult	medium	-	-
bellend	insult	medium	-	-
pillock	insult	low	-	-
tosspot	insult	medium	-	-
+ @USER what a tosspot
tosspots	insult	medium	-	-
git	insult	low	-	git repo|git repos|git repository|git commit|git push|git pull|git clone|git branch|git merge|git log|git rebase|git stash|git checkout|git status|git diff|git init|git add|git fetch|git tag|git config|git bash|git hub|git lab|git history|git workflow|use git|using git|learn git|learning git|with git|in git|git and github
- push it to the git repo
- the git repository is down again
moron	insult	medium	-	-
idiot	insult	low	-	not an idiot|not the idiot|not a complete idiot|i was an idiot|i'm an idiot|im an idiot|i am an idiot|i'm such an idiot|i am such an idiot|i was such an idiot|i felt like an idiot|i feel like an idiot|i was a complete idiot|i'm a complete idiot
+ honestly such an idiot
- I was an idiot to forget my lanyard
- I felt like an idiot asking
- The referee had a shocker but he is not an idiot
imbecile	insult	medium	-	-
cretin	insult	medium	-	-
dumbass	insult	medium	-	-
scumbag	insult	medium	-	-
douchebag	insult	medium	-	-
nigger	slur	high	race	-
+ n1gger
+ nіgger
nigga	slur	high	race	-
paki	slur	high	race	-
chink	slur	high	race	chink of light|a chink in|chink in the|chink of glasses
- a chink of light at last
coon	slur	high	race	-
gook	slur	high	race	-
wog	slur	high	race	-
spic	slur	high	race	-
golliwog	slur	high	race	-
raghead	slur	high	race	-
towelhead	slur	high	religion	-
kike	slur	high	religion	-
pikey	slur	high	race	-
gyppo	slur	high	race	-
jap	slur	high	race	-
faggot	slur	high	sexual orientation	faggots and peas|faggots and mash|faggots in gravy
- faggots and peas for tea
faggots	slur	high	sexual orientation	faggots and peas|faggots and mash|faggots in gravy
- faggots and peas for tea
fag	slur	high	sexual orientation	fag break|a fag|fag end|fags
dyke	slur	high	sexual orientation	dick van dyke|offa's dyke|dyke road|devil's dyke|dyke walk|along the dyke|the dyke path|drainage dyke|fen dyke|flood dyke|sea dyke
- walking Offa's Dyke
- a dyke walk along the Fens today
poof	slur	high	sexual orientation	-
poofter	slur	high	sexual orientation	-
homo	slur	high	sexual orientation	homo sapiens|homo erectus
- Homo sapiens evolved
batty boy	slur	high	sexual orientation	-
lezza	slur	high	sexual orientation	-
tranny	slur	high	gender reassignment	-
shemale	slur	high	gender reassignment	-
retard	slur	high	disability	-
+ what a r3tard
retarded	slur	high	disability	flame retarded|fire retarded
spastic	slur	high	disability	spastic paraplegia|spastic diplegia|spastic quadriplegia|spastic hemiplegia|spastic cerebral palsy|spastic colon
- the hereditary spastic paraplegia charity walk
spaz	slur	high	disability	-
mong	slur	high	disability	-
mongoloid	slur	high	disability	-
window licker	slur	high	disability	-
cripple	slur	high	disability	-
# Plurals: the importer leaves out dictionary words, so plurals of the words above are decided here too.
# Left out on purpose: fags (cigarettes), cocks (cockerels), knobs, tits (birds, above), cripples (a verb), wenches.
fuckers	insult	high	-	-
+ absolute fuckers the lot of them
motherfuckers	insult	high	-	-
fuckwits	insult	high	-	-
arseholes	insult	medium	-	-
assholes	insult	medium	-	-
bastards	insult	medium	-	-
+ bastards all of them
wankers	insult	medium	-	-
+ this government is full of wankers
twats	insult	high	-	-
pricks	insult	medium	-	pin pricks|needle pricks|pricks of
- a few pin pricks and it's done
dicks	sexual	medium	-	private dicks|dicks sporting goods|dick's sporting goods
dickheads	insult	medium	-	-
cunts	insult	high	-	-
bitches	insult	medium	-	-
+ you bitches are all the same
sluts	insult	high	sex	-
slags	insult	high	sex	-
whores	insult	high	sex	-
hoes	insult	medium	sex	garden hoes|hoes and rakes|rakes and hoes|the hoes
+ bros before hoes
- garden hoes half price at the centre
skanks	insult	medium	sex	-
knobheads	insult	medium	-	-
tossers	insult	medium	-	-
bellends	insult	medium	-	-
pillocks	insult	low	-	-
gits	insult	low	-	-
morons	insult	medium	-	-
idiots	insult	low	-	-
+ idiots everywhere on the roads today
imbeciles	insult	medium	-	-
cretins	insult	medium	-	-
dumbasses	insult	medium	-	-
scumbags	insult	medium	-	-
douchebags	insult	medium	-	-
niggers	slur	high	race	-
+ niggers
niggas	slur	high	race	-
pakis	slur	high	race	-
chinks	slur	high	race	chinks of light|chinks in|chinks of
- chinks of light through the curtains
coons	slur	high	race	-
gooks	slur	high	race	-
wogs	slur	high	race	-
spics	slur	high	race	-
golliwogs	slur	high	race	-
ragheads	slur	high	race	-
towelheads	slur	high	religion	-
kikes	slur	high	religion	-
pikeys	slur	high	race	-
gyppos	slur	high	race	-
japs	slur	high	race	-
dykes	slur	high	sexual orientation	the dykes|drainage dykes|dykes and ditches|norfolk dykes|fen dykes|dykes flooded|along the dykes
+ dykes should stay in the closet
- drainage dykes on the Fens flooded again
- The Norfolk dykes flooded after the storm
poofs	slur	high	sexual orientation	-
poofters	slur	high	sexual orientation	-
homos	slur	high	sexual orientation	-
lezzas	slur	high	sexual orientation	-
trannies	slur	high	gender reassignment	-
shemales	slur	high	gender reassignment	-
retards	slur	high	disability	-
spastics	slur	high	disability	spastics society
spazzes	slur	high	disability	-
mongs	slur	high	disability	-
mongoloids	slur	high	disability	-
window lickers	slur	high	disability	-
# Chat abbreviations and insults found missing by probing.
wtf	profanity	low	-	-
+ wtf is wrong with you
idgaf	profanity	low	-	-
+ idgaf what u think
gtfo	profanity	medium	-	-
+ gtfo
stfu	profanity	medium	-	-
+ @USER stfu already
fucking retard	slur	high	disability	-
+ he is a fucking retard
libtard	insult	medium	-	-
+ shut up libtard
libtards	insult	medium	-	-
+ libtards are destroying this country
biatch	insult	medium	-	-
+ biatch please
biotch	insult	medium	-	-
fkn	profanity	medium	-	-
+ fkn hell
fkin	profanity	medium	-	-
+ fkin joke
fk off	profanity	medium	-	-
+ fk off mate
fk this	profanity	medium	-	-
+ fk this government
fk you	insult	high	-	-
+ fk you
leftard	insult	medium	-	-
+ typical leftard nonsense
leftards	insult	medium	-	-
+ leftards everywhere
bimbo	insult	medium	sex	-
+ she's a dumb blonde bimbo
paedo	insult	high	-	-
+ he's a paedo, everyone knows
paedos	insult	high	-	-
# Inflections: dictionary words, so decided here rather than imported.
fucked	profanity	medium	-	-
+ I'm so fucked off with this
fucks	profanity	medium	-	-
+ he fucks everything up
fuckin	profanity	medium	-	-
fucken	profanity	medium	-	-
+ fucken hell
effing	profanity	low	-	-
shits	profanity	medium	-	-
shitting	profanity	medium	-	-
+ stop shitting on my parade
shitted	profanity	medium	-	-
pissing	profanity	low	-	-
bitching	insult	low	-	-
+ quit bitching about it
bitchy	insult	low	-	-
wanking	sexual	medium	-	-
wanked	sexual	medium	-	-
buggered	profanity	low	-	-
arsed	profanity	low	-	-
+ can't be arsed today
ffs	profanity	low	-	-
+ ffs not again
azz	profanity	low	-	-
+ kiss my azz
jackass	insult	medium	-	jackass penguin|jackass penguins|jackass season|jackass the movie|jackass forever
+ stop being such a jackass
- the jackass penguin colony at Boulders Beach
jackasses	insult	medium	-	-
feminazi	insult	medium	sex	-
+ typical feminazi
feminazis	insult	medium	sex	-
slapper	insult	high	sex	-
+ dirty slapper
slappers	insult	high	sex	-
muzzie	slur	high	religion or belief	-
muzzies	slur	high	religion or belief	-
+ muzzies out
nonce	insult	high	-	cryptographic nonce|random nonce|a nonce value|nonce value|nonce values|nonce word|nonce words|for the nonce|nonce reuse|nonce is
+ he's a paedo nonce
- the server answers with a cryptographic nonce
- a nonce word coined for the poem
nonces	insult	high	-	cryptographic nonces|random nonces|nonces are
hag	insult	medium	-	hag stone|hag stones|night hag
+ you old hag
- we found a hag stone on the beach
hags	insult	medium	-	hag stones
illegals	slur	medium	race	illegals in football|illegals in rugby
+ get these illegals out
thot	insult	medium	sex	-
+ she a thot
thots	insult	medium	sex	-
simp	insult	low	-	-
+ he's a simp lmao
simps	insult	low	-	-
wetback	slur	high	race	-
+ stupid wetback
wetbacks	slur	high	race	-
redneck	insult	low	-	-
rednecks	insult	low	-	-
sket	insult	high	sex	-
+ she's a sket
skets	insult	high	sex	-
fatty	insult	medium	-	fatty acid|fatty acids|fatty liver|fatty food|fatty foods|fatty tissue|fatty meat|fatty fish|fatty deposits|fatty lump|fatty acid's
+ fatty
- fatty acids lecture tomorrow
fatties	insult	medium	-	-
inbred	insult	medium	-	inbred dog|inbred dogs|inbred mice|inbred strain|inbred strains|inbred line|inbred lines|inbred rats|inbred population|inbred populations|inbred cattle|inbred plants
+ you inbred
- inbred dog breeds health lecture
inbreds	insult	medium	-	-
+ a bunch of inbreds
spakka	slur	high	disability	-
+ spakka
spacker	slur	high	disability	-
spakker	slur	high	disability	-
gypo	slur	high	race	-
+ gypo
gyppo	slur	high	race	-
gippo	slur	high	race	-
cocksucker	sexual	high	-	-
+ shut up you cocksucker
cocksuckers	sexual	high	-	-
yid	slur	high	religion or belief	-
+ dirty yid
yids	slur	high	religion or belief	-
midget	insult	medium	disability	midget gem|midget gems|midget submarine|midget submarines|midget car|midget racing|midget class
+ shut up you midget
- a bag of midget gems for the coach trip
midgets	insult	medium	disability	midgets gems
chav	insult	low	-	-
+ look at that chav in his tracksuit
chavs	insult	low	-	-
nutter	insult	low	disability	nutter butter|nutter butters
+ some nutter was screaming at the bus driver
nutters	insult	low	disability	-
loony	insult	low	disability	loony tunes|looney tunes|loony party|raving loony
+ what a loony
- Monster Raving Loony Party candidate at the hustings
- watching Loony Tunes with the kids
loonies	insult	low	disability	-
numpty	insult	low	-	-
+ what a numpty, left his keys in the door
numpties	insult	low	-	-
plonker	insult	low	-	-
+ some plonker parked across two spaces again
plonkers	insult	low	-	-

wasteman	insult	medium	-	-
+ he's a proper wasteman
wastemen	insult	medium	-	-
minger	insult	medium	-	-
+ she's a right minger
mingers	insult	medium	-	-
munter	insult	medium	-	-
+ what a munter
munters	insult	medium	-	-
twonk	insult	low	-	-
+ he's a twonk
knobber	insult	low	-	-
+ what a knobber
cockwomble	insult	medium	-	-
+ cockwomble
cockwombles	insult	medium	-	-
saddo	insult	low	-	-
+ get lost you saddo
saddos	insult	low	-	-
naff off	harassment	low	-	-
+ naff off
get stuffed	harassment	low	-	get stuffed peppers|get stuffed mushrooms|get stuffed crust|get stuffed with|get stuffed toys|get stuffed animals|get stuffed tomatoes|get stuffed in
+ oh get stuffed
- get stuffed peppers at the canteen today
scrote	insult	medium	-	-
+ that learner is a little scrote
scrotes	insult	medium	-	-
