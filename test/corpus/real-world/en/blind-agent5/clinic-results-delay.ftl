Dear ${patient.firstName!"patient"},

Your test results from ${sample.date} are taking longer than expected. You will be contacted in due course.

<#if sample.sentToHospitalLab>
Some tests are done at the hospital laboratory, which sends results back in batches.
</#if>

Please do not call the clinic to ask about your results, as this blocks the phone lines for urgent calls.

Northside Family Clinic
