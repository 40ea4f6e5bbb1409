# Threats, incitement to self-harm, harassment and insults that are phrases rather than words.
@format postcheck-lexicon 1
@name offensive.phrases
@version 2026.12.07
@source Written for postcheck
@licence CC0-1.0
@description A word or phrase (folded; `{class}` and `{class?}` stand for any member, or one or none, of a class of offensive.phrase-classes), its category (profanity, sexual, slur, insult, harassment, threat), severity (low, medium, high), the protected characteristic (Equality Act 2010) a slur or harassment targets (or -), and phrases it does not count inside, separated by | (or -), which may name classes too. Examples: posts in which the entry must (or must not) be found.
@columns term category severity characteristic not-when
kill yourself	threat	high	-	-
+ just go and kill yourself
+ k*ll yourself
+ k1ll yourself
+ KILL YOURSELF
kill urself	threat	high	-	-
+ kill urself
kys	threat	high	-	-
+ kys loser
neck yourself	threat	high	-	-
hang yourself	threat	high	-	-
slit your wrists	threat	high	-	-
drink bleach	threat	high	-	-
i will kill you	threat	high	-	-
i'll kill you	threat	high	-	-
+ I’ll kill you
i'm going to kill you	threat	high	-	-
im going to kill you	threat	high	-	-
gonna kill you	threat	high	-	-
i know where you live	threat	high	-	-
watch your back	threat	medium	-	watch your back when|watch your back while|watch your back posture|watch your back and knees
+ watch your back
- watch your back when lifting boxes
i hope you die	threat	high	-	-
hope you die	threat	high	-	-
die in a fire	threat	high	-	-
you should die	threat	high	-	-
someone should shoot you	threat	high	-	-
i'll find you	threat	medium	-	i'll find you a|i'll find you an|i'll find you one|i'll find you some|i'll find you the|i'll find you something|i'll find you it|i'll find you later
+ don't worry, I'll find you
- I'll find you a parking space
- I'll find you the form after lunch
kick your head in	threat	high	-	-
smash your face in	threat	high	-	-
beat you up	threat	high	-	-
go back to where you came from	harassment	high	race	-
+ Go back to where you came from!
+ go b a c k to where you came from
go back to your own country	harassment	high	race	-
go back to your country	harassment	high	race	-
nobody likes you	harassment	medium	-	-
+ n*body likes you
no one likes you	harassment	medium	-	-
everyone hates you	harassment	medium	-	-
shut your mouth	harassment	medium	-	-
nobody asked for your opinion	harassment	low	-	-
+ nobody asked for your opinion you clown
- nobody asked for your lunch order yet
you people are the reason	harassment	medium	-	thank you people are the reason
+ you people are the reason this country is going downhill
- thank you people are the reason we do this
f off	profanity	medium	-	-
+ F off
+ oh just f off will you
shut up	harassment	low	-	-
you're a disgrace	insult	medium	-	-
+ you're a disgrace to the profession
+ you’re a disgrace
you are a disgrace	insult	medium	-	-
youre a disgrace	insult	medium	-	-
ur a disgrace	insult	medium	-	-
you're pathetic	insult	medium	-	-
you are pathetic	insult	medium	-	-
you're worthless	insult	medium	-	-
you are worthless	insult	medium	-	-
you're useless	insult	medium	-	-
you are useless	insult	medium	-	-
you're so stupid	insult	medium	-	-
you are so stupid	insult	medium	-	-
you're an idiot	insult	medium	-	-
you idiot	insult	medium	-	-
you moron	insult	medium	-	-
you loser	insult	medium	-	-
waste of space	insult	medium	-	-
waste of oxygen	insult	medium	-	-
you're ugly	insult	medium	-	-
fat cow	insult	medium	-	-
stupid cow	insult	medium	sex	-
silly old fool	insult	low	age	-
ok boomer	insult	low	age	-
you're an embarrassment	insult	medium	-	-
+ honestly you're an embarrassment to the team
you're a clown	insult	low	-	-
you're trash	insult	medium	-	-
you're scum	insult	high	-	-
you're disgusting	insult	medium	-	-
you're a waste of space	insult	medium	-	-
you're a loser	insult	medium	-	-
you are an embarrassment	insult	medium	-	-
you are a clown	insult	low	-	-
you are trash	insult	medium	-	-
you are scum	insult	high	-	-
you are disgusting	insult	medium	-	-
you are a waste of space	insult	medium	-	-
you are ugly	insult	medium	-	-
you are a loser	insult	medium	-	-
youre an embarrassment	insult	medium	-	-
youre a clown	insult	low	-	-
youre trash	insult	medium	-	-
youre scum	insult	high	-	-
youre disgusting	insult	medium	-	-
youre pathetic	insult	medium	-	-
youre worthless	insult	medium	-	-
youre useless	insult	medium	-	-
youre so stupid	insult	medium	-	-
youre a waste of space	insult	medium	-	-
youre ugly	insult	medium	-	-
youre a loser	insult	medium	-	-
ur an embarrassment	insult	medium	-	-
ur a clown	insult	low	-	-
ur trash	insult	medium	-	-
ur scum	insult	high	-	-
ur disgusting	insult	medium	-	-
ur pathetic	insult	medium	-	-
ur worthless	insult	medium	-	-
ur useless	insult	medium	-	-
ur so stupid	insult	medium	-	-
ur a waste of space	insult	medium	-	-
ur ugly	insult	medium	-	-
ur a loser	insult	medium	-	-
you make me sick	insult	medium	-	-
nobody asked you	harassment	low	-	-
go to hell	harassment	medium	-	-
rot in hell	threat	high	-	-
burn in hell	threat	high	-	-
i hope you get cancer	threat	high	-	-
hope you get cancer	threat	high	-	-
go and die	threat	high	-	-
jump off a bridge	threat	high	-	-
go jump off a bridge	threat	high	-	-
disgusting human being	insult	high	-	-
piece of crap	insult	medium	-	-
pathetic loser	insult	medium	-	-
what an idiot	insult	medium	-	-
complete idiot	insult	medium	-	-
absolute idiot	insult	medium	-	-
useless idiot	insult	medium	-	-
stupid bitch	insult	high	-	-
dumb bitch	insult	high	-	-
i'll batter you	threat	high	-	-
i will batter you	threat	high	-	-
and you'll regret it	threat	medium	-	-
+ do that again and you'll regret it
- don't miss the deadline, you'll regret it
you will regret this	threat	medium	-	-
we know where you work	threat	high	-	-
i'll make your life hell	threat	high	-	-
go back to africa	harassment	high	-	-
{you-bare} {intensifier?} {insult-noun}	insult	medium	-	-
+ you absolute muppet, learn to drive
+ ur fucking idiot
+ you utter parasite
+ you sad act
+ you little weirdo
- the muppets are on at seven
- thank you Wally for the lift
- thank you Cow & Gate for the samples
# "a" goes before every word (people write "a idiot"), "an" only before a vowel: the template spells half as many phrases.
{you-are} {a-article} {intensifier?} {insult-noun}	insult	medium	-	-
+ ur a complete numpty mate
+ You're a complete plonker
+ u are a waste of space
+ you're such a moron
+ you are a total idiot
+ ur a right muppet
- you are such a star
- you are a total legend
- you're right about the timetable
- you don't have to be a failure at maths to find this hard
- you are a star
{you-are} {a-article} {intensifier?} {insult-after-article}	insult	medium	-	you are a traitor to your|you're a traitor to your|youre a traitor to your|ur a traitor to your
- you are a traitor to your tastebuds eating pineapple on pizza
+ you're a fucking joke mate
+ you are a complete clown
+ ur a snake
- you joke about it but it's true
- you pig out every Christmas
{i-will} {harm} {you-object}	threat	high	-	kill you with kindness
+ I'm going to hurt you
+ im gonna stab u
+ I swear I'll end you
- I'll shoot you an email this afternoon
- I'll beat you at chess next time
- I'm going to kill you with kindness
{i-will} find where you live	threat	high	-	-
+ I will find where you live and hurt you
{i-will} find out where you live	threat	high	-	-
+ i'm going to find out where you live
{nobody} {would} miss you	harassment	high	-	nobody would miss you more|nobody will miss you more|no one would miss you more|no one will miss you more|noone would miss you more|noone will miss you more
+ nobody would miss you if you disappeared
+ no one will miss you
- nobody would miss you more than your mum, safe travels
excuse for a human being	insult	medium	-	-
+ what a pathetic excuse for a human being
excuse of a human being	insult	medium	-	-
waste of skin	insult	medium	-	-
+ such a waste of skin honestly
the world would be better without you	harassment	high	-	-
the world would be better off without you	harassment	high	-	-
+ the world would be better off without you in it
do us all a favour and die	threat	high	-	-
do everyone a favour and die	threat	high	-	-
{bunch} of {insult-plural}	insult	medium	-	-
+ what a bunch of idiots
+ shower of wankers the lot of them
- a bunch of us went to the pub
- we hired a bunch of clowns for the kids' party
{group-people} {dehumanising}	harassment	high	-	-
+ you people are animals
+ they're all vermin
- the farm's animals are fed at six
die {you-bare} {insult-noun}	threat	high	-	-
+ die you idiot
die you pig	threat	high	-	-
+ @user die you pig
sad little man	insult	medium	sex	-
+ get a life you sad little man
get a life	harassment	low	-	get a life jacket|get a life jackets|get a life vest|get a life coach|get a life insurance|get a life size|get a life drawing
+ get a life loser
- get a life jacket before the kayak session
ugly cow	insult	medium	sex	-
+ fat ugly cow
hope your house burns down	threat	high	-	-
+ I hope your house burns down
hope you get hit by a bus	threat	high	-	-
hope you get run over	threat	high	-	-
deserve to be raped	threat	high	sex	-
+ you deserve to be raped
should be raped	threat	high	sex	-
hope you get raped	threat	high	sex	-
women belong in the kitchen	harassment	medium	sex	-
+ @user women belong in the kitchen
get back in the kitchen	harassment	medium	sex	-
get out of my country	harassment	high	race	-
+ get out of my country
get out of our country	harassment	high	race	-
{you-bare} {strong-intensifier} {insult-after-article}	insult	medium	-	-
+ you absolute melt
+ you utter clown, sit down
- you absolutely nailed it
- thank you absolute legend
{you-bare} {insult-adjective} {insult-after-adjective}	insult	medium	-	-
+ you fat pig
+ shut up you disgusting creature
+ you ugly rat
- you dirty dancing fans will love this
- are you thick skinned enough for this job
{you-are} so {so-insult}	insult	medium	-	-
+ u r so dumb
+ you're so ugly it hurts to look at you
+ ur so thick
- you're so kind
- you are so annoyingly good at this
{you-are} {literally?} the {superlative-insult}	insult	medium	-	-
+ you are literally the dumbest person on this app
+ you're the biggest idiot i know
- you're the biggest help
{i-will} find you and {harm} you	threat	high	-	-
+ i will find you and hurt you
+ I'll find you and kill you
- I'll find you a seat
{religion-group} {are-all} {group-insult}	harassment	high	religion or belief	-
+ muslims are terrorists
+ Jews are all evil
- Muslims are welcome here
- muslims are not terrorists
- the Jews are a people with a long history
{race-group} {are-all} {group-insult}	harassment	high	race	-
+ immigrants are rapists
+ refugees are vermin
+ black people are animals
- immigrants are welcome here
- refugees are not criminals
{orientation-group} {are-all} {group-insult}	harassment	high	sexual orientation	-
+ gays are disgusting
+ homosexuals are abominations
- gay people are everywhere, get used to it
{trans-group} {are-all} {group-insult}	harassment	high	gender reassignment	-
+ trans women are perverts
+ trans people are mentally ill
- trans people are welcome in our centre
{sex-group} {are-all} {sex-group-insult}	harassment	high	sex	-
+ women are inferior
+ men are all rapists
- women are winning the league this year
- men are welcome to join the walk
- the men are filthy after that rugby match
- the girls are animals on the pitch, so proud
{disability-group} {are-all} {group-insult}	harassment	high	disability	-
+ disabled people are a disease on society
- disabled people are thriving in apprenticeships
{religion-group} {should-be} {group-harm}	threat	high	religion or belief	-
+ muslims should be deported
+ jews should all be gassed
- muslims should be proud of their contribution
{race-group} {should-be} {group-harm}	threat	high	race	-
+ immigrants should be shot
+ refugees need to be kicked out
- migrants should be helped
{orientation-group} {should-be} {group-harm}	threat	high	sexual orientation	-
+ gays should be killed
{trans-group} {should-be} {group-harm}	threat	high	gender reassignment	-
+ trans people should be put down
{sex-group} {should-be} {group-harm}	threat	high	sex	-
+ women should be shot
{disability-group} {should-be} {group-harm}	threat	high	disability	-
+ disabled people should be sterilised
+ the disabled should be put down
{you-are} {a-article} {insult-adjective} {insult-after-adjective}	insult	medium	-	-
+ you're a fat slob
+ you are such a disgusting pig
- you're a dirty-minded genius, I love it
{bunch} of {bunch-adjective} {insult-plural}	insult	medium	-	-
+ what a bunch of useless idiots
+ shower of thick wankers
- a bunch of useless stuff in the loft
pathetic little man	insult	medium	sex	-
+ you pathetic little man
screw you	insult	low	-	screw you in
+ screw you mate
- the bracket will screw you in place
you suck	insult	low	-	-
+ you suck at this game
- thank you sucking up the mess, team
nobody cares what you think	harassment	low	-	-
no one cares what you think	harassment	low	-	-
nobody cares about your opinion	harassment	low	-	-
+ nobody cares about your opinion
no one cares about your opinion	harassment	low	-	-
that's so gay	harassment	low	sexual orientation	that's so gay friendly
+ lol that's so gay
- that's so gay friendly, love this venue
thats so gay	harassment	low	sexual orientation	thats so gay friendly
you deserve to die	threat	high	-	-
+ you deserve to die
i hope your family dies	threat	high	-	-
+ I hope your family dies
hope your family dies	threat	high	-	-
+ hope your family dies lol
hope you all die	threat	high	-	-
+ hope you all die in a fire
{you-are} {really?} {you-are-insult}	insult	medium	-	-
+ @USER you are vile
+ you're absolutely disgusting
+ ur revolting
- you are disgustingly talented
i hope you choke	harassment	high	-	-
+ @USER I hope you choke
hope you choke	harassment	high	-	-
you belong in a zoo	harassment	high	-	-
+ @USER you belong in a zoo
thick as mince	insult	low	-	-
+ @USER you're thick as mince
thick as two short planks	insult	low	-	-
typical woman driver	harassment	medium	sex	-
+ typical woman driver, useless
{harm-imperative} {all?} {the?} {religion-group}	threat	high	religion or belief	-
+ gas the jews
+ kill all muslims
- kill all the weeds
{harm-imperative} {all?} {the?} {race-group}	threat	high	race	-
+ deport all the immigrants
{harm-imperative} {all?} {the?} {orientation-group}	threat	high	sexual orientation	-
+ kill all the gays
{harm-imperative} {all?} {the?} {trans-group}	threat	high	gender reassignment	-
{harm-imperative} {all?} {the?} {sex-group}	threat	high	sex	-
+ kill all men
- shoot the girls' team photo at 3
- hang the women's artwork in the hall
{harm-imperative} {all?} {the?} {disability-group}	threat	high	disability	-
send them back to where they came from	harassment	high	race	-
+ send them back to where they came from
send them back where they came from	harassment	high	race	-
should stay in the kitchen	harassment	medium	sex	-
+ women should stay in the kitchen
nobody wants you here	harassment	medium	-	-
+ nobody wants you here
no one wants you here	harassment	medium	-	-
you pig	insult	medium	-	you pig out|thank you pig
+ you should be ashamed, you pig
- when you pig out on pizza
- thank you pig farmers for the bacon
you cow	insult	medium	-	thank you cow
- Thank you cow farmers for the milk
unalive yourself	threat	high	-	-
+ unalive yourself
go die	harassment	high	-	go die out
+ go die
- let the old rules go die out
go and die	harassment	high	-	-
go f yourself	insult	medium	-	-
+ go f yourself
sod off	profanity	low	-	-
+ sod off
kiss my arse	insult	low	-	-
kiss my ass	insult	low	-	-
+ kiss my ass, seriously
load of bs	profanity	low	-	-
+ what a load of bs
nasty piece of work	insult	low	-	-
+ nasty piece of work
what a {what-a-insult}	insult	medium	-	what a melt in
- what a melt-in-the-mouth brownie
+ lmfao what a loser
+ what a muppet
- what a lovely day
{what-a-an} {what-a-adjective} {what-a-insult}	insult	medium	-	{what-a-an} {what-a-adjective} knob of|{what-a-an} {what-a-adjective} melt in
+ @USER what a clueless muppet, delete your account
+ what an utter pillock
- what a complete surprise, thank you all
- add what a massive knob of butter, the recipe says
- what a complete melt-in-the-mouth brownie
lying little rat	insult	medium	-	-
+ @USER you lying little rat
you lying rat	insult	medium	-	-
{you-bare} {insult-adjective} old {perv-noun}	harassment	medium	-	-
+ @USER you disgusting old pervert
- you filthy old dog, rolling in the mud again
spineless coward	insult	medium	-	-
+ @USER he's a spineless coward and a liar
{legs-subject} {legs-should?} kept {legs-owner} legs shut	harassment	medium	sex	-
+ @USER your mum should have kept her legs shut
+ she should've kept her legs shut
- I kept my legs shut tight on the rollercoaster
dumb as a box of rocks	insult	medium	-	-
+ @USER dumb as a box of rocks
thick as a box of rocks	insult	medium	-	-
dumb as rocks	insult	medium	-	-
sad act	insult	low	-	sad act of
+ @USER sad act
- a sad act of vandalism at the park
get lost {what-a-insult}	insult	medium	-	-
+ get lost loser
- get lost in a good book
{he-she-is} {article} {he-she-insult}	insult	medium	-	-
+ @USER she is a disgrace
+ this guy is such a loser
- she is a star
- he is a total legend
- he's a failure analyst at Rolls-Royce
piece of shit	insult	medium	-	-
+ he's a lying piece of shit
pieces of shit	insult	medium	-	-
+ those pieces of shit
imagine being this {stupid-adjective}	insult	medium	-	-
+ imagine being this stupid lol
+ imagine being this thick
crawl back under your rock	harassment	low	-	-
+ crawl back under your rock
you should be ashamed of yourself	harassment	low	-	-
+ you should be ashamed of yourself
{i-will} {harm-body} your {body-part}	threat	high	-	-
+ I will break your legs
+ im gonna break your jaw
+ I'll punch your teeth in
- I'll break your fall
- I'm going to end your week on a high
{you-bare} deserve to be {deserve-harm}	threat	high	-	-
+ you deserve to be punched in the face
+ u deserve to be shot
- you deserve to be proud
- you deserve to be promoted
{dumb-superlative} {take-noun}	insult	low	-	-
+ this is the dumbest take I have ever seen
+ stupidest tweet of the year
- the dumbest thing I did today was forget my keys
should have swallowed you	sexual	high	-	-
+ your mum should have swallowed you
should've swallowed you	sexual	high	-	-
+ your mum should've swallowed you
lick my {lick-target}	sexual	high	-	-
+ lick my balls
- lick my plate clean
suck my balls	sexual	high	-	-
+ suck my balls
hope you suffer	threat	medium	-	hope you suffer no|hope you suffer less
- hope you suffer no more delays on the train
+ I hope you suffer
- I hope you suffered no damage in the storm
hope your family suffers	threat	high	-	-
+ I hope your family suffers
hope your kids die	threat	high	-	-
+ hope your kids die
hope you rot	harassment	medium	-	-
+ hope you rot in hell
fat pig	insult	medium	-	fat pig roast|fat pig farm|fat pigs roast
+ shut up fat pig
- fat pigs in blankets
fat slob	insult	medium	-	-
+ what a fat slob
useless slob	insult	medium	-	-
+ you fat useless slob
lazy slob	insult	low	-	lazy slob in me
- the lazy slob in me wants to stay in bed
+ lazy slob
{you-are} {a-article} {vile-adjective} {human-being}	insult	medium	-	-
+ you are a vile human being
+ you're a horrible person
+ ur a pathetic excuse for a human being
- you are a lovely person
- you are a good person and a great tutor
find you and {harm-body} your {body-part}	threat	high	-	-
+ I will find you and break your legs
{political-group} {are-all} {political-insult}	harassment	medium	-	{political-group} {are-all} thick on the ground|{political-group} {are-all} thick and fast
+ liberals are a disease
+ tories are vermin
+ Tory voters are thick
- tories are ahead in the polls
- tories are thick on the ground round here
{social-group} {are-all} {social-insult}	insult	medium	-	{social-group} {are-all} thick on the ground|{social-group} {are-all} thick and fast|{social-group} {are-all} thick as thieves
+ all feminists are ugly and bitter
+ cyclists are scum, every single one of them
+ millennials are lazy entitled losers
+ United fans are scum
+ landlords are parasites
+ benefit claimants are all scroungers
+ honestly my learners are just thick
+ gen z are the dumbest generation
+ landlords are the scum of the earth
- feminists are campaigning for equal pay this week
- cyclists are vulnerable road users, give them room
- teachers are striking on Thursday
- tourists are thick on the ground in August
- the fans are thick as thieves with the players
- the police are a joke, they never came
- fans are useful for cooling the room
- students are the best ambassadors we have
- millennials are the largest generation in the workforce
{social-group} are so {social-adjective}	insult	medium	-	-
+ vegans are so pathetic
+ gen z are so stupid
- vegans are so welcoming
{religion-group} control {control-target}	harassment	high	religion or belief	-
+ the jews control the media
- christians control the parish council budget
{religion-name} is {religion-insult}	harassment	high	religion or belief	-
+ islam is a cancer
- islam is a world religion
{sex-group} are too emotional	harassment	medium	sex	-
+ women are too emotional to lead
- women are too busy to lead the session
{nobody} {would} care if you died	harassment	high	-	-
+ nobody would care if you died
shut ur mouth	harassment	medium	-	-
+ shut ur mouth
shut your face	harassment	medium	-	-
+ shut your face
shut ur face	harassment	medium	-	-
shut your gob	harassment	medium	-	-
+ shut your gob
shut your trap	harassment	medium	-	-
where the sun don't shine	insult	low	-	-
+ stick it where the sun don't shine
where the sun doesn't shine	insult	low	-	-
ugly af	insult	medium	-	-
+ ugly af
dumb af	insult	medium	-	-
+ you're dumb af
stupid af	insult	medium	-	-
shut the hell up	insult	low	-	-
+ shut the hell up
dumb blonde	insult	medium	sex	dumb blonde joke|dumb blonde jokes
- dumb blonde jokes are not funny, stop it
+ she's just a dumb blonde
dumb blondes	insult	medium	sex	-
senile old {senile-target}	insult	medium	age	-
+ senile old fool
+ you senile old bat
coffin dodger	insult	medium	age	myself a coffin dodger|herself a coffin dodger|himself a coffin dodger
- my nan calls herself a coffin dodger and laughs
coffin dodgers	insult	medium	age	-
{make-sandwich} {sandwich-target}	harassment	medium	sex	-
+ make me a sandwich love
+ now go make me a sandwich woman
- my mum makes me a sandwich every morning
- can you make me a sandwich, I'm stuck in a meeting
go make me a sandwich	harassment	medium	sex	-
now make me a sandwich	harassment	medium	sex	-
i know where you work	threat	high	-	-
+ you're going to regret this, i know where you work
i know where you sleep	threat	high	-	-
i know where your kids go to school	threat	high	-	-
i know where your family lives	threat	high	-	-
you should just end it all	threat	high	-	-
+ you should just end it all
go end it all	threat	high	-	-
end yourself	threat	high	-	-
you should just end it	threat	high	-	you should just end it with|you should just end it there|you should just end it early|you should just end it now and
+ you should just end it
- you should just end it with him, he's not worth it
{deserves} a good {good-harm}	threat	medium	-	-
+ he deserves a good kicking
+ you deserve a good slap
needs a good slap	threat	medium	-	-
needs a good kicking	threat	medium	-	-
needs a good hiding	threat	medium	-	-
needs a good smack	threat	medium	-	-
- the batter needs a good beating before it goes in
knock your teeth out	threat	high	-	-
+ i'm going to knock your teeth out
knock your teeth in	threat	high	-	-
kick your teeth in	threat	high	-	-
smash your teeth in	threat	high	-	-
{glass-threat}	threat	high	-	get glassed in
+ you'll get glassed
+ i'll glass you
- the porch will get glassed in next spring
someone should {should-harm} {him-her}	threat	high	-	someone should shoot him a|someone should shoot him an|someone should shoot her a|someone should shoot her an|someone should shoot them a|someone should shoot them an
+ someone should shoot him
+ someone should stab her
- someone should shoot him an email about the rota
{they-he-she} {should-be} {lethal-harm}	threat	medium	-	they should be shot on location|he should be shot on location|she should be shot on location|they should be shot on film|they should all be shot on location|they should be shot in colour
+ they should all be shot
+ he should be hanged
- they should be shot on location next week
your lot {should-be} {group-harm}	harassment	high	-	-
+ your lot should be deported
{religion-group} run {control-target}	harassment	high	religion or belief	-
+ jews run everything
- jews run a food bank in our town
{religion-group} own {control-target}	harassment	high	religion or belief	-
{all-these-insult} these {religion-group}	harassment	high	religion or belief	-
+ they're all terrorists these muslims
{all-these-insult} these {race-group}	harassment	high	race	-
+ they're all criminals these immigrants
thieving {race-group}	slur	high	race	-
+ thieving gypsies
thieving scum	insult	medium	-	-
+ you people are all the same, thieving scum
{you-are} {a-article} {he-she-intensifier?} {insult-noun-more}	insult	medium	-	-
+ you are such a hypocrite it's unreal
+ you're a complete nutjob
{you-bare} {insult-noun-more}	insult	medium	-	you virgin media|you virgin atlantic|you virgin trains
+ sit down you hypocrite
{he-she-is} {a-article} {he-she-intensifier} {he-she-insult}	insult	medium	-	-
+ this woman is a complete nutjob
{snowflake-lead} {snowflake}	insult	low	-	-
+ typical lefty snowflake meltdown
- typical snowflake shapes under the microscope
- each snowflake is unique, say the year 3 class
go cry to your {mummy}	harassment	low	-	-
+ go cry to your mommy
go cry somewhere else	harassment	low	-	-
get what's coming to you	threat	medium	-	-
+ hope you get what's coming to you
sleep with one eye open	threat	medium	-	-
+ you'd better sleep with one eye open
send them all home	harassment	medium	race	-
just die already	threat	high	-	-
+ you're too old to understand, just die already
go die already	threat	high	-	-
up yours	insult	low	-	up yours is|up yours goes|up yours was
+ up yours
screw off	insult	low	-	screw off the|screw off lid|screw off cap
+ screw off
- screw off the lid and pour
you disgust me	harassment	medium	-	-
crawl back into {hole}	harassment	medium	-	-
+ crawl back into whatever hole you came from
crawl back to {hole}	harassment	medium	-	-
whatever hole you crawled out of	harassment	medium	-	-
whatever rock you crawled out from under	harassment	medium	-	-
should have aborted you	harassment	high	-	-
+ your mum should have aborted you
should've aborted you	harassment	high	-	-
shoulda aborted you	harassment	high	-	-
{excuse-lead} excuse for a {human-being-noun}	insult	medium	-	-
+ pathetic excuse for a man
- what a poor excuse for a meeting
{he-she-is} {a-article} {vile-adjective} {human-being}	insult	medium	-	-
+ she is a horrible person
{vile-adjective} evil {human-being-noun}	insult	medium	-	-
+ she is a vile evil woman
{you-are} {article} snowflake	insult	low	-	-
+ you're such a snowflake
{race-group} {are-all} ruining {this-country}	harassment	high	race	-
+ immigrants are ruining this country, send them home
{you-are} {an-article} {vowel-intensifier} {insult-noun}	insult	medium	-	-
+ you're an absolute disgrace to this club
{you-are} {an-article} {vowel-insult-noun}	insult	medium	-	-
+ you are such an idiot
{you-are} {an-article} {vowel-intensifier} {insult-after-article}	insult	medium	-	-
+ you're an utter joke
{you-bare} a {insult-after-article}	insult	medium	-	-
+ you a clown for real
{you-bare} a {insult-noun}	insult	medium	-	-
+ u a loser
{yo-mama} {yo-mama-insult}	insult	low	-	-
+ yo mama so fat she broke the scale
white trash	insult	medium	race	white trash bag|white trash bags|white trash can|white trash cans|white trash sacks
+ white trash redneck
ching chong	slur	high	race	-
+ ching chong go eat your dog
dirty {dirty-target}	slur	high	-	-
+ dirty jew
holocaust never happened	harassment	high	religion or belief	-
+ the holocaust never happened but it should have
holocaust didn't happen	harassment	high	religion or belief	-
hitler was right	harassment	high	religion or belief	-
+ hitler was right
hitler did nothing wrong	harassment	high	religion or belief	-
you sound autistic	insult	medium	disability	-
+ you sound autistic af
autistic af	insult	medium	disability	-
got the downs	insult	high	disability	got the downs and
+ he got the downs
hope your {family-member} dies	threat	high	-	-
+ hope your mom dies
hope your {family-member} gets cancer	threat	high	-	-
catch these hands	threat	medium	-	-
+ catch these hands
{you-gonna} get {shot-harm}	threat	high	-	-
+ you gonna get shot
- you're going to get jumped by the puppy when you open the door
suck your mother	sexual	medium	-	-
+ go suck your mother
suck your mum	sexual	medium	-	-
suck your mom	sexual	medium	-	-
send nudes	sexual	medium	-	-
+ @user send nudes
{would-i} smash her	sexual	medium	sex	i'd smash her record|i would smash her record|i'd smash her pb|i'd smash her time|i'd smash her score
- I'd smash her record if I trained harder
+ i'd smash her
{show-us} {private-part}	sexual	medium	sex	-
+ show us your knickers
+ show us your boobs
- get your bum off the sofa and come to training
gagging for it	sexual	medium	sex	-
+ she's gagging for it
{you-bare} fat {fat-noun}	insult	medium	-	-
+ @user you fat whale
fat whale	insult	medium	-	-
fat heifer	insult	medium	-	-
lard arse	insult	medium	-	-
lardarse	insult	medium	-	-
ugly mug	insult	low	-	-
+ @user ugly mug
face for radio	insult	low	-	-
+ face for radio lol
go back to your cave	harassment	low	-	go back to your cave painting
+ @user go back to your cave
wrong un	insult	high	-	-
+ @user you're a wrong un
wrong'un	insult	high	-	-
{scum-lead} scum	insult	medium	-	-
+ dirty scouse scum
+ tory scum
{opinion-scorn}	harassment	low	-	-
+ @user your opinion is worthless, just like you
+ no one cares about your stupid opinion
hope {hope-subject} {hope-harm}	threat	high	-	hope you get cancer screening|hope you get cancer checked|hope he gets cancer screening|hope she gets cancer screening|hope they get cancer screening
- hope you get cancer screening booked, it's free for over 50s
+ I hope he gets run over
you freak	insult	medium	-	-
+ @user get off twitter you freak
{everyone} {at-place} hates you	harassment	medium	-	-
+ everyone at school hates you
you have no friends	harassment	medium	-	you have no friends yet|you have no friends here yet
+ you have no friends for a reason
why don't you just disappear	harassment	medium	-	-
+ why don't you just disappear
why don't you just die	threat	high	-	-
you don't deserve to live	threat	high	-	-
+ you don't deserve to live
do everyone a favour and {favour-harm}	threat	high	-	do everyone a favour and die laughing
+ do everyone a favour and jump
- do everyone a favour and bring cake tomorrow
{fat-ugly} {fat-ugly-noun}	insult	medium	-	-
+ you're a fat ugly loser
starve yourself	threat	high	-	-
+ go starve yourself
make your life a living hell	threat	medium	-	-
+ i'm going to make your life a living hell
regret the day you were born	threat	medium	-	-
+ you'll regret the day you were born
{i-will} ruin your life	threat	medium	-	-
make sure you never work again	threat	medium	-	-
+ i'll make sure you never work again
i'm going to find you	threat	medium	-	i'm going to find you a|i'm going to find you an|i'm going to find you one|i'm going to find you some|i'm going to find you the|i'm going to find you something|i'm going to find you it|i'm going to find you later
+ i'm going to find you
i'm gonna find you	threat	medium	-	i'm gonna find you a|i'm gonna find you an|i'm gonna find you one|i'm gonna find you some|i'm gonna find you the|i'm gonna find you something|i'm gonna find you it|i'm gonna find you later
i will find you	threat	medium	-	i will find you a|i will find you an|i will find you one|i will find you some|i will find you the|i will find you something|i will find you it|i will find you later
break every bone in your body	threat	high	-	-
+ i'll break every bone in your body
rip your {rip-part} off	threat	high	-	-
+ i'll rip your head off
{i-will} cut you	threat	high	-	i'll cut you a|i'll cut you an|i'll cut you some|i'll cut you in|i'll cut you off|i'll cut you out|i'll cut you down|i'll cut you up|i'll cut you free|i'll cut you loose|i'll cut you short|i'll cut you slack|i will cut you a|i will cut you an|i will cut you some|i will cut you in|i will cut you off|i will cut you out|i will cut you down|i will cut you up|i will cut you free|i will cut you loose|i will cut you short|i will cut you slack|i'm going to cut you a|i'm going to cut you an|i'm going to cut you some|i'm going to cut you in|i'm going to cut you off|i'm going to cut you out|i'm going to cut you down|i'm going to cut you up|i'm going to cut you free|i'm going to cut you loose|i'm going to cut you short|i'm going to cut you slack|im going to cut you a|im going to cut you an|im going to cut you some|im going to cut you in|im going to cut you off|im going to cut you out|im going to cut you down|im going to cut you up|im going to cut you free|im going to cut you loose|im going to cut you short|im going to cut you slack|i'm gonna cut you a|i'm gonna cut you an|i'm gonna cut you some|i'm gonna cut you in|i'm gonna cut you off|i'm gonna cut you out|i'm gonna cut you down|i'm gonna cut you up|i'm gonna cut you free|i'm gonna cut you loose|i'm gonna cut you short|i'm gonna cut you slack|i'd cut you a|i'd cut you an|i'd cut you some|i'd cut you in|i'd cut you off|i'd cut you out|i'd cut you down|i'd cut you up|i'd cut you free|i'd cut you loose|i'd cut you short|i'd cut you slack|i would cut you a|i would cut you an|i would cut you some|i would cut you in|i would cut you off|i would cut you out|i would cut you down|i would cut you up|i would cut you free|i would cut you loose|i would cut you short|i would cut you slack
+ i'll cut you
- I'll cut you a slice of cake
you're dead meat	threat	medium	-	-
+ you're dead meat
ur dead meat	threat	medium	-	-
you're a dead man	threat	medium	-	-
+ you're a dead man
ur a dead man	threat	medium	-	-
i know your address	threat	high	-	-
+ sleep tight, I know your address
sink the boats	harassment	high	race	-
+ sink the boats
sink the dinghies	harassment	high	race	-
sent back on boats	harassment	high	race	-
+ these migrants should be sent back on boats
england for the english	harassment	medium	race	england for the english language
+ england for the english
britain for the british	harassment	medium	race	-
white power	harassment	high	race	white power cable|white power cables|white power lead|white power button|white power adapter|white power bank|white power supply|white power socket|white power strip|white power tool|white power tools|white power shower|white power plug|white power cord
+ white power
- white power cables to the left, black to the right
jews will not replace us	harassment	high	religion or belief	-
+ jews will not replace us
you will not replace us	harassment	high	race	-
religion of hate	harassment	high	religion or belief	religion of hate speech
+ it's a religion of hate
religion of violence	harassment	high	religion or belief	-
being gay is a sin	harassment	high	sexual orientation	-
+ being gay is a sin and they'll burn
homosexuality is a sin	harassment	high	sexual orientation	-
gays will burn in hell	harassment	high	sexual orientation	-
trans women are men	harassment	high	gender reassignment	-
+ trans women are men in dresses
trans women are not women	harassment	high	gender reassignment	-
trans women aren't women	harassment	high	gender reassignment	-
transwomen are men	harassment	high	gender reassignment	-
{sex-group} {shouldnt} be allowed to {allowed-target}	harassment	high	sex	-
+ women shouldn't be allowed to vote
{orientation-group} {shouldnt} be allowed to {allowed-target}	harassment	high	sexual orientation	-
{race-group} {shouldnt} be allowed to {allowed-target}	harassment	high	race	-
{religion-group} {shouldnt} be allowed to {allowed-target}	harassment	high	religion or belief	-
{disability-group} {shouldnt} be allowed to {allowed-target}	harassment	high	disability	-
{trans-group} {shouldnt} be allowed to {allowed-target}	harassment	high	gender reassignment	-
she was asking for it	harassment	high	sex	she was asking for it for
+ she was asking for it
- she was asking for it for weeks: a puppy for christmas!
deserved to be raped	threat	high	sex	-
+ she deserved to be raped
deserves to be raped	threat	high	sex	-
deserve to be raped	threat	high	sex	-
should be raped	threat	high	sex	-
{i-will} rape you	threat	high	sex	-
+ i'd rape you
i'd rape	threat	high	sex	-
{age-group} {should-die}	threat	high	age	-
+ old people should just die
+ boomers need to die off
{harm-imperative} {all?} {the?} {age-group}	threat	high	age	-
+ kill all boomers
gingers have no souls	harassment	low	-	-
+ gingers have no souls
{body-group} {are-all} {group-insult}	harassment	medium	-	-
+ fat people are disgusting
are you thick	harassment	low	-	are you thick skinned|are you thick skin
+ @user are you thick or what
are u thick	harassment	low	-	-
{you-have} the {iq-brain} of a {dumb-object}	insult	medium	-	-
+ @user you've got the IQ of a potato
oh do one	insult	low	-	oh do one more|oh do one thing|oh do one of|oh do one for
+ @user oh do one
go do one	insult	low	-	-
jog on	insult	low	-	jog on over|jog on the|jog on a|jog on for|jog on to|jog on my|jog on your|jog on it|jog on each|jog on grass|jog on sand
+ @user jog on
- @user jog on the treadmill for 20 minutes
wind your neck in	insult	low	-	-
+ @user wind your neck in
hope you lose everything	threat	medium	-	-
+ @user hope you lose everything
hope something bad happens to you	threat	medium	-	-
+ @user i hope something bad happens to you
you'll get yours	threat	medium	-	-
+ @user you'll get yours
karma will get you	threat	low	-	-
+ @user karma will get you, you nasty piece of work
{witch-lead} witch	insult	medium	sex	-
+ @user you witch
- evil witch costume for Halloween
sad little {sad-little}	insult	medium	-	-
+ @user sad little virgin
go touch grass	insult	low	-	-
+ @user go touch grass loser
cope and seethe	insult	low	-	-
+ @user cope and seethe
terrorist sympathiser	insult	medium	-	-
+ @user terrorist sympathiser
hang the traitors	threat	high	-	-
+ @user hang the traitors
traitors should hang	threat	high	-	-
you're not welcome here	harassment	medium	-	you're not welcome here without
+ @user you're not welcome here
- you're not welcome here without a lanyard, sorry (security rules)
you don't belong here	harassment	medium	-	-
+ @user you don't belong here
you don't belong in this country	harassment	high	race	-
your kind isn't wanted	harassment	high	-	-
+ @user your kind isn't wanted
your kind isn't welcome	harassment	high	-	-
your kind aren't welcome	harassment	high	-	-
people like you aren't welcome	harassment	medium	-	-
nobody wants you	harassment	medium	-	nobody wants you to|nobody wants you here
+ @user go home, nobody wants you
- nobody wants you to fail, we're here to help
you people ruin everything	harassment	medium	-	-
+ @user you people ruin everything
stupid woman	insult	medium	sex	-
+ @user stupid woman
stupid women	insult	medium	sex	-
know your place {sandwich-target}	harassment	medium	sex	-
+ @user know your place woman
useless cow	insult	medium	sex	useless cow bell|useless cow bells
+ my assessor is a useless cow
kill ur self	threat	high	-	-
+ kill ur self
kill your self	threat	high	-	-
neck urself	threat	high	-	-
+ neck urself
neck ur self	threat	high	-	-
unalive urself	threat	high	-	-
+ unalive urself
unalive ur self	threat	high	-	-
hang urself	threat	high	-	-
hope u die	threat	high	-	-
+ i hope u die
needs a bullet	threat	high	-	needs a bullet point|needs a bullet journal|needs a bullet list
+ he needs a bullet
- this slide needs a bullet point
a bullet in {his-her} head	threat	high	-	-
+ put a bullet in his head
put a bullet in {him-her-only}	threat	high	-	-
string {him-her-only} up	threat	high	-	-
+ string him up
rides the short bus	insult	medium	disability	-
+ he rides the short bus
ride the short bus	insult	medium	disability	-
you're a coconut	slur	high	race	-
+ you're a coconut
ur a coconut	slur	high	race	-
uncle tom	slur	high	race	uncle tom's cabin|uncle tom cobley
+ uncle tom
- Uncle Tom's Cabin is on the reading list
go back to the jungle	harassment	high	race	-
+ go back to the jungle
breed like rats	harassment	high	-	-
+ these people breed like rats
breed like cockroaches	harassment	high	-	-
{dehumanising} the lot of them	harassment	medium	-	-
+ cockroaches the lot of them
plague rats	insult	medium	-	plague rats were|plague rats carried|plague rats spread|plague rats and fleas
+ plague rats
towel head	slur	high	religion or belief	-
+ filthy towel head
towel heads	slur	high	religion or belief	towel heads and rails|towel head wraps
+ send the towel heads back
- towel heads and rails in the sale
{religion-group} are behind {behind-target}	harassment	high	religion or belief	-
+ the jews are behind all of it, wake up
- Christians are behind the food bank appeal
white genocide is real	harassment	high	race	-
+ white genocide is real and the globalists are doing it
white genocide is happening	harassment	high	race	-
stop white genocide	harassment	high	race	-
{you-bare} weapon	insult	medium	-	-
+ shut up you weapon
{strong-intensifier} melt	insult	medium	-	absolute melt in|complete melt in|utter melt in|total melt in
+ he's an absolute melt
- the cheese was a complete melt-in-the-mouth treat
{of-a-insult} of a {of-a-person}	insult	medium	-	-
+ muppet of a referee
+ what a joke of a manager
- the joke of a lifetime, honestly
{being-gay} is a {identity-illness}	harassment	high	sexual orientation	-
+ being gay is a mental illness
+ homosexuality is a disease
{being-trans} is a {identity-illness}	harassment	high	gender reassignment	-
+ being trans is a mental illness
{dumbest} thing {i-have} ever {read-heard}	insult	medium	-	-
+ this is the dumbest thing I've ever read
- the stupidest thing I've ever done was leave my passport at home
are {you-bare} {really-adverb?} this {stupid-adjective}	insult	medium	-	-
+ are you really this stupid?
+ are u actually this thick
{you-bare} {strong-intensifier} donkey	insult	medium	-	-
+ you absolute donkey
get your head kicked in	threat	high	-	-
+ you're going to get your head kicked in
{bunch-lead} bunch of clowns	insult	medium	-	-
+ what a bunch of clowns
+ you lot are a bunch of clowns
- the kids loved the bunch of clowns at the party
{perv-adjective} old {perv-noun}	harassment	medium	-	-
+ he's a creepy old perv
{you-are} {a-article} {perv-adjective?} {perv-noun}	harassment	medium	-	-
+ you're a dirty perv
+ you are a creep
you lot are {dehumanising}	insult	high	-	-
+ you lot are scum
deport the lot of them	harassment	medium	race	-
+ deport the lot of them, vermin
deport them all	harassment	medium	race	-
{you-bare} {strong-intensifier} trash	insult	medium	-	-
+ uninstall the game you absolute trash
shut your {insult-adjective} mouth	harassment	medium	-	-
+ @USER Shut your stupid mouth
shut your dumb mouth	harassment	medium	-	-
hurry up and die	threat	high	-	-
+ Old people should just hurry up and die
send them all back on the boats	harassment	high	race	-
+ Send them all back on the boats
send them back on the boats	harassment	high	race	-
send them all back where they came from	harassment	high	race	-
braindead muppet	insult	medium	-	-
+ braindead muppet
brain dead muppet	insult	medium	-	-
diversity hire	harassment	medium	-	-
+ She got that job because she's a diversity hire
{you-bare} old {old-insult}	insult	medium	age	-
+ Act your age you old bag
+ shut up you old git
- thank you old friend
better watch yourself	threat	medium	-	better watch yourself on|better watch yourself when|better watch yourself in the|better watch yourself crossing
+ You better watch yourself, I know people
- better watch yourself on the ice
emo freak	insult	medium	-	-
+ cut yourself you emo freak
hang them all	threat	high	-	hang them all up|hang them all on|hang them all in|hang them all out|hang them all together|hang them all from the|hang them all at
+ traitors, hang them all
- Frame the certificates and hang them all in the corridor
maga morons	insult	medium	-	-
+ @USER MAGA morons at it again
maga idiots	insult	medium	-	-
absolute tool	insult	medium	-	absolute tool for|absolute tool of
+ @USER he's an absolute tool
complete tool	insult	medium	-	complete tool kit|complete tool set|complete toolkit|complete tool for|complete tool of|complete tool chest
utter tool	insult	medium	-	-
{hang-subject} should hang	threat	high	-	{hang-subject} should hang {hang-end}
+ @USER Every single one of them is a traitor and should hang
- You should hang out with us on Friday
- We should hang the bunting before the open day
- The picture should hang straight, and it should hang level
- They should hang the new artwork in the foyer
cry more {cry-target}	insult	medium	-	-
+ @USER Cry more snowflake
{slap-need} a slap	threat	medium	-	{slap-need} a slap {slap-end}
+ @USER he needs a slap
- She needs a slap bracelet for the party, so 90s
{slap-need} a good slap	threat	medium	-	-
{slap-need} slapping	threat	medium	-	-
punch {punch-target} in the face	threat	high	-	-
+ @USER someone should punch him in the face
punch {punch-target} in the mouth	threat	high	-	-
take your meds	harassment	medium	disability	take your meds on|take your meds with|take your meds at|take your meds before|take your meds after|take your meds every|take your meds regularly|take your meds as|take your meds and|take your meds in|take your meds daily|take your meds to
+ @USER Take your meds, psycho
- @USER Take your meds on time, the nurse said
- Remember to take your meds before the trip
{you-bare} psycho	insult	medium	-	-
grow a pair	insult	medium	-	grow a pair of
+ @USER Grow a pair
- Grow a pair of tomato plants on the balcony
{you-are} a {coward-word}	insult	medium	-	-
+ @USER you're a sellout and a coward
{you-bare} {coward-word}	insult	medium	-	-
and a coward	insult	medium	-	-
sit down clown	insult	medium	-	-
+ @USER Sit down clown
commies	insult	low	-	-
+ @USER Gun control advocates are all commies
is a pervert	harassment	medium	-	-
+ @USER the man is a pervert, stay away
and a pervert	harassment	medium	-	-
+ @USER the man is a walking disaster and a pervert
is a nonce	harassment	high	-	-
is a paedo	harassment	high	-	-
is a perv	harassment	medium	-	-
she looks like a man	harassment	medium	sex	she looks like a man {man-follower}
+ @USER she looks like a man lol
looks like a bloke in a dress	harassment	medium	gender reassignment	-
garbage human	insult	medium	-	-
+ @USER pure garbage human
trash human	insult	medium	-	-
garbage person	insult	medium	-	-
human garbage	insult	medium	-	-
human trash	insult	medium	-	-
go back to ur country	harassment	high	race	-
+ g0 back to ur country
hope {your-family} dies	threat	high	-	-
+ hope ur family dies
hope {your-family} die	threat	high	-	-
nobody likes u	harassment	medium	-	-
+ nobody likes u, just leave
no one likes u	harassment	medium	-	-
everyone hates u	harassment	medium	-	-
drop dead	threat	medium	-	drop dead gorgeous|drop dead beautiful|drop dead stunning|drop dead fred|drop dead diva|drop dead funny|drop dead brilliant|drop dead simple|drop dead easy
+ @user drop dead
- drop dead gorgeous dress 😍
{age-group} {are-all} {age-insult}	harassment	medium	age	-
+ old people are useless and should be put down
filthy {dirty-target}	harassment	high	race	-
+ filthy immigrants taking our jobs
{race-group} go home	harassment	high	race	{race-group} go home {go-home-end}
+ immigrants go home
- Immigrants go home for Christmas in huge numbers
{religion-group} go home	harassment	high	religion or belief	{religion-group} go home {go-home-end}
poles go home	harassment	high	race	-
+ Poles go home
{out-group} out	harassment	high	race	{out-group} out {out-end}
+ refugees out, enough is enough
- Refugees out of danger after the rescue, thank goodness
{religion-group} out	harassment	high	religion or belief	-
+ muslims out
{race-group} can't drive	harassment	medium	race	{race-group} can't drive {drive-end}
+ Asians can't drive lol
{sex-group} can't drive	harassment	medium	sex	{sex-group} can't drive {drive-end}
+ women can't drive, proven again
- Women can't drive the minibus without the D1 licence
{race-group} flooding in	harassment	medium	race	-
+ illegal immigrants flooding in every day
{race-group} flooding into	harassment	medium	race	-
welfare queen	insult	medium	race	-
welfare queens	insult	medium	race	-
+ welfare queens living off our taxes
anchor baby	slur	high	race	-
anchor babies	slur	high	race	-
+ anchor babies everywhere
ghetto rat	slur	high	race	-
ghetto rats	slur	high	race	-
+ ghetto rats looting again
rag head	slur	high	race	-
rag heads	slur	high	race	-
+ rag heads out
soyboy	insult	low	-	-
+ look at this soyboy crying
soyboys	insult	low	-	-
soy boy	insult	low	-	-
religion of death	harassment	high	religion or belief	-
{religion-name} is not a religion of peace	harassment	high	religion or belief	-
+ Islam is not a religion of peace, it's a death cult
- Islam is a religion of peace for millions
in a dress is still a man	harassment	high	gender reassignment	-
+ a man in a dress is still a man
trans women are just men	harassment	high	gender reassignment	-
trans women are blokes	harassment	high	gender reassignment	-
make you regret this	threat	medium	-	-
+ I'm going to make you regret this
make you regret it	threat	medium	-	-
wait till i catch you	threat	medium	-	-
+ wait till I catch you after school
put {you-object} in hospital	threat	high	-	-
+ I'll put you in hospital
put {you-object} in the hospital	threat	high	-	-
keep talking and see what happens	threat	medium	-	-
+ keep talking and see what happens
{you-are} dead when i see you	threat	high	-	-
+ you're dead when I see you
{you-are} dead meat	threat	high	-	-
{i-will} burn your house down	threat	high	-	-
+ I'll burn your house down
- Don't let a chip pan burn your house down this Christmas
needs to teach you a lesson	threat	medium	-	needs to teach you a lesson in|needs to teach you a lesson on|needs to teach you a lesson about
+ someone needs to teach you a lesson
i'll teach you a lesson	threat	medium	-	i'll teach you a lesson in|i'll teach you a lesson on|i'll teach you a lesson about|i'll teach you a lesson tomorrow|i'll teach you a lesson next
happier if you were gone	harassment	high	-	-
+ everyone would be happier if you were gone
better off if you were gone	harassment	high	-	-
better off if you were dead	harassment	high	-	-
no wonder your {left-relative} left	harassment	medium	-	-
+ no wonder your dad left
no wonder {he-she-only} left you	harassment	medium	-	-
{you-bare} should have been aborted	harassment	high	-	-
+ you should have been aborted
- The launch should have been aborted when the wind picked up
{you-bare} shoulda been aborted	harassment	high	-	-
should have been aborted at birth	harassment	high	-	-
nobody will ever love you	harassment	high	-	-
+ nobody will ever love you
no one will ever love you	harassment	high	-	-
nobody could ever love you	harassment	high	-	-
{sex-group} should know their place	harassment	medium	sex	-
+ women should know their place
sit on my face	sexual	medium	-	-
+ sit on my face
send me pics or else	harassment	high	sex	-
send pics or else	harassment	high	sex	-
send nudes or else	harassment	high	sex	-
show you what a real man is	sexual	medium	sex	-
+ I'll show you what a real man is
{you-are} just a hole	sexual	high	sex	-
+ you're just a hole
{you-are} just a piece of meat	harassment	medium	sex	-
only got the job because {hired-subject} {hired-race}	harassment	high	race	-
+ she only got the job because she's black
+ he only got the job because he's asian lol
- she only got the job because she's brilliant
only got the job because {hired-subject} {hired-sex}	harassment	high	sex	-
+ she only got the job because she's a woman
only got promoted because {hired-subject} {hired-sex}	harassment	high	sex	-
+ she only got promoted because she's a woman
diversity hire	harassment	medium	-	-
+ the new manager is obviously a diversity hire
{you-are} so autistic	harassment	medium	disability	-
+ you're so autistic
+ u r so autistic lol
- my son is autistic and proud
{you-are} so gay	harassment	low	sexual orientation	{you-are} so gay friendly
- you're so gay-friendly, thank you for hosting
+ ur so gay lol
+ you're so gay for that
stop being such a fairy	harassment	medium	sexual orientation	stop being such a fairy godmother
+ stop being such a fairy
- stop being such a fairy godmother to everyone, you need rest
you'll regret this	threat	medium	-	-
+ say that again and you'll regret this
rot in hell	harassment	medium	-	-
+ rot in hell you scumbag
rots in hell	harassment	medium	-	-
+ I hope he rots in hell
rotting in hell	harassment	medium	-	-
+ hope you enjoy rotting in hell
{you-are} dumb as	insult	medium	-	-
+ you're dumb as hell
+ ur dumb as a rock
{you-are} stupid as	insult	medium	-	-
+ you are stupid as fuck
imagine being this {so-insult}	insult	medium	-	-
+ imagine being this ugly
+ imagine being this pathetic lol
- imagine being this close to the finish line
you pussy	insult	medium	sex	{you-bare} pussy cat|{you-bare} pussy cats|{you-bare} pussy willow|{you-bare} pussycat
+ man up you pussy
- thank you pussy cat for keeping me company
{he-she-is} a bender	harassment	high	sexual orientation	-
+ he's a bender
- he's on a bender again this weekend
{you-are} a bender	harassment	high	sexual orientation	-
+ you're a bender mate
stay mad {insult-noun}	insult	medium	-	-
+ stay mad loser
nobody cares {insult-noun}	insult	medium	-	-
+ nobody cares loser
could curdle milk	insult	low	-	-
+ your face could curdle milk
go choke	harassment	medium	-	-
+ go choke
+ just go choke on it
stay mad {insult-noun-more}	insult	medium	-	-
+ stay mad virgin
{you-gonna} get raped	threat	high	sex	-
+ you're gonna get raped
+ u gonna get raped
{pic-of} {private-part}	sexual	high	sex	-
+ send me a pic of your boobs
+ want pics of your tits
{cow-adjective} cow	insult	medium	sex	-
+ dozy cow
+ you silly cow
- our dairy cow won a rosette at the show
sheep shagger	slur	medium	-	-
+ sheep shagger
sheep shaggers	slur	medium	-	-
+ welsh sheep shaggers the lot of them
sheepshagger	slur	medium	-	-
+ shut up sheepshagger
kiddie fiddler	insult	high	-	-
+ kiddie fiddler
kiddy fiddler	insult	high	-	-
+ he's a kiddy fiddler
kiddie fiddlers	insult	high	-	-
+ string up the kiddie fiddlers
{he-she-is} {literally?} the {superlative-insult}	insult	medium	-	-
+ she is literally the dumbest person in congress
+ he's the stupidest man alive
+ he is the biggest idiot in parliament
+ this guy is the most idiotic person I have ever met
- she is literally the best person for the job
{you-are} {a-article} tool	insult	medium	-	{you-are} {a-article} tool for|{you-are} {a-article} tool of|{you-are} {a-article} tool to|{you-are} {a-article} tool that|{you-are} {a-article} tool in
+ you're such a tool lol
+ ur a tool mate
- you are a tool for change in your community
{broad-adjective} broad	insult	medium	sex	-
+ she's a dumb broad
+ stupid broad doesn't know what she's talking about
- the old broad bean plants are flowering
only got the job because she slept with	harassment	high	sex	-
+ she only got the job because she slept with the boss
only got that job because she slept with	harassment	high	sex	-
+ she only got that job because she slept with the boss
only got promoted because she slept with	harassment	high	sex	-
slept her way to the top	harassment	high	sex	-
+ everyone knows she slept her way to the top
burn {the?} {worship-place} down	threat	high	religion or belief	-
+ burn the mosque down
+ someone should burn the synagogue down
- burn the candles down to the wick
burn down {the?} {worship-place}	threat	high	religion or belief	-
+ burn down the mosques
# Two insults joined: one alone may be a fact (`a convicted criminal`), two in a row are name-calling.
{a-an} {and-a-insult} and {a-an} {and-a-insult}	insult	medium	-	-
+ Hillary is a criminal and a liar
+ he's a fraud and a conman
- she is a teacher and a mentor
{you-bare} {insult-adjective} piece of {piece-of-noun}	insult	medium	-	-
+ You hypocritical piece of garbage
+ you lying piece of shit
{you-are} {a-article} sick {sick-noun}	insult	medium	-	-
+ you're a sick individual
+ ur a sick puppy
- a sick puppy was brought into the vet clinic
{he-she-is} {a-article} sick {sick-noun}	insult	medium	-	-
+ he is a sick puppy
{what-a-an} sick {sick-noun}	insult	medium	-	-
+ what a sick freak
go away {go-away-insult}	insult	medium	-	-
+ Go away troll
+ go away loser
look like a thumb	insult	medium	-	-
+ you look like a thumb
looks like a thumb	insult	medium	-	-
+ he looks like a thumb with a face
racist pig	insult	medium	-	-
+ Trump is a racist pig
sexist pig	insult	medium	sex	-
chauvinist pig	insult	medium	sex	-
{you-are} {a-article} vegetable	insult	medium	disability	{you-are} {a-article} vegetable grower|{you-are} {a-article} vegetable gardener|{you-are} {a-article} vegetable lover|{you-are} {a-article} vegetable fan|{you-are} {a-article} vegetable eater|{you-are} {a-article} vegetable person|{you-are} {a-article} vegetable kind of|{you-are} {a-article} vegetable sort of
+ you're a vegetable
- you are a vegetable grower now, congratulations on the allotment
shut it you mug	insult	low	-	-
+ shut it you mug
{you-bare} great lump	insult	low	-	-
+ you great lump
silly sod	insult	low	-	-
+ silly sod
such a wet wipe	insult	low	-	-
+ don't be such a wet wipe
you should just disappear	harassment	medium	-	-
+ you should just disappear forever
just off yourself	threat	high	-	-
+ why don't you just off yourself
go off yourself	threat	high	-	-
till i get my hands on you	threat	medium	-	-
+ wait till I get my hands on you
until i get my hands on you	threat	medium	-	-
your days are numbered	threat	medium	-	-
+ your days are numbered
{would-i} bend you over	sexual	high	sex	-
+ I'd bend you over
look better naked	sexual	medium	sex	-
+ you'd look better naked
knickers are you wearing	sexual	high	sex	-
+ what colour knickers are you wearing
what colour are your knickers	sexual	high	sex	-
suck me off	sexual	high	-	-
+ suck me off
rape you	threat	high	sex	-
+ I want to rape you
raping you	threat	high	sex	-
shouldn't be allowed to breed	harassment	medium	-	-
+ ugly people shouldn't be allowed to breed
should not be allowed to breed	harassment	medium	-	-
{you-are} too {so-insult} to	insult	medium	-	-
+ you're too fat to be seen in public
+ ur too thick to understand
{nobody} loves you	harassment	medium	-	-
+ no wonder nobody loves you
you'll die alone	harassment	medium	-	-
+ you'll die alone
you will die alone	harassment	medium	-	-
gonna die alone	harassment	medium	-	-
{cow-adjective} old bat	insult	medium	sex	-
+ My neighbour is such a nosy old bat
+ silly old bat
- the old bat in the cricket shed has a split handle
{cow-adjective} old cow	insult	medium	sex	-
+ you miserable old cow
imagine being so {stupid-adjective}	insult	medium	-	-
+ Imagine being so thick you vote for this lot
get rekt	insult	low	-	-
+ ez clap, get rekt scrub
{want-to} punch {him-her-only}	threat	medium	-	-
+ I already want to punch him
{want-to} punch you	threat	medium	-	-
+ I wanna punch you
is a karen	insult	low	sex	-
+ OP is a karen
such a karen	insult	low	sex	-
what a karen	insult	low	sex	-
ok karen	insult	low	sex	-
okay karen	insult	low	sex	-
found the {insult-noun}	insult	medium	-	-
+ found the idiot
found the {insult-noun-more}	insult	medium	-	-
+ found the incel
the reason shampoo has instructions	insult	medium	-	-
+ you're the reason shampoo has instructions
must be fun at parties	insult	low	-	-
+ you must be fun at parties, not
must be a joy to be around	insult	low	-	-
women can't drive	harassment	medium	sex	-
women cant drive	harassment	medium	sex	-
women can't play games	harassment	medium	sex	-
+ stay in your lane, women can't play games
nobody asked	harassment	low	-	nobody asked but|nobody asked me|nobody asked us|nobody asked for|nobody asked about|nobody asked if|nobody asked them|nobody asked him|nobody asked her|nobody asked why|nobody asked you|nobody asked whether|nobody asked what|nobody asked how|nobody asked when|nobody asked where|nobody asked who|nobody asked to|nobody asked questions|nobody asked any
+ ratio + L + you fell off + nobody asked
- nobody asked me to stay late, I volunteered
- nobody asked but here's my sourdough
{your-mum} so {so-insult}	insult	medium	-	-
+ your mom's so fat she has her own postcode
# `run/play like a girl` are left out, and `throw like a girl` needs a `you`: #LikeAGirl campaigns use them with pride.
{you-bare} {girl-verb} like a girl	insult	low	sex	-
+ you throw like a girl
- what does it mean to throw like a girl? Ask our netball squad
{girl-verb} like a little girl	insult	low	sex	-
+ stop crying like a little girl
{girl-verb} like little girls	insult	low	sex	-
+ Footballers diving like little girls, pathetic
weapon you are	insult	low	-	-
+ proper weapon you are
smell like a tramp	insult	low	-	-
+ you smell like a tramp
smells like a tramp	insult	low	-	-
# "your" for "you're" is common; only before insults that cannot be a thing of yours.
your a {insult-after-article}	insult	medium	-	-
+ Your a clown and everyone is laughing at you
your a {intensifier?} {insult-noun}	insult	medium	-	-
+ your a complete idiot
shut your pie hole	harassment	low	-	-
+ Shut your pie hole
shut your cake hole	harassment	low	-	-
{you-are} a national embarrassment	insult	medium	-	-
+ you are a national embarrassment
{you-are} a national disgrace	insult	medium	-	-
back under the bridge you came from	insult	medium	-	-
+ go back under the bridge you came from
back under your bridge	insult	medium	-	-
slimy {little?} {slimy-noun}	insult	medium	-	-
+ he's a slimy little weasel
+ you slimy git
brainwashed sheep	insult	medium	-	-
+ Brainwashed sheep, the lot of you
gold digging tart	insult	medium	sex	-
+ she's a gold digging tart
{you-bare} {need-to} be sectioned	harassment	medium	disability	-
+ you need to be sectioned
- when someone needs to be sectioned under the Mental Health Act
keep your legs shut	harassment	medium	sex	-
+ Keep your legs shut next time
keep your legs closed	harassment	medium	sex	-
{religion-group} are invading	harassment	high	religion or belief	-
+ muslims are invading europe
{race-group} are invading	harassment	high	race	-
+ the migrants are invading our towns
let them drown	threat	high	-	-
+ send the boats back and let them drown
let them all drown	threat	high	-	-
black lives don't matter	harassment	high	race	-
+ black lives don't matter
black lives dont matter	harassment	high	race	-
no blacks no dogs	harassment	high	race	-
+ no blacks no dogs no irish
no blacks no irish	harassment	high	race	-
burqa wearing letterbox	harassment	high	religion or belief	-
+ burqa wearing letterbox
burka wearing letterbox	harassment	high	religion or belief	-
look like letterboxes	harassment	high	religion or belief	-
look like letter boxes	harassment	high	religion or belief	-
they breed like rabbits	harassment	medium	-	-
+ they breed like rabbits
breed like rats	harassment	medium	-	-
{strong-intensifier} muppet	insult	medium	-	-
+ whoever marked this should be sacked, absolute muppet
- the muppet show is on at seven
bunch of feral animals	insult	medium	-	-
+ year 12 are a bunch of feral animals
pack of feral animals	insult	medium	-	-
dirty old man	insult	medium	-	-
+ the assessor fancies her, dirty old man
the thickest bunch	insult	medium	-	-
+ this cohort are the thickest bunch I've ever taught
lazy good for nothing	insult	medium	-	-
+ he's a lazy good for nothing
you good for nothing	insult	medium	-	-
