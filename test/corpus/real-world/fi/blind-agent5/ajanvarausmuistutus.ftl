<p>Hei,</p>

<p>muistutamme vastaanottoajastasi: ${ammattilainen.nimi}, Koivukylän terveysasema, ${aika.pvm?string("EEEE d.M.")} klo ${aika.klo}.</p>

<#if aika.tyyppi == "laboratorio">
<p>Paastoverikoetta varten älä syö mitään 10 tuntiin ennen näytteenottoa. Vettä saat juoda.</p>
<#elseif aika.tyyppi == "etä">
<p>Aika on etävastaanotto. Avaa alla oleva linkki viisi minuuttia ennen alkua; mitään ei tarvitse asentaa.</p>
<p><a href="${aika.videoUrl}">Siirry etävastaanotolle</a></p>
<#else>
<p>Tule paikalle kymmenen minuuttia etuajassa ja ilmoittaudu aulan automaatilla Kela-kortilla.</p>
</#if>

<p>Jos et pääse tulemaan, peru aika viimeistään edellisenä arkipäivänä numerossa ${asema.puhelin} tai Omaolossa, niin aika voidaan antaa toiselle potilaalle.</p>

<p>Koivukylän terveysasema<br>
${asema.osoite}</p>
