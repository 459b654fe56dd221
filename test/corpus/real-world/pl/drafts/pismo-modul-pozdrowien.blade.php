<p>Szanowna Pani,</p>
<p>dziękujemy za przesłanie zdjęć zalanego sufitu. Rzeczoznawca obejrzy lokal w środę {{ $wizyta->data }} między 9:00 a 12:00, a koszt naprawy pokryje ubezpieczyciel wspólnoty.</p>
<p>Rzeczoznawca zrobi zdjęcia i pomiary, więc wizyta potrwa około pół godziny. Naprawa sufitu zacznie się w ciągu dziesięciu dni roboczych od jego oceny.</p>
@include('pisma.moduly.regards')
