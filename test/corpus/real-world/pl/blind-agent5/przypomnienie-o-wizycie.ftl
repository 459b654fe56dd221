<p><#if pacjent.plec == "K">Szanowna Pani<#else>Szanowny Panie</#if>,</p>

<p>przypominamy o wizycie u ${lekarz.tytul} ${lekarz.nazwisko} w Przychodni Pod Lipami: ${wizyta.data?string("EEEE, d MMMM")}, godz. ${wizyta.godzina}, gabinet ${wizyta.gabinet}.</p>

<#if wizyta.rodzaj == "pobranie">
<p>Na pobranie krwi prosimy przyjść na czczo: co najmniej 8 godzin bez jedzenia. Wodę można pić.</p>
<#elseif wizyta.rodzaj == "teleporada">
<p>To teleporada: lekarz zadzwoni na numer ${pacjent.telefon} o wyznaczonej godzinie. Prosimy mieć pod ręką listę przyjmowanych leków.</p>
<#else>
<p>Prosimy przyjść 10 minut wcześniej i zgłosić się do rejestracji z dowodem osobistym.</p>
</#if>

<p>Jeśli nie może Pani/Pan przyjść, prosimy odwołać wizytę co najmniej dobę wcześniej pod numerem ${przychodnia.telefon} lub przez Internetowe Konto Pacjenta. Termin przejmie wtedy ktoś z listy oczekujących.</p>

<p>Przychodnia Pod Lipami<br>
${przychodnia.adres}</p>
