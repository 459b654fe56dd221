Hyvä potilas,

${nayte.pvm} otettujen näytteiden tulokset eivät ole vielä valmiita. Tulokset toimitetaan mahdollisimman pian.

<#if nayte.ulkoinenLaboratorio>
Osa tutkimuksista tehdään sairaalan laboratoriossa, josta tulokset tulevat erissä.
</#if>

Pahoittelemme mahdollista haittaa. Älkää soittako terveysasemalle tulosten vuoksi.

Koivukylän terveysasema
