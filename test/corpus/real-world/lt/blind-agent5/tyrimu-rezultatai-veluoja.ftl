Gerbiamas paciente,

${meginys.data} paimtų mėginių tyrimų rezultatai dar neparengti. Rezultatai bus pateikti artimiausiu metu.

<#if meginys.isorineLaboratorija>
Dalį tyrimų atlieka ligoninės laboratorija, kuri rezultatus siunčia partijomis.
</#if>

Atsiprašome už galimus nepatogumus. Prašome neskambinti į registratūrą dėl rezultatų.

Pušyno šeimos klinika
