I nderuar pacient,

rezultatet e analizave të marra më ${mostra.data} nuk janë ende gati. Rezultatet do të dërgohen sa më shpejt të jetë e mundur.

<#if mostra.laboratorJashtem>
Disa analiza i bën laboratori i spitalit, i cili i dërgon rezultatet me grupe.
</#if>

Kërkojmë ndjesë për çdo shqetësim të mundshëm. Ju lutemi mos telefononi në recepsion për rezultatet.

Qendra Shëndetësore "Lisi"
