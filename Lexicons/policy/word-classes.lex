@format postcheck-lexicon 1
@name policy.word-classes
@version 2026.12.04
@source Written for postcheck
@licence CC0-1.0
@description Word classes the policy patterns use as {class}: one member (a word or a phrase) per row. The class function-word lists capitalised words that are never the {Name} of a person.
@columns class member
learner	learner
learner	learners
learner	student
learner	students
learner	pupil
learner	pupils
learner	apprentice
learner	apprentices
+ One of my apprentices added me on Facebook
learner	trainee
learner	trainees
learner	candidate
learner	candidates
learner	tutee
learner	tutees
learner	mentee
learner	mentees
learner	cohort
learner	ex student
learner	ex-student
learner	former student
learner	former learner
parent	parent
parent	parents
parent	guardian
parent	guardians
parent	carer
parent	carers
colleague	colleague
colleague	colleagues
colleague	coworker
colleague	coworkers
colleague	co-worker
colleague	co-workers
colleague	workmate
colleague	workmates
colleague	line manager
manager	boss
manager	bosses
manager	manager
manager	managers
manager	supervisor
manager	supervisors
manager	director
manager	directors
manager	management
manager	ceo
manager	hr
manager	line-manager
manager	line manager
manager	senior management
manager	senior leadership
manager	leadership team
manager	head of department
manager	team leader
manager	team leaders
manager	team lead
assessor	assessor
assessor	assessors
assessor	tutor
assessor	tutors
assessor	teacher
assessor	teachers
assessor	lecturer
assessor	lecturers
assessor	iqa
assessor	iqas
assessor	verifier
assessor	verifiers
assessor	mentor
assessor	mentors
assessment	assessment
assessment	assessments
assessment	exam
assessment	exams
assessment	epa
assessment	epas
assessment	observation
assessment	observations
assessment	portfolio
assessment	portfolios
assessment	appraisal
assessment	appraisals
assessment	inspection
assessment	ofsted
assessment	audit
assessment	results
assessment	grades
assessment	marking
assessment	end point assessment
assessment	end-point assessment
assessment	mock exam
client	client
client	clients
client	customer
client	customers
platform	snap
platform	snapchat
platform	insta
platform	instagram
platform	ig
platform	facebook
platform	fb
platform	whatsapp
platform	tiktok
platform	kik
platform	discord
platform	telegram
platform	signal
platform	messenger
platform	twitter
platform	x
platform	dm
platform	dms
platform	bereal
platform	direct message
platform	private message
accusation	scam
accusation	scams
accusation	fraud
accusation	frauds
accusation	fraudster
accusation	fraudsters
accusation	thief
accusation	thieves
accusation	liar
accusation	liars
accusation	crook
accusation	crooks
accusation	criminal
accusation	criminals
accusation	cheat
accusation	cheats
accusation	con
accusation	swindle
accusation	swindlers
accusation	embezzler
accusation	corrupt
accusation	bent
accusation	dodgy
accusation	racket
accusation	sex pest
accusation	sex pests
accusation	sexual predator
accusation	sexual predators
accusation	predator
fraud-verb	fiddle
fraud-verb	fiddles
fraud-verb	fiddled
fraud-verb	fiddling
fraud-verb	falsify
fraud-verb	falsifies
fraud-verb	falsified
fraud-verb	falsifying
fraud-verb	fake
fraud-verb	fakes
fraud-verb	faked
fraud-verb	faking
fraud-verb	rig
fraud-verb	rigs
fraud-verb	rigged
fraud-verb	rigging
fraud-verb	steal
fraud-verb	steals
fraud-verb	stole
fraud-verb	stealing
fraud-verb	embezzle
fraud-verb	embezzled
fraud-verb	embezzling
fraud-verb	forge
fraud-verb	forged
fraud-verb	forging
fraud-verb	doctor
fraud-verb	doctored
fraud-verb	launder
fraud-verb	laundered
fraud-verb	bribe
fraud-verb	bribed
fraud-verb	bribing
fraud-verb	cheat
fraud-verb	cheats
fraud-verb	cheated
fraud-verb	cheating
fraud-verb	pocket
fraud-verb	pocketed
fraud-verb	skim
fraud-verb	skimmed
agent	they
agent	they're
agent	he's
agent	she's
agent	he
agent	she
agent	management
agent	directors
agent	director
agent	manager
agent	boss
agent	ceo
agent	owner
agent	owners
agent	assessors
agent	assessor
agent	trainers
agent	the company
agent	the college
agent	the centre
agent	the provider
agent	principal
agent	the principal
agent	headteacher
agent	the headteacher
agent	trustees
agent	the trustees
agent	my employer
agent	our employer
function-word	the
function-word	a
function-word	an
function-word	this
function-word	that
function-word	these
function-word	those
function-word	they
function-word	them
function-word	their
function-word	there
function-word	then
function-word	it
function-word	its
function-word	i
function-word	i'm
function-word	i've
function-word	we
function-word	we're
function-word	us
function-word	our
function-word	you
function-word	your
function-word	he
function-word	she
function-word	his
function-word	her
function-word	him
function-word	my
function-word	me
function-word	who
function-word	what
function-word	when
function-word	where
function-word	why
function-word	how
function-word	if
function-word	and
function-word	but
function-word	or
function-word	so
function-word	no
function-word	not
function-word	yes
function-word	is
function-word	are
function-word	was
function-word	were
function-word	be
function-word	been
function-word	have
function-word	has
function-word	had
function-word	do
function-word	does
function-word	did
function-word	can
function-word	could
function-word	will
function-word	would
function-word	should
function-word	may
function-word	might
function-word	must
function-word	just
function-word	also
function-word	all
function-word	any
function-word	some
function-word	every
function-word	each
function-word	one
function-word	our
function-word	hi
function-word	hello
function-word	hey
function-word	dear
function-word	thanks
function-word	thank
function-word	please
function-word	well
function-word	oh
function-word	ok
function-word	okay
function-word	wow
function-word	lol
function-word	omg
function-word	good
function-word	great
function-word	happy
function-word	sad
function-word	so
function-word	very
function-word	really
function-word	today
function-word	tomorrow
function-word	yesterday
function-word	monday
function-word	tuesday
function-word	wednesday
function-word	thursday
function-word	friday
function-word	saturday
function-word	sunday
function-word	january
function-word	february
function-word	march
function-word	april
function-word	may
function-word	june
function-word	july
function-word	august
function-word	september
function-word	october
function-word	november
function-word	december
function-word	as
function-word	at
function-word	by
function-word	for
function-word	from
function-word	in
function-word	into
function-word	of
function-word	on
function-word	to
function-word	with
function-word	about
function-word	after
function-word	before
function-word	over
function-word	under
function-word	again
function-word	still
function-word	even
function-word	never
function-word	always
function-word	here
function-word	now
function-word	someone
function-word	everyone
function-word	somebody
function-word	everybody
function-word	anyone
function-word	anybody
function-word	nobody
function-word	no one
function-word	noone
function-word	something
function-word	everything
function-word	anything
function-word	nothing
document	document
document	documents
document	doc
document	docs
document	email
document	emails
document	e-mail
document	memo
document	memos
document	report
document	reports
document	minutes
document	figures
document	list
document	plans
document	screenshot
document	screenshots
document	letter
document	spreadsheet
document	file
document	files
document	results
document	data
document	contract
document	accounts
document	budget
fraud-object	results
fraud-object	figures
fraud-object	data
fraud-object	accounts
fraud-object	books
fraud-object	numbers
fraud-object	grades
fraud-object	marks
fraud-object	funding
fraud-object	funds
fraud-object	money
fraud-object	records
fraud-object	paperwork
fraud-object	signatures
fraud-object	evidence
fraud-object	attendance
fraud-object	registers
fraud-object	timesheets
fraud-object	expenses
fraud-object	portfolios
fraud-object	success rates
fraud-object	pass rates
fraud-object	achievement rates
accusation	rip off
accusation	rip-off
accusation	con artist
accusation	con artists
accusation	cowboy outfit
accusation	money launderer
accusation	money launderers
accusation	cowboys
accusation	fraudulent
accusation	con men
relative	mum
relative	mums
relative	mom
relative	moms
relative	mam
relative	dad
relative	dads
relative	mother
relative	father
relative	nan
relative	grandma
relative	grandad
relative	brother
relative	sister
