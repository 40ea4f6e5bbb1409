# Word classes that offensive.phrases templates name: `{you}` in a term stands for any member, `{you?}` for one or none.
@format postcheck-lexicon 1
@name offensive.phrase-classes
@version 2026.12.07
@source Written for postcheck
@licence CC0-1.0
@description A class and one member (a word or several). Members are chosen so that every phrase a template spells is offensive however the post around it reads: verbs that are also insults (`clown`, `pig`, `rat`, `fool`, `beat`, `shoot`: I'll shoot you an e-mail), names and brands (`wally`, `cow`: thank you Cow & Gate) and slang that praises (`dope`) are left out.
@columns class member
you-bare	you
you-bare	ur
you-bare	u
you-are	you're
you-are	you are
you-are	youre
you-are	ur
you-are	u are
you-are	u r
he-she-is	he's
he-she-is	he is
he-she-is	she's
he-she-is	she is
he-she-is	this guy is
he-she-is	that guy is
he-she-is	your mum is
he-she-insult	disgrace
he-she-insult	embarrassment
he-she-insult	loser
he-she-insult	waste of space
he-she-insult	waste of oxygen
he-she-insult	waste of skin
he-she-insult	lowlife
he-she-insult	scumbag
he-she-insult	sad act
he-she-insult	piece of crap
he-she-insult	piece of garbage
he-she-insult	waste of a human
he-she-insult	waste of a human being
article	a
article	an
article	such a
article	such an
intensifier	absolute
intensifier	complete
intensifier	utter
intensifier	fucking
intensifier	stupid
intensifier	little
intensifier	total
intensifier	right
insult-noun	muppet
insult-noun	numpty
insult-noun	plonker
insult-noun	prat
insult-noun	pillock
insult-noun	idiot
insult-noun	dimwit
insult-noun	nitwit
insult-noun	twit
insult-noun	weirdo
insult-noun	loser
insult-noun	moron
insult-noun	cretin
insult-noun	imbecile
insult-noun	halfwit
insult-noun	dickhead
insult-noun	knobhead
insult-noun	tosser
insult-noun	wanker
insult-noun	bellend
insult-noun	twat
insult-noun	arsehole
insult-noun	asshole
insult-noun	bastard
insult-noun	scumbag
insult-noun	lowlife
insult-noun	parasite
insult-noun	disgrace
insult-noun	embarrassment
insult-noun	failure
insult-noun	waste of space
insult-noun	waste of oxygen
insult-noun	waste of skin
insult-noun	piece of shit
insult-noun	piece of crap
insult-noun	piece of garbage
insult-noun	sad act
insult-noun	nonce
insult-noun	coward
insult-noun	waste of a human
insult-noun	waste of a human being
i-will	i will
i-will	i'll
i-will	i am going to
i-will	i'm going to
i-will	im going to
i-will	i'm gonna
i-will	im gonna
i-will	i am gonna
i-will	i swear i'll
i-will	i swear i will
i-will	i'm coming to
harm	kill
harm	hurt
harm	stab
harm	batter
harm	punch
harm	strangle
harm	murder
harm	slap
harm	smack
harm	end
harm	break
you-object	you
you-object	u
you-object	ya
nobody	nobody
nobody	no one
nobody	noone
would	would
would	will
insult-plural	idiots
insult-plural	morons
insult-plural	muppets
insult-plural	wankers
insult-plural	tossers
insult-plural	losers
insult-plural	twats
insult-plural	dickheads
insult-plural	pricks
insult-plural	cretins
insult-plural	imbeciles
insult-plural	numpties
insult-plural	pillocks
insult-plural	scumbags
insult-plural	lowlifes
insult-plural	parasites
insult-plural	bellends
insult-plural	knobheads
insult-plural	arseholes
insult-plural	assholes
insult-plural	bastards
insult-plural	nonces
insult-plural	thugs
insult-plural	snowflakes
bunch	bunch
bunch	pack
bunch	load
bunch	shower
group-people	you people are
group-people	these people are
group-people	those people are
group-people	they're all
group-people	they are all
group-people	them lot are
dehumanising	animals
dehumanising	vermin
dehumanising	savages
dehumanising	cockroaches
dehumanising	parasites
dehumanising	subhuman
dehumanising	rats
dehumanising	filth
dehumanising	scum
insult-after-article	joke
insult-after-article	clown
insult-after-article	fool
insult-after-article	pig
insult-after-article	rat
insult-after-article	snake
insult-after-article	cow
insult-after-article	dog
insult-after-article	sheep
insult-after-article	melt
insult-after-article	nobody
insult-after-article	freak
insult-after-article	weapon
insult-after-article	liar
insult-after-article	traitor
strong-intensifier	absolute
strong-intensifier	complete
strong-intensifier	utter
strong-intensifier	fucking
strong-intensifier	total
insult-adjective	fat
insult-adjective	ugly
insult-adjective	disgusting
insult-adjective	filthy
insult-adjective	pathetic
insult-adjective	thick
insult-adjective	stupid
insult-after-adjective	pig
insult-after-adjective	cow
insult-after-adjective	creature
insult-after-adjective	rat
insult-after-adjective	freak
insult-after-adjective	witch
insult-after-adjective	slag
insult-after-adjective	slob
insult-after-adjective	loser
insult-after-adjective	idiot
a-article	a
a-article	such a
bunch-adjective	useless
bunch-adjective	thick
bunch-adjective	stupid
bunch-adjective	pathetic
so-insult	ugly
so-insult	fat
so-insult	thick
so-insult	dumb
so-insult	pathetic
so-insult	disgusting
so-insult	worthless
so-insult	useless
so-insult	annoying
so-insult	brainless
literally	literally
literally	actually
literally	honestly
literally	seriously
superlative-insult	dumbest
superlative-insult	stupidest
superlative-insult	ugliest
superlative-insult	thickest
superlative-insult	most pathetic
superlative-insult	most useless
superlative-insult	most annoying
superlative-insult	most disgusting
superlative-insult	biggest idiot
superlative-insult	biggest loser
superlative-insult	biggest moron
superlative-insult	biggest joke
are-all	are
are-all	are all
are-all	are just
should-be	should be
should-be	should all be
should-be	need to be
should-be	deserve to be
group-harm	shot
group-harm	killed
group-harm	hanged
group-harm	gassed
group-harm	exterminated
group-harm	wiped out
group-harm	burned
group-harm	lynched
group-harm	sterilised
group-harm	deported
group-harm	kicked out
group-harm	put down
group-insult	terrorists
group-insult	rapists
group-insult	paedophiles
group-insult	pedophiles
group-insult	criminals
group-insult	animals
group-insult	vermin
group-insult	savages
group-insult	subhuman
group-insult	scum
group-insult	filth
group-insult	parasites
group-insult	cockroaches
group-insult	disgusting
group-insult	evil
group-insult	inferior
group-insult	a disease
group-insult	a cancer
group-insult	mentally ill
group-insult	abominations
group-insult	freaks
group-insult	perverts
group-insult	degenerates
group-insult	groomers
group-insult	not human
group-insult	not welcome here
sex-group-insult	inferior
sex-group-insult	subhuman
sex-group-insult	scum
sex-group-insult	vermin
sex-group-insult	parasites
sex-group-insult	rapists
sex-group-insult	paedophiles
sex-group-insult	pedophiles
sex-group-insult	evil
sex-group-insult	worthless
sex-group-insult	not human
sex-group-insult	a disease
sex-group-insult	a cancer
religion-group	muslims
religion-group	moslems
religion-group	jews
religion-group	hindus
religion-group	sikhs
religion-group	christians
religion-group	catholics
race-group	blacks
race-group	black people
race-group	white people
race-group	asians
race-group	asian people
race-group	immigrants
race-group	migrants
race-group	refugees
race-group	asylum seekers
race-group	foreigners
race-group	gypsies
race-group	africans
race-group	arabs
race-group	mexicans
race-group	romanians
race-group	pakistanis
orientation-group	gays
orientation-group	gay people
orientation-group	lesbians
orientation-group	homosexuals
orientation-group	bisexuals
orientation-group	queers
trans-group	trans people
trans-group	trans women
trans-group	trans men
trans-group	transgenders
trans-group	transgender people
trans-group	trannies
sex-group	women
sex-group	girls
sex-group	females
sex-group	men
sex-group	males
disability-group	disabled people
disability-group	the disabled
disability-group	autistic people
disability-group	autists
disability-group	cripples
disability-group	the mentally ill
really	really
really	truly
really	absolutely
really	utterly
really	genuinely
really	just
you-are-insult	vile
you-are-insult	disgusting
you-are-insult	repulsive
you-are-insult	revolting
you-are-insult	pathetic
you-are-insult	worthless
you-are-insult	scum
you-are-insult	trash
you-are-insult	garbage
you-are-insult	spineless
you-are-insult	brainless
you-are-insult	braindead
you-are-insult	brain dead
all	all
the	the
harm-imperative	kill
harm-imperative	gas
harm-imperative	deport
harm-imperative	exterminate
harm-imperative	nuke
harm-imperative	lynch
group-insult	a burden
group-insult	a drain on society
group-insult	worthless
what-a-insult	loser
what-a-insult	muppet
what-a-insult	prat
what-a-insult	knob
what-a-insult	plonker
what-a-insult	pillock
what-a-insult	melt
what-a-insult	weirdo
what-a-insult	creep
what-a-insult	saddo
what-a-insult	nonce
what-a-insult	div
what-a-insult	clown
body-part	legs
body-part	neck
body-part	face
body-part	jaw
body-part	head
body-part	teeth
body-part	skull
body-part	nose
deserve-harm	punched
deserve-harm	punched in the face
deserve-harm	shot
deserve-harm	stabbed
deserve-harm	beaten
deserve-harm	beaten up
deserve-harm	killed
deserve-harm	hanged
deserve-harm	hung
deserve-harm	put down
deserve-harm	tortured
dumb-superlative	dumbest
dumb-superlative	stupidest
dumb-superlative	most idiotic
dumb-superlative	most braindead
dumb-superlative	thickest
dumb-superlative	braindead
dumb-superlative	brain dead
take-noun	take
take-noun	tweet
take-noun	opinion
take-noun	comment
take-noun	post
take-noun	argument
lick-target	balls
lick-target	arse
lick-target	ass
lick-target	dick
lick-target	cock
lick-target	pussy
lick-target	nuts
harm-body	break
harm-body	smash
harm-body	punch
harm-body	snap
harm-body	kick
harm-body	cave in
vile-adjective	vile
vile-adjective	horrible
vile-adjective	nasty
vile-adjective	despicable
vile-adjective	disgusting
vile-adjective	pathetic
vile-adjective	evil
vile-adjective	repulsive
human-being	human being
human-being	person
human-being	excuse for a human being
political-group	liberals
political-group	libs
political-group	lefties
political-group	leftists
political-group	socialists
political-group	conservatives
political-group	tories
political-group	tory voters
political-group	labour voters
political-group	brexiteers
political-group	remainers
political-group	remoaners
political-group	democrats
political-group	republicans
political-group	trump supporters
political-insult	scum
political-insult	vermin
political-insult	a disease
political-insult	a cancer
political-insult	parasites
political-insult	traitors
political-insult	filth
political-insult	subhuman
political-insult	cockroaches
political-insult	braindead
political-insult	evil
political-insult	the enemy of the people
political-insult	crazy
political-insult	nuts
political-insult	kookoo
political-insult	loons
political-insult	loonies
political-insult	lunatics
political-insult	thugs
political-insult	pathetic
control-target	the media
control-target	the banks
control-target	the world
control-target	everything
religion-name	islam
religion-name	judaism
religion-name	christianity
religion-name	hinduism
religion-name	sikhism
religion-insult	a cancer
religion-insult	a disease
religion-insult	a virus
religion-insult	a plague
religion-insult	a death cult
religion-insult	evil
religion-insult	a religion of hate
senile-target	fool
senile-target	bat
senile-target	codger
senile-target	man
senile-target	woman
senile-target	goat
senile-target	idiot
senile-target	git
make-sandwich	make me a sandwich
make-sandwich	go make me a sandwich
make-sandwich	get in the kitchen and make me a sandwich
sandwich-target	love
sandwich-target	woman
sandwich-target	bitch
sandwich-target	sweetheart
sandwich-target	darling
deserves	deserves
deserves	deserve
good-harm	kicking
good-harm	hiding
good-harm	beating
good-harm	slap
good-harm	slapping
good-harm	punch
good-harm	battering
good-harm	smack
glass-threat	you'll get glassed
glass-threat	you will get glassed
glass-threat	i'll glass you
glass-threat	i will glass you
glass-threat	gonna glass you
glass-threat	going to glass you
glass-threat	get glassed
should-harm	stab
should-harm	kill
should-harm	murder
should-harm	batter
should-harm	knife
should-harm	shoot
should-harm	lynch
him-her	him
him-her	her
him-her	them
him-her	you
they-he-she	they
they-he-she	he
they-he-she	she
they-he-she	you
they-he-she	them all
lethal-harm	shot
lethal-harm	killed
lethal-harm	gassed
lethal-harm	hanged
lethal-harm	exterminated
lethal-harm	lynched
lethal-harm	put down
lethal-harm	strung up
lethal-harm	stabbed
group-harm	locked up
group-harm	executed
group-harm	banned
group-insult	a drain
control-target	hollywood
control-target	the government
all-these-insult	terrorists
all-these-insult	criminals
all-these-insult	rapists
all-these-insult	paedophiles
all-these-insult	animals
all-these-insult	vermin
all-these-insult	scum
all-these-insult	savages
all-these-insult	parasites
insult-noun-more	hypocrite
insult-noun-more	nutjob
insult-noun-more	nutcase
insult-noun-more	degenerate
insult-noun-more	sack of shit
insult-noun-more	lying sack of shit
insult-noun-more	joke of a human
insult-noun-more	joke of a human being
he-she-is	this woman is
he-she-is	this man is
he-she-insult	nutjob
he-she-insult	nutcase
he-she-insult	hypocrite
he-she-insult	joke of a human being
you-are-insult	delusional
you-are-insult	clueless
you-are-insult	thick as shit
you-are-insult	a waste of space
political-insult	mentally ill
political-insult	brain dead
political-insult	brainwashed
political-insult	morons
political-insult	idiots
political-insult	retarded
sex-group-insult	so stupid
sex-group-insult	stupid
sex-group-insult	useless
sex-group-insult	thick
i-will	i'd
i-will	i would
snowflake-lead	lefty
snowflake-lead	liberal
snowflake-lead	woke
snowflake-lead	triggered
snowflake-lead	pathetic
snowflake-lead	crying
hole	whatever hole
hole	your hole
hole	the hole
hole	the sewer
mummy	mommy
mummy	mummy
mummy	mum
mummy	mom
mummy	mam
mummy	mama
mummy	momma
snowflake	snowflake
snowflake	snowflakes
excuse-lead	pathetic
excuse-lead	sorry
excuse-lead	poor
excuse-lead	miserable
human-being-noun	man
human-being-noun	woman
human-being-noun	person
human-being-noun	father
human-being-noun	dad
human-being-noun	mother
human-being-noun	bloke
dehumanising	brain dead
dehumanising	braindead
he-she-intensifier	complete
he-she-intensifier	absolute
he-she-intensifier	total
he-she-intensifier	lying
this-country	this country
this-country	our country
this-country	britain
an-article	an
an-article	such an
vowel-intensifier	absolute
vowel-intensifier	utter
vowel-insult-noun	idiot
vowel-insult-noun	imbecile
vowel-insult-noun	arsehole
vowel-insult-noun	asshole
vowel-insult-noun	embarrassment
family-member	mom
family-member	mum
family-member	mam
family-member	mother
family-member	dad
family-member	father
family-member	kids
family-member	children
family-member	wife
family-member	husband
family-member	son
family-member	daughter
family-member	nan
family-member	gran
family-member	baby
dirty-target	jew
dirty-target	jews
dirty-target	muslim
dirty-target	muslims
dirty-target	arab
dirty-target	arabs
dirty-target	immigrant
dirty-target	immigrants
dirty-target	gypsy
dirty-target	gypsies
dirty-target	paki
dirty-target	pakis
you-gonna	you gonna
you-gonna	you're gonna
you-gonna	youre gonna
you-gonna	you are gonna
you-gonna	you're going to
you-gonna	you will
you-gonna	you'll
you-gonna	ur gonna
you-gonna	u gonna
shot-harm	shot
shot-harm	stabbed
shot-harm	merked
shot-harm	bodied
shot-harm	knifed
yo-mama	yo mama
yo-mama	yo momma
yo-mama	yo mamma
yo-mama	your mama
yo-mama	your momma
yo-mama	yo mum
yo-mama-insult	so fat
yo-mama-insult	so ugly
yo-mama-insult	so stupid
yo-mama-insult	so dumb
yo-mama-insult	so poor
insult-noun-more	nazi
insult-noun-more	fascist
insult-noun-more	bigot
insult-noun-more	psycho
insult-noun-more	lunatic
insult-noun-more	nutter
what-a-insult	psycho
what-a-insult	bigot
what-a-insult	nutter
what-a-insult	lunatic
you-are-insult	irrelevant
you-are-insult	mentally unwell
you-are-insult	unhinged
you-are-insult	deranged
you-are-insult	psychotic
fat-noun	whale
fat-noun	heifer
fat-noun	lard
fat-noun	blob
fat-noun	lump
fat-noun	pig
fat-noun	cow
fat-noun	slob
show-us	show us your
show-us	show me your
show-us	get your
show-us	flash your
show-us	flash us your
private-part	boobs
private-part	tits
private-part	titties
private-part	knockers
private-part	fanny
private-part	cock
private-part	dick
scum-lead	scouse
scum-lead	scouser
scum-lead	manc
scum-lead	tory
scum-lead	tories
scum-lead	labour
scum-lead	lefty
scum-lead	leftie
scum-lead	commie
scum-lead	woke
scum-lead	remoaner
scum-lead	brexiteer
scum-lead	corrupt
scum-lead	pikey
scum-lead	chav
hope-subject	you get
hope-subject	u get
hope-subject	he gets
hope-subject	she gets
hope-subject	they get
hope-subject	your mum gets
hope-subject	your kids get
hope-harm	run over
hope-harm	hit by a bus
hope-harm	cancer
hope-harm	raped
hope-harm	stabbed
hope-harm	shot
hope-harm	aids
opinion-scorn	your opinion is worthless
opinion-scorn	your opinion is irrelevant
opinion-scorn	nobody cares about your opinion
opinion-scorn	no one cares about your opinion
opinion-scorn	nobody cares about your stupid opinion
opinion-scorn	no one cares about your stupid opinion
opinion-scorn	nobody cares what you think
opinion-scorn	no one cares what you think
opinion-scorn	your stupid opinion
would-i	i'd
would-i	i would
would-i	id
would-i	i'd totally
would-i	i would totally
everyone	everyone
everyone	everybody
everyone	literally everyone
everyone	the whole school
everyone	the whole class
at-place	at school
at-place	at work
at-place	here
at-place	in class
at-place	in this group
favour-harm	jump
favour-harm	die
favour-harm	kill yourself
favour-harm	disappear
favour-harm	drop dead
favour-harm	off yourself
favour-harm	end it
favour-harm	hang yourself
fat-ugly-noun	loser
fat-ugly-noun	pig
fat-ugly-noun	bitch
fat-ugly-noun	slag
fat-ugly-noun	bastard
fat-ugly-noun	freak
fat-ugly-noun	mess
fat-ugly-noun	slob
fat-ugly	fat ugly
fat-ugly	ugly fat
shouldnt	shouldn't
shouldnt	should not
allowed-target	vote
allowed-target	work
allowed-target	drive
allowed-target	marry
allowed-target	adopt
allowed-target	have kids
allowed-target	breed
allowed-target	exist
age-group	old people
age-group	boomers
age-group	pensioners
age-group	the elderly
age-group	oldies
age-group	old folk
age-group	old cunts
should-die	should just die
should-die	should die
should-die	need to die
should-die	need to die off
should-die	should die off
should-die	should be put down
should-die	should all die
body-group	fat people
body-group	fatties
body-group	obese people
body-group	ugly people
sex-group-insult	property
sex-group-insult	objects
sex-group-insult	only good for sex
rip-part	head
rip-part	face
rip-part	arms
rip-part	balls
rip-part	tongue
insult-noun	div
intensifier	proper
you-have	you've got
you-have	you have
you-have	u have
you-have	youve got
you-have	you got
you-have	he's got
you-have	she's got
iq-brain	iq
iq-brain	brain
iq-brain	brains
iq-brain	intelligence
iq-brain	brain cells
dumb-object	potato
dumb-object	goldfish
dumb-object	carrot
dumb-object	rock
dumb-object	brick
dumb-object	plank
dumb-object	sheep
dumb-object	peanut
dumb-object	toddler
dumb-object	lettuce
insult-noun-more	paedophile
insult-noun-more	pedophile
insult-noun-more	paedo
insult-noun-more	rapist
insult-noun-more	groomer
insult-noun-more	child molester
insult-noun-more	incel
insult-noun-more	virgin
scum-lead	nazi
scum-lead	fascist
scum-lead	racist
scum-lead	immigrant
scum-lead	terrorist
sad-little	man
sad-little	boy
sad-little	virgin
sad-little	loser
sad-little	incel
sad-little	troll
sad-little	person
witch-lead	nasty
witch-lead	vile
witch-lead	you
lethal-harm	stoned
insult-noun-more	tramp
his-her	his
his-her	her
his-her	their
his-her	your
him-her-only	him
him-her-only	her
group-insult	thieves
group-insult	scroungers
group-insult	thugs
group-insult	invaders
group-insult	liars
group-insult	dirty
group-insult	filthy
group-insult	lazy
group-insult	a plague
group-insult	rats
behind-target	everything
behind-target	all of it
behind-target	it all
behind-target	the wars
behind-target	all the wars
behind-target	the twin towers
behind-target	nine eleven
behind-target	covid
behind-target	the pandemic
behind-target	the banks
of-a-insult	muppet
of-a-insult	clown
of-a-insult	idiot
of-a-insult	moron
of-a-insult	prat
of-a-insult	numpty
of-a-insult	plonker
of-a-insult	pillock
of-a-insult	twat
of-a-insult	disgrace
of-a-insult	joke
of-a-insult	embarrassment
of-a-insult	waste of space
of-a-insult	dickhead
of-a-insult	knobhead
of-a-insult	bellend
of-a-person	referee
of-a-person	ref
of-a-person	man
of-a-person	woman
of-a-person	manager
of-a-person	boss
of-a-person	person
of-a-person	human
of-a-person	human being
of-a-person	player
of-a-person	prime minister
of-a-person	politician
of-a-person	husband
of-a-person	wife
of-a-person	boyfriend
of-a-person	girlfriend
of-a-person	goalkeeper
of-a-person	keeper
of-a-person	striker
of-a-person	driver
of-a-person	teacher
of-a-person	tutor
of-a-person	footballer
of-a-person	mp
of-a-person	leader
of-a-person	president
being-gay	being gay
being-gay	being homosexual
being-gay	being lesbian
being-gay	being bisexual
being-gay	homosexuality
being-trans	being trans
being-trans	being transgender
being-trans	transgenderism
being-trans	transgender
being-trans	trans
identity-illness	mental illness
identity-illness	mental disorder
identity-illness	disease
identity-illness	sickness
identity-illness	perversion
identity-illness	abomination
dumbest	dumbest
dumbest	stupidest
dumbest	thickest
i-have	i've
i-have	ive
i-have	i have
read-heard	read
read-heard	heard
read-heard	seen
stupid-adjective	stupid
stupid-adjective	thick
stupid-adjective	dumb
stupid-adjective	dense
stupid-adjective	ignorant
stupid-adjective	gormless
really-adverb	really
really-adverb	actually
really-adverb	honestly
really-adverb	seriously
bunch-lead	what a
bunch-lead	such a
bunch-lead	you're a
bunch-lead	you are a
bunch-lead	ur a
bunch-lead	you lot are a
bunch-lead	they're a
bunch-lead	they are a
perv-noun	perv
perv-noun	pervert
perv-noun	creep
perv-noun	nonce
perv-noun	weirdo
perv-noun	paedo
perv-adjective	creepy
perv-adjective	dirty
perv-adjective	old
perv-adjective	filthy
perv-adjective	sick
insult-adjective	braindead
insult-adjective	brain dead
insult-adjective	gormless
what-a-insult	pussy
old-insult	bag
old-insult	git
old-insult	fart
old-insult	bat
old-insult	crone
old-insult	witch
old-insult	codger
political-group	antifa
political-group	maga
political-group	maga supporters
political-group	the left
political-group	the right
political-insult	terrorists
political-insult	domestic terrorists
political-insult	sheep
political-insult	mentally unstable
political-insult	commies
political-insult	nazis
political-insult	fascists
political-insult	thick
political-insult	stupid
political-insult	thick as mince
social-group	feminists
social-group	vegans
social-group	cyclists
social-group	drivers
social-group	millennials
social-group	zoomers
social-group	influencers
social-group	youtubers
social-group	tiktokers
social-group	gamers
social-group	incels
social-group	teachers
social-group	students
social-group	learners
social-group	apprentices
social-group	assessors
social-group	managers
social-group	landlords
social-group	bankers
social-group	lawyers
social-group	politicians
social-group	journalists
social-group	footballers
social-group	celebrities
social-group	tourists
social-group	scousers
social-group	northerners
social-group	southerners
social-group	cockneys
social-group	geordies
social-group	brummies
social-group	mancunians
social-group	londoners
social-group	chavs
social-group	coppers
social-group	cops
social-group	nurses
social-group	doctors
social-group	fans
social-group	supporters
social-group	referees
social-group	gen z
social-group	posh people
social-group	rich people
social-group	poor people
social-group	the police
social-group	social workers
social-group	council workers
social-group	civil servants
social-group	benefit claimants
social-insult	scum
social-insult	vermin
social-insult	parasites
social-insult	subhuman
social-insult	a cancer
social-insult	a disease
social-insult	filth
social-insult	morons
social-insult	idiots
social-insult	imbeciles
social-insult	cretins
social-insult	losers
social-insult	pathetic
social-insult	disgusting
social-insult	worthless
social-insult	thick
social-insult	braindead
social-insult	brain dead
social-insult	stupid
social-insult	dumb
social-insult	lazy
social-insult	scroungers
social-insult	leeches
social-insult	cockroaches
social-insult	thieves
social-insult	ugly
social-insult	a waste of space
social-insult	a waste of oxygen
social-insult	inbred
social-insult	sheep
social-insult	retards
social-insult	the dumbest
social-insult	the stupidest
social-insult	the thickest
social-insult	the scum of the earth
social-adjective	pathetic
social-adjective	disgusting
social-adjective	thick
social-adjective	stupid
social-adjective	dumb
social-adjective	lazy
social-adjective	ugly
social-adjective	useless
social-adjective	worthless
social-adjective	braindead
social-adjective	entitled
what-a-insult	hypocrite
what-a-an	what a
what-a-an	what an
legs-subject	your mum
legs-subject	your mother
legs-subject	she
legs-subject	her mum
legs-subject	her mother
legs-subject	his mum
legs-subject	his mother
legs-subject	ur mum
legs-subject	ya mum
legs-should	should have
legs-should	should've
legs-should	shoulda
legs-should	should of
legs-owner	her
legs-owner	their
what-a-adjective	clueless
what-a-adjective	useless
what-a-adjective	pathetic
what-a-adjective	stupid
what-a-adjective	absolute
what-a-adjective	complete
what-a-adjective	utter
what-a-adjective	total
what-a-adjective	massive
what-a-adjective	fucking
what-a-adjective	brainless
what-a-adjective	spineless
cry-target	snowflake
cry-target	snowflakes
cry-target	lib
cry-target	libs
cry-target	loser
cry-target	losers
cry-target	baby
cry-target	noob
coward-word	coward
coward-word	sellout
coward-word	hypocrite
slap-need	needs
slap-need	need
slap-need	deserves
slap-need	deserve
punch-target	him
punch-target	her
punch-target	you
punch-target	them
punch-target	u
hang-subject	they
hang-subject	he
hang-subject	she
hang-subject	traitors
hang-subject	and
hang-subject	all
your-family	your family
your-family	ur family
your-family	your mum
your-family	ur mum
your-family	your mam
your-family	your kids
your-family	ur kids
your-family	your children
race-group	whites
race-group	polish people
race-group	somalis
race-group	nigerians
race-group	eastern europeans
race-group	illegal immigrants
race-group	travellers
religion-group	jewish people
religion-group	muslim people
religion-group	the jews
religion-group	the muslims
orientation-group	the gays
orientation-group	gay men
orientation-group	lgbt people
orientation-group	lgbtq people
group-insult	greedy
group-insult	violent
group-insult	naturally violent
group-insult	pickpockets
group-insult	the devil
group-insult	useless
group-insult	backward
group-insult	primitive
group-insult	grooming our kids
group-insult	predators
group-harm	thrown off buildings
group-harm	stoned
group-harm	castrated
group-harm	sent back
dirty-target	foreigners
dirty-target	foreigner
dirty-target	refugees
dirty-target	asylum seekers
dirty-target	migrants
dirty-target	travellers
out-group	immigrants
out-group	migrants
out-group	refugees
out-group	asylum seekers
out-group	foreigners
out-group	illegal immigrants
out-group	pakis
out-group	blacks
age-insult	useless
age-insult	a burden
age-insult	a drain on society
age-insult	parasites
age-insult	worthless
age-insult	disgusting
age-insult	a waste of space
age-insult	senile
left-relative	dad
left-relative	mum
left-relative	mam
left-relative	husband
left-relative	wife
left-relative	boyfriend
left-relative	girlfriend
left-relative	missus
left-relative	fella
he-she-only	he
he-she-only	she
hang-end	up
hang-end	out
hang-end	on
hang-end	around
hang-end	in
hang-end	it
hang-end	the
hang-end	them up
hang-end	a
hang-end	onto
hang-end	back
hang-end	about
hang-end	loose
hang-end	together
hang-end	over
hang-end	off
hang-end	from
hang-end	there
hang-end	here
hang-end	for a
hang-end	with
hang-end	straight
hang-end	level
hang-end	an
hang-end	some
hang-end	this
hang-end	that
hang-end	these
hang-end	those
hang-end	our
hang-end	your
hang-end	his
hang-end	her
hang-end	their
hang-end	my
hang-end	pictures
hang-end	posters
hang-end	bunting
hang-end	decorations
hang-end	artwork
hang-end	coats
hang-end	washing
hang-end	lights
slap-end	bracelet
slap-end	bracelets
slap-end	band
slap-end	bands
slap-end	on the back
slap-end	of paint
slap-end	up meal
slap-end	up dinner
slap-end	and tickle
man-follower	i
man-follower	who
man-follower	from
man-follower	that
man-follower	in
man-follower	on
man-follower	at
man-follower	we
man-follower	you
man-follower	she
man-follower	with
go-home-end	for
go-home-end	to
go-home-end	after
go-home-end	at
go-home-end	early
go-home-end	safely
go-home-end	on
go-home-end	from
go-home-end	tonight
go-home-end	today
go-home-end	and
out-end	of
out-end	in
out-end	there
out-end	at
out-end	on
out-end	and about
out-end	for
out-end	now
out-end	tonight
out-end	today
out-end	with
drive-end	the
drive-end	a
drive-end	an
drive-end	without
drive-end	until
drive-end	for
drive-end	on
drive-end	in
drive-end	yet
drive-end	because
drive-end	after
drive-end	under
drive-end	with
hired-subject	he's
hired-subject	she's
hired-subject	he is
hired-subject	she is
hired-subject	they're
hired-subject	they are
hired-subject	you're
hired-subject	you are
hired-race	black
hired-race	asian
hired-race	brown
hired-race	foreign
hired-race	an immigrant
hired-sex	a woman
hired-sex	a girl
hired-sex	female
pic-of	pic of your
pic-of	pics of your
pic-of	picture of your
pic-of	pictures of your
pic-of	photo of your
pic-of	photos of your
pic-of	nudes of your
cow-adjective	dozy
cow-adjective	silly
cow-adjective	daft
cow-adjective	horrible
cow-adjective	evil
cow-adjective	thick
scum-lead	lowlife
superlative-insult	most stupid
superlative-insult	most idiotic
superlative-insult	most brainless
broad-adjective	dumb
broad-adjective	stupid
broad-adjective	crazy
broad-adjective	fat
broad-adjective	ugly
group-insult	the problem
group-insult	the enemy
private-part	knickers
show-us	flash me your
worship-place	mosque
worship-place	mosques
worship-place	synagogue
worship-place	synagogues
worship-place	gurdwara
worship-place	temple
worship-place	church
worship-place	churches
insult-adjective	hypocritical
insult-adjective	lying
insult-adjective	worthless
insult-adjective	useless
insult-adjective	racist
insult-adjective	sexist
piece-of-noun	shit
piece-of-noun	crap
piece-of-noun	garbage
piece-of-noun	trash
piece-of-noun	filth
piece-of-noun	scum
and-a-insult	criminal
and-a-insult	liar
and-a-insult	fraud
and-a-insult	conman
and-a-insult	con man
and-a-insult	cheat
and-a-insult	crook
and-a-insult	thief
and-a-insult	hypocrite
and-a-insult	traitor
and-a-insult	racist
and-a-insult	bigot
and-a-insult	idiot
and-a-insult	moron
and-a-insult	coward
and-a-insult	bully
and-a-insult	creep
and-a-insult	pervert
and-a-insult	scumbag
sick-noun	individual
sick-noun	puppy
sick-noun	freak
sick-noun	bastard
sick-noun	fuck
sick-noun	pervert
sick-noun	creep
a-an	a
a-an	an
go-away-insult	troll
go-away-insult	loser
go-away-insult	creep
go-away-insult	weirdo
go-away-insult	idiot
go-away-insult	moron
go-away-insult	muppet
go-away-insult	freak
he-she-insult	sex pest
he-she-insult	pervert
he-she-insult	creep
insult-after-article	spanner
insult-after-article	plank
insult-after-article	mug
insult-after-article	nob
insult-after-article	plum
insult-after-article	scrubber
insult-after-article	wet wipe
insult-after-article	lump
he-she-intensifier	right
he-she-intensifier	proper
he-she-insult	plank
he-she-insult	spanner
he-she-insult	nob
he-she-insult	scrubber
he-she-insult	bellend
he-she-insult	knob
insult-noun	waste of a life
cow-adjective	nosy
cow-adjective	miserable
cow-adjective	mad
scum-lead	vile
scum-lead	heartless
scum-lead	evil
scum-lead	disgusting
scum-lead	filthy
want-to	want to
want-to	wanna
want-to	gonna
want-to	going to
your-mum	your mum's
your-mum	your mom's
your-mum	your mum is
your-mum	your mom is
dumb-object	rocking horse
dumb-object	doorknob
dumb-object	gnat
girl-verb	throw
girl-verb	throws
girl-verb	cry
girl-verb	cries
girl-verb	crying
girl-verb	scream
girl-verb	screams
girl-verb	screaming
girl-verb	dive
girl-verb	dives
girl-verb	diving
girl-verb	fight
girl-verb	fights
girl-verb	punch
girl-verb	punches
girl-verb	whinge
girl-verb	whinging
girl-verb	moan
girl-verb	moaning
insult-plural	terrorists
insult-plural	domestic terrorists
insult-plural	savages
insult-plural	degenerates
insult-plural	perverts
insult-plural	lunatics
insult-plural	loons
insult-plural	nazis
insult-plural	fascists
insult-plural	commies
insult-plural	traitors
insult-plural	liars
insult-plural	crooks
insult-plural	criminals
you-are-insult	mentally deficient
slimy-noun	weasel
slimy-noun	toad
slimy-noun	rat
slimy-noun	snake
slimy-noun	git
slimy-noun	creep
slimy-noun	bastard
slimy-noun	toerag
snowflake-lead	leftie
snowflake-lead	remoaner
need-to	need to
need-to	needs to
need-to	should
need-to	ought to
need-to	wants to
little	little
cow-adjective	lazy
cow-adjective	stuck up
