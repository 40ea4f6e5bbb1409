# Word classes that offensive.phrases templates name: `{you}` in a term stands for any member, `{you?}` for one or none.
@format postcheck-lexicon 1
@name offensive.phrase-classes
@version 2026.12.02
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
