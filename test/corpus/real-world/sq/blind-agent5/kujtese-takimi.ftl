<p>Përshëndetje,</p>

<p>ju kujtojmë takimin tuaj me ${mjeku.emri} në Qendrën Shëndetësore "Lisi": ${takimi.data?string("dd.MM.yyyy")}, ora ${takimi.ora}, dhoma ${takimi.dhoma}.</p>

<#if takimi.lloji == "gjak">
<p>Për analizën e gjakut esëll, mos hani asgjë 8 orë para marrjes së mostrës. Ujë mund të pini.</p>
<#elseif takimi.lloji == "telefon">
<p>Ky është konsultim në telefon. Mjeku do t'ju telefonojë në numrin ${pacienti.telefoni} në orën e caktuar. Mbani pranë listën e barnave që merrni.</p>
<#else>
<p>Ju lutemi të vini 10 minuta më herët dhe të paraqiteni në recepsion me dokumentin e identitetit.</p>
</#if>

<p>Nëse nuk mund të vini, anuloni takimin të paktën një ditë më parë në numrin ${qendra.telefoni} ose në portalin e pacientit, që orari t'i jepet një pacienti tjetër nga lista e pritjes.</p>

<p>Qendra Shëndetësore "Lisi"<br>
${qendra.adresa}</p>
