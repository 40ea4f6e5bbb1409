# Local parts that name an organisation's shared mailbox rather than a person.
@format postcheck-lexicon 1
@name pii.email.organisation-mailboxes
@version 2026.11.25
@source Written for postcheck (RFC 2142 role names plus common UK education mailboxes)
@licence CC0-1.0
@description A local part; an address with it is still reported, at lower confidence.
@columns local-part
info
+ write to info@qtsd.co.uk for details
enquiries
admissions
admin
office
hello
contact
support
help
helpdesk
sales
press
media
marketing
comms
communications
noreply
no-reply
team
careers
jobs
recruitment
hr
reception
bookings
finance
accounts
webmaster
postmaster
abuse
privacy
dpo
safeguarding
complaints
feedback
