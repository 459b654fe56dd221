Laba diena,

${vaikas.vardas} priimtas (-a) į jaunučių grupę pavasario sezonui. Treniruotės vyks antradieniais ir ketvirtadieniais 17–18.30 val. „Ąžuolo“ progimnazijos sporto salėje, pirmoji – ${sezonas.pradzia}.

<#if vaikas.naujokas>
Kadangi ${vaikas.vardas} pas mus pirmą kartą, pirmas dvi savaites treneris stebės, kuri pogrupė jam ar jai tinka geriausiai. Jokių testų nebus, nieko ruoštis nereikia.
</#if>

Sezono mokestis – ${sezonas.mokestis} Eur. Jį galite sumokėti pavedimu (paskirtis: ${vaikas.pavarde} JAUNUČIAI) arba grynaisiais per pirmąją treniruotę.

Tėvai gali likti salėje. Jei vaikas kurią savaitę negali atvykti, užtenka trumpos žinutės treneriui Mindaugui, tel. 8 699 12 345.

Geros dienos
Krepšinio mokykla „Šuolis“
