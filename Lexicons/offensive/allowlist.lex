# Innocent phrases, places and names that contain an offensive word: no finding inside them.
@format postcheck-lexicon 1
@name offensive.allowlist
@version 2026.12.04
@source Written for postcheck (UK place names from Ordnance Survey gazetteer knowledge; everyday senses)
@licence CC0-1.0
@description A phrase (folded words). Examples: posts that must get no offensive finding.
@columns phrase
scunthorpe
- Scunthorpe United won
penistone
clitheroe
cock lane
- meet on Cock Lane
plymouth hoe
- sunset on Plymouth Hoe
twatt
dick van dyke
- Dick Van Dyke was brilliant
moby dick
moby-dick
spotted dick
blue tit
- a blue tit on the feeder
blue tits
great tit
coal tit
labrador bitch
- our labrador bitch had puppies
dog is a bitch
coons family
- The Coons family have lived here for years
senator coons
chris coons
- My dog is a bitch, she's a lovely labrador
faggots and peas
- faggots and peas for tea
magna cum laude
- graduated magna cum laude
summa cum laude
cum laude
kung fu
- Kung Fu club tonight
cocktail
assessment
shiitake
pussy willow
chink of light
homo sapiens
offa's dyke
sussex
essex
middlesex
bell end
dickens
hancock
cockburn
cockermouth
shitterton
wetwang
crapstone
fanny adams
titchfield
bitchfield
idiot proof
- Our idiot-proof guide to the portal
- Found the idiot-proof guide to the new VLE
shut up and take my money
- shut up and take my money
dick turpin
- Dick Turpin exhibition at York
bloody mary
- Bloody Mary brunch this Sunday
bloody marys
cock a leekie
- Love a good cock-a-leekie soup
bitches brew
- The Bitches Brew album by Miles Davis is a classic
