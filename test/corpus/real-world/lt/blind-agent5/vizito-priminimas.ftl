<p>Sveiki,</p>

<p>primename apie Jūsų vizitą pas ${specialistas.vardas} Pušyno šeimos klinikoje: ${vizitas.data?string("yyyy-MM-dd")}, ${vizitas.laikas} val., ${vizitas.kabinetas} kabinetas.</p>

<#if vizitas.tipas == "kraujas">
<p>Kraujo tyrimui atvykite nevalgę: nevalgykite bent 8 valandas. Vandenį gerti galima.</p>
<#elseif vizitas.tipas == "nuotolinis">
<p>Tai nuotolinė konsultacija. Gydytojas paskambins numeriu ${pacientas.telefonas} nurodytu laiku. Pasiruoškite vartojamų vaistų sąrašą.</p>
<#else>
<p>Atvykite 10 minučių anksčiau ir užsiregistruokite registratūroje su asmens dokumentu.</p>
</#if>

<p>Jei negalite atvykti, atšaukite vizitą bent prieš parą telefonu ${klinika.telefonas} arba per pacientų portalą: laikas bus pasiūlytas kitam pacientui iš laukiančiųjų sąrašo.</p>

<p>Pušyno šeimos klinika<br>
${klinika.adresas}</p>
