Szanowni Państwo,

wyniki badań zleconych ${badanie.data} nie są jeszcze gotowe. Wyniki zostaną udostępnione wkrótce.

<#if badanie.laboratoriumZewnetrzne>
Część badań wykonuje laboratorium szpitalne, które odsyła wyniki partiami.
</#if>

Przepraszamy za wszelkie ewentualne niedogodności. Prosimy nie dzwonić do rejestracji w sprawie wyników.

Przychodnia Pod Lipami
