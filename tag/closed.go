package tag

// closedClass lists the function words WordNet does not cover, or covers
// only with misleading open-class senses ("a" the letter, "will" the
// document). Each line: word, tags with the usual one first, and the lemma
// when it is not the word itself. A closed-class entry replaces the
// word's WordNet readings.
const closedClass = `
# determiners and predeterminers
a DT
an DT a
the DT
this DT
these DT this
those DT that
each DT
every DT
another DT
any DT
some DT
no DT,RB
all DT
both DT
either DT,CC
neither DT,CC
half DT,NN
such JJ,DT

# pronouns
i PRP
you PRP
he PRP
she PRP
it PRP
we PRP
they PRP
me PRP
him PRP
her PRP$,PRP
us PRP
them PRP
myself PRP
yourself PRP
himself PRP
herself PRP
itself PRP
ourselves PRP
themselves PRP
my PRP$
your PRP$
his PRP$
its PRP$
our PRP$
their PRP$
mine PRP
yours PRP
hers PRP
ours PRP
theirs PRP
everyone NN
someone NN
anyone NN
nobody NN
everything NN
something NN
anything NN
nothing NN
police NNS

# wh-words
which WDT
whichever WDT
whatever WDT
who WP
whom WP who
whose WP who
what WP
whoever WP
when WRB
where WRB
why WRB
how WRB
whenever WRB
wherever WRB
whereby WRB
that IN,WDT,DT

# prepositions and subordinators
about IN,RB
above IN
across IN
after IN
against IN
along IN
alongside IN
amid IN
amidst IN
among IN
amongst IN
around IN,RB
as IN
at IN
because IN
before IN
behind IN
below IN
beneath IN
beside IN
besides IN
between IN
beyond IN
by IN
despite IN
down RP,IN,RB
during IN
except IN
for IN
from IN
if IN
in IN
inside IN
into IN
like IN,VB,VBP
near IN
of IN
off RP,IN
on IN
onto IN
out RP,IN
outside IN
over IN,RP
per IN
since IN
than IN
though IN
although IN
through IN
throughout IN
till IN
toward IN
towards IN
under IN
unless IN
unlike IN
until IN
up RP,IN
upon IN
via IN
whereas IN
whether IN
while IN
with IN
within IN
without IN
so RB,IN
once RB,IN
to TO

# coordinating conjunctions
and CC
but CC
or CC
nor CC
yet RB,CC
plus CC

# modals
will MD
would MD
can MD
could MD
may MD
might MD
shall MD
should MD
must MD
ought MD
'll MD will
'd MD,VBD would
wo MD will
ca MD can

# auxiliaries
be VB
am VBP be
are VBP be
'm VBP be
're VBP be
is VBZ be
was VBD be
were VBD be
been VBN be
being VBG be
have VBP,VB
has VBZ have
had VBD,VBN have
having VBG have
've VBP have
do VBP,VB
does VBZ do
did VBD do
doing VBG do
done VBN do
's POS,VBZ
n't RB not
not RB
never RB

# particles and common adverbs
there EX,RB
here RB
also RB
very RB
already RB
still RB
just RB
only RB,JJ
even RB
now RB
then RB
again RB
too RB
soon RB
later RB,JJ
ago RB
however RB
ever RB
often RB
almost RB
quite RB
rather RB
perhaps RB
instead RB
together RB
thus RB
meanwhile RB
moreover RB
furthermore RB
nevertheless RB
nonetheless RB
away RB,RP
back RB,RP
more JJ,RB
most JJ,RB
less JJ,RB
least JJ,RB
much JJ,RB
many JJ
few JJ
several JJ
own JJ
other JJ
first JJ,RB
last JJ,RB
next JJ
further JJ,RB
longer JJ,RB long

# numbers
zero CD
one CD
two CD
three CD
four CD
five CD
six CD
seven CD
eight CD
nine CD
ten CD
eleven CD
twelve CD
thirteen CD
fourteen CD
fifteen CD
sixteen CD
seventeen CD
eighteen CD
nineteen CD
twenty CD
thirty CD
forty CD
fifty CD
sixty CD
seventy CD
eighty CD
ninety CD
hundred CD
thousand CD
million CD
billion CD
trillion CD
mln CD million
bln CD billion
dozen CD
`
