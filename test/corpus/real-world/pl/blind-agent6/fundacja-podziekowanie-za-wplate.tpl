{if $darczynca.imie_wolacz}Droga/Drogi {$darczynca.imie_wolacz}{else}Dzień dobry{/if},

z całego serca dziękujemy za wpłatę {$wplata.kwota} zł na zbiórkę „Ciepły kąt dla Burka”. Dzięki Tobie i 212 innym osobom mamy już {$zbiorka.procent}% kwoty potrzebnej na ocieplenie boksów przed mrozami.

{if $wplata.cykliczna}Twoja wpłata będzie pobierana co miesiąc {$wplata.dzien}. dnia. Zmienisz ją albo wyłączysz jednym kliknięciem w panelu: {$panel_url}{/if}

Zdjęcia z prac wrzucimy na nasz profil, jak tylko ekipa skończy pierwszy rząd boksów.

Ściskamy mocno,
Ewa i Tomek z Fundacji „Psia Przystań”
