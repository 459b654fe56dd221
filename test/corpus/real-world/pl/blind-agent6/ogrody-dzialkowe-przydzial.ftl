Dzień dobry,

mamy dobrą wiadomość: zwolniła się działka w ROD „Malwa” i jest Pan/Pani pierwszy/pierwsza na liście oczekujących.

Działka nr ${dzialka.numer} (${dzialka.powierzchnia} m²), aleja ${dzialka.aleja}
Opłata roczna: ${dzialka.oplata} zł
<#if dzialka.altana>Na działce stoi altana; klucz jest u gospodarza ogrodu, pana Zbyszka (działka 3).</#if>

Działkę można obejrzeć w każdej chwili, kod do furtki: ${ogrod.kod}. Prosimy o odpowiedź „tak” lub „nie” do ${oferta.termin}. Jeśli do tego dnia nie dostaniemy odpowiedzi, zaproponujemy działkę kolejnej osobie, ale Pana/Pani miejsce na początku listy zostaje.

Pozdrawiamy
Zarząd ROD „Malwa”
