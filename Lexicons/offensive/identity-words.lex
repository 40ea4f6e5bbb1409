# Identity words (Equality Act 2010 protected characteristics): never offensive on their own, and never imported into a term list.
@format postcheck-lexicon 1
@name offensive.identity-words
@version 2026.11.25
@source Written for postcheck
@licence CC0-1.0
@description A word naming an identity. Examples: posts that must get no offensive finding.
@columns word
gay
- gay and lesbian colleagues
- proud to be gay
lesbian
bisexual
bi
queer
- queer history tour
trans
transgender
nonbinary
non-binary
lgbt
lgbtq
lgbtq+
muslim
muslims
islam
islamic
jew
jews
jewish
christian
christians
catholic
hindu
sikh
buddhist
black
white
asian
arab
african
caribbean
disabled
disability
deaf
blind
autistic
autism
dyslexic
wheelchair
immigrant
immigrants
refugee
refugees
migrant
migrants
gypsy
roma
traveller
travellers
elderly
pensioner
woman
women
girl
girls
feminist
pregnant
